import * as assert from "node:assert/strict";
import { createSurveyDesign, surveyLinearRegression, surveyLogisticRegression } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertAllClose, assertMatchesSvyglm, rReference } from "./fixture-data";

describe("surveyLinearRegression and surveyLogisticRegression", () => {
  const { data, designs } = mainDesigns();
  const predictors = { x1: data.number("x1"), age: data.number("age"), female: data.number("female") };

  for (const name of DESIGN_NAMES) {
    it(`gaussian matches svyglm(x2 ~ x1 + age + female) coef, vcov, df, confint, p — ${name}`, () => {
      const r = rReference()[name].linear;
      const fit = surveyLinearRegression(designs[name], { outcome: data.number("x2"), predictors });
      assert.deepEqual(fit.coefficients.map((c) => c.term), ["(Intercept)", "x1", "age", "female"]);
      assertMatchesSvyglm(fit, r);
    });

    it(`quasibinomial matches svyglm(yes ~ x1 + age + female, quasibinomial) — ${name}`, () => {
      const r = rReference()[name].logistic;
      const fit = surveyLogisticRegression(designs[name], { outcome: data.number("yes"), predictors });
      assert.ok(fit.converged);
      assertMatchesSvyglm(fit, r);
    });
  }

  it("recovers an exact line and drops incomplete rows", () => {
    const design = createSurveyDesign({ weights: [1, 2, 3, 1, 1] });
    const fit = surveyLinearRegression(design, { outcome: [1, 3, 5, 7, NaN], predictors: { x: [0, 1, 2, 3, 4] } });
    assertAllClose(fit.coefficients.map((c) => c.estimate), [1, 2], "coef");
    assert.equal(fit.n, 4);
  });

  it("refuses a logistic outcome outside [0, 1] and collinear predictors", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 1] });
    assert.throws(() => surveyLogisticRegression(design, { outcome: [0, 1, 2, 0], predictors: { x: [1, 2, 3, 4] } }), { name: "SurveyInputError", code: "value-range" });
    assert.throws(() => surveyLinearRegression(design, { outcome: [0, 1, 2, 0], predictors: { x: [1, 2, 3, 4], twice: [2, 4, 6, 8] } }), RangeError);
  });
});
