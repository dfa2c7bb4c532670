import * as assert from "node:assert/strict";
import { createSurveyDesign, SurveyInputError, surveyMean, surveyProportions, surveyRatio, type LonelyPsuRule } from "../../lib/survey";
import { assertAllClose, assertClose, assertEstimate, loadFixtureTable, rEstimators } from "./fixture-data";

/**
 * Zero weights and every lonely-PSU rule, against R with
 * `options(survey.lonely.psu = rule)` (lonely-zero.csv: stratum A with 3 PSUs,
 * B with 2 of which one holds only zero weights, C and D with a single PSU, D
 * with a zero weight, E with 2; zero weights also in A and E; group 1 has no
 * row in C). R keeps zero-weight rows in the design: their PSUs count in n_h,
 * they add nothing to totals, and degf leaves out PSUs with weight 0 only.
 */
describe("zero weights and lonely-PSU rules (R survey.lonely.psu)", () => {
  const data = loadFixtureTable("lonely-zero");
  const build = (lonelyPsu: LonelyPsuRule) => createSurveyDesign({ weights: data.number("w"), strata: data.text("stratum"), psu: data.number("psu"), lonelyPsu, source: { file: "lonely-zero.csv" } });
  const g = data.number("g");
  const domains = { whole: undefined, group1: Uint8Array.from(g, (v) => (v === 1 ? 1 : 0)), group2: Uint8Array.from(g, (v) => (v === 2 ? 1 : 0)) };

  for (const rule of ["remove", "certainty", "adjust", "average"] as const) {
    for (const [part, domain] of Object.entries(domains)) {
      it(`${rule}, ${part}: proportions, logit interval, ratio and mean match R`, () => {
        const r = rEstimators().lonelyZero[rule][part];
        const design = build(rule);
        const table = surveyProportions(design, data.number("y"), { categories: [1, 2, 3, 4], domain });
        assertAllClose(table.categories.map((c) => c.estimate), r.proportion.estimate, "proportion estimate");
        assertAllClose(table.categories.map((c) => c.se), r.proportion.se, "proportion se");
        assert.equal(table.df, r.degf);
        assertEstimate({ ...table.categories[0], df: table.df }, r.proportion.ciprop1, "svyciprop(~I(y == 1))");
        assertEstimate(surveyRatio(design, data.number("num"), data.number("den"), { domain }), r.ratio, "svyratio(~num, ~den)");
        assertEstimate({ ...surveyMean(design, data.number("x"), { domain }), df: undefined }, r.mean, "svymean(~x)");
      });
    }
  }

  it('"fail" (the default) stops like R, naming the first single-PSU stratum, file, row and column', () => {
    assert.match(rEstimators().lonelyZero.fail.whole, /Stratum \(C\) has only one PSU/);
    assert.throws(() => surveyMean(build("fail"), data.number("x")), (error: unknown) => {
      assert.ok(error instanceof SurveyInputError && error.code === "lonely-psu");
      assert.match(error.message, /^lonely-zero\.csv, row \d+, column "stratum": stratum "C" has only one PSU/);
      return true;
    });
  });

  it('"fail" does not stop when the estimate uses no single-PSU stratum', () => {
    const withoutLonely = Uint8Array.from(data.text("stratum"), (s) => (s === "C" || s === "D" ? 0 : 1));
    assertClose(surveyMean(build("fail"), data.number("x"), { domain: withoutLonely }).estimate, rEstimators().lonelyZero.fail.withoutLonelyStrata, "mean");
  });

  it("zero-weight rows add nothing: leaving them out as a domain changes neither estimate, SE nor n (every stratum keeps a weighted row)", () => {
    const w = data.number("w");
    const kept = Uint8Array.from(w, (v) => (v > 0 ? 1 : 0));
    const design = build("adjust");
    const all = surveyMean(design, data.number("x"));
    const onlyWeighted = surveyMean(design, data.number("x"), { domain: kept });
    assertClose(onlyWeighted.estimate, all.estimate, "estimate");
    assertClose(onlyWeighted.se, all.se, "se");
    assert.equal(onlyWeighted.n, all.n);
  });
});
