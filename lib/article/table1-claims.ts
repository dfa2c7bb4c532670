import * as aq from "arquero";
import type { ClaimResult } from "../claims/claim-result";
import { describeReadingVerdicts, judgeUnderReadings, ReadingVerdict, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictOfComparison, verdictOfRoundedCheck } from "../claims/verdict-rules";
import { escapeMarkdownCell } from "../display/escape-markdown";
import { checkWithinRange, compareIntervals, ComparisonOutcome, IntervalComparison, RangeCheck, weakestComparison } from "../rounding/interval-comparison";
import { formatInterval, Interval, intervalScale, intervalSum } from "../rounding/interval";
import { intervalShareOfSum } from "../rounding/share-of-sum";
import { checkRoundedSum, RoundedSumCheck, roundingInterval } from "../rounding/rounding";
import type { LikertBoxes } from "./likert-boxes";
import { aggregateSamplingError, describeSamplingError, differenceSamplingError, SampleScenario } from "./printed-sampling-error";
import { weakestRoundedOutcome } from "../rounding/rounded-derivation";
import { HeadlineFigure, headlineFigure } from "./headline-figures";
import { Table1ItemSum } from "./table1-sums";
import { figureLocation, TextFigure, textFigure } from "./text-figure-lookup";

/**
 * The results of the claims Table 1 settles (T1-01 … T1-14, notebook 01),
 * each built from a check computed in the notebook: the verdict is derived
 * from the check's outcome by the verdict rules, never typed, and the detail
 * quantifies any discrepancy.
 */

/** What every Table 1 claim rests on. */
export const TABLE1_EVIDENCE = "memo Table 1 (published, rounded to whole percent)";

/** The claim each headline figure of the first section settles (in-text figure id → claim id). */
export const HEADLINE_CLAIM_IDS: Readonly<Record<string, string>> = {
  russia_favorable: "T1-01",
  russia_unfavorable: "T1-02",
  russia_relations_support: "T1-03",
  russia_relations_oppose: "T1-04",
  eeu_benefit_agree: "T1-05",
  eeu_benefit_disagree: "T1-06",
};

/** The claim that each Table 1 item's options add up to 100 (item id → claim id). */
export const ITEM_SUM_CLAIM_IDS: Readonly<Record<string, string>> = {
  russia_opinion: "T1-07",
  russia_economic_relations: "T1-08",
  eeu_benefit: "T1-09",
};

/** The claim that the moderate option is at least as common as the extreme one, per item (item id → claim id). */
export const MODERATE_CLAIM_IDS: Readonly<Record<string, string>> = {
  russia_opinion: "T1-10",
  russia_economic_relations: "T1-11",
  eeu_benefit: "T1-12",
};

function claimId(ids: Readonly<Record<string, string>>, key: string, what: string): string {
  const id = ids[key];
  if (id === undefined) throw new RangeError(`no registered claim for the ${what} "${key}"`);
  return id;
}

/**
 * Results of T1-01 … T1-06: each headline figure with a claim in
 * {@link HEADLINE_CLAIM_IDS} against the sum of its Table 1 options
 * (verdict by {@link verdictOfRoundedCheck}). Headline figures without such
 * a claim (the restated share, T1-13) are left to their own result.
 *
 * @example headlineClaimResults(headlineFigures(loadTable1(), loadTextFigures()))[0].computed // => "39 + 48 = 87%"
 */
export function headlineClaimResults(headlines: readonly HeadlineFigure[]): ClaimResult[] {
  return headlines
    .filter((h) => HEADLINE_CLAIM_IDS[h.figure_id] !== undefined)
    .map((h) => ({
      id: HEADLINE_CLAIM_IDS[h.figure_id],
      computed: `${h.components.join(" + ")} = ${h.computed}%`,
      interval: formatInterval(h.possible),
      intervalKind: "rounding",
      verdict: verdictOfRoundedCheck(h.outcome),
      evidence: `${TABLE1_EVIDENCE}; in-text figure (${h.location})`,
      detail: `The in-text ${h.reported}% is the sum of the Table 1 options of the ${h.measure} box of ${h.item_id} (${h.outcome}).`,
    }));
}

