import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { describeHeadlineMismatch, headlineFigure, headlineFigures } from "../../lib/article/headline-figures";
import { loadTable1 } from "../../lib/article/table1";
import { loadTextFigures } from "../../lib/article/text-figures";

function figures(rows: { figure_id: string; item_id: string; measure: string; value: number }[]) {
  return aq.from(rows.map((row) => ({ section: "S", paragraph: 1, phrase: "p", unit: "percent", ...row })));
}

describe("headlineFigures", () => {
  const table1 = loadTable1();

  it("sums the Table 1 options behind each box", () => {
    const checks = headlineFigures(table1, figures([
      { figure_id: "a", item_id: "russia_opinion", measure: "positive", value: 87 },
      { figure_id: "b", item_id: "eeu_benefit", measure: "negative", value: 14 },
      { figure_id: "c", item_id: "russia_economic_relations", measure: "strong_positive", value: 46 },
    ]));
    assert.deepEqual(checks.map((c) => [c.figure_id, c.components, c.computed, c.outcome]), [
      ["a", [39, 48], 87, "exact"],
      ["b", [8, 6], 14, "exact"],
      ["c", [46], 46, "exact"],
    ]);
    assert.equal(checks[0].location, "S ¶1");
  });

  it("finds a figure that no rounding of Table 1 allows", () => {
    const [check] = headlineFigures(table1, figures([{ figure_id: "x", item_id: "russia_opinion", measure: "positive", value: 89 }]));
    assert.equal(check.outcome, "inconsistent");
    assert.deepEqual(check.possible, { lower: 86, upper: 88 });
  });

  it("skips figures without an item and refuses unknown items or measures", () => {
    assert.equal(headlineFigures(table1, figures([{ figure_id: "g", item_id: "", measure: "", value: 72 }])).length, 0);
    assert.throws(() => headlineFigures(table1, figures([{ figure_id: "u", item_id: "nope", measure: "positive", value: 1 }])), /nope/);
    assert.throws(() => headlineFigures(table1, figures([{ figure_id: "m", item_id: "russia_opinion", measure: "median", value: 1 }])), /median/);
  });

  it("checks the memo's own in-text figures: all exact but the restated 89 percent", () => {
    const checks = headlineFigures(table1, loadTextFigures());
    const byId = new Map(checks.map((c) => [c.figure_id, c.outcome]));
    assert.equal(byId.get("russia_favorable"), "exact");
    assert.equal(byId.get("eeu_benefit_agree"), "exact");
    assert.equal(byId.get("russia_positive_restated"), "inconsistent");
  });
});

describe("headlineFigure and describeHeadlineMismatch", () => {
  const headlines = headlineFigures(loadTable1(), loadTextFigures());
  it("finds a headline figure by id and refuses an unknown one", () => {
    assert.equal(headlineFigure(headlines, "russia_favorable").computed, 87);
    assert.throws(() => headlineFigure(headlines, "nothing"), /no headline figure "nothing"/);
  });
  it("describes the restated 89% against Table 1's 39 + 48, ids escaped", () => {
    assert.equal(
      describeHeadlineMismatch(headlineFigure(headlines, "russia_positive_restated")),
      "**russia\\_positive\\_restated** (What Kazakhstanis Value in Russia ¶2): the memo says 89%, Table 1 gives 39 + 48 = 87% " +
        "(true value in [86, 88]); no rounding of Table 1 can produce 89%, a gap of at least 0.5 points.",
    );
  });
});
