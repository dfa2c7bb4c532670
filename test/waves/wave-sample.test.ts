import * as assert from "node:assert/strict";
import * as path from "node:path";
import { copyFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import { NON_SUBSTANTIVE_SCALE_CODE, poolWaves, waveSample } from "../../lib/waves/wave-sample";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("waveSample and poolWaves", () => {
  it("harmonise codes to scale positions (non-substantive → 0) and label synthetic samples", async () => {
    const { waves } = await loadWaves();
    const wave = waves[0];
    const sample = waveSample(wave);
    const raw = wave.answers.get("russia_opinion")!;
    const harmonised = sample.answers.get("russia_opinion")!;
    raw.forEach((code, i) => assert.equal(harmonised[i], ({ 1: 2, 2: 1, 3: -1, 4: -2, 98: NON_SUBSTANTIVE_SCALE_CODE, 99: NON_SUBSTANTIVE_SCALE_CODE } as Record<number, number>)[code]));
    assert.match(sample.label, /SYNTHETIC/);
    assert.equal(sample.design.psuCount, new Set(wave.psu).size);
  });

  it("pool waves keeping strata apart and each wave's weights summing to its sample size", async () => {
    const folder = temporaryWaveFolder(true);
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "extra.csv"));
    addManifestRow(folder, manifestRow("extra", "extra.csv"));
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const pooled = poolWaves(waves);
    assert.equal(pooled.respondents, waves.reduce((sum, wave) => sum + wave.respondentIds.length, 0));
    assert.equal(pooled.design.stratumCount, waves.reduce((sum, wave) => sum + new Set(wave.strata).size, 0));
    let offset = 0;
    for (const wave of waves) {
      const n = wave.respondentIds.length;
      const sum = pooled.design.weights.slice(offset, offset + n).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - n) < 1e-9, `${wave.entry.waveId}: ${sum}`);
      offset += n;
    }
    assert.equal(pooled.synthetic, true);
    assert.match(pooled.label, /SYNTHETIC/);
    assert.throws(() => poolWaves([]), RangeError);
    const recoded = { ...waves[1], coding: new Map([...waves[1].coding].map(([concept, coding]) => [concept, concept === "russia_positive_reason_1" ? { ...coding, codes: coding.codes.map((c) => ({ ...c, code: c.code + 10 })) } : coding])) };
    assert.throws(() => poolWaves([waves[0], recoded]), /coded differently/);
  });
});