/**
 * Results of T1-07 … T1-09: each item's printed options against 100
 * ({@link table1ItemSums}). Throws a RangeError for an item without a claim
 * in {@link ITEM_SUM_CLAIM_IDS}.
 *
 * @example itemSumClaimResults(table1ItemSums(loadTable1()))[0].detail // => "The 5 printed options of russia_opinion add up to 100; ..."
 */
export function itemSumClaimResults(sums: readonly Table1ItemSum[]): ClaimResult[] {
  return sums.map((s) => ({
    id: claimId(ITEM_SUM_CLAIM_IDS, s.item_id, "Table 1 item"),
    computed: `${s.components.join(" + ")} = ${s.computed}%`,
    interval: formatInterval(s.possible),
    intervalKind: "rounding",
    verdict: verdictOfRoundedCheck(s.outcome),
    evidence: TABLE1_EVIDENCE,
    detail: `The ${s.components.length} printed options of ${s.item_id} add up to ${s.computed}; the true sum lies in ${formatInterval(s.possible)} (${s.outcome} against 100).`,
  }));
}

/** One Table 1 item's moderate (+1) option held against its extreme (+2) one on rounding intervals. */
export interface ModerateVersusExtreme {
  readonly item_id: string;
  /** Published percent of the moderate option. */
  readonly moderate: number;
  /** Published percent of the extreme option. */
  readonly extreme: number;
  /** moderate ≥ extreme on the two rounding intervals. */
  readonly comparison: IntervalComparison;
}

/**
 * The Table 1 items the memo's "moderate" claims are about: "moderate
 * positivity toward the country, and toward relations with it" (first
 * section ¶2), i.e. the opinion of Russia and closer economic relations with
 * Russia. Decision (issue 14, item 2): the EEU item ("joining the EEU has
 * benefitted the national economy") is an evaluation of a multilateral union's
 * economic effect, not an attitude toward Russia or toward relations with it,
 * so it is outside the claims' wording; the memo nonetheless prints it in
 * Table 1 ("Attitudes toward Russia and Relations with It") and cites that
 * table as the evidence, so every claim over the items is judged on these two
 * items and shown beside the verdict with the EEU item added.
 */
export const ITEMS_TOWARD_RUSSIA: readonly string[] = ["russia_opinion", "russia_economic_relations"];

/** Why the EEU item is judged apart (see {@link ITEMS_TOWARD_RUSSIA}). */
export const EEU_SCOPE_NOTE =
  "The EEU item is outside the claim's wording (an evaluation of the union's economic effect, not an attitude toward Russia or toward relations with it); " +
  "it is judged because the memo cites Table 1, which prints it, as the evidence.";

/**
 * Results of T1-10 … T1-12, "moderate positivity is at least as common as
 * the maximally-positive option", one per item (verdict by
 * {@link verdictOfComparison}). Where the comparison is impossible the detail
 * gives the extreme option's lead whatever the rounding and for how many of
 * the items the claim holds. With `scenarios` (per wave and pooled, from the
 * documented sampling assumptions) the detail also says whether the printed
 * difference exceeds what sampling error alone could produce
 * ({@link differenceSamplingError}); the verdict stays the one on the printed
 * figures, which the memo cites as showing the claim. The EEU item's detail
 * says it is outside the claim's wording ({@link EEU_SCOPE_NOTE}). Throws a
 * RangeError for an item without a claim in {@link MODERATE_CLAIM_IDS}.
 *
 * @example moderateClaimResults(rows, respondentScenarios(loadSamplingAssumptions())).map((r) => r.verdict) // => ["reproduced", "not supported by the memo's own numbers", ...]
 */
