import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { readCsvWave } from "../../lib/waves/read-csv-wave";
import { readSavWave } from "../../lib/waves/read-sav-wave";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

// Fixtures written by PSPP: test/fixtures/waves/make-sav-fixtures.sps.
const SAV = "test/fixtures/waves/extra-wave.sav";
const SAME_AS_CSV = "test/fixtures/waves/extra-wave.csv";

describe("readSavWave", () => {
  it("reads the cases PSPP wrote, identical to PSPP's own CSV export of the same data", async () => {
    const sav = await readSavWave(SAV);
    const csv = readCsvWave(SAME_AS_CSV);
    assert.deepEqual(sav.columns, csv.columns);
    assert.equal(sav.rows.length, 300);
    sav.rows.forEach((row, i) => row.forEach((cell, j) => assert.equal(cell === null ? null : String(cell), csv.rows[i][j], `row ${i + 1}, ${sav.columns[j]}`)));
  });

  it("turns system-missing values into null", async () => {
    const sav = await readSavWave(SAV);
    const reason = sav.columns.indexOf("q_reason_russia_2");
    assert.ok(sav.rows.some((row) => row[reason] === null));
  });

  it("reads Cyrillic and Kazakh value labels (UTF-8 dictionary)", async () => {
    const labels = (await readSavWave(SAV)).valueLabels.get("q_opinion_russia");
    assert.equal(labels?.find((entry) => entry.code === 1)?.label, "Очень положительно / Өте оң");
    assert.equal(labels?.find((entry) => entry.code === 98)?.label, "Затрудняюсь ответить / Жауап беруге қиналамын");
  });

  it("refuses a file whose dictionary declares windows-1251, with an encoding error", async () => {
    await assert.rejects(readSavWave("test/fixtures/waves/cp1251-wave.sav"), (error: unknown) => error instanceof DataError && error.code === "encoding" && /windows-1251/i.test(error.message));
  });

  it("refuses a file that is not a .sav file, and a missing file, naming it", async () => {
    const file = path.join(temporaryWaveFolder(), "fake.sav");
    writeFileSync(file, "respondent_id,weight\nr1,1\n");
    await assert.rejects(readSavWave(file), (error: unknown) => error instanceof DataError && error.code === "format" && error.location.file === file);
    await assert.rejects(readSavWave(path.join(path.dirname(file), "absent.sav")), (error: unknown) => error instanceof DataError && error.code === "file-missing");
  });
});
