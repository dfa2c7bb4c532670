import * as assert from "node:assert/strict";
import { createSurveyDesign, LONELY_PSU_RULES, SurveyInputError, stratifiedCovariance, stratifiedVariances, surveyProportions, type LonelyPsuRule } from "../../lib/survey";
import { assertAllClose, loadFixtureTable, rReference } from "./fixture-data";

describe("stratifiedCovariance / lonely PSU rules", () => {
  const data = loadFixtureTable("lonely");
  const build = (lonelyPsu: LonelyPsuRule) =>
    createSurveyDesign({ weights: data.number("w"), strata: data.text("stratum"), psu: data.number("psu"), lonelyPsu, source: { file: "lonely.csv" } });

  for (const rule of LONELY_PSU_RULES.filter((r) => r !== "fail")) {
    it(`matches options(survey.lonely.psu = "${rule}")`, () => {
      const r = rReference().lonely[rule];
      const table = surveyProportions(build(rule), data.number("y"), { categories: [1, 2, 3, 4, 5] });
      assertAllClose(table.categories.map((c) => c.estimate), r.estimate, "estimate");
      assertAllClose(table.categories.map((c) => c.se), r.se, "se");
      assert.equal(table.df, r.degf);
    });
  }

  it('throws a SurveyInputError "lonely-psu" naming the stratum under "fail" (the default)', () => {
    assert.throws(() => surveyProportions(build("fail"), data.number("y")), (error: unknown) => {
      assert.ok(error instanceof SurveyInputError && error.code === "lonely-psu");
      assert.match(error.message, /stratum "L" has only one PSU/);
      assert.match(error.message, /lonely\.csv, row 88, column "stratum"/);
      return true;
    });
  });

  it('does not fail when the lonely stratum is outside the domain', () => {
    const domain = data.text("stratum").map((s) => s !== "L");
    assert.doesNotThrow(() => surveyProportions(build("fail"), data.number("y"), { domain }));
  });

  it("computes n_h/(n_h − 1) Σ (z − z̄_h)² by hand", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 1], strata: [1, 1, 2, 2], psu: [1, 2, 1, 2] });
    // stratum 1: z = 1, 3 → 2·((−1)² + 1²) = 4; stratum 2: z = 2, 2 → 0
    assert.deepEqual(Array.from(stratifiedVariances(design, Float64Array.of(1, 3, 2, 2), 1, Uint8Array.of(1, 1))), [4]);
    const covariance = stratifiedCovariance(design, Float64Array.of(1, 2, 3, 0, 2, 1, 2, 1), 2, Uint8Array.of(1, 1));
    // stratum 1 deviations (−1, 1), (1, −1); stratum 2 zero → 2·[[2, −2], [−2, 2]]
    assert.deepEqual(Array.from(covariance), [4, -4, -4, 4]);
  });
});