export function moderateClaimResults(rows: readonly ModerateVersusExtreme[], scenarios: readonly SampleScenario[] = []): ClaimResult[] {
  const holding = rows.filter((x) => x.comparison.outcome === "certain").length;
  return rows.map((m) => {
    const difference = m.comparison.difference;
    const sampling =
      scenarios.length === 0
        ? ""
        : ` Sampling error (the memo gives no n; data/claims/sampling-assumptions.csv): ` +
          `${scenarios.map((s) => describeSamplingError(differenceSamplingError({ first: m.moderate, second: m.extreme }, s))).join("; ")}.`;
    const scope = ITEMS_TOWARD_RUSSIA.includes(m.item_id) ? "" : ` ${EEU_SCOPE_NOTE}`;
    return {
      id: claimId(MODERATE_CLAIM_IDS, m.item_id, "Table 1 item"),
      computed: `moderate ${m.moderate}% vs extreme ${m.extreme}%; difference ∈ ${formatInterval(difference)}`,
      interval: formatInterval(difference),
      intervalKind: "rounding",
      verdict: verdictOfComparison(m.comparison.outcome),
      evidence: TABLE1_EVIDENCE,
      detail:
        (m.comparison.outcome === "impossible"
          ? `The memo's own Table 1 puts the extreme option ahead by ${formatInterval({ lower: -difference.upper, upper: -difference.lower })} points whatever the rounding; ` +
            `"at least as common" fails for this item. It holds for ${holding} of the ${rows.length} items the memo cites (T1-18 judges the claim over its items). ` +
            "Plausible cause: a generalisation from the opinion-of-Russia item."
          : `Moderate ≥ extreme holds ${m.comparison.outcome === "certain" ? "for all" : "only for some"} true values behind the rounded figures (${m.comparison.outcome}).`) +
        sampling +
        scope,
    };
  });
}

/**
 * One sentence in Markdown on the items whose moderate option cannot be as
 * common as the extreme one, item ids escaped: "k of n items contradict the
 * claim on the memo's own numbers: …" ("none" when k = 0).
 *
 * @example describeModerateContradictions(rows) // => "1 of 3 items contradict the claim on the memo's own numbers: **russia\_economic\_relations** (moderate 42% vs extreme 46%; …)."
 */
export function describeModerateContradictions(rows: readonly ModerateVersusExtreme[]): string {
  const contradicted = rows.filter((m) => m.comparison.outcome === "impossible");
  const items = contradicted.map(
    (m) =>
      `**${escapeMarkdownCell(m.item_id)}** (moderate ${m.moderate}% vs extreme ${m.extreme}%; ` +
      `the difference lies in ${formatInterval(m.comparison.difference)} whatever the rounding)`,
  );
  return `${contradicted.length} of ${rows.length} items contradict the claim on the memo's own numbers: ${items.join("; ") || "none"}.`;
}

/** The two comparisons behind T1-13, the restated favourable share. */
export interface RestatedShare {
  /** The restated figure (second section). */
  readonly restated: TextFigure;
  /** The figure it restates (first section). */
  readonly firstStated: TextFigure;
  /** The restated figure against the sum of Table 1's favourable options. */
  readonly againstTable: HeadlineFigure;
  /** The restated figure against the first statement. */
  readonly againstFirst: RoundedSumCheck;
}

/**
 * The restated favourable share of the second section
 * (`russia_positive_restated`) held against the sum of Table 1's favourable
 * options (its headline figure) and against the first section's favourable
 * share (`russia_favorable`), each by {@link checkRoundedSum} on rounding
 * intervals. Throws when either figure is not transcribed.
 *
 * @example restatedShare(loadTextFigures(), headlines).againstTable.outcome // => "inconsistent"
 */
export function restatedShare(figures: aq.ColumnTable, headlines: readonly HeadlineFigure[]): RestatedShare {
  const restated = textFigure(figures, "russia_positive_restated");
  const firstStated = textFigure(figures, "russia_favorable");
  return {
    restated,
    firstStated,
    againstTable: headlineFigure(headlines, "russia_positive_restated"),
    againstFirst: checkRoundedSum(restated.value, [firstStated.value]),
  };
}

