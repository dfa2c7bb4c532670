import * as assert from "node:assert/strict";
import { asFactor, createSurveyDesign, modelMatrix, SurveyInputError, surveyLinearRegression, surveyLogisticRegression } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertMatchesSvyglm, rEstimators, SvyglmReference } from "./fixture-data";

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
  /** R's fit `key` on design `name`; these fixtures always name their terms, which the fit must match. */
  const model = (name: string, key: string): SvyglmReference => {
    const r = models[name][key];
    assert.ok(Array.isArray(r.terms), `the fixture of ${key} on ${name} names its terms`);
    return r;
  };

  for (const name of DESIGN_NAMES) {
    it(`gaussian svyglm(x2 ~ x1 + factor(region)) — ${name}`, () => {
      const fit = surveyLinearRegression(designs[name], { outcome: data.number("x2"), predictors: { x1: data.number("x1"), region: asFactor(data.number("region")) } });
      assertMatchesSvyglm(fit, model(name, "linearFactor"));
    });
    it(`gaussian svyglm(x2 ~ factor(agegrp) + x1 + female, subset(design, g != 3)) — ${name}`, () => {
      const domain = Uint8Array.from(data.number("g"), (g) => (g !== 3 ? 1 : 0));
      const predictors = { agegrp: asFactor(data.number("agegrp")), x1: data.number("x1"), female: data.number("female") };
      assertMatchesSvyglm(surveyLinearRegression(designs[name], { outcome: data.number("x2"), predictors, domain }), model(name, "linearFactorDomain"));
    });
    it(`quasibinomial svyglm(yes ~ x1 + factor(agegrp) + female) — ${name}`, () => {
      const predictors = { x1: data.number("x1"), agegrp: asFactor(data.number("agegrp")), female: data.number("female") };
      const fit = surveyLogisticRegression(designs[name], { outcome: data.number("yes"), predictors });
      assert.ok(fit.converged);
      assertMatchesSvyglm(fit, model(name, "logisticFactor"));
    });
  }

  it("refuses a fit with no complete row in the domain, naming the domain", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1] });
    assert.throws(() => surveyLinearRegression(design, { outcome: [1, 2, NaN], predictors: { x: [NaN, NaN, 1] }, domainName: "women" }), { name: "EmptyDomainError", domain: "women" });
  });
});
