import * as assert from "node:assert/strict";
import { createSurveyDesign, EmptyDomainError, SurveyInputError, surveyRatio } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, assertEstimate, rEstimators } from "./fixture-data";

describe("surveyRatio", () => {
  const { data, designs } = mainDesigns();
  const [x1, x2, y] = [data.number("x1"), data.number("x2"), data.number("y")];
  const domain = Uint8Array.from(x1, (v) => (v >= 3 ? 1 : 0));

  for (const name of DESIGN_NAMES) {
    const r = rEstimators().ratio[name];
    it(`matches svyratio(~x1, ~x2) with confint(df = degf) — ${name}`, () => assertEstimate(surveyRatio(designs[name], x1, x2), r.whole, "x1/x2"));
    it(`matches svyratio(~x2, ~x1, subset(design, x1 >= 3)) — ${name}`, () => assertEstimate(surveyRatio(designs[name], x2, x1, { domain }), r.domain, "x2/x1 | x1 >= 3"));
    it(`matches svyratio(~y, ~x2, na.rm = TRUE) — ${name}`, () => {
      const ratio = surveyRatio(designs[name], y, x2);
      assertEstimate(ratio, r.missing, "y/x2");
      assert.equal(ratio.missing, 7);
    });
  }

  it("is the ratio of the weighted totals and reports them", () => {
    const ratio = surveyRatio(createSurveyDesign({ weights: [1, 2, 3] }), [1, 1, 0], [2, 1, 4]);
    assert.deepEqual([ratio.numeratorTotal, ratio.denominatorTotal], [3, 16]);
    assertClose(ratio.estimate, 3 / 16, "ratio");
  });

  it("refuses an empty domain and a zero denominator", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1] });
    assert.throws(() => surveyRatio(design, [1, 2, 3], [1, 1, 1], { domain: [0, 0, 0], domainName: "nobody" }), EmptyDomainError);
    assert.throws(() => surveyRatio(design, [1, 2, 3], [0, 0, 0]), (error: unknown) => error instanceof SurveyInputError && error.code === "value-range" && /denominator sums to 0/.test(error.message));
  });
});
