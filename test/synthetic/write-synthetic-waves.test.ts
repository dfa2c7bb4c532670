import * as assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { generatedWaveCsv, writeSyntheticWaves } from "../../lib/synthetic/write-synthetic-waves";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("generatedWaveCsv", () => {
  it("quotes fields that need it and ends with a newline", () => {
    assert.equal(generatedWaveCsv({ header: ["a", "b"], rows: [["1", 'x,"y"']] }), 'a,b\n1,"x,""y"""\n');
  });
});

describe("writeSyntheticWaves", () => {
  it("writes exactly the synthetic waves of the manifest, byte-identical to the committed files", () => {
    const folder = temporaryWaveFolder();
    addManifestRow(folder, manifestRow("kz-2019-synthetic", "kz-2019-synthetic.csv", { synthetic: "yes" }));
    addManifestRow(folder, manifestRow("real", "real.csv"));
    const written = writeSyntheticWaves(path.join(folder, "manifest.csv"));
    assert.deepEqual(written.map((w) => [w.waveId, w.rows]), [["kz-2019-synthetic", 1500]]);
    assert.equal(readFileSync(path.join(folder, "kz-2019-synthetic.csv"), "utf8"), readFileSync(projectPath("data/waves/kz-2019-synthetic.csv"), "utf8"));
    assert.equal(existsSync(path.join(folder, "real.csv")), false);
  });

  it("refuses a synthetic wave declared as .sav", () => {
    const folder = temporaryWaveFolder();
    addManifestRow(folder, manifestRow("s", "s.sav", { synthetic: "yes" }));
    assert.throws(() => writeSyntheticWaves(path.join(folder, "manifest.csv")), /generated as csv/);
  });
});
