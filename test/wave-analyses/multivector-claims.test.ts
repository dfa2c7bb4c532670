import * as assert from "node:assert/strict";
import { isVerdict } from "../../lib/claims/verdict";
import { loadWaves } from "../../lib/waves/load-waves";
import { associationClaimResults, crossTabClaimResults, evidenceSample, formatShare, shareVerdict } from "../../lib/wave-analyses/multivector-claims";

describe("shareVerdict", () => {
  it("keeps 'needs respondent-level data' on synthetic evidence whatever the estimate", () => {
    assert.equal(shareVerdict(0.55, 55, true), "needs respondent-level data");
  });
  it("judges real data against the memo's rounded figure", () => {
    assert.equal(shareVerdict(0.5549, 55, false), "reproduced");
    assert.equal(shareVerdict(0.5451, 55, false), "reproduced");
    assert.equal(shareVerdict(0.5551, 55, false), "not reproduced by respondent-level data");
    assert.equal(shareVerdict(0.57, 55, false), "not reproduced by respondent-level data");
  });
});

describe("formatShare", () => {
  it("prints percent with one decimal and the CI level", () => {
    assert.equal(formatShare({ estimate: 0.548, ci: { lower: 0.5212, upper: 0.5744, level: 0.95, method: "logit" } }), "54.8% (95% CI 52.1–57.4)");
  });
});

describe("multivector claim results on the project's waves", () => {
  it("records MV-01..MV-06 on the SYNTHETIC waves as 'needs respondent-level data', saying SYNTHETIC", async () => {
    const { waves } = await loadWaves();
    const evidence = evidenceSample(waves);
    const results = [...crossTabClaimResults(evidence), ...associationClaimResults(evidence)];
    assert.deepEqual(results.map((r) => r.id), ["MV-01", "MV-02", "MV-03", "MV-04", "MV-05", "MV-06"]);
    for (const result of results) {
      assert.ok(isVerdict(result.verdict));
      if (waves.every((wave) => wave.entry.synthetic)) {
        assert.equal(result.verdict, "needs respondent-level data");
        assert.match(result.evidence, /SYNTHETIC/);
        assert.match(result.computed, /SYNTHETIC/);
      }
    }
  });
});
