import { strict as assert } from "node:assert";
import * as path from "node:path";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveCollection } from "../../lib/waves/wave-data";
import { codingForWave, DEFAULT_CODING } from "../../lib/waves/codebook";
import { analysisSample, harmonisedCodes } from "../../lib/wave-analyses/analysis-sample";
import { addCabLikeWave, CAB_LIKE_WAVE_ID } from "../helpers/cab-like-wave";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("analysisSample and harmonisedCodes", function () {
  this.timeout(30_000);
  let collection: WaveCollection;
  before(async () => {
    const folder = temporaryWaveFolder(true);
    addCabLikeWave(folder);
    collection = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
  });
  const wave = (id: string) => collection.waves.find((w) => w.entry.waveId === id)!;

  it("maps a wave's own codes to the default coding: substantive by scale position, 'do not know' and refused by label, blanks stay blank", () => {
    const cab = wave(CAB_LIKE_WAVE_ID);
    const defaults = codingForWave(collection.codebook, DEFAULT_CODING);
    const raw = cab.answers.get("eeu_benefit")!;
    const codes = harmonisedCodes(cab, "eeu_benefit", defaults.get("eeu_benefit")!);
    const expected = new Map([[1, 4], [2, 3], [3, 2], [4, 1], [8, 98], [9, 99]]);
    raw.forEach((code, i) => {
      if (Number.isNaN(code)) assert.ok(Number.isNaN(codes[i]), `row ${i}: a blank stays blank`);
      else assert.equal(codes[i], expected.get(code), `row ${i}: CAB code ${code}`);
    });
    const russia = harmonisedCodes(cab, "russia_opinion", defaults.get("russia_opinion")!);
    assert.ok(russia.some((c) => c === 98) && russia.some((c) => c === 99) && !russia.some((c) => c === 8));
  });

  it("pools waves of one kind, labels the SYNTHETIC ones, and refuses to pool SYNTHETIC with real waves", () => {
    const synthetic = collection.waves.filter((w) => w.entry.synthetic);
    const pooled = analysisSample(synthetic, collection.codebook);
    assert.equal(pooled.id, "kz-2017-synthetic;kz-2018-synthetic;kz-2019-synthetic");
    assert.equal(pooled.label, "kz-2017-synthetic + kz-2018-synthetic + kz-2019-synthetic (pooled, SYNTHETIC)");
    assert.equal(pooled.synthetic, true);
    assert.equal(pooled.codes.get("russia_opinion")!.length, 4500);
    assert.equal(analysisSample([wave(CAB_LIKE_WAVE_ID)], collection.codebook).label, CAB_LIKE_WAVE_ID);
    assert.throws(() => analysisSample([synthetic[0], wave(CAB_LIKE_WAVE_ID)], collection.codebook), /mix SYNTHETIC and real waves, which are never pooled/);
    assert.throws(() => analysisSample([], collection.codebook), /no wave/);
  });
});
