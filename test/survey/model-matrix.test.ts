import * as assert from "node:assert/strict";
import { asFactor, createSurveyDesign, modelMatrix, SurveyInputError, surveyLinearRegression, surveyLogisticRegression } from "../../lib/survey";
import type { RegressionResult } from "../../lib/survey/glm/regression-types";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertAllClose, rEstimators } from "./fixture-data";

/** R's svyglm output with a factor covariate (make-estimator-fixtures.R). */
interface SvyglmReference {
  terms: string[];
  coef: number[];
  vcov: number[][];
  df: number;
  lower: number[];
  upper: number[];
  p: number[];
}

function assertMatchesSvyglm(fit: RegressionResult, r: SvyglmReference): void {
  assert.deepEqual(fit.coefficients.map((c) => c.term), r.terms);
  assertAllClose(fit.coefficients.map((c) => c.estimate), r.coef, "coef");
  fit.vcov.forEach((row, i) => assertAllClose(row, r.vcov[i], `vcov row ${i}`));
  assert.equal(fit.df, r.df);
  assertAllClose(fit.coefficients.map((c) => c.ci.lower), r.lower, "lower");
  assertAllClose(fit.coefficients.map((c) => c.ci.upper), r.upper, "upper");
  assertAllClose(fit.coefficients.map((c) => c.pValue), r.p, "p");
}

describe("modelMatrix (R model.matrix with factor())", () => {
  it("makes treatment-contrast dummies named as R, the first level the reference, NaN for a missing code", () => {
    const matrix = modelMatrix({ x: [0.5, 1, 2, 3], region: asFactor([3, 1, NaN, 2]) }, 4);
    assert.deepEqual(matrix.terms, ["(Intercept)", "x", "factor(region)2", "factor(region)3"]);
    assert.deepEqual(matrix.columns.slice(2).map((c) => Array.from(c)), [[0, 0, NaN, 1], [1, 0, NaN, 0]]);
    assert.deepEqual(matrix.factorLevels, { region: [1, 2, 3] });
  });

  it("takes given levels (reference first) and refuses codes outside them and single-level factors", () => {
    assert.deepEqual(modelMatrix({ z: asFactor([1, 2, 3], [3, 1, 2]) }, 3, { intercept: false }).terms, ["factor(z)1", "factor(z)2"]);
    assert.throws(() => modelMatrix({ z: asFactor([1, 2, 4], [1, 2]) }, 3), (error: unknown) => error instanceof SurveyInputError && error.code === "value-unknown-code" && error.location.row === 3);
    assert.throws(() => modelMatrix({ z: asFactor([2, 2, NaN]) }, 3), (error: unknown) => error instanceof SurveyInputError && error.code === "value-range");
  });

  it("takes default levels from the rows used (the domain)", () => {
    assert.deepEqual(modelMatrix({ z: asFactor([1, 2, 3, 9]) }, 4, { levelRows: [1, 1, 1, 0] }).factorLevels, { z: [1, 2, 3] });
  });
});

describe("svyglm with factor covariates", () => {
  const { data, designs } = mainDesigns();
  const models = rEstimators().models as Record<string, Record<string, SvyglmReference>>;

  for (const name of DESIGN_NAMES) {
    it(`gaussian svyglm(x2 ~ x1 + factor(region)) — ${name}`, () => {
      const fit = surveyLinearRegression(designs[name], { outcome: data.number("x2"), predictors: { x1: data.number("x1"), region: asFactor(data.number("region")) } });
      assertMatchesSvyglm(fit, models[name].linearFactor);
    });
    it(`gaussian svyglm(x2 ~ factor(agegrp) + x1 + female, subset(design, g != 3)) — ${name}`, () => {
      const domain = Uint8Array.from(data.number("g"), (g) => (g !== 3 ? 1 : 0));
      const predictors = { agegrp: asFactor(data.number("agegrp")), x1: data.number("x1"), female: data.number("female") };
      assertMatchesSvyglm(surveyLinearRegression(designs[name], { outcome: data.number("x2"), predictors, domain }), models[name].linearFactorDomain);
    });
    it(`quasibinomial svyglm(yes ~ x1 + factor(agegrp) + female) — ${name}`, () => {
      const predictors = { x1: data.number("x1"), agegrp: asFactor(data.number("agegrp")), female: data.number("female") };
      const fit = surveyLogisticRegression(designs[name], { outcome: data.number("yes"), predictors });
      assert.ok(fit.converged);
      assertMatchesSvyglm(fit, models[name].logisticFactor);
    });
  }

  it("refuses a fit with no complete row in the domain, naming the domain", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1] });
    assert.throws(() => surveyLinearRegression(design, { outcome: [1, 2, NaN], predictors: { x: [NaN, NaN, 1] }, domainName: "women" }), { name: "EmptyDomainError", domain: "women" });
  });
});
