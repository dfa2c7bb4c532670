import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import {
  computeDataChecksums,
  describeInputs,
  loadedFiles,
  provenanceRows,
  recordedChecksums,
  recordLoad,
  sha256Hex,
} from "../../lib/io/data-provenance";
import { projectPath } from "../../lib/project/project-path";

describe("data provenance", () => {
  it("hashes with SHA-256 (FIPS 180-4 test vector)", () => {
    assert.equal(sha256Hex(Buffer.from("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("every file under data/ matches data/checksums.sha256 (run `npm run checksums` after an intended change)", () => {
    const recorded = [...recordedChecksums()].map(([file, sha]) => `${sha}  ${file}`).sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
    assert.deepEqual(computeDataChecksums(), recorded);
  });

  it("verifies a recorded file and reports a changed one by name", () => {
    const bytes = readFileSync(projectPath("data/article/table1.csv"));
    assert.equal(recordLoad("data/article/table1.csv", sha256Hex(bytes), { rowsRead: 15, rowsKept: 15, exclusions: [] }).checksum, "verified");
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => warnings.push(line);
    try {
      const changed = recordLoad("data/article/table1.csv", sha256Hex(Buffer.concat([bytes, Buffer.from("x")])), { rowsRead: 15, rowsKept: 15, exclusions: [] });
      assert.equal(changed.checksum, "changed");
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /data\/article\/table1\.csv has changed/);
  });

  it("marks files that were never recorded and files outside data/", () => {
    assert.equal(recordLoad("data/new-wave.csv", sha256Hex(Buffer.from("a\n")), { rowsRead: 0, rowsKept: 0, exclusions: [] }).checksum, "unrecorded");
    assert.equal(recordLoad("/tmp/elsewhere.csv", sha256Hex(Buffer.from("a\n")), { rowsRead: 0, rowsKept: 0, exclusions: [] }).checksum, "outside data/");
  });

  it("keeps the row accounting and refuses one that does not add up", () => {
    recordLoad("data/w.csv", sha256Hex(Buffer.from("w")), { rowsRead: 10, rowsKept: 7, exclusions: [{ rule: "zero weight", rows: 2 }, { rule: "out of country", rows: 1 }] });
    const row = provenanceRows().find((r) => r.file === "data/w.csv");
    assert.deepEqual(row && [row.rows_read, row.rows_kept, row.rows_excluded, row.exclusions], [10, 7, 3, "zero weight: 2; out of country: 1"]);
    assert.throws(() => recordLoad("data/w.csv", sha256Hex(Buffer.from("w")), { rowsRead: 10, rowsKept: 8, exclusions: [{ rule: "zero weight", rows: 1 }] }), /≠ rows read/);
    assert.ok(loadedFiles().length >= 3);
  });

  it("describes inputs for a claim's evidence, with exclusions by rule", () => {
    const kept = { file: "data/a.csv", sha256: "x", checksum: "verified" as const, recordedSha256: "x", rowsRead: 15, rowsKept: 15, exclusions: [] };
    const filtered = { ...kept, file: "data/waves/w.csv", checksum: "changed" as const, rowsRead: 10, rowsKept: 7, exclusions: [{ rule: "outside-filter", rows: 3 }, { rule: "other", rows: 0 }] };
    assert.equal(
      describeInputs([kept, filtered]),
      "data/a.csv: 15 of 15 rows kept, checksum verified; data/waves/w.csv: 7 of 10 rows kept (excluded: 3 outside-filter), checksum changed",
    );
    assert.equal(describeInputs([]), "");
  });
});
