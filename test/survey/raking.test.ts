import * as assert from "node:assert/strict";
import { rakeWeights, type RakingMargin } from "../../lib/survey";
import { loadFixtureTable, assertAllClose, rReference } from "./fixture-data";

describe("rakeWeights", () => {
  const data = loadFixtureTable("main");
  const population: number[][] = rReference().rake.population;
  const margins: RakingMargin[] = [
    { name: "female", values: data.number("female"), population: { codes: [0, 1], totals: population[0] } },
    { name: "agegrp", values: data.number("agegrp"), population: { codes: [1, 2, 3], totals: population[1] } },
    { name: "region", values: data.number("region"), population: { codes: [1, 2, 3, 4], totals: population[2] } },
  ];
  const w = data.number("w");

  it("matches R rake() to 3 margins with epsilon = 1e-13 (relative)", () => {
    const { weights, report } = rakeWeights(w, margins, { maxIterations: 100, epsilon: 1e-13 });
    assertAllClose(weights, rReference().rake.tight, "raked weights");
    assert.ok(report.converged);
    assert.ok(report.maxAbsMarginDiff < 1e-8, `margin diff ${report.maxAbsMarginDiff}`);
  });

  it("matches R rake() with its default control (maxit 10, epsilon 1)", () => {
    const { weights, report } = rakeWeights(w, margins);
    assertAllClose(weights, rReference().rake.default, "raked weights");
    assert.equal(report.epsilon, 1);
  });

  it("matches R rake() to 2 margins and keeps zero weights at zero", () => {
    const { weights } = rakeWeights(w, margins.slice(0, 2), { maxIterations: 100, epsilon: 1e-13 });
    assertAllClose(weights, rReference().rake.twoMargins, "raked weights");
    w.forEach((value, i) => value === 0 && assert.equal(weights[i], 0));
  });

  it("reports non-convergence when maxIterations is too small", () => {
    const { report } = rakeWeights(w, margins, { maxIterations: 1, epsilon: 1e-13 });
    assert.deepEqual([report.iterations, report.converged], [1, false]);
    assert.ok(report.maxAbsMarginDiff > 0);
  });

  it("refuses missing codes, codes without population totals and empty population cells", () => {
    const margin = (values: number[], codes: number[], totals: number[]): RakingMargin => ({ name: "sex", values, population: { codes, totals } });
    assert.throws(() => rakeWeights([1, 1], [margin([1, NaN], [1, 2], [5, 5])]), { name: "SurveyInputError", code: "value-missing" });
    assert.throws(() => rakeWeights([1, 1], [margin([1, 3], [1, 2], [5, 5])]), { name: "SurveyInputError", code: "value-unknown-code" });
    assert.throws(() => rakeWeights([1, 1], [margin([1, 1], [1, 2], [5, 5])]), { name: "SurveyInputError", code: "value-range" });
  });
});