/**
 * Result of T1-13: the restated favourable share against Table 1 and against
 * the first section's figure; the verdict is that of the weaker of the two
 * ({@link weakestRoundedOutcome}).
 *
 * @example restatedShareClaimResult(restatedShare(loadTextFigures(), headlines)).verdict // => "internally inconsistent"
 */
export function restatedShareClaimResult(share: RestatedShare): ClaimResult {
  const { restated, firstStated, againstTable, againstFirst } = share;
  return {
    id: "T1-13",
    computed: `Table 1: ${againstTable.components.join(" + ")} = ${againstTable.computed}%; first section: ${firstStated.value}%`,
    interval: formatInterval(againstTable.possible),
    intervalKind: "rounding",
    verdict: verdictOfRoundedCheck(weakestRoundedOutcome([againstTable.outcome, againstFirst.outcome])),
    evidence: `${TABLE1_EVIDENCE}; in-text figures (${figureLocation(firstStated)}, ${figureLocation(restated)})`,
    detail:
      `The restated ${restated.value}% cannot come from Table 1 (true sum in ${formatInterval(againstTable.possible)}, ` +
      `${againstTable.gap} points short of the ${restated.value - 0.5} that would print as ${restated.value}) ` +
      `and contradicts the ${firstStated.value}% of the first section, presented as the same figure ("As mentioned above"). ` +
      "Plausible causes: a typo, or a different wave or pooling of waves; the memo names no wave.",
  };
}

/** A headline figure's possible true value held against the range of a quantifier. */
export interface QuantifierCheck {
  readonly figure_id: string;
  readonly possible: Interval;
  readonly check: RangeCheck;
}

/**
 * Result of T1-14, "overwhelmingly positive": both top boxes against every
 * documented reading of "overwhelmingly" (`range` from quantifierRange; a
 * plain Interval is one reading). Under each reading the verdict is that of
 * the weakest comparison ({@link weakestComparison}); the claim's verdict is
 * the one all readings share, else "depends on the reading"
 * ({@link verdictAcrossReadings}).
 *
 * @example overwhelminglyClaimResult(checks, { lower: 66.7, upper: 100 }).verdict // => "reproduced"
 */
export function overwhelminglyClaimResult(checks: readonly QuantifierCheck[], range: Interval): ClaimResult {
  const perReading = judgeUnderReadings(range, (reading) =>
    verdictOfComparison(weakestComparison(checks.map((o) => checkWithinRange(o.possible, reading).outcome))),
  );
  return {
    id: "T1-14",
    computed: checks.map((o) => `${o.figure_id} ∈ ${formatInterval(o.possible)}%`).join("; "),
    interval: formatInterval(range),
    intervalKind: "quantifier reading",
    verdict: verdictAcrossReadings(perReading),
    evidence: `${TABLE1_EVIDENCE}; readings of "overwhelmingly" (data/claims/quantifier-conventions.csv)`,
    detail:
      `Both top boxes (${checks.map((o) => formatInterval(o.possible)).join(", ")}%) held against each reading of "overwhelmingly", ` +
      `for every true value behind the rounded options: ${describeReadingVerdicts(perReading)}.`,
  };
}

/** A share of one Table 1 item, on the rounding interval its printed options allow (percent). */
export interface ItemShare {
  readonly item_id: string;
  readonly share: Interval;
}

/**
 * The share of the moderate option among the positive answers of each item,
 * somewhat / (very + somewhat), on rounding intervals
 * ({@link intervalShareOfSum}: each option counted once), in percent.
 *
 * @example moderateAmongPositive(likertBoxes(loadTable1()))[0] // => { item_id: "russia_opinion", share: { lower: 54.6, upper: 55.7 } } (about)
 */
export function moderateAmongPositive(boxes: readonly LikertBoxes[]): ItemShare[] {
  return boxes.map((b) => ({
    item_id: b.item_id,
    share: intervalScale(intervalShareOfSum(roundingInterval(b.moderate_positive), roundingInterval(b.strong_positive)), 100),
  }));
}

/**
 * The share of all respondents choosing the moderate positive option of each
 * item ("somewhat"), on its rounding interval, in percent.
 *
 * @example moderateOfAll(likertBoxes(loadTable1()))[0].share // => { lower: 47.5, upper: 48.5 }
 */
