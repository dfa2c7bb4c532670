import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { createSurveyDesign } from "../../lib/survey";
import type { WaveConcept } from "../../lib/waves/concepts";
import { loadWaves } from "../../lib/waves/load-waves";
import { answerShares, crossTabShare, MULTIVECTOR_CROSS_TABS, positiveOn, positiveShare } from "../../lib/wave-analyses/multivector-estimates";
import { waveSample, WaveSample } from "../../lib/waves/wave-sample";

/** R survey 4.x on data/waves/kz-2019-synthetic.csv: test/fixtures/waves/make-r-reference.R. */
const R = JSON.parse(readFileSync(projectPath("test/fixtures/waves/r-reference.json"), "utf8"));

/** A hand-made sample: 2 strata × 2 PSUs, answers as harmonised scale positions (0 = non-substantive). */
function handSample(answers: Partial<Record<WaveConcept, number[]>>, weights: number[]): WaveSample {
  const n = weights.length;
  return {
    id: "hand",
    label: "hand",
    synthetic: false,
    waveIds: ["hand"],
    design: createSurveyDesign({ weights, strata: weights.map((_, i) => (i < n / 2 ? "a" : "b")), psu: weights.map((_, i) => String(Math.floor((4 * i) / n))) }),
    answers: new Map(Object.entries(answers).map(([concept, values]) => [concept as WaveConcept, Float64Array.from(values!)])),
    respondents: n,
  };
}

describe("positiveShare and crossTabShare", () => {
  it("are the weighted share positive, with non-substantive answers in or out of the base", () => {
    const sample = handSample({ us_opinion: [2, 1, 0, -1, 2, -2, 0, 1], russia_opinion: [1, 1, 1, 1, -1, 1, 1, 2] }, [1, 2, 1, 1, 3, 1, 2, 1]);
    // positive: rows 0,1,4,7 → weights 1+2+3+1 = 7 of 12; excluding rows 2,6 (non-substantive, weight 3): 7 of 9
    assert.ok(Math.abs(positiveShare(sample, "us_opinion").estimate - 7 / 12) < 1e-12);
    assert.ok(Math.abs(positiveShare(sample, "us_opinion", { base: "excluded" }).estimate - 7 / 9) < 1e-12);
    // among russia positive (all but row 4): positive rows 0,1,7 → 4 of 9
    assert.ok(Math.abs(positiveShare(sample, "us_opinion", { domain: positiveOn(sample, "russia_opinion") }).estimate - 4 / 9) < 1e-12);
  });

  it("matches R's svyciprop(method = 'logit') on a synthetic wave (estimate, SE, interval)", async () => {
    const { waves } = await loadWaves();
    const sample = waveSample(waves.find((wave) => wave.entry.waveId === "kz-2019-synthetic")!);
    const inBase = crossTabShare(sample, MULTIVECTOR_CROSS_TABS[0]);
    assert.ok(Math.abs(inBase.estimate - R.inBase.estimate) < 1e-9);
    assert.ok(Math.abs(inBase.se - R.inBase.se) < 1e-8);
    assert.ok(Math.abs(inBase.ci.lower - R.inBase.lower) < 1e-6 && Math.abs(inBase.ci.upper - R.inBase.upper) < 1e-6);
    const excluded = crossTabShare(sample, MULTIVECTOR_CROSS_TABS[0], "excluded");
    assert.ok(Math.abs(excluded.estimate - R.excluded.estimate) < 1e-10 && Math.abs(excluded.se - R.excluded.se) < 1e-8);
  });
});

describe("answerShares", () => {
  it("gives the five answers in Table 1's order, summing to 1", () => {
    const sample = handSample({ russia_opinion: [2, 2, 1, 0, -1, -2, 1, 2] }, [1, 1, 1, 1, 1, 1, 1, 1]);
    const shares = answerShares(sample, "russia_opinion");
    assert.deepEqual(shares.map((s) => s.position), [2, 1, 0, -1, -2]);
    assert.deepEqual(shares.map((s) => s.estimate * 8), [3, 2, 1, 1, 1]);
  });
});
