import * as assert from "node:assert/strict";
import { asFactor, createSurveyDesign, EmptyDomainError, SurveyInputError, surveyOrdinalRegression, surveyProportions, type OrdinalRegressionResult } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, rEstimators } from "./fixture-data";

/**
 * R's svyolr optimises with BFGS, whose stopping point leaves the parameters
 * uncertain at about 1e-8 of their scale (the deviance is flat there; see the
 * doc comment of surveyOrdinalRegression and make-estimator-fixtures.R). Its
 * estimates, SEs, vcov, intervals and p-values are compared at 1e-7; the
 * deviance and the df, which do not depend on that last digit, at 1e-9 and exactly.
 */
const OLR_TOLERANCE = 1e-7;

function closeTo(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= OLR_TOLERANCE * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs R ${expected} (diff ${Math.abs(actual - expected)})`);
}

interface SvyolrReference {
  terms: string[];
  zetaNames: string[];
  coef: number[];
  zeta: number[];
  vcov: number[][];
  se: number[];
  lower: number[];
  upper: number[];
  p: number[];
  df: number;
  deviance: number;
  convergence: number;
}

function assertMatchesSvyolr(fit: OrdinalRegressionResult, r: SvyolrReference): void {
  assert.equal(r.convergence, 0, "R's optim converged");
  const all = [...fit.coefficients, ...fit.thresholds];
  assert.deepEqual(all.map((c) => c.term), [...r.terms, ...r.zetaNames]);
  [...r.coef, ...r.zeta].forEach((value, i) => closeTo(all[i].estimate, value, `${all[i].term} estimate`));
  r.se.forEach((value, i) => closeTo(all[i].se, value, `${all[i].term} se`));
  r.lower.forEach((value, i) => closeTo(all[i].ci.lower, value, `${all[i].term} lower`));
  r.upper.forEach((value, i) => closeTo(all[i].ci.upper, value, `${all[i].term} upper`));
  r.p.forEach((value, i) => closeTo(all[i].pValue, value, `${all[i].term} p`));
  fit.vcov.forEach((row, i) => row.forEach((value, j) => closeTo(value, r.vcov[i][j], `vcov[${i}][${j}]`)));
  assert.equal(fit.df, r.df);
  assertClose(fit.deviance / r.deviance, 1, "deviance (relative)");
  assert.ok(fit.converged);
}

describe("surveyOrdinalRegression (R svyolr)", () => {
  const { data, designs } = mainDesigns();
  for (const name of DESIGN_NAMES) {
    const r = rEstimators().models[name];
    it(`matches svyolr(factor(x2) ~ x1 + factor(region)) — ${name}`, () => {
      const fit = surveyOrdinalRegression(designs[name], { outcome: data.number("x2"), predictors: { x1: data.number("x1"), region: asFactor(data.number("region")) } });
      assertMatchesSvyolr(fit, r.olr);
      assert.deepEqual(fit.levels, [1, 2, 3, 4, 5]);
    });
    it(`matches svyolr(factor(x1) ~ age + female, subset(design, region != 4)) — ${name}`, () => {
      const domain = Uint8Array.from(data.number("region"), (v) => (v !== 4 ? 1 : 0));
      const fit = surveyOrdinalRegression(designs[name], { outcome: data.number("x1"), predictors: { age: data.number("age"), female: data.number("female") }, domain });
      assertMatchesSvyolr(fit, r.olrDomain);
    });
  }

  it("without a covariate effect the thresholds are the logits of the weighted cumulative shares", () => {
    // x is constant within each outcome's distribution: the same shares at x = 0 and x = 1, so β̂ = 0
    const y = [1, 2, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3];
    const x = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const design = createSurveyDesign({ weights: y.map(() => 1) });
    const fit = surveyOrdinalRegression(design, { outcome: y, predictors: { x } });
    assertClose(fit.coefficients[0].estimate, 0, "β");
    const shares = surveyProportions(design, y).categories.map((c) => c.estimate);
    assertClose(fit.thresholds[0].estimate, Math.log(shares[0] / (1 - shares[0])), "ζ₁");
    assertClose(fit.thresholds[1].estimate, Math.log((shares[0] + shares[1]) / shares[2]), "ζ₂");
  });

  it("refuses fewer than three outcome levels, a level with zero weight only, and an empty domain", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 1, 0] });
    assert.throws(() => surveyOrdinalRegression(design, { outcome: [1, 2, 1, 2, 1], predictors: { x: [1, 2, 3, 4, 5] } }), (error: unknown) => error instanceof SurveyInputError && /3 or more/.test(error.message));
    assert.throws(() => surveyOrdinalRegression(design, { outcome: [1, 2, 1, 2, 3], predictors: { x: [1, 2, 3, 4, 5] } }), (error: unknown) => error instanceof SurveyInputError && /weight 0/.test(error.message));
    assert.throws(() => surveyOrdinalRegression(design, { outcome: [1, 2, 3, 2, 1], predictors: { x: [1, 2, 3, 4, 5] }, domain: [0, 0, 0, 0, 1] }), EmptyDomainError);
  });
});