export function moderateOfAll(boxes: readonly LikertBoxes[]): ItemShare[] {
  return boxes.map((b) => ({ item_id: b.item_id, share: roundingInterval(b.moderate_positive) }));
}

/** The verdict under each reading with the items toward Russia, and the same with every item (the EEU item added). */
interface ScopedReadings {
  readonly inScope: ReadingVerdict[];
  readonly allItems: ReadingVerdict[];
}

function itemsOf<T extends { readonly item_id: string }>(rows: readonly T[], scope: "toward Russia" | "all"): T[] {
  const chosen = scope === "all" ? [...rows] : rows.filter((r) => ITEMS_TOWARD_RUSSIA.includes(r.item_id));
  if (chosen.length === 0) throw new RangeError(`no Table 1 item ${scope === "all" ? "at all" : `of ${ITEMS_TOWARD_RUSSIA.join(", ")}`}`);
  return chosen;
}

function sharesUnderReadings(shares: readonly ItemShare[], range: Interval): ScopedReadings {
  const judge = (scope: "toward Russia" | "all") =>
    judgeUnderReadings(range, (reading) => verdictOfComparison(weakestComparison(itemsOf(shares, scope).map((s) => checkWithinRange(s.share, reading).outcome))));
  return { inScope: judge("toward Russia"), allItems: judge("all") };
}

function withEeu(readings: ScopedReadings): string {
  const inScope = verdictAcrossReadings(readings.inScope);
  const all = verdictAcrossReadings(readings.allItems);
  return (
    `With the EEU item added: ${describeReadingVerdicts(readings.allItems)}; the claim's verdict ${all === inScope ? "is the same" : `would be "${all}"`}. ` +
    EEU_SCOPE_NOTE
  );
}

function describeShares(shares: readonly ItemShare[]): string {
  return shares.map((s) => `${s.item_id} ${formatInterval(s.share, 1)}%`).join(", ");
}

/**
 * Result of T1-15, Introduction ¶2: the positive views of Russia and of close
 * ties "are frequently moderate". The share of the moderate option among the
 * positive answers ({@link moderateAmongPositive}) of each item toward Russia
 * ({@link ITEMS_TOWARD_RUSSIA}) against every reading of "frequently"; under a
 * reading the verdict of the weakest item; across readings
 * {@link verdictAcrossReadings}. The detail gives the verdict with the EEU item too.
 *
 * @example frequentlyModerateClaimResult(likertBoxes(loadTable1()), quantifierRange(conventions, "frequently")).verdict // => "depends on the reading"
 */
export function frequentlyModerateClaimResult(boxes: readonly LikertBoxes[], frequently: Interval): ClaimResult {
  const shares = moderateAmongPositive(boxes);
  const readings = sharesUnderReadings(shares, frequently);
  const inScope = itemsOf(shares, "toward Russia");
  return {
    id: "T1-15",
    computed: `moderate among the positive: ${describeShares(inScope)}`,
    interval: formatInterval(frequently),
    intervalKind: "quantifier reading",
    verdict: verdictAcrossReadings(readings.inScope),
    evidence: `${TABLE1_EVIDENCE}; readings of "frequently" (data/claims/quantifier-conventions.csv)`,
    detail:
      `"These positions are frequently moderate": the somewhat-positive option as a share of the two positive options, on rounding intervals ` +
      `(${describeShares(shares)}), for the items toward Russia, under each reading of "frequently": ${describeReadingVerdicts(readings.inScope)}. ${withEeu(readings)}`,
  };
}

/**
 * Result of T1-16, first section ¶2: "for much of the Kazakhstani population,
 * this pro-Russian position is best described as strong but not extreme".
 * The share of all respondents choosing the moderate positive option
 * ({@link moderateOfAll}) of each item toward Russia against every reading of
 * "much of"; the weakest item under each reading; across readings
 * {@link verdictAcrossReadings}; the EEU item in the detail.
 *
 * @example muchOfPopulationClaimResult(likertBoxes(loadTable1()), quantifierRange(conventions, "much of")).verdict // => "reproduced"
 */
