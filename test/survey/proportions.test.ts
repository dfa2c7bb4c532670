import * as assert from "node:assert/strict";
import { createSurveyDesign, surveyProportions } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertAllClose, assertClose, rReference } from "./fixture-data";

describe("surveyProportions", () => {
  const { data, designs } = mainDesigns();
  const y = data.number("y");
  const reference = rReference();
  const substantive = [1, 2, 3, 4, 5];

  for (const name of DESIGN_NAMES) {
    describe(`${name} design vs R survey ${reference.meta.survey}`, () => {
      const r = reference[name];
      const category = surveyProportions(designs[name], y, { categories: substantive, nonSubstantive: { codes: [8, 9], handling: "category" } });
      const exclude = surveyProportions(designs[name], y, { categories: substantive, nonSubstantive: { codes: [8, 9], handling: "exclude" } });

      it("matches svymean(~factor(y), na.rm = TRUE, deff = TRUE) with non-substantive answers as categories", () => {
        assert.deepEqual(category.categories.map((c) => c.code), [1, 2, 3, 4, 5, 8, 9]);
        assertAllClose(category.categories.map((c) => c.estimate), r.category.estimate, "estimate");
        assertAllClose(category.categories.map((c) => c.se), r.category.se, "se");
        assertAllClose(category.categories.map((c) => c.deff), r.category.deff, "deff");
        assertAllClose(category.categories.map((c) => c.deffReplace), r.category.deffReplace, "deffReplace");
        assert.equal(category.df, r.degf);
      });

      it("matches svymean on subset(design, y %in% 1:5) with non-substantive answers excluded", () => {
        assertAllClose(exclude.categories.map((c) => c.estimate), r.exclude.estimate, "estimate");
        assertAllClose(exclude.categories.map((c) => c.se), r.exclude.se, "se");
        assertAllClose(exclude.categories.map((c) => c.deff), r.exclude.deff, "deff");
        assertAllClose(exclude.categories.map((c) => c.deffReplace), r.exclude.deffReplace, "deffReplace");
        assert.equal(exclude.df, r.exclude.degf);
      });

      it("matches svyciprop logit (95%, 90%) and mean intervals", () => {
        for (const code of [1, 2, 3, 5]) {
          const k = substantive.indexOf(code);
          const expected = r.cipropCategory[String(code)];
          const logit = category.categories[k];
          assertClose(logit.estimate, expected.logit.estimate, `p ${code}`);
          assertClose(logit.ci.lower, expected.logit.lower, `logit lower ${code}`);
          assertClose(logit.ci.upper, expected.logit.upper, `logit upper ${code}`);
          const wald = surveyProportions(designs[name], y, { categories: substantive, nonSubstantive: { codes: [8, 9], handling: "category" }, intervalMethod: "wald" }).categories[k];
          assertClose(wald.ci.lower, expected.mean.lower, `wald lower ${code}`);
          assertClose(wald.ci.upper, expected.mean.upper, `wald upper ${code}`);
          const at90 = surveyProportions(designs[name], y, { categories: substantive, nonSubstantive: { codes: [8, 9], handling: "category" }, level: 0.9 }).categories[k];
          assertClose(at90.ci.lower, expected.logit90.lower, `logit90 lower ${code}`);
          assertClose(at90.ci.upper, expected.logit90.upper, `logit90 upper ${code}`);
          const excluded = exclude.categories[k];
          assertClose(excluded.ci.lower, r.cipropExclude[String(code)].logit.lower, `exclude logit lower ${code}`);
          assertClose(excluded.ci.upper, r.cipropExclude[String(code)].logit.upper, `exclude logit upper ${code}`);
        }
      });

      it("matches a domain estimate: svymean on subset(design, x1 >= 4 & y %in% 1:5)", () => {
        const x1 = data.number("x1");
        const domain = Uint8Array.from(x1, (v) => (v >= 4 ? 1 : 0));
        const table = surveyProportions(designs[name], y, { categories: substantive, nonSubstantive: { codes: [8, 9], handling: "exclude" }, domain });
        assertAllClose(table.categories.map((c) => c.estimate), r.domain.estimate, "estimate");
        assertAllClose(table.categories.map((c) => c.se), r.domain.se, "se");
        assertAllClose(table.categories.map((c) => c.deff), r.domain.deff, "deff");
        assert.equal(table.df, r.domain.degf);
        assertClose(table.categories[0].ci.lower, r.domain.ciprop1.lower, "ciprop lower");
        assertClose(table.categories[0].ci.upper, r.domain.ciprop1.upper, "ciprop upper");
      });
    });
  }

  it("reports an empty category as 0 with SE 0 and no design effect", () => {
    const table = surveyProportions(designs.stratified, y, { categories: [1, 2, 3, 4, 5], nonSubstantive: { codes: [8, 9], handling: "exclude" } });
    const empty = table.categories[3];
    assert.deepEqual([empty.code, empty.estimate, empty.se, empty.deff, empty.n], [4, 0, 0, null, 0]);
    assert.deepEqual([empty.ci.lower, empty.ci.upper], [0, 0]);
  });

  it("echoes the non-substantive handling and counts missing answers", () => {
    const table = surveyProportions(designs.stratified, y, { nonSubstantive: { codes: [8, 9], handling: "exclude" } });
    assert.deepEqual(table.nonSubstantive, { codes: [8, 9], handling: "exclude" });
    assert.deepEqual(table.categories.map((c) => c.code), [1, 2, 3, 5]);
    assert.equal(table.missing, 7);
    const plain = surveyProportions(designs.stratified, y);
    assert.deepEqual(plain.nonSubstantive, { codes: [], handling: "category" });
    assert.doesNotThrow(() => JSON.stringify(plain));
  });

  it("equals the textbook SRS result p and sqrt(p(1-p)/(n-1)) for equal weights", () => {
    const answers = [1, 1, 1, 2, 2, 2, 2, 2, 2, 2];
    const design = createSurveyDesign({ weights: answers.map(() => 1) });
    const [first] = surveyProportions(design, answers).categories;
    assert.equal(first.estimate, 0.3);
    assertClose(first.se, Math.sqrt((0.3 * 0.7) / 9), "se");
    assert.equal(first.n, 3);
  });

  it("refuses an answer code that is neither reported nor non-substantive", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1] });
    assert.throws(() => surveyProportions(design, [1, 2, 7], { categories: [1, 2], itemName: "q1" }), { name: "SurveyInputError", code: "value-unknown-code" });
  });

  it("refuses an item whose length differs from the design", () => {
    assert.throws(() => surveyProportions(createSurveyDesign({ weights: [1, 1] }), [1]), RangeError);
  });
});
