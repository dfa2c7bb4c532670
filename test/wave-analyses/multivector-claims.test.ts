import * as assert from "node:assert/strict";
import { validateClaimResult } from "../../lib/claims/claim-result";
import { loadWaves } from "../../lib/waves/load-waves";
import { waveSample } from "../../lib/waves/wave-sample";
import { associationClaimResults, crossTabClaimResults, crossTabEstimates, evidenceSample, formatShare } from "../../lib/wave-analyses/multivector-claims";
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
