import * as assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { findDuplicateWaves } from "../../lib/waves/duplicate-waves";
import { loadWaves } from "../../lib/waves/load-waves";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

/** The project's waves plus the extra test wave added under each of `files` (fixtures of test/fixtures/waves). */
function folderWith(...files: [waveId: string, fixture: string, start: string][]): string {
  const folder = temporaryWaveFolder(true);
  for (const [waveId, fixture, start] of files) {
    const name = `${waveId}${path.extname(fixture)}`;
    copyFileSync(projectPath(`test/fixtures/waves/${fixture}`), path.join(folder, name));
    addManifestRow(folder, manifestRow(waveId, name, { start }));
  }
  return path.join(folder, "manifest.csv");
}

describe("duplicate waves: two manifest rows holding the same respondents are refused", () => {
  it("refuses the same file listed twice under two wave ids (identical contents), naming the later row and its file column", async () => {
    const manifest = folderWith(["kz-2020-a", "extra-wave.csv", "2020-10-01"], ["kz-2020-b", "extra-wave.csv", "2020-11-01"]);
    await assert.rejects(loadWaves({ manifestFile: manifest }), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.code, "key-duplicate");
      assert.equal(error.location.file, manifest);
      assert.equal(error.location.row, 5);
      assert.equal(error.location.column, "file");
      assert.match(error.message, /wave kz-2020-b \(file kz-2020-b\.csv\) holds the same respondents as wave kz-2020-a \(manifest row 4, file kz-2020-a\.csv\): the two files have identical contents/);
      return true;
    });
  });

  it("refuses the same wave added as CSV and as .sav (same ids, strata, PSUs and answers), saying how many respondents agree", async () => {
    const manifest = folderWith(["kz-2020-csv", "extra-wave.csv", "2020-10-01"], ["kz-2020-sav", "extra-wave.sav", "2020-10-01"]);
    await assert.rejects(loadWaves({ manifestFile: manifest }), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.code, "key-duplicate");
      assert.match(error.message, /wave kz-2020-sav .* holds the same respondents as wave kz-2020-csv .*: 300 of 300 respondents have the same id, stratum, PSU and answers \(10 concepts compared\)/);
      return true;
    });
  });

  it("does not take waves that share respondent ids for the same wave: the SYNTHETIC waves all number respondents r00001, …", async () => {
    const { waves } = await loadWaves();
    assert.ok(waves[0].respondentIds.every((id, i) => waves[1].respondentIds[i] === id), "fixture: the ids coincide");
    assert.deepEqual(findDuplicateWaves(waves), []);
  });
});
