import * as assert from "node:assert/strict";
import { asFactor, createSurveyDesign, surveyCorrelation, surveyPartialCorrelation } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, assertEstimate, rEstimators } from "./fixture-data";

describe("surveyPartialCorrelation", () => {
  const { data, designs } = mainDesigns();

  for (const name of DESIGN_NAMES) {
    const r = rEstimators().models[name];
    it(`x1, x2 given factor(region): svycontrast of svymean moments of svyglm residuals — ${name}`, () => {
      const partial = surveyPartialCorrelation(designs[name], data.number("x1"), data.number("x2"), { region: asFactor(data.number("region")) });
      assertEstimate(partial, r.partialRegion, "r | region");
      assert.deepEqual(partial.given, ["factor(region)2", "factor(region)3", "factor(region)4"]);
      assert.equal(partial.n, r.partialRegion.n);
    });
    it(`x2, y given factor(agegrp) + female, rows with y missing left out — ${name}`, () => {
      const given = { agegrp: asFactor(data.number("agegrp")), female: data.number("female") };
      assertEstimate(surveyPartialCorrelation(designs[name], data.number("x2"), data.number("y"), given), r.partialAgeMissing, "r | agegrp, female");
    });
  }

  it("is symmetric in x and y", () => {
    const given = { region: asFactor(data.number("region")) };
    const xy = surveyPartialCorrelation(designs.stratified, data.number("x1"), data.number("x2"), given);
    const yx = surveyPartialCorrelation(designs.stratified, data.number("x2"), data.number("x1"), given);
    assertClose(xy.estimate, yx.estimate, "r");
    assertClose(xy.se, yx.se, "se");
  });

  it("is the within-level correlation: 0 when x and y vary together only between levels", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 1, 1, 1] });
    const level = [1, 1, 1, 2, 2, 2];
    const x = [1, 2, 3, 11, 12, 13]; // within-level deviations −1, 0, 1
    const y = [3, 0, 3, 7, 4, 7]; // within-level deviations 1, −2, 1: orthogonal to x's
    assertClose(surveyPartialCorrelation(design, x, y, { level: asFactor(level) }).estimate, 0, "r");
    assert.ok(surveyCorrelation(design, x, y).estimate > 0.5);
  });
});
