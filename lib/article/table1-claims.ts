import * as aq from "arquero";
import type { ClaimResult } from "../claims/claim-result";
import { describeReadingVerdicts, judgeUnderReadings, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictOfComparison, verdictOfRoundedCheck } from "../claims/verdict-rules";
import { escapeMarkdownCell } from "../display/escape-markdown";
import { formatInterval, Interval } from "../rounding/interval";
import { checkWithinRange, IntervalComparison, RangeCheck, weakestComparison } from "../rounding/interval-comparison";
import { weakestRoundedOutcome } from "../rounding/rounded-derivation";
import { checkRoundedSum, RoundedSumCheck } from "../rounding/rounding";
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
 * Results of T1-10 … T1-12, "moderate positivity is at least as common as
 * the maximally-positive option", one per item (verdict by
 * {@link verdictOfComparison}). Where the comparison is impossible the detail
 * gives the extreme option's lead whatever the rounding and for how many of
 * the items the claim holds. Throws a RangeError for an item without a claim
 * in {@link MODERATE_CLAIM_IDS}.
 *
 * @example moderateClaimResults(rows).map((r) => r.verdict) // => ["reproduced", "not supported by the memo's own numbers", ...]
 */
export function moderateClaimResults(rows: readonly ModerateVersusExtreme[]): ClaimResult[] {
  const holding = rows.filter((x) => x.comparison.outcome === "certain").length;
  return rows.map((m) => {
    const difference = m.comparison.difference;
    return {
      id: claimId(MODERATE_CLAIM_IDS, m.item_id, "Table 1 item"),
      computed: `moderate ${m.moderate}% vs extreme ${m.extreme}%; difference ∈ ${formatInterval(difference)}`,
      interval: formatInterval(difference),
      intervalKind: "rounding",
      verdict: verdictOfComparison(m.comparison.outcome),
      evidence: TABLE1_EVIDENCE,
      detail:
        m.comparison.outcome === "impossible"
          ? `The memo's own Table 1 puts the extreme option ahead by ${formatInterval({ lower: -difference.upper, upper: -difference.lower })} points whatever the rounding; ` +
            `"at least as common" fails for this item. The claim is stated for all ${rows.length} items; it holds for ${holding} of them. ` +
            "Plausible cause: a generalisation from the opinion-of-Russia item."
          : `Moderate ≥ extreme holds ${m.comparison.outcome === "certain" ? "for all" : "only for some"} true values behind the rounded figures (${m.comparison.outcome}).`,
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