export function muchOfPopulationClaimResult(boxes: readonly LikertBoxes[], muchOf: Interval): ClaimResult {
  const shares = moderateOfAll(boxes);
  const readings = sharesUnderReadings(shares, muchOf);
  return {
    id: "T1-16",
    computed: `moderate positive option, of all respondents: ${describeShares(itemsOf(shares, "toward Russia"))}`,
    interval: formatInterval(muchOf),
    intervalKind: "quantifier reading",
    verdict: verdictAcrossReadings(readings.inScope),
    evidence: `${TABLE1_EVIDENCE}; readings of "much of" (data/claims/quantifier-conventions.csv)`,
    detail:
      `"Strong but not extreme" is the moderate positive option (somewhat favourable, somewhat support): its share of all respondents ` +
      `(${describeShares(shares)}) for the items toward Russia, under each reading of "much of": ${describeReadingVerdicts(readings.inScope)}. ${withEeu(readings)}`,
  };
}

/** The two readings of "a typical Kazakhstani position" (first section ¶4) and what each asks of the moderate option. */
export const TYPICAL_READINGS = {
  median: "the median answer (fewer than half choose the strongest option, more than half the strongest or the moderate one)",
  mode: "the modal answer (the moderate option more common than every other option)",
} as const;

function typicalOutcome(box: LikertBoxes, reading: keyof typeof TYPICAL_READINGS): { outcome: ComparisonOutcome; text: string } {
  const half = { lower: 50, upper: 50 };
  const r = roundingInterval;
  if (reading === "median") {
    const strong = compareIntervals(r(box.strong_positive), "<", half);
    const top = intervalSum([r(box.strong_positive), r(box.moderate_positive)]);
    const through = compareIntervals(top, ">", half);
    return {
      outcome: weakestComparison([strong.outcome, through.outcome]),
      text: `${box.item_id}: strongest ${box.strong_positive}% < 50 ${strong.outcome}; strongest + moderate ${formatInterval(top)} > 50 ${through.outcome}`,
    };
  }
  const others = [
    ["strongest", box.strong_positive],
    ["do not know", box.nonsubstantive],
    ["moderate negative", box.moderate_negative],
    ["strongest negative", box.strong_negative],
  ] as const;
  const comparisons = others.map(([name, value]) => ({ name, value, comparison: compareIntervals(r(box.moderate_positive), ">", r(value)) }));
  const failing = comparisons.filter((c) => c.comparison.outcome !== "certain");
  return {
    outcome: weakestComparison(comparisons.map((c) => c.comparison.outcome)),
    text:
      `${box.item_id}: moderate ${box.moderate_positive}% against ${others.map(([name, value]) => `${name} ${value}%`).join(", ")}` +
      (failing.length === 0 ? " (more common than each: certain)" : ` (${failing.map((c) => `against ${c.name} ${c.comparison.outcome}`).join("; ")})`),
  };
}

/**
 * Result of T1-17, first section ¶4: "a typical Kazakhstani position that is
 * strongly but not extremely pro-Russian", i.e. the moderate positive option,
 * under the two readings of "typical" ({@link TYPICAL_READINGS}), each on
 * rounding intervals for every item toward Russia (the weakest item): the
 * median answer (Table 1's base, "do not know" counted in it), and the modal
 * answer. Across readings {@link verdictAcrossReadings}; the EEU item in the detail.
 *
 * @example typicalPositionClaimResult(likertBoxes(loadTable1())).verdict // => "depends on the reading"
 */
