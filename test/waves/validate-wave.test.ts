import * as assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError, DataErrorCode } from "../../lib/io/data-error";
import { codingForWave, loadWaveCodebook } from "../../lib/waves/codebook";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { readCsvWave } from "../../lib/waves/read-csv-wave";
import { validateWave } from "../../lib/waves/validate-wave";
import { loadWaves } from "../../lib/waves/load-waves";
import { addManifestRow, CAB_LIKE, cabLikeFolder, cabLikeManifestRow, FULL_MANIFEST_HEADER, manifestRow, temporaryWaveFolder, tinyWaveCsv, WAVE_COLUMNS } from "../helpers/wave-fixtures";

/** Writes a tiny wave (edited) into a fresh folder and validates it. */
function validateTiny(edit?: (rows: string[][]) => void, filter?: [string, string]) {
  const folder = temporaryWaveFolder();
  writeFileSync(path.join(folder, "tiny.csv"), tinyWaveCsv(edit));
  addManifestRow(folder, manifestRow("tiny", "tiny.csv", { filter }));
  const [entry] = loadWaveManifest(path.join(folder, "manifest.csv"));
  return validateWave(readCsvWave(entry.path), entry, codingForWave(loadWaveCodebook(path.join(folder, "codebook.csv")), "tiny"));
}

function expectDataError(edit: (rows: string[][]) => void, code: DataErrorCode, row: number | undefined, column: string, message?: RegExp): void {
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

describe("validateWave: zero weights, filters by label, concepts not asked, the file's labels", () => {
  it("accepts zero weights, keeps the rows and counts them; refuses a wave whose weights are all 0", () => {
    const wave = validateTiny((rows) => (rows[4][column("weight")] = "0"));
    assert.equal(wave.zeroWeightRows, 1);
    assert.equal(wave.weights[3], 0);
    assert.equal(wave.accounting.rowsKept, 12);
    expectDataError((rows) => rows.slice(1).forEach((row) => (row[column("weight")] = "0")), "weight-invalid", undefined, "weight", /every weight of the 12 respondents kept is 0/);
  });

  it("keeps the rows whose labelled code has the filter value as its label (COUNTRY = Kazakhstan keeps code 1)", async () => {
    const { waves } = await loadWaves({ manifestFile: cabLikeFolder("adjust").manifestFile });
    assert.deepEqual(waves[0].accounting, { rowsRead: 500, rowsKept: 420, rowsExcluded: { "outside-filter": 80 } });
    assert.deepEqual(waves[0].filter, { column: "COUNTRY", value: "Kazakhstan", codes: [1], description: 'COUNTRY = "Kazakhstan" (code 1 by its value label)' });
    const byCode = cabLikeFolder("adjust");
    writeFileSync(byCode.manifestFile, readFileSync(byCode.manifestFile, "utf8").replace(",COUNTRY,Kazakhstan,", ",COUNTRY,1,"));
    const coded = (await loadWaves({ manifestFile: byCode.manifestFile })).waves[0];
    assert.deepEqual(coded.respondentIds, waves[0].respondentIds);
    assert.deepEqual(coded.filter?.codes, []);
  });

  it("says, when a filter keeps no row, which values (with their labels) the column holds", async () => {
    const folder = cabLikeFolder("adjust");
    writeFileSync(folder.manifestFile, readFileSync(folder.manifestFile, "utf8").replace(",COUNTRY,Kazakhstan,", ",COUNTRY,Kazakstan,"));
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.code, "file-empty");
      assert.equal(error.location.column, "COUNTRY");
      assert.match(error.message, /the filter COUNTRY = "Kazakstan" \(manifest row 1, filter_value\) keeps no row \(500 rows read, 500 outside the filter\); the column holds 1 "Kazakhstan" \(420 rows\), 2 "Kyrgyzstan" \(80 rows\)/);
      return true;
    });
  });

  it("needs no column for a concept the wave does not ask, and has no answers for it", async () => {
    const { waves } = await loadWaves({ manifestFile: cabLikeFolder("adjust").manifestFile });
    assert.deepEqual(waves[0].notAsked.map((n) => n.concept), ["russia_positive_reason_1", "russia_positive_reason_2"]);
    assert.equal(waves[0].answers.get("russia_positive_reason_1"), undefined);
    assert.equal(waves[0].itemMissing.russia_positive_reason_1, undefined);
    assert.equal(waves[0].answers.size, 8);
  });

  it("refuses a .sav whose labels run the other way from the codebook (a reversed scale), naming file, variable and code", async () => {
    const folder = cabLikeFolder("adjust", CAB_LIKE.reversed);
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.code, "label-contradiction");
      assert.equal(error.location.file, folder.waveFile);
      assert.equal(error.location.row, 0);
      assert.equal(error.location.column, "E1b");
      assert.match(error.message, /code 1 of russia_opinion is labelled "Очень отрицательно" in the file, but the codebook \(row \d+, applies_to cab-2021\) reads it as "Очень положительно": the file's label says negative, strong; the codebook reads the code as scale position \+2/);
      return true;
    });
  });

  it("refuses a 'do not know' label on a code the codebook reads as substantive", async () => {
    const folder = cabLikeFolder("adjust");
    const text = readFileSync(folder.codebookFile, "utf8")
      .replace("cab-2021,russia_opinion,E1b,Opinion of Russia,8,Затрудняюсь ответить,nonsubstantive,", "cab-2021,russia_opinion,E1b,Opinion of Russia,8,Very favorable,substantive,2")
      .replace("cab-2021,russia_opinion,E1b,Opinion of Russia,1,Очень положительно,substantive,2", "cab-2021,russia_opinion,E1b,Opinion of Russia,1,Do not know,nonsubstantive,");
    writeFileSync(folder.codebookFile, text);
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => error instanceof DataError && error.code === "label-contradiction" && error.location.column === "E1b" && /code 1 of russia_opinion is labelled "Очень положительно" .* non-substantive/.test(error.message));
    const dkFirst = text.split("\n");
    const eight = dkFirst.findIndex((line) => line.startsWith("cab-2021,russia_opinion,E1b,Opinion of Russia,8,"));
    const one = dkFirst.findIndex((line) => line.startsWith("cab-2021,russia_opinion,E1b,Opinion of Russia,1,"));
    [dkFirst[one], dkFirst[eight]] = [dkFirst[eight], dkFirst[one]];
    writeFileSync(folder.codebookFile, dkFirst.join("\n"));
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => error instanceof DataError && error.code === "label-contradiction" && /code 8 of russia_opinion is labelled "Затрудняюсь ответить" .* do not know .* substantive answer \(scale position \+2\)/.test(error.message));
  });

  it("reads the manifest's lonely_psu: the CAB-like wave's single-PSU stratum is accepted under adjust", async () => {
    assert.equal(FULL_MANIFEST_HEADER.split(",").length, cabLikeManifestRow("adjust").split(",").length);
    const { waves } = await loadWaves({ manifestFile: cabLikeFolder("adjust").manifestFile });
    assert.equal(waves[0].entry.lonelyPsu, "adjust");
  });
});
