import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import { DataError } from "../../lib/io/data-error";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveData } from "../../lib/waves/wave-data";
import { COUNTRY_COLUMN, MANIFEST_HEADER, fixtureManifestRow, projectCodebookText, toCsv, validWaveRows, waveHeader, WaveRow, writeWaveFolder } from "../helpers/wave-fixtures";

/**
 * Seeded fuzzing of the loaders. Each run corrupts a valid file at random and
 * loads it; the only acceptable outcomes are a DataError that names the file
 * (and a row within the file when it names one), or a wave that satisfies
 * every documented invariant: kept + excluded = read, weights finite and
 * > 0, answers NaN or known codes, unique respondent ids. Never another
 * exception, never a hang. Seeds are fixed; fast-check prints the seed and the
 * shrunk counterexample on failure (re-run with the printed `seed`/`path`).
 */

const SEED = 20191025;
const header = waveHeader();
const validText = toCsv(header, validWaveRows());
const validLineCount = validText.split("\n").length;

/** Characters that break CSV files in practice. */
const NASTY = [",", ";", "\t", '"', '""', "\n", "\r", "\r\n", "\uFEFF", "\u0000", "\uFFFD", "é", "Ә", "Алматы", "-", "0", "1", "98", "NaN", "1e309", " ", "__proto__", "x".repeat(50)];

/** One random edit of a text: delete a slice, insert a nasty string, duplicate or drop a line, truncate. */
const textEdit = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(...NASTY) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, edit: TextEdit): string {
  const at = text.length === 0 ? 0 : edit.at % text.length;
  const lines = text.split("\n");
  const line = lines.length === 0 ? 0 : edit.at % lines.length;
  switch (edit.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + edit.length);
    case "insert":
      return text.slice(0, at) + edit.text + text.slice(at);
    case "duplicate-line":
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join("\n");
    case "drop-line":
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join("\n");
    case "truncate":
      return text.slice(0, at);
  }
}

/** The invariants every successfully loaded wave satisfies. */
function checkWaveInvariants(wave: WaveData): void {
  const { rowsRead, rowsKept, rowsExcluded } = wave.accounting;
  const excluded = Object.values(rowsExcluded).reduce((sum, n) => sum + n, 0);
  assert.equal(rowsKept + excluded, rowsRead, "kept + excluded = read");
  assert.equal(wave.respondentIds.length, rowsKept);
  assert.equal(new Set(wave.respondentIds).size, rowsKept, "respondent ids unique");
  assert.ok(wave.weights.every((w) => Number.isFinite(w) && w > 0), "weights finite and > 0");
  for (const [concept, codes] of wave.answers) {
    const known = new Set(wave.coding.get(concept)!.codes.map((c) => c.code));
    assert.equal(codes.length, rowsKept);
    assert.ok(codes.every((code) => Number.isNaN(code) || known.has(code)), `${concept}: every answer is a known code or blank`);
  }
  const rows = Array.from(wave.fileRows);
  assert.ok(rows.every((row, i) => row >= 1 && row <= rowsRead && (i === 0 || row > rows[i - 1])), "file rows ascending within the file");
}

