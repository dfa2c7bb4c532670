import * as assert from "node:assert/strict";
import { surveyProportionDifference, surveyProportionsByGroup } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, assertEstimate, rEstimators, rReference } from "./fixture-data";

describe("surveyProportionDifference", () => {
  const { data, designs } = mainDesigns();
  const y = data.number("y");
  const g = data.number("g");
  const spec = { codes: [1], group: g, groups: [2, 1] as const, nonSubstantive: { codes: [8, 9], handling: "exclude" as const } };

  for (const name of DESIGN_NAMES) {
    it(`matches svyttest(I(y == 1) ~ I(g == 2), subset(design, y %in% 1:5 & g %in% 1:2)) — ${name}`, () => {
      const difference = surveyProportionDifference(designs[name], y, spec);
      assertEstimate(difference, rEstimators().ttest[name].proportion, "difference");
      const glm = rReference()[name].groupDifference; // the svyglm slope and SE of make-fixtures.R
      assertClose(difference.se, glm.se, "se = svyglm SE");
      assert.equal(difference.df, glm.degf - 1);
    });
  }

  it("accounts for the covariance between groups sharing PSUs (differs from sqrt(se1² + se2²))", () => {
    const difference = surveyProportionDifference(designs.stratified, y, spec);
    const [one, two] = surveyProportionsByGroup(designs.stratified, y, g, { ...spec, categories: [1, 2, 3, 4, 5], groups: [1, 2] });
    assertClose(difference.estimate, two.categories[0].estimate - one.categories[0].estimate, "difference of group estimates");
    const independent = Math.hypot(one.categories[0].se, two.categories[0].se);
    assert.ok(Math.abs(difference.se - independent) > 1e-4);
    assert.deepEqual(difference.nonSubstantive, { codes: [8, 9], handling: "exclude" });
  });

  it("refuses a group without weighted respondents, naming it", () => {
    assert.throws(() => surveyProportionDifference(designs.stratified, y, { ...spec, groups: [1, 7], groupName: "region" }), {
      name: "EmptyDomainError",
      code: "empty-domain",
      domain: "the sample, region = 7",
    });
  });
});
