import * as assert from "node:assert/strict";
import { createSurveyDesign, EmptyDomainError, surveyMean } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, assertEstimate, rEstimators } from "./fixture-data";

describe("surveyMean", () => {
  const { data, designs } = mainDesigns();
  const domain = Uint8Array.from(data.number("x1"), (v) => (v >= 3 ? 1 : 0));

  for (const name of DESIGN_NAMES) {
    const r = rEstimators().mean[name];
    it(`matches svymean(~x1) and confint(df = degf) — ${name}`, () => assertEstimate(surveyMean(designs[name], data.number("x1")), r.whole, "x1"));
    it(`matches svymean(~age, subset(design, x1 >= 3)) — ${name}`, () => assertEstimate(surveyMean(designs[name], data.number("age"), { domain }), r.domain, "age | x1 >= 3"));
    it(`matches svymean(~y, na.rm = TRUE) with df = degf(design) — ${name}`, () => {
      const mean = surveyMean(designs[name], data.number("y"));
      assertEstimate(mean, r.missing, "y");
      assert.equal(mean.missing, 7);
    });
  }

  it("equals the textbook mean and s/√n for equal weights", () => {
    const y = [2, 4, 4, 5, 7, 8];
    const mean = surveyMean(createSurveyDesign({ weights: y.map(() => 3) }), y);
    const m = 5;
    const s2 = y.reduce((sum, v) => sum + (v - m) ** 2, 0) / (y.length - 1);
    assertClose(mean.estimate, m, "mean");
    assertClose(mean.se, Math.sqrt(s2 / y.length), "se");
    assert.deepEqual([mean.df, mean.n, mean.weightedN], [5, 6, 18]);
  });

  it("refuses an empty domain, naming it", () => {
    const design = createSurveyDesign({ weights: [1, 0, 2] });
    assert.throws(() => surveyMean(design, [1, 2, 3], { domain: [0, 1, 0], domainName: "women over 90" }), (error: unknown) => {
      assert.ok(error instanceof EmptyDomainError);
      assert.equal(error.domain, "women over 90");
      assert.match(error.message, /no respondents in women over 90/);
      return true;
    });
    assert.throws(() => surveyMean(design, [NaN, 2, NaN]), { name: "EmptyDomainError", code: "empty-domain" });
  });
});