/** Loads a folder and checks the outcome is a well-located DataError or a wave meeting the invariants. */
async function loadAndCheck(wave: string | Buffer, fileName = "wave.csv", maxRow = Infinity): Promise<"error" | "loaded"> {
  const format = fileName.endsWith(".sav") ? "sav" : "csv";
  const folder = writeWaveFolder({ wave, waveFileName: fileName, manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: fileName, format })}\n` });
  try {
    const { waves } = await loadWaves({ manifestFile: folder.manifestFile });
    checkWaveInvariants(waves[0]);
    return "loaded";
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    assert.equal(error.location.file, folder.waveFile, `the error names the wave file: ${error.message}`);
    if (error.location.row !== undefined) {
      assert.ok(Number.isInteger(error.location.row) && error.location.row >= 0 && error.location.row <= maxRow, `row within the file: ${error.message}`);
    }
    return "error";
  }
}

describe("reliability: fuzzing the wave loaders with random corruptions (seeded)", function () {
  this.timeout(15_000);

  it(`CSV waves: 1–3 random edits give a located DataError or a wave meeting every invariant (seed ${SEED}; a hang fails on the suite's timeout)`, async () => {
    const outcomes = { error: 0, loaded: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const text = edits.reduce(applyEdit, validText);
        outcomes[await loadAndCheck(text, "wave.csv", validLineCount + edits.length)]++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    assert.ok(outcomes.error > 0 && outcomes.loaded > 0, `both outcomes occur (${JSON.stringify(outcomes)})`);
  });

  it(`CSV waves: random byte soup (any bytes, any length) never crashes the loader (seed ${SEED + 1})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await loadAndCheck(Buffer.from(bytes));
      }),
      { seed: SEED + 1, numRuns: 150 },
    );
  });

  it(`SPSS waves: random byte flips and truncations of a valid .sav give a DataError or a wave meeting every invariant (seed ${SEED + 2})`, async () => {
    const valid = readFileSync(projectPath("test/fixtures/bad-inputs/valid.sav"));
    const outcomes = { error: 0, loaded: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: valid.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
        fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
        async (flips, truncateAt) => {
          const bytes = Buffer.from(valid);
          for (const { at, byte } of flips) bytes[at] = byte;
          outcomes[await loadAndCheck(truncateAt === undefined ? bytes : bytes.subarray(0, truncateAt), "wave.sav")]++;
        },
      ),
      { seed: SEED + 2, numRuns: 150 },
    );
    assert.ok(outcomes.error > 0, `some corruptions are detected (${JSON.stringify(outcomes)})`);
  });

  it(`manifest and codebook: random edits give a DataError naming one of the folder's files, or waves meeting every invariant (seed ${SEED + 6})`, async () => {
    const manifestText = `${MANIFEST_HEADER}\n${fixtureManifestRow()}\n`;
    const codebookText = projectCodebookText();
    const outcomes = { error: 0, loaded: 0 };
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(textEdit, { minLength: 1, maxLength: 2 }), async (editManifest, edits) => {
        const folder = writeWaveFolder({
          wave: validText,
          manifest: editManifest ? edits.reduce(applyEdit, manifestText) : manifestText,
          codebook: editManifest ? codebookText : edits.reduce(applyEdit, codebookText),
        });
        try {
          const { waves } = await loadWaves({ manifestFile: folder.manifestFile });
          waves.forEach(checkWaveInvariants);
          outcomes.loaded++;
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          assert.ok([folder.manifestFile, folder.codebookFile].includes(error.location.file) || error.location.file.startsWith(folder.dir), `the error names a file of the folder: ${error.message}`);
          outcomes.error++;
        }
      }),
      { seed: SEED + 6, numRuns: 200 },
    );
    assert.ok(outcomes.error > 0 && outcomes.loaded > 0, `both outcomes occur (${JSON.stringify(outcomes)})`);
  });

  it(`parseCsv: any text gives a DataError or rows exactly as wide as the header (seed ${SEED + 3})`, () => {
    const alphabet = fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "1", "\uFEFF", "_");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join("")), (text) => {
        try {
          const parsed = parseCsv(text, "fuzz.csv");
          assert.ok(parsed.header.length > 0);
          assert.ok(parsed.rows.every((row) => row.length === parsed.header.length));
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          assert.equal(error.location.file, "fuzz.csv");
        }
      }),
      { seed: SEED + 3, numRuns: 2000 },
    );
  });

  it(`parseCsv: writing any table as RFC 4180 and parsing it back returns the same cells (seed ${SEED + 4})`, () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Ә", ",", '"', "\n", "\r\n", " ", "1", "-"), maxLength: 8 });
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.record({
        header: fc.constant(Array.from({ length: width }, (_, i) => `column_${i + 1}`)),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ header: names, rows }) => {
        // A one-column row holding "" serialises as a blank line, which RFC 4180 cannot tell from no row; skip it.
        fc.pre(!(names.length === 1 && rows.some((row) => row[0] === "")));
        const text = toCsv(names, rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]]))));
        const parsed = parseCsv(text, "roundtrip.csv");
        assert.deepEqual(parsed.header, names);
        assert.deepEqual(parsed.rows, rows);
      }),
      { seed: SEED + 4, numRuns: 1000 },
    );
  });
});

describe("reliability: row accounting of the wave loaders (property: kept + excluded = read)", function () {
  this.timeout(15_000);

  it(`for random multi-country waves filtered to one country, kept = rows of that country and excluded = the others (seed ${SEED + 5})`, async () => {
    const countries = fc.array(fc.constantFrom("KZ", "KZ", "UZ", "KG", "kz", " KZ "), { minLength: 12, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(countries, fc.integer({ min: 1, max: 4 }), async (assigned, copies) => {
        // `copies` blocks of the 12-respondent design, each with its own ids, so strata keep two PSUs.
        const rows: WaveRow[] = [];
        for (let c = 0; c < copies; c++) {
          validWaveRows().forEach((row, i) => rows.push({ ...row, respondent_id: `${row.respondent_id}-${c}`, [COUNTRY_COLUMN]: assigned[(i + c) % 12] }));
        }
        const kept = rows.filter((row) => row[COUNTRY_COLUMN].trim() === "KZ");
        const keptByStratum = new Map<string, Set<string>>();
        for (const row of kept) keptByStratum.set(row.stratum, (keptByStratum.get(row.stratum) ?? new Set()).add(row.psu));
        const folder = writeWaveFolder({
          wave: toCsv(header, rows),
          manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ filter_column: COUNTRY_COLUMN, filter_value: "KZ" })}\n`,
        });
        const load = loadWaves({ manifestFile: folder.manifestFile });
        if (kept.length === 0) {
          await assert.rejects(load, (error: unknown) => error instanceof DataError && error.code === "file-empty");
          return;
        }
        if ([...keptByStratum.values()].some((psus) => psus.size < 2)) {
          await assert.rejects(load, (error: unknown) => error instanceof DataError && error.code === "design-invalid");
          return;
        }
        const [wave] = (await load).waves;
        assert.deepEqual(wave.accounting, { rowsRead: rows.length, rowsKept: kept.length, rowsExcluded: { "outside-filter": rows.length - kept.length } });
        assert.deepEqual(wave.respondentIds, kept.map((row) => row.respondent_id));
        assert.deepEqual(Array.from(wave.weights), kept.map((row) => Number(row.weight)));
      }),
      { seed: SEED + 5, numRuns: 60 },
    );
  });
});
