import * as assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { FULL_MANIFEST_HEADER, MANIFEST_HEADER, manifestRow, temporaryWaveFolder, withOptionalColumns } from "../helpers/wave-fixtures";

function manifestWith(...rows: string[]): string {
  const file = path.join(temporaryWaveFolder(), "manifest.csv");
  writeFileSync(file, [MANIFEST_HEADER, ...rows].join("\n") + "\n");
  return file;
}

function expectError(rows: string[], column: string, code?: string): void {
  assert.throws(() => loadWaveManifest(manifestWith(...rows)), (error: unknown) => error instanceof DataError && error.location.column === column && (code === undefined || error.code === code));
}

describe("loadWaveManifest", () => {
  it("lists the project's synthetic waves, flagged synthetic, in field-date order", () => {
    const waves = loadWaveManifest();
    assert.ok(waves.length >= 1);
    assert.ok(waves.every((wave) => wave.synthetic === wave.waveId.includes("synthetic")));
    assert.deepEqual(waves.map((wave) => wave.fieldStart), waves.map((wave) => wave.fieldStart).sort());
    assert.equal(waves[0].path, path.join("data/waves", waves[0].file));
  });

  it("orders entries by field start whatever the row order, and resolves files against the manifest's folder", () => {
    const file = manifestWith(manifestRow("late", "late.csv", { start: "2021-05-01" }), manifestRow("early", "early.sav", { start: "2018-05-01" }));
    const waves = loadWaveManifest(file);
    assert.deepEqual(waves.map((wave) => wave.waveId), ["early", "late"]);
    assert.equal(waves[0].format, "sav");
    assert.equal(waves[0].path, path.join(path.dirname(file), "early.sav"));
    assert.equal(waves[1].manifestRow, 1);
  });

  it("refuses an invalid wave id, an impossible date, a reversed field period", () => {
    expectError([manifestRow("Wave 1", "w.csv")], "wave_id");
    expectError([manifestRow("w", "w.csv", { start: "2019-02-30" })], "field_start");
    expectError([manifestRow("w", "w.csv").replace("2020-10-28", "2020-09-28")], "field_end", "value-range");
  });

  it("refuses a file whose extension contradicts the format, or a path outside the folder", () => {
    expectError([manifestRow("w", "w.csv", { format: "sav" })], "file");
    expectError([manifestRow("w", "../w.csv")], "file");
  });

  it("refuses an unknown format, a bad synthetic flag, a half-given filter and a repeated wave id", () => {
    expectError([manifestRow("w", "w.xlsx", { format: "xlsx" })], "format", "value-unknown-code");
    expectError([manifestRow("w", "w.csv", { synthetic: "maybe" })], "synthetic", "value-unknown-code");
    expectError([manifestRow("w", "w.csv", { filter: ["country", ""] })], "filter_value", "value-missing");
    expectError([manifestRow("w", "w.csv"), manifestRow("w", "w2.csv")], "wave_id", "key-duplicate");
  });
});

describe("loadWaveManifest: the optional columns (lonely_psu, delimiter, decimal_mark)", () => {
  function manifestWithOptions(...rows: string[]): string {
    const file = path.join(temporaryWaveFolder(), "manifest.csv");
    writeFileSync(file, [FULL_MANIFEST_HEADER, ...rows].join("\n") + "\n");
    return file;
  }
  function expectOptionError(row: string, column: string, code: string): void {
    assert.throws(() => loadWaveManifest(manifestWithOptions(row)), (error: unknown) => error instanceof DataError && error.location.column === column && error.code === code && error.location.row === 1);
  }

  it("reads older manifests without them as their defaults: lonely_psu fail, comma-delimited CSV with decimal points", () => {
    const [wave] = loadWaveManifest(manifestWith(manifestRow("w", "w.csv")));
    assert.equal(wave.lonelyPsu, "fail");
    assert.deepEqual(wave.csv, { delimiter: ",", decimalMark: "." });
    assert.equal(loadWaveManifest(manifestWith(manifestRow("s", "s.sav")))[0].csv, null);
  });

  it("reads a lonely-PSU rule of R's, a semicolon or tab delimiter and a decimal comma", () => {
    const waves = loadWaveManifest(
      manifestWithOptions(
        withOptionalColumns(manifestRow("a", "a.csv"), { lonely_psu: "adjust", delimiter: ";", decimal_mark: "," }),
        withOptionalColumns(manifestRow("b", "b.csv", { start: "2021-01-01" }), { lonely_psu: "average", delimiter: "tab" }),
        withOptionalColumns(manifestRow("c", "c.sav", { start: "2022-01-01" }), { lonely_psu: "remove" }),
      ),
    );
    assert.deepEqual(waves.map((wave) => wave.lonelyPsu), ["adjust", "average", "remove"]);
    assert.deepEqual(waves.map((wave) => wave.csv), [{ delimiter: ";", decimalMark: "," }, { delimiter: "\t", decimalMark: "." }, null]);
  });

  it("refuses an unknown rule or delimiter, a delimiter or decimal mark for an SPSS file, and a comma as both", () => {
    expectOptionError(withOptionalColumns(manifestRow("w", "w.csv"), { lonely_psu: "collapse" }), "lonely_psu", "value-unknown-code");
    expectOptionError(withOptionalColumns(manifestRow("w", "w.csv"), { delimiter: ":" }), "delimiter", "value-unknown-code");
    expectOptionError(withOptionalColumns(manifestRow("w", "w.sav"), { delimiter: ";" }), "delimiter", "value-range");
    expectOptionError(withOptionalColumns(manifestRow("w", "w.sav"), { decimal_mark: "," }), "decimal_mark", "value-range");
    expectOptionError(withOptionalColumns(manifestRow("w", "w.csv"), { delimiter: ",", decimal_mark: "," }), "decimal_mark", "value-range");
  });

  it("is what the project's manifest has: every optional column, empty for the SYNTHETIC waves", () => {
    assert.equal(readFileSync(projectPath("data/waves/manifest.csv"), "utf8").split("\n", 1)[0], FULL_MANIFEST_HEADER);
    assert.ok(loadWaveManifest().every((wave) => wave.lonelyPsu === "fail"));
  });
});
