import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError, DataErrorCode } from "../../lib/io/data-error";
import { codingForWave, loadWaveCodebook } from "../../lib/waves/codebook";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { readCsvWave } from "../../lib/waves/read-csv-wave";
import { validateWave } from "../../lib/waves/validate-wave";
import { addManifestRow, manifestRow, temporaryWaveFolder, tinyWaveCsv, WAVE_COLUMNS } from "../helpers/wave-fixtures";

/** Writes a tiny wave (edited) into a fresh folder and validates it. */
function validateTiny(edit?: (rows: string[][]) => void, filter?: [string, string]) {
  const folder = temporaryWaveFolder();
  writeFileSync(path.join(folder, "tiny.csv"), tinyWaveCsv(edit));
  addManifestRow(folder, manifestRow("tiny", "tiny.csv", { filter }));
  const [entry] = loadWaveManifest(path.join(folder, "manifest.csv"));
  return validateWave(readCsvWave(entry.path), entry, codingForWave(loadWaveCodebook(path.join(folder, "codebook.csv")), "tiny"));
}

function expectDataError(edit: (rows: string[][]) => void, code: DataErrorCode, row: number, column: string, message?: RegExp): void {
  assert.throws(
    () => validateTiny(edit),
    (error: unknown) => {
      assert.ok(error instanceof DataError, String(error));
      assert.equal(error.code, code);
      assert.equal(error.location.row, row);
      assert.equal(error.location.column, column);
      assert.match(error.location.file, /tiny\.csv$/);
      if (message) assert.match(error.message, message);
      return true;
    },
  );
}

const column = (name: string) => WAVE_COLUMNS.indexOf(name);

describe("validateWave", () => {
  it("keeps every row of a valid wave and recodes answers to the codebook's codes", () => {
    const wave = validateTiny();
    assert.deepEqual(wave.accounting, { rowsRead: 12, rowsKept: 12, rowsExcluded: { "outside-filter": 0 } });
    assert.equal(wave.answers.get("us_opinion")![0], 2);
    assert.deepEqual([...wave.fileRows.slice(0, 3)], [1, 2, 3]);
  });

  it("counts blank answers per concept instead of dropping them", () => {
    const wave = validateTiny((rows) => (rows[3][column("q_opinion_usa")] = ""));
    assert.equal(wave.itemMissing.us_opinion, 1);
    assert.equal(wave.itemMissing.russia_positive_reason_2, 12);
    assert.ok(Number.isNaN(wave.answers.get("us_opinion")![2]));
    assert.equal(wave.accounting.rowsKept, 12);
  });

  it("excludes and counts rows outside the manifest filter", () => {
    const wave = validateTiny((rows) => {
      rows[0].push("country");
      rows.slice(1).forEach((row, i) => row.push(i < 2 ? "KG" : "KZ"));
    }, ["country", "KZ"]);
    assert.deepEqual(wave.accounting, { rowsRead: 12, rowsKept: 10, rowsExcluded: { "outside-filter": 2 } });
    assert.deepEqual([...wave.fileRows.slice(0, 2)], [3, 4]);
  });

  it("refuses a missing column, naming it at row 0", () => {
    expectDataError((rows) => (rows[0][column("q_opinion_china")] = "q_china_renamed"), "column-missing", 0, "q_opinion_china", /china_opinion/);
  });

  it("refuses an unknown answer code, naming row and column", () => {
    expectDataError((rows) => (rows[5][column("q_eeu_benefit")] = "7"), "value-unknown-code", 5, "q_eeu_benefit", /known: 1, 2, 3, 4, 98, 99/);
    expectDataError((rows) => (rows[2][column("q_opinion_russia")] = "1.5"), "value-unknown-code", 2, "q_opinion_russia");
  });

  for (const [label, value] of [["negative", "-1"], ["non-numeric", "1,5".replace(",", ";")], ["blank", ""]] as const) {
    it(`refuses a ${label} weight`, () => expectDataError((rows) => (rows[4][column("weight")] = value), "weight-invalid", 4, "weight"));
  }

  it("refuses weights whose total overflows, at the row where it does", () => {
    expectDataError((rows) => rows.slice(1).forEach((row) => (row[column("weight")] = "1e308")), "weight-invalid", 2, "weight", /add up/);
  });

  it("refuses a duplicate respondent id, citing the first row", () => {
    expectDataError((rows) => (rows[7][0] = rows[2][0]), "key-duplicate", 7, "respondent_id", /repeats row 2/);
  });

  it("refuses a blank stratum or PSU", () => {
    expectDataError((rows) => (rows[6][column("stratum")] = ""), "design-invalid", 6, "stratum");
    expectDataError((rows) => (rows[6][column("psu")] = ""), "design-invalid", 6, "psu");
  });

  it("refuses a stratum with a single PSU under the default rule, naming the stratum, its first row and the manifest's lonely_psu", () => {
    expectDataError((rows) => rows.slice(7).forEach((row) => (row[column("psu")] = "1")), "design-invalid", 7, "stratum", /stratum "B" has a single PSU.*lonely_psu.*remove, certainty, adjust or average/);
  });

  it("refuses a file where no row is left after exclusions", () => {
    assert.throws(
      () => validateTiny((rows) => { rows[0].push("country"); rows.slice(1).forEach((row) => row.push("KG")); }, ["country", "KZ"]),
      (error: unknown) => error instanceof DataError && error.code === "file-empty" && /12 outside the filter/.test(error.message),
    );
  });
});