export function typicalPositionClaimResult(boxes: readonly LikertBoxes[]): ClaimResult {
  const judge = (scope: "toward Russia" | "all"): ReadingVerdict[] =>
    (Object.keys(TYPICAL_READINGS) as (keyof typeof TYPICAL_READINGS)[]).map((reading) => ({
      reading: TYPICAL_READINGS[reading],
      verdict: verdictOfComparison(weakestComparison(itemsOf(boxes, scope).map((b) => typicalOutcome(b, reading).outcome))),
    }));
  const readings = { inScope: judge("toward Russia"), allItems: judge("all") };
  const lines = (Object.keys(TYPICAL_READINGS) as (keyof typeof TYPICAL_READINGS)[]).map((reading) => `${reading}: ${boxes.map((b) => typicalOutcome(b, reading).text).join("; ")}`);
  return {
    id: "T1-17",
    computed: itemsOf(boxes, "toward Russia").map((b) => `${b.item_id}: strongest ${b.strong_positive}%, moderate ${b.moderate_positive}%`).join("; "),
    interval: "",
    verdict: verdictAcrossReadings(readings.inScope),
    evidence: TABLE1_EVIDENCE,
    detail:
      `"Strongly but not extremely pro-Russian" is the moderate positive option; "typical" read two ways, for the items toward Russia: ` +
      `${describeReadingVerdicts(readings.inScope)}. On rounding intervals: ${lines.join(". ")}. ${withEeu(readings)}`,
  };
}

/**
 * Result of T1-18: the first section's "moderate positivity … is at least as
 * common as the maximally-positive options" as one claim over its items, read
 * two ways on rounding intervals: for every item (the weakest of T1-10 and
 * T1-11) and in aggregate (the moderate options summed against the strongest
 * ones summed, a reading the memo's plural wording allows), for the items
 * toward Russia ({@link ITEMS_TOWARD_RUSSIA}); across readings
 * {@link verdictAcrossReadings}. The detail gives both readings with the EEU
 * item added, and, per scenario, whether the summed difference exceeds what
 * sampling error alone could produce ({@link aggregateSamplingError}).
 *
 * @example moderateAggregateClaimResult(rows, scenarios).verdict // => "depends on the reading"
 */
export function moderateAggregateClaimResult(rows: readonly ModerateVersusExtreme[], scenarios: readonly SampleScenario[] = []): ClaimResult {
  const summed = (items: readonly ModerateVersusExtreme[]) =>
    compareIntervals(intervalSum(items.map((m) => roundingInterval(m.moderate))), ">=", intervalSum(items.map((m) => roundingInterval(m.extreme))));
  const judge = (scope: "toward Russia" | "all"): ReadingVerdict[] => {
    const items = itemsOf(rows, scope);
    return [
      { reading: "every item", verdict: verdictOfComparison(weakestComparison(items.map((m) => m.comparison.outcome))) },
      { reading: "summed over the items", verdict: verdictOfComparison(summed(items).outcome) },
    ];
  };
  const readings = { inScope: judge("toward Russia"), allItems: judge("all") };
  const inScope = itemsOf(rows, "toward Russia");
  const sum = summed(inScope);
  const sampling = (items: readonly ModerateVersusExtreme[]) =>
    scenarios.map((s) => describeSamplingError(aggregateSamplingError(items.map((m) => ({ first: m.moderate, second: m.extreme })), s))).join("; ");
  return {
    id: "T1-18",
    computed:
      `per item: ${inScope.map((m) => `${m.item_id} ${m.moderate}% vs ${m.extreme}% (${m.comparison.outcome})`).join("; ")}; ` +
      `summed: ${inScope.map((m) => m.moderate).join(" + ")} vs ${inScope.map((m) => m.extreme).join(" + ")}, difference ∈ ${formatInterval(sum.difference)}`,
    interval: formatInterval(sum.difference),
    intervalKind: "rounding",
    verdict: verdictAcrossReadings(readings.inScope),
    evidence: TABLE1_EVIDENCE,
    detail:
      `The claim is stated once for the options "toward the country, and toward relations with it". For the items toward Russia: ${describeReadingVerdicts(readings.inScope)}. ` +
      withEeu(readings) +
      (scenarios.length === 0
        ? ""
        : ` Sampling error of the summed difference (covariances between items taken as non-negative): items toward Russia: ${sampling(inScope)}; with the EEU item: ${sampling(rows)}.`),
  };
}
