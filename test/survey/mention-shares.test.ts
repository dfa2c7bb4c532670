import * as assert from "node:assert/strict";
import { createSurveyDesign, EmptyDomainError, SurveyInputError, surveyMean, surveyMentionShares, surveyProportions } from "../../lib/survey";
import { DESIGN_NAMES, fixtureDesigns } from "./designs";
import { assertClose, assertEstimates, rEstimators } from "./fixture-data";

describe("surveyMentionShares (multiple responses, respondent as the unit)", () => {
  const { data, designs } = fixtureDesigns("mentions");
  const mentions = [data.number("reason1"), data.number("reason2")];
  const positive = data.number("positive");
  const spec = { mentions, categories: [1, 2, 3, 4, 5], uncategorizable: [9], domain: positive, domainName: "positive", mentionNames: ["reason1", "reason2"] };

  for (const name of DESIGN_NAMES) {
    const r = rEstimators().mentions[name];
    describe(`${name} design`, () => {
      const table = surveyMentionShares(designs[name], spec);
      it("shares of all mentions match svyratio(~c1 + … + c9, ~mentions, subset(design, positive == 1)), confint(df = degf)", () => {
        assertEstimates(table.shares.map((s) => s.ofMentions), r.ofMentions, "of mentions");
        assert.equal(table.df, r.df);
      });
      it("shares of categorizable mentions match svyratio(~c1 + … + c5, ~categorizable, …)", () => {
        const categorizable = table.shares.filter((s) => s.categorizable);
        assertEstimates(categorizable.map((s) => s.ofCategorizable!), r.ofCategorizable, "of categorizable mentions");
        assert.equal(table.shares[5].ofCategorizable, null);
      });
      it("shares of respondents citing match svyciprop(~I(c_k > 0), subset(design, positive == 1), method = \"logit\")", () => {
        assertEstimates(table.shares.map((s) => s.citing), r.citing, "citing");
        assert.equal(table.respondents, r.respondents);
      });
    });
  }

  it("the respondent share is surveyMean / surveyProportions of the indicator in the domain", () => {
    const design = designs.stratified;
    const cites1 = Float64Array.from(mentions[0], (code, i) => (code === 1 || mentions[1][i] === 1 ? 1 : 0));
    const table = surveyMentionShares(design, spec);
    const mean = surveyMean(design, cites1, { domain: positive });
    assertClose(table.shares[0].citing.estimate, mean.estimate, "estimate");
    assertClose(table.shares[0].citing.se, mean.se, "se");
    const proportion = surveyProportions(design, cites1, { categories: [1, 0], domain: positive }).categories[0];
    assertClose(table.shares[0].citing.ci.lower, proportion.ci.lower, "logit lower");
  });

  it("counts a code named twice by one respondent as two mentions and one respondent citing it", () => {
    const design = createSurveyDesign({ weights: [1, 1] });
    const table = surveyMentionShares(design, { mentions: [[1, 2], [1, NaN]], categories: [1, 2] });
    assert.deepEqual(table.shares.map((s) => [s.mentions, s.ofMentions.estimate, s.citing.estimate]), [[2, 2 / 3, 0.5], [1, 1 / 3, 0.5]]);
  });

  it("refuses an unknown code naming row and slot, an empty domain, and a domain without mentions", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1] });
    assert.throws(() => surveyMentionShares(design, { mentions: [[1, 2, 7]], categories: [1, 2], mentionNames: ["why"] }), (error: unknown) => {
      assert.ok(error instanceof SurveyInputError && error.code === "value-unknown-code");
      assert.deepEqual(error.location, { file: "survey design", row: 3, column: "why" });
      return true;
    });
    assert.throws(() => surveyMentionShares(design, { mentions: [[1, 2, 1]], categories: [1, 2], domain: [0, 0, 0], domainName: "positive" }), EmptyDomainError);
    assert.throws(() => surveyMentionShares(design, { mentions: [[NaN, NaN, NaN]], categories: [1, 2] }), /no mention/);
  });
});
