import * as assert from "node:assert/strict";
import { validateClaimResult } from "../../lib/claims/claim-result";
import { loadWaves } from "../../lib/waves/load-waves";
import { waveSample } from "../../lib/waves/wave-sample";
import * as path from "node:path";
import { loadQuantifierConventions, quantifierRange } from "../../lib/claims/quantifier-conventions";
import {
  associationClaimResults,
  characterizationEvidence,
  characterizationLayers,
  crossTabClaimResults,
  crossTabEstimates,
  evidenceSample,
  formatShare,
  multivectorAssociations,
} from "../../lib/wave-analyses/multivector-claims";
import { addCabLikeWave } from "../helpers/cab-like-wave";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";
import { crossTabShare, MULTIVECTOR_CROSS_TABS } from "../../lib/wave-analyses/multivector-estimates";

describe("formatShare", () => {
  it("prints percent with one decimal and the CI level", () => {
    assert.equal(formatShare({ estimate: 0.548, ci: { lower: 0.5212, upper: 0.5744, level: 0.95, method: "logit" } }), "54.8% (95% CI 52.1–57.4)");
  });
});

describe("multivector claim results on the project's SYNTHETIC waves", () => {
  it("keep 'needs respondent-level data' on the printed figures and 'demonstrated on SYNTHETIC data' on the respondent level, saying SYNTHETIC", async () => {
    const { waves } = await loadWaves();
    const evidence = evidenceSample(waves);
    assert.equal(evidence.synthetic, true);
    assert.equal(evidence.sample?.waveIds.length, 3);
    const results = [...crossTabClaimResults(evidence), ...associationClaimResults(evidence)];
    assert.deepEqual(results.map((r) => r.id), ["MV-01", "MV-02", "MV-03", "MV-04", "MV-05", "MV-06"]);
    for (const result of results) {
      validateClaimResult(result);
      assert.equal(result.verdict, "needs respondent-level data");
      assert.equal(result.interval, "", "no confidence interval on the printed-figures layer");
      assert.equal(result.respondent?.verdict, "demonstrated on SYNTHETIC data");
      assert.match(result.respondent!.detail, /SYNTHETIC/);
      assert.deepEqual(result.respondent!.waves, ["kz-2017-synthetic", "kz-2018-synthetic", "kz-2019-synthetic"]);
    }
  });

  it("give MV-01 … MV-04 the pooled share in percent with its logit interval, base 'all', domain the anchor", async () => {
    const { waves } = await loadWaves();
    const evidence = evidenceSample(waves);
    const [mv01] = crossTabClaimResults(evidence);
    const share = crossTabShare(evidence.sample!, MULTIVECTOR_CROSS_TABS[0]);
    assert.equal(mv01.respondent?.estimate, 100 * share.estimate);
    assert.equal(mv01.respondent?.ciLow, 100 * share.ci.lower);
    assert.equal(mv01.respondent?.unit, "percent");
    assert.equal(mv01.respondent?.base, "all");
    assert.equal(mv01.respondent?.domain, "russia_opinion=positive");
    assert.match(mv01.respondent!.detail, /Rule on these waves|rule: reproduced/);
  });

  it("judge MV-05 and MV-06 on the partial correlations, showing the weakest pair", async () => {
    const { waves } = await loadWaves();
    const [mv05, mv06] = associationClaimResults(evidenceSample(waves));
    assert.equal(mv05.respondent?.unit, "correlation");
    assert.ok(mv05.respondent!.ciLow! <= mv06.respondent!.ciLow!, "MV-05 covers MV-06's pairs, so its weakest lower bound is at most MV-06's");
    assert.match(mv06.respondent!.detail, /russia_opinion–us_opinion/);
  });

  it("write the cross-tabulations on both bases for each sample as estimates", async () => {
    const { waves } = await loadWaves();
    const sample = waveSample(waves[0]);
    const rows = crossTabEstimates([sample]);
    assert.equal(rows.length, MULTIVECTOR_CROSS_TABS.length * 2);
    assert.deepEqual(rows.slice(0, 2).map((r) => [r.concept, r.measure, r.domain, r.base]), [["us_opinion", "positive", "russia_opinion=positive", "all"], ["us_opinion", "positive", "russia_opinion=positive", "substantive"]]);
    assert.equal(rows[0].estimate, crossTabShare(sample, MULTIVECTOR_CROSS_TABS[0]).estimate);
  });
});

describe("the characterizations MV-07 … MV-10 on the constructed CAB-like wave (real, not calibrated to the memo)", function () {
  this.timeout(120_000);
  it("judge each on its rule: shares within every reading, net positive, not Russia-only, a correlation not negative", async () => {
    const folder = temporaryWaveFolder(true);
    addCabLikeWave(folder);
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const evidence = evidenceSample(waves);
    const conventions = loadQuantifierConventions();
    const readings = { frequently: quantifierRange(conventions, "frequently"), majority: quantifierRange(conventions, "majority"), generally: quantifierRange(conventions, "generally") };
    const layers = new Map(characterizationLayers(characterizationEvidence(evidence), readings, multivectorAssociations(evidence)).map((l) => [l.id, l]));
    assert.deepEqual([...layers.keys()], ["MV-07", "MV-08", "MV-09", "MV-10"]);
    for (const layer of layers.values()) {
      assert.equal(layer.synthetic, false);
      assert.deepEqual(layer.waves, ["kz-2019-cab-like"]);
    }
    // MV-07: the smallest of the four shares, 67.0% [62.1, 71.5], lies above 50 (the stricter reading of "frequently")
    const mv07 = layers.get("MV-07")!;
    assert.equal(mv07.verdict, "reproduced");
    assert.ok(mv07.ciLow! > 50 && mv07.unit === "percent");
    // MV-08: the smallest net share (US opinion among those positive on Russia), +42.6 points, whole interval above 0
    assert.equal(layers.get("MV-08")!.verdict, "reproduced");
    assert.ok(layers.get("MV-08")!.ciLow! > 0 && layers.get("MV-08")!.unit === "percentage points");
    // MV-09: 90.8% do not favour a Russia-only policy, above 60
    assert.equal(layers.get("MV-09")!.verdict, "reproduced");
    assert.ok(layers.get("MV-09")!.ciLow! > 60);
    // MV-10: zero-order r of the opinions of the US and of Russia, whole interval above 0
    const mv10 = layers.get("MV-10")!;
    assert.equal(mv10.verdict, "reproduced");
    assert.equal(mv10.unit, "correlation");
    assert.ok(mv10.ciLow! > 0);
    assert.match(mv10.detail, /Given leadership opinion \(MV-06\) r = /);
  });
});
