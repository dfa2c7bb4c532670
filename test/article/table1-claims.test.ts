import { strict as assert } from "node:assert";
import { headlineFigures } from "../../lib/article/headline-figures";
import { likertBoxes } from "../../lib/article/likert-boxes";
import { loadTable1 } from "../../lib/article/table1";
import {
  describeModerateContradictions,
  headlineClaimResults,
  frequentlyModerateClaimResult,
  itemSumClaimResults,
  moderateAggregateClaimResult,
  moderateAmongPositive,
  moderateClaimResults,
  ModerateVersusExtreme,
  overwhelminglyClaimResult,
  restatedShare,
  restatedShareClaimResult,
  muchOfPopulationClaimResult,
  typicalPositionClaimResult,
} from "../../lib/article/table1-claims";
import { table1ItemSums } from "../../lib/article/table1-sums";
import { loadTextFigures } from "../../lib/article/text-figures";
import { interval } from "../../lib/rounding/interval";
import { checkWithinRange, compareIntervals } from "../../lib/rounding/interval-comparison";
import { roundingInterval } from "../../lib/rounding/rounding";
import { loadQuantifierConventions, quantifierRange } from "../../lib/claims/quantifier-conventions";
import { respondentScenarios } from "../../lib/article/printed-sampling-error";

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
    assert.match(results[1].detail, /It holds for 1 of the 3 items the memo cites \(T1-18 judges the claim over its items\)/);
    assert.match(results[2].detail, /The EEU item is outside the claim's wording/);
    assert.doesNotMatch(results[1].detail, /EEU item/);
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

  it("T1-10 … T1-12 with sampling scenarios: 48 vs 39 is beyond sampling error per wave; 42 vs 46 depends on the design effect per wave and is beyond it pooled", () => {
    const scenarios = respondentScenarios({ respondentsPerWave: interval(1500, 1500), wavesPooled: interval(1, 6), designEffect: interval(1, 2), mentionsPerRespondent: interval(1, 2), rows: [] });
    const results = moderateClaimResults(moderate, scenarios);
    // 48 vs 39: difference [8, 10]; Var·n ∈ [0.8519, 0.8719]; threshold 1.96·100·√(V·deff/1500) ∈ [4.67, 6.68]
    assert.match(results[0].detail, /per wave \(n = 1500, design effect 1–2\): difference \[8, 10\] points, sampling error alone up to \[4\.7, 6\.7\] points \(95%\): beyond sampling error/);
    // 42 vs 46: difference [-5, -3] per wave against [4.6, 6.6]: depends; pooled (n = 9000) against [1.8, 2.8]: beyond
    assert.match(results[1].detail, /per wave \(n = 1500, design effect 1–2\): difference \[-5, -3\] points, .*: depends on the assumptions; pooled over 6 waves \(n = 9000, design effect 1–2\): .*: beyond sampling error/);
    assert.equal(results[1].verdict, "not supported by the memo's own numbers");
  });
  it("T1-15: moderate among the positive is [54.6, 55.7] and [47.2, 48.3]: at least one in three, not more often than not, so it depends on the reading", () => {
    const boxes = likertBoxes(table1);
    const shares = moderateAmongPositive(boxes);
    // 47.5 / (47.5 + 39.5) and 48.5 / (48.5 + 38.5)
    assert.ok(Math.abs(shares[0].share.lower - (100 * 47.5) / 87) < 1e-9 && Math.abs(shares[0].share.upper - (100 * 48.5) / 87) < 1e-9);
    const result = frequentlyModerateClaimResult(boxes, quantifierRange(loadQuantifierConventions(), "frequently"));
    assert.equal(result.verdict, "depends on the reading");
    assert.equal(result.intervalKind, "quantifier reading");
    assert.match(result.detail, /"one in three or more" \[33\.3, 100\]: reproduced; "more often than not" \[50, 100\]: not supported by the memo's own numbers/);
    assert.match(result.detail, /With the EEU item added: .*the claim's verdict is the same/);
  });
  it("T1-16: 48% and 42% choose the moderate option, much of the population under every reading; the EEU item's 35% would make it depend on the reading", () => {
    const result = muchOfPopulationClaimResult(likertBoxes(table1), quantifierRange(loadQuantifierConventions(), "much of"));
    assert.equal(result.verdict, "reproduced");
    assert.match(result.detail, /the claim's verdict would be "depends on the reading"/);
  });
  it("T1-17: the moderate option is the median answer of both items but not the modal answer of closer relations (42 < 46)", () => {
    const result = typicalPositionClaimResult(likertBoxes(table1));
    assert.equal(result.verdict, "depends on the reading");
    assert.match(result.detail, /"the median answer[^"]*": reproduced; "the modal answer[^"]*": not supported by the memo's own numbers/);
    assert.match(result.detail, /russia_economic_relations: moderate 42% against .* \(against strongest impossible\)/);
  });
  it("T1-18: fails for every item, holds summed over the items (90 vs 85: difference [3, 7]), so it depends on the reading", () => {
    const result = moderateAggregateClaimResult(moderate);
    assert.equal(result.verdict, "depends on the reading");
    assert.equal(result.interval, "[3, 7]");
    assert.match(result.detail, /"every item": not supported by the memo's own numbers; "summed over the items": reproduced/);
    const agreeing = moderateAggregateClaimResult(moderate.filter((m) => m.item_id === "russia_opinion").concat(moderate.filter((m) => m.item_id === "russia_economic_relations").map((m) => ({ ...m, comparison: { ...m.comparison, outcome: "certain" as const } }))));
    assert.equal(agreeing.verdict, "reproduced");
  });
});
