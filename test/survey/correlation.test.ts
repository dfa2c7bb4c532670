import * as assert from "node:assert/strict";
import { createSurveyDesign, surveyCorrelation } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, rReference } from "./fixture-data";

describe("surveyCorrelation", () => {
  const { data, designs } = mainDesigns();
  const x1 = data.number("x1");
  const x2 = data.number("x2");

  for (const name of DESIGN_NAMES) {
    it(`matches the delta-method svycontrast of svymean moments — ${name}`, () => {
      const r = rReference()[name].correlation;
      const correlation = surveyCorrelation(designs[name], x1, x2);
      assertClose(correlation.estimate, r.estimate, "r");
      assertClose(correlation.se, r.se, "se");
      assert.equal(correlation.df, rReference()[name].degf);
      assert.ok(correlation.ci.lower < correlation.estimate && correlation.estimate < correlation.ci.upper);
    });
  }

  it("gives r = 1 for a perfectly linear relation and ignores rows with a missing value", () => {
    const design = createSurveyDesign({ weights: [1, 2, 1, 3, 1] });
    const correlation = surveyCorrelation(design, [1, 2, 3, 4, NaN], [3, 5, 7, 9, 1]);
    assertClose(correlation.estimate, 1, "r");
    assert.equal(correlation.n, 4);
  });
});
