import * as assert from "node:assert/strict";
import { appendFileSync, copyFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { loadWave, loadWaves } from "../../lib/waves/load-waves";
import { loadWaveCodebook } from "../../lib/waves/codebook";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("loadWaves", () => {
  it("loads every wave of the project's manifest with all rows kept", async () => {
    const collection = await loadWaves();
    assert.equal(collection.waves.length, loadWaveManifest().length);
    for (const wave of collection.waves) assert.equal(wave.accounting.rowsKept + wave.accounting.rowsExcluded["outside-filter"], wave.accounting.rowsRead);
  });

  it("reads a .sav wave through the same validation as a CSV one", async () => {
    const folder = temporaryWaveFolder();
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.sav"), path.join(folder, "w.sav"));
    addManifestRow(folder, manifestRow("w", "w.sav"));
    const [entry] = loadWaveManifest(path.join(folder, "manifest.csv"));
    const wave = await loadWave(entry, loadWaveCodebook(path.join(folder, "codebook.csv")));
    assert.equal(wave.accounting.rowsKept, 300);
    assert.equal(wave.fileValueLabels.get("russia_opinion")?.[0].label, "Очень положительно / Өте оң");
  });

  it("refuses codebook rows for a wave the manifest does not list (a typo would silently fall back to the default coding)", async () => {
    const folder = temporaryWaveFolder(true);
    appendFileSync(path.join(folder, "codebook.csv"), "kz-2091,russia_opinion,Q1,Opinion of Russia,1,Very favorable,substantive,2\nkz-2091,russia_opinion,Q1,Opinion of Russia,2,Somewhat favorable,substantive,1\nkz-2091,russia_opinion,Q1,Opinion of Russia,3,Somewhat unfavorable,substantive,-1\nkz-2091,russia_opinion,Q1,Opinion of Russia,4,Very unfavorable,substantive,-2\n");
    await assert.rejects(loadWaves({ manifestFile: path.join(folder, "manifest.csv") }), (error: unknown) => error instanceof DataError && error.location.column === "applies_to");
  });
});
