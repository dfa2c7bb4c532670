import * as assert from "node:assert/strict";
import { createSurveyDesign, surveyMean, surveyTTest } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, assertEstimate, loadFixtureTable, rEstimators } from "./fixture-data";

describe("surveyTTest (R svyttest)", () => {
  const { data, designs } = mainDesigns();
  const g = data.number("g");

  for (const name of DESIGN_NAMES) {
    const r = rEstimators().ttest[name];
    it(`matches svyttest(x2 ~ I(g == 3), subset(design, g %in% c(1, 3))) — ${name}`, () => {
      assertEstimate(surveyTTest(designs[name], data.number("x2"), { group: g, groups: [3, 1] }), r.mean, "x2");
    });
    it(`matches svyttest(y ~ I(female == 1)) with missing y (na.omit) — ${name}`, () => {
      assertEstimate(surveyTTest(designs[name], data.number("y"), { group: data.number("female"), groups: [1, 0] }), r.meanWithMissing, "y");
    });
  }

  describe("between waves of a pooled design, each wave with its own strata and PSUs (waves.csv)", () => {
    const waves = loadFixtureTable("waves");
    const item = waves.number("item");
    const wave = waves.number("wave");
    const pooled = createSurveyDesign({ weights: waves.number("w"), strata: waves.text("stratum"), psu: waves.number("psu") });
    const positive = Float64Array.from(item, (code) => (Number.isNaN(code) ? NaN : code === 1 || code === 2 ? 1 : 0));
    const r = rEstimators().waves;

    it("first to last wave matches svyttest(positive ~ I(wave == 3), subset(pooled, wave %in% c(1, 3)))", () => {
      assertEstimate(surveyTTest(pooled, positive, { group: wave, groups: [3, 1], groupName: "wave" }), r.firstToLast, "3 − 1");
    });
    it("consecutive waves match svyttest on each pair", () => {
      assertEstimate(surveyTTest(pooled, positive, { group: wave, groups: [2, 1] }), r.consecutive[0], "2 − 1");
      assertEstimate(surveyTTest(pooled, positive, { group: wave, groups: [3, 2] }), r.consecutive[1], "3 − 2");
    });
    it("with 'do not know' (9) out of the base matches svyttest on subset(pooled, wave %in% c(1, 3) & item %in% 1:5)", () => {
      const substantive = Uint8Array.from(item, (code) => (code >= 1 && code <= 5 ? 1 : 0));
      assertEstimate(surveyTTest(pooled, positive, { group: wave, groups: [3, 1], domain: substantive }), r.substantive, "3 − 1, substantive");
    });
    it("a numeric score matches svyttest(score ~ I(wave == 2), subset(pooled, wave %in% 1:2))", () => {
      const score = Float64Array.from(item, (code) => (code >= 1 && code <= 5 ? code : NaN));
      assertEstimate(surveyTTest(pooled, score, { group: wave, groups: [2, 1] }), r.score, "score");
    });
    it("the SE is √(SE₁² + SE₂²) of the per-wave means (independent waves), the df that of the pooled design", () => {
      const test = surveyTTest(pooled, positive, { group: wave, groups: [3, 1] });
      const [one, three] = [1, 3].map((w) => surveyMean(pooled, positive, { domain: Float64Array.from(wave, (v) => (v === w ? 1 : 0)) }));
      assertClose(test.se, Math.hypot(one.se, three.se), "se");
      assertClose(test.estimate, three.estimate - one.estimate, "difference");
    });
  });

  it("reports both group means and refuses identical groups", () => {
    const design = createSurveyDesign({ weights: [1, 1, 2, 2] });
    const test = surveyTTest(design, [1, 3, 2, 6], { group: [1, 1, 2, 2], groups: [2, 1] });
    assert.deepEqual([test.first.estimate, test.second.estimate, test.estimate], [4, 2, 2]);
    assert.throws(() => surveyTTest(design, [1, 3, 2, 6], { group: [1, 1, 2, 2], groups: [1, 1] }), RangeError);
  });

  it("names an empty group", () => {
    const design = createSurveyDesign({ weights: [1, 1, 0, 0] });
    assert.throws(() => surveyTTest(design, [1, 3, 2, 6], { group: [1, 1, 2, 2], groups: [2, 1], groupName: "wave" }), { name: "EmptyDomainError", domain: "the sample, wave = 2" });
  });
});
