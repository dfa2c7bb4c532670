import { strict as assert } from "node:assert";
import { headlineFigures } from "../../lib/article/headline-figures";
import { likertBoxes } from "../../lib/article/likert-boxes";
import { loadTable1 } from "../../lib/article/table1";
import {
  describeModerateContradictions,
  headlineClaimResults,
  itemSumClaimResults,
  moderateClaimResults,
  ModerateVersusExtreme,
  overwhelminglyClaimResult,
  restatedShare,
  restatedShareClaimResult,
} from "../../lib/article/table1-claims";
import { table1ItemSums } from "../../lib/article/table1-sums";
import { loadTextFigures } from "../../lib/article/text-figures";
import { interval } from "../../lib/rounding/interval";
import { checkWithinRange, compareIntervals } from "../../lib/rounding/interval-comparison";
import { roundingInterval } from "../../lib/rounding/rounding";

// Expected values are worked out by hand from the memo's Table 1 (39/48/5/6/2, 46/42/6/3/3, 37/35/14/8/6)
// and its in-text figures (87, 8, 88, 6, 72, 14; restated 89).
describe("Table 1 claims (T1-01 … T1-14) on the memo's figures", () => {
  const table1 = loadTable1();
  const headlines = headlineFigures(table1, loadTextFigures());
  const moderate: ModerateVersusExtreme[] = likertBoxes(table1).map((box) => ({
    item_id: box.item_id,
    moderate: box.moderate_positive,
    extreme: box.strong_positive,
    comparison: compareIntervals(roundingInterval(box.moderate_positive), ">=", roundingInterval(box.strong_positive)),
  }));

  it("T1-01 … T1-06: every headline share is the exact sum of its options", () => {
    const results = headlineClaimResults(headlines);
    assert.deepEqual(results.map((r) => r.id), ["T1-01", "T1-02", "T1-03", "T1-04", "T1-05", "T1-06"]);
    assert.ok(results.every((r) => r.verdict === "reproduced"));
    assert.equal(results[0].computed, "39 + 48 = 87%");
    assert.equal(results[0].interval, "[86, 88]");
  });
  it("T1-07 … T1-09: each item adds up to 100", () => {
    const results = itemSumClaimResults(table1ItemSums(table1));
    assert.deepEqual(results.map((r) => [r.id, r.verdict]), [["T1-07", "reproduced"], ["T1-08", "reproduced"], ["T1-09", "reproduced"]]);
    assert.equal(results[0].detail, "The 5 printed options of russia_opinion add up to 100; the true sum lies in [97.5, 102.5] (exact against 100).");
  });
  it("refuses an item no claim is registered for", () => {
    assert.throws(() => itemSumClaimResults([{ ...table1ItemSums(table1)[0], item_id: "other" }]), /no registered claim for the Table 1 item "other"/);
  });
  it("T1-10 … T1-12: moderate ≥ extreme holds for opinion of Russia (48 vs 39) and fails for the other two items", () => {
    const results = moderateClaimResults(moderate);
    assert.deepEqual(results.map((r) => [r.id, r.verdict]), [
      ["T1-10", "reproduced"],
      ["T1-11", "not supported by the memo's own numbers"],
      ["T1-12", "not supported by the memo's own numbers"],
    ]);
    // 42 vs 46: extreme − moderate ∈ [45.5 − 42.5, 46.5 − 41.5] = [3, 5]
    assert.match(results[1].detail, /puts the extreme option ahead by \[3, 5\] points whatever the rounding/);
    assert.match(results[1].detail, /stated for all 3 items; it holds for 1 of them/);
    assert.equal(results[0].detail, "Moderate ≥ extreme holds for all true values behind the rounded figures (certain).");
  });
  it("names the contradicted items in Markdown, escaped", () => {
    const text = describeModerateContradictions(moderate);
    assert.match(text, /^2 of 3 items contradict the claim on the memo's own numbers: \*\*russia\\_economic\\_relations\*\* \(moderate 42% vs extreme 46%/);
    assert.match(describeModerateContradictions(moderate.slice(0, 1)), /: none\.$/);
  });
  it("T1-13: the restated 89% matches neither Table 1 (true sum in [86, 88]) nor the first section's 87%", () => {
    const share = restatedShare(loadTextFigures(), headlines);
    assert.equal(share.againstTable.outcome, "inconsistent");
    assert.equal(share.againstFirst.outcome, "inconsistent");
    const result = restatedShareClaimResult(share);
    assert.equal(result.verdict, "internally inconsistent");
    assert.equal(result.computed, "Table 1: 39 + 48 = 87%; first section: 87%");
    assert.match(result.detail, /true sum in \[86, 88\], 0\.5 points short of the 88\.5 that would print as 89/);
  });
  it("T1-14: both top boxes are overwhelming for every true value; one only possibly so gives 'consistent within rounding'", () => {
    const range = interval(66.7, 100);
    const check = (figureId: string, lower: number, upper: number) => ({ figure_id: figureId, possible: interval(lower, upper), check: checkWithinRange(interval(lower, upper), range) });
    const result = overwhelminglyClaimResult([check("a", 86, 88), check("b", 87, 89)], range);
    assert.equal(result.verdict, "reproduced");
    assert.equal(result.computed, "a ∈ [86, 88]%; b ∈ [87, 89]%");
    assert.equal(overwhelminglyClaimResult([check("a", 86, 88), check("c", 65, 68)], range).verdict, "consistent within rounding");
  });
});
