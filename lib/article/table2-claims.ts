import * as aq from "arquero";
import type { ClaimResult } from "../claims/claim-result";
import type { ClaimRecord } from "../claims/claims-registry";
import { describeReadingVerdicts, judgeUnderReadings, ReadingVerdict, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictOfComparison, verdictOfRoundedCheck, verdictWithoutSource } from "../claims/verdict-rules";
import { formatInterval, Interval, intervalSum } from "../rounding/interval";
import { checkWithinRange, compareIntervals, ComparisonOutcome, IntervalComparison, RangeCheck, weakestComparison } from "../rounding/interval-comparison";
import { RoundedDerivationCheck, weakestRoundedOutcome } from "../rounding/rounded-derivation";
import { checkRoundedSum, RoundedSumCheck, roundingInterval, roundTo } from "../rounding/rounding";
import { Table2Cell, table2Percent } from "./table2";
import { describeSamplingError, differenceSamplingError, SampleScenario } from "./printed-sampling-error";
import { Table2RebaseCheck } from "./table2-rebase";
import { figureLocation, TextFigure } from "./text-figure-lookup";

/**
 * The results of the claims of the memo's second section that Table 2 and
 * its in-text figures settle (T2-01 … T2-25, notebook 03), each built from
 * checks computed in the notebook: verdicts derived from the checks'
 * outcomes by the verdict rules, discrepancies quantified in the detail.
 */

/** What every Table 2 claim rests on. */
export const TABLE2_EVIDENCE = "memo Table 2 (published, rounded to whole percent)";

/** Intervals of Table 2 checks are shown with two decimals at most. */
function range(value: Interval): string {
  return formatInterval(value, 2);
}

/** A column of Table 2 added up and held against 100. */
export interface Table2ColumnSum {
  readonly id: string;
  /** How the column is named in the detail, e.g. "column 1 (all reasons)". */
  readonly label: string;
  readonly check: RoundedSumCheck;
}

/**
 * Results of T2-01 and T2-02, each column's printed shares against 100. When
 * a printed sum differs from 100 within rounding, the detail names the rows
 * that print above their value rebased from column 1 (`printedAboveRebased`,
 * the category labels), which is where the excess comes from.
 *
 * @example columnSumClaimResults(columnSums, ["RU domestic qualities"])[1].verdict // => "consistent within rounding"
 */
export function columnSumClaimResults(columnSums: readonly Table2ColumnSum[], printedAboveRebased: readonly string[]): ClaimResult[] {
  return columnSums.map(({ id, label, check }) => {
    const roundedUp =
      check.computed !== 100 && check.outcome !== "inconsistent"
        ? ` The excess of ${roundTo(check.computed - 100, 6)} points is rounding: ${printedAboveRebased.length} of the ${check.components.length} shares ` +
          `print above their value rebased from column 1 (${printedAboveRebased.join("; ")}; Step 4).`
        : "";
    return {
      id,
      computed: `${check.components.join(" + ")} = ${check.computed}%`,
      interval: range(check.possible),
      intervalKind: "rounding",
      verdict: verdictOfRoundedCheck(check.outcome),
      evidence: TABLE2_EVIDENCE,
      detail:
        `The ${check.components.length} printed shares of ${label} add up to ${check.computed}; with each share rounded to a whole percent ` +
        `their true sum lies in ${range(check.possible)}, which ${check.outcome === "inconsistent" ? "excludes" : "includes"} 100.${roundedUp}`,
    };
  });
}

/** The in-text categorizable and uncategorizable shares held against Table 2 (claims T2-03, T2-04). */
export interface CategorizableShares {
  /** The in-text share of reasons that could be categorized. */
  readonly categorizableText: TextFigure;
  /** The in-text share of the others (refusals, too vague). */
  readonly uncategorizableText: TextFigure;
  /** Table 2's uncategorizable row (column 1). */
  readonly otherCell: Table2Cell;
  /** The categorizable share against 100 minus the uncategorizable row. */
  readonly complement: RoundedDerivationCheck;
  /** The categorizable share against the sum of the categorizable rows of column 1. */
  readonly rowSum: RoundedSumCheck;
  /** The uncategorizable share against its row. */
  readonly otherCheck: RoundedSumCheck;
}

/**
 * Results of T2-03 (the categorizable share, by the weaker of its two
 * checks) and T2-04 (the uncategorizable share).
 *
 * @example categorizableShareClaimResults(shares).map((r) => r.verdict) // => ["reproduced", "reproduced"]
 */
export function categorizableShareClaimResults(shares: CategorizableShares): ClaimResult[] {
  const { categorizableText, uncategorizableText, otherCell, complement, rowSum, otherCheck } = shares;
  return [
    {
      id: "T2-03",
      computed: `100 − ${otherCell.percent} = ${complement.computed}%; ${rowSum.components.join(" + ")} = ${rowSum.computed}%`,
      interval: `${range(complement.possible)}; ${range(rowSum.possible)}`,
      intervalKind: "rounding",
      verdict: verdictOfRoundedCheck(weakestRoundedOutcome([complement.outcome, rowSum.outcome])),
      evidence: `${TABLE2_EVIDENCE}; in-text figure (${figureLocation(categorizableText)})`,
      detail:
        `The in-text ${categorizableText.value}% equals 100 minus the uncategorizable row and the sum of the ${rowSum.components.length} ` +
        `categorizable rows of column 1 (outcomes: ${complement.outcome}, ${rowSum.outcome}). It is a share of reasons, not of respondents.`,
    },
    {
      id: "T2-04",
      computed: `Table 2 row 7, column 1: ${otherCell.percent}%`,
      interval: range(otherCheck.possible),
      intervalKind: "rounding",
      verdict: verdictOfRoundedCheck(otherCheck.outcome),
      evidence: `${TABLE2_EVIDENCE}; in-text figure (${figureLocation(uncategorizableText)})`,
      detail: `The in-text ${uncategorizableText.value}% is the "other/do not know/did not answer" row of column 1 (${otherCheck.outcome}).`,
    },
  ];
}

/** The claim that each categorizable share of column 2 is its column-1 share rebased (category id → claim id). */
export const REBASE_CLAIM_IDS: Readonly<Record<string, string>> = {
  ru_domestic: "T2-05",
  kz_ru_good_relationship: "T2-06",
  kz_ru_innate_bonds: "T2-07",
  kz_ru_practical: "T2-08",
  ru_international_benign: "T2-09",
  ru_international_strong: "T2-10",
};

/**
 * The rebasing of one category written out: "a / (1 − u/100) = c", with the
 * divisor to six decimals and the result to two.
 *
 * @example describeRebase(table2RebaseChecks(loadTable2())[0]) // => "47 / 0.82 = 57.32"
 */
export function describeRebase(check: Table2RebaseCheck): string {
  return `${check.all_reasons} / ${roundTo((100 - check.uncategorizable) / 100, 6)} = ${roundTo(check.computed, 2)}`;
}

/**
 * Results of T2-05 … T2-10, each printed share of column 2 against its
 * column-1 share rebased on the categorizable reasons
 * ({@link table2RebaseChecks}). Throws a RangeError for a category without a
 * claim in {@link REBASE_CLAIM_IDS}.
 *
 * @example rebaseClaimResults(table2RebaseChecks(loadTable2()))[0].computed // => "47 / 0.82 = 57.32% (printed 57%)"
 */
export function rebaseClaimResults(rebase: readonly Table2RebaseCheck[]): ClaimResult[] {
  return rebase.map((r) => {
    const id = REBASE_CLAIM_IDS[r.category_id];
    if (id === undefined) throw new RangeError(`no registered claim for the Table 2 row ${r.category_id}`);
    const divisor = roundTo((100 - r.uncategorizable) / 100, 6);
    const detail =
      r.outcome === "exact"
        ? `${r.all_reasons} / ${divisor} rounds to the printed ${r.reported}.`
        : r.outcome === "consistent within rounding"
          ? `${describeRebase(r)} would print as ${Math.round(r.computed)}, not ${r.reported}; ${r.reported} is reachable only because ` +
            `the true shares behind the rounded ${r.all_reasons} and ${r.uncategorizable} can give up to ${roundTo(r.possible.upper, 2)} ` +
            "(rebasing the unrounded counts, as the authors presumably did)."
          : `No rounding of ${r.all_reasons} and ${r.uncategorizable} gives ${r.reported}: the interval ${range(r.possible)} misses it by ` +
            `${roundTo(r.gap, 2)} points (transcription or printing error, or a different base).`;
    return {
      id,
      computed: `${describeRebase(r)}% (printed ${r.reported}%)`,
      interval: range(r.possible),
      intervalKind: "rounding",
      verdict: verdictOfRoundedCheck(r.outcome),
      evidence: TABLE2_EVIDENCE,
      detail,
    };
  });
}

/** An in-text share of the section held against the Table 2 category it describes (column 2). */
export interface TextShareCheck {
  readonly id: string;
  readonly figure: TextFigure;
  /** The Table 2 category the figure describes. */
  readonly category: string;
  /** Its published share of categorizable reasons. */
  readonly categorizable: number;
  readonly check: RoundedSumCheck;
}

/**
 * The in-text shares whose wording speaks of people ("57 percent admire",
 * "Ten percent cite", "Nine percent cite", "3 percent cite", "Only 9 percent
 * … cite") while Table 2 prints shares of reasons (claim id → the verb).
 * T2-17 is not among them: its wording is about reasons ("a … reason for
 * positivity, making up 14 percent of the total").
 */
export const PEOPLE_WORDING: Readonly<Record<string, string>> = {
  "T2-11": "admire",
  "T2-13": "cite",
  "T2-14": "cite",
  "T2-15": "cite",
  "T2-16": "cite",
};

/** Verdicts under which a reading leaves a figure standing (it holds, or only respondent-level data can tell). */
const READING_HOLDS: readonly string[] = ["reproduced", "consistent within rounding", "needs respondent-level data"];

/**
 * Bounds on the share of respondents citing a category, given its share p of
 * the mentions (percent interval) and the mentions per respondent r ∈ [1, K]
 * (up to K reasons each), among respondents with at least one mention of the
 * base: with N respondents, M = rN mentions, C = pM of them of the category
 * and R respondents citing it, C/K ≤ R ≤ C and R ≥ C − (M − N) (a respondent
 * adds at most its extra mentions), so R/N ∈ [min_r max(pr/K, 1 − r(1 − p)),
 * min(1, pK)]; for K = 2 the lower bound is p/(2 − p), reached at
 * r = 1/(1 − p/2). In percent; both bounds increase with p.
 *
 * @example respondentShareBounds({ lower: 56.5, upper: 57.5 }, { lower: 1, upper: 2 }) // ≈ { lower: 39.37, upper: 100 }
 */
export function respondentShareBounds(mentionShare: Interval, mentionsPerRespondent: Interval): Interval {
  const k = mentionsPerRespondent.upper;
  const lowest = (p: number): number => {
    const g = (r: number) => Math.max((p * r) / k, 1 - r * (1 - p));
    const candidates = [g(mentionsPerRespondent.lower), g(mentionsPerRespondent.upper)];
    const crossing = 1 / (1 - p + p / k);
    if (crossing >= mentionsPerRespondent.lower && crossing <= mentionsPerRespondent.upper) candidates.push(g(crossing));
    return Math.min(...candidates);
  };
  return { lower: 100 * lowest(mentionShare.lower / 100), upper: 100 * Math.min(1, (mentionShare.upper / 100) * k) };
}

/**
 * Results of T2-11 and T2-13 … T2-17, each in-text share against column 2
 * of its category. The claims in {@link PEOPLE_WORDING} are judged under two
 * readings of their base: the categorizable reasons the sentence names ("Of
 * those categorizable positions", the printed column 2), and the respondents
 * the verb speaks of, whose share the printed figures only bound
 * ({@link respondentShareBounds} with the documented mentions per respondent):
 * a printed figure inside the bounds is "needs respondent-level data" under
 * that reading, outside them "not supported by the memo's own numbers". The
 * verdict is the one both readings give, else "depends on the reading" (a
 * wording ambiguity) when the figure stands under at least one reading;
 * when it stands under none, the verdict on the base the sentence names.
 *
 * @example textShareClaimResults(textChecks, { lower: 1, upper: 2 })[0].verdict // => "depends on the reading"
 */
export function textShareClaimResults(checks: readonly TextShareCheck[], mentionsPerRespondent: Interval = { lower: 1, upper: 2 }): ClaimResult[] {
  return checks.map((t) => {
    const verb = PEOPLE_WORDING[t.id];
    const onReasons = verdictOfRoundedCheck(t.check.outcome);
    const reasonsText =
      t.check.outcome === "exact"
        ? `The in-text ${t.figure.value}% is column 2 (share of categorizable reasons) of its category.`
        : `The in-text ${t.figure.value}% differs from column 2 (${t.categorizable}%) by ${roundTo(Math.abs(t.figure.value - t.categorizable), 6)} points.`;
    if (verb === undefined) {
      return {
        id: t.id,
        computed: `Table 2 column 2: ${t.categorizable}%`,
        interval: range(t.check.possible),
        intervalKind: "rounding",
        verdict: onReasons,
        evidence: `${TABLE2_EVIDENCE}; in-text figure (${figureLocation(t.figure)})`,
        detail: `${reasonsText} Its wording speaks of reasons ("a … reason for positivity"), so it has one base.`,
      };
    }
    const bounds = respondentShareBounds(roundingInterval(t.categorizable), mentionsPerRespondent);
    const people = checkWithinRange(roundingInterval(t.figure.value), bounds);
    const perReading: ReadingVerdict[] = [
      { reading: "of the categorizable reasons (the base the sentence names)", verdict: onReasons },
      {
        reading: `of the respondents (the people who '${verb}')`,
        range: bounds,
        verdict: verdictWithoutSource("respondent-level data", [people.outcome], "not supported by the memo's own numbers"),
      },
    ];
    const saved = perReading.some((r) => READING_HOLDS.includes(r.verdict));
    return {
      id: t.id,
      computed: `Table 2 column 2: ${t.categorizable}% of categorizable reasons; as a share of respondents ∈ ${range(bounds)}%`,
      interval: range(t.check.possible),
      intervalKind: "rounding",
      verdict: saved ? verdictAcrossReadings(perReading) : onReasons,
      evidence: `${TABLE2_EVIDENCE}; in-text figure (${figureLocation(t.figure)}); up to ${mentionsPerRespondent.upper} reasons per respondent`,
      detail:
        `${reasonsText} The sentence says ${t.figure.value} percent '${verb}': people, while the printed share is of reasons (up to ${mentionsPerRespondent.upper} per respondent). ` +
        `Read as a share of the respondents with a categorizable reason, the printed figures only bound it to ${range(bounds)}% ` +
        `(from ${mentionsPerRespondent.lower} to ${mentionsPerRespondent.upper} reasons each), which ${people.outcome === "impossible" ? "excludes" : "includes"} ${t.figure.value}. ` +
        `Under each reading: ${describeReadingVerdicts(perReading)}. ` +
        (saved
          ? "A wording ambiguity, not two contradictory figures: the figure holds on at least one base; the share of respondents is estimated on the waves (respondent-level layer)."
          : "No reading saves the figure: the verdict is the one on the base the sentence names."),
    };
  });
}

/** The relations the section asserts between Table 2's shares (claims T2-18 … T2-21), judged on rounding intervals. */
export interface Table2Relations {
  /** Benign > strong on the categorizable base (column 2). */
  readonly benignVsStrongCol2: IntervalComparison;
  /** Benign > strong on all reasons (column 1). */
  readonly benignVsStrongCol1: IntervalComparison;
  /** The benign share the memo quotes "of the total" against column 1. */
  readonly ofTotal: RoundedSumCheck;
  /** Categorized reasons outside the two international categories, in percent of all reasons. */
  readonly notInternational: Interval;
  /** The same as a share of categorizable reasons, in percent. */
  readonly notForeignShare: Interval;
  readonly notForeignCheck: RangeCheck;
  /** Sensitivity: domestic + innate bonds only (bilateral relations counted as foreign policy), in percent. */
  readonly domesticOnlyShare: Interval;
  readonly domesticOnlyCheck: RangeCheck;
  /** Benign / (benign + strong), in percent. */
  readonly benignShare: Interval;
  readonly benignCheck: RangeCheck;
  /** The reading of "overwhelmingly" and of "usually" (percent of the base). */
  readonly overwhelmingly: Interval;
  readonly usually: Interval;
}

/** The sample scenarios of shares of mentions (per wave, pooled), for the sampling error of T2-18 on each base. */
export interface MentionSampling {
  readonly categorizable: readonly SampleScenario[];
  readonly all: readonly SampleScenario[];
}

/**
 * Results of T2-18 ("a substantially more common reason", on both bases;
 * with `sampling`, whether the printed difference exceeds what sampling error
 * alone could produce, per wave and pooled, the number of mentions bounded as
 * documented), T2-19 (the benign share called "of the total", under two
 * readings of "the total": Table 2's column of all reasons, and the
 * categorizable reasons the list began with, "Of those categorizable
 * positions"; "depends on the reading" when they differ), T2-20
 * ("overwhelmingly for reasons not to do with its foreign policy", with the
 * reading that matters and the all-reasons base in the detail) and T2-21
 * (foreign-policy reasons "usually" benign). `table2` gives the printed shares.
 *
 * @example relationClaimResults(relations, loadTable2(), sampling).map((r) => r.id) // => ["T2-18", "T2-19", "T2-20", "T2-21"]
 */
export function relationClaimResults(relations: Table2Relations, table2: aq.ColumnTable, sampling?: MentionSampling): ClaimResult[] {
  const r = relations;
  const percent = (id: string, base: Table2Cell["base"]): number => table2Percent(table2, id, base);
  const benignCategorizable = percent("ru_international_benign", "categorizable_reasons");
  const strongCategorizable = percent("ru_international_strong", "categorizable_reasons");
  const conventions = "(data/claims/quantifier-conventions.csv)";
  const withinEach = (share: Interval, quantifier: Interval) =>
    judgeUnderReadings(quantifier, (reading) => verdictOfComparison(checkWithinRange(share, reading).outcome));
  const notForeignByReading = withinEach(r.notForeignShare, r.overwhelmingly);
  const benignByReading = withinEach(r.benignShare, r.usually);
  const benignAll = percent("ru_international_benign", "all_reasons");
  const strongAll = percent("ru_international_strong", "all_reasons");
  const samplingText =
    sampling === undefined
      ? ""
      : ` Sampling error (the memo gives no n; respondents per wave, waves pooled, design effect and reasons per respondent as documented in data/claims/sampling-assumptions.csv): ` +
        `of categorizable reasons, ${sampling.categorizable.map((sc) => describeSamplingError(differenceSamplingError({ first: benignCategorizable, second: strongCategorizable }, sc))).join("; ")}; ` +
        `of all reasons, ${sampling.all.map((sc) => describeSamplingError(differenceSamplingError({ first: benignAll, second: strongAll }, sc))).join("; ")}.`;
  const onCategorizable = checkRoundedSum(r.ofTotal.reported, [benignCategorizable]);
  const ofTotalByReading: ReadingVerdict[] = [
    { reading: "of all reasons (Table 2's total column)", verdict: verdictOfRoundedCheck(r.ofTotal.outcome) },
    { reading: "of the categorizable reasons (the base the list began with, 'Of those categorizable positions')", verdict: verdictOfRoundedCheck(onCategorizable.outcome) },
  ];
  return [
    {
      id: "T2-18",
      computed:
        `benign − strong ∈ ${range(r.benignVsStrongCol2.difference)} points of categorizable reasons; ` +
        `∈ ${range(r.benignVsStrongCol1.difference)} of all reasons`,
      interval: range(r.benignVsStrongCol2.difference),
      intervalKind: "rounding",
      verdict: verdictOfComparison(weakestComparison([r.benignVsStrongCol2.outcome, r.benignVsStrongCol1.outcome])),
      evidence: TABLE2_EVIDENCE,
      detail:
        "Benign exceeds strong for every true value behind the rounded figures on both bases " +
        `(outcomes: ${r.benignVsStrongCol2.outcome}, ${r.benignVsStrongCol1.outcome}); "substantially" is a judgement: ` +
        `the printed shares give a ratio of ${roundTo(benignCategorizable / strongCategorizable, 2)} ` +
        `and a difference of ${range(r.benignVsStrongCol2.difference)} points of categorizable reasons.${samplingText}`,
    },
    {
      id: "T2-19",
      computed: `Table 2: benign = ${r.ofTotal.computed}% of all reasons, ${benignCategorizable}% of categorizable reasons`,
      interval: range(r.ofTotal.possible),
      intervalKind: "rounding",
      verdict: verdictAcrossReadings(ofTotalByReading),
      evidence: TABLE2_EVIDENCE,
      detail:
        `The memo calls its ${r.ofTotal.reported}% a share "of the total", inside a list that begins "Of those categorizable positions". ` +
        `Under each reading of "the total": ${describeReadingVerdicts(ofTotalByReading)}. Table 2's total column (all reasons) gives ` +
        `${r.ofTotal.computed}% (true value in ${range(r.ofTotal.possible)}, ${roundTo(r.ofTotal.gap, 6)} points short of the smallest value ` +
        `that prints as ${r.ofTotal.reported}); the categorizable reasons give ${benignCategorizable}% (${onCategorizable.outcome}). ` +
        "A wording ambiguity, not two contradictory figures: the number is right on the base the list names (T2-17), and wrong if \"the total\" means all reasons.",
    },
    {
      id: "T2-20",
      computed: `domestic + bilateral ∈ ${range(r.notForeignShare)}% of categorizable reasons`,
      interval: range(r.notForeignShare),
      intervalKind: "rounding",
      verdict: verdictAcrossReadings(notForeignByReading),
      evidence: `${TABLE2_EVIDENCE}; readings of "overwhelmingly" ${conventions}`,
      detail:
        `Reasons outside the two "RU internationally" categories make up ${range(r.notForeignShare)}% of categorizable reasons; ` +
        `under each reading of "overwhelmingly": ${describeReadingVerdicts(notForeignByReading)}. ` +
        `Any reading whose threshold is at most ${roundTo(r.notForeignShare.lower, 2)}% makes it hold for every true value; ` +
        `any above ${roundTo(r.notForeignShare.upper, 2)}% makes it fail. The base matters too: if the bilateral categories ` +
        `(good relationship, practical benefit) counted as foreign policy, the share would be ${range(r.domesticOnlyShare)}% ` +
        `(${r.domesticOnlyCheck.outcome}); and on the base of all reasons, uncategorizable ones included, the categorized ` +
        `non-international reasons are ${range(r.notInternational)}% (${checkWithinRange(r.notInternational, r.overwhelmingly).outcome}).`,
    },
    {
      id: "T2-21",
      computed: `benign / (benign + strong) ∈ ${range(r.benignShare)}%`,
      interval: range(r.benignShare),
      intervalKind: "rounding",
      verdict: verdictAcrossReadings(benignByReading),
      evidence: `${TABLE2_EVIDENCE}; readings of "usually" ${conventions}`,
      detail:
        `Of the reasons about Russia's international role, the benign ones are ${range(r.benignShare)}% whatever the true values ` +
        `behind the rounded ${percent("ru_international_benign", "all_reasons")}% and ${percent("ru_international_strong", "all_reasons")}%; ` +
        `under each reading of "usually": ${describeReadingVerdicts(benignByReading)}. ` +
        `Any reading whose threshold is at most ${roundTo(r.benignShare.lower, 2)}% makes it hold for every true value; ` +
        `any above ${roundTo(r.benignShare.upper, 2)}% makes it fail.`,
    },
  ];
}

/** One basis the memo names ("more upon history, domestic accomplishments, benign conduct") against power. */
export interface BasisAgainstPower {
  readonly category_id: string;
  /** Its published share of all reasons (column 1). */
  readonly percent: number;
  /** Its share > the share of "RU internationally strong", on rounding intervals. */
  readonly comparison: IntervalComparison;
}

/**
 * Results of T2-24 (Introduction) and T2-25 (Conclusion), which both say the
 * attitude rests less on Russia's power and more on history (innate bonds),
 * domestic accomplishments and benign conduct, under two readings, on column
 * 1 (shares of all reasons) and rounding intervals, strictly: each basis more
 * common than "RU internationally strong" (`strongPercent`), the weakest
 * comparison; and the bases together (the bundle the sentence lists) against
 * strength. The verdict is the one both readings give, else "depends on the
 * reading". `claims` are the two registry rows, for their locations.
 *
 * @example powerClaimResults(bases, 7, [recorder.claim("T2-24"), recorder.claim("T2-25")])[0].verdict // => "depends on the reading"
 */
export function powerClaimResults(bases: readonly BasisAgainstPower[], strongPercent: number, claims: readonly ClaimRecord[]): ClaimResult[] {
  const outcome: ComparisonOutcome = weakestComparison(bases.map((m) => m.comparison.outcome));
  const certain = bases.filter((m) => m.comparison.outcome === "certain");
  const tied = bases.filter((m) => m.comparison.outcome !== "certain");
  const verb = (list: readonly unknown[]): string => (list.length === 1 ? "is" : "are");
  const bundle = compareIntervals(intervalSum(bases.map((m) => roundingInterval(m.percent))), ">", roundingInterval(strongPercent));
  const perReading: ReadingVerdict[] = [
    { reading: "each basis more common than power", verdict: verdictOfComparison(outcome) },
    { reading: "the bases together (the bundle) more common than power", verdict: verdictOfComparison(bundle.outcome) },
  ];
  const bundleText =
    `Together (${bases.map((m) => m.percent).join(" + ")} against ${strongPercent}), the bases exceed strength by ${range(bundle.difference)} points (${bundle.outcome}). ` +
    `Under each reading: ${describeReadingVerdicts(perReading)}.`;
  return claims.map((claim) => ({
    id: claim.id,
    computed: `${bases.map((m) => `${m.category_id} ${m.percent}%`).join(" + ")} vs strong ${strongPercent}% (each, and together)`,
    interval: tied.length > 0 ? range(tied[0].comparison.difference) : range(bundle.difference),
    intervalKind: "rounding",
    verdict: verdictAcrossReadings(perReading),
    evidence: TABLE2_EVIDENCE,
    detail:
      (tied.length === 0
        ? `Every basis the memo names is more common than praise of Russia's strength for all true values behind the rounded figures (${figureLocation(claim)}). `
        : `${certain.map((m) => m.category_id).join(" and ") || "No basis"} ${verb(certain)} more common than praise of Russia's strength ` +
          `for all true values behind the rounded figures, but ${tied.map((m) => `${m.category_id} (${m.percent}%)`).join(", ")} ${verb(tied)} not: ` +
          `${tied.map((m) => `${m.category_id} − strong ∈ ${range(m.comparison.difference)} points (${m.comparison.outcome})`).join("; ")} (${figureLocation(claim)}). `) +
      bundleText +
      (claim.id === "T2-25" ? " The Conclusion also names 'Kazakhstan's own national interests', which no Table 2 category holds on its own (the practical-benefit reasons come closest)." : "") +
      " The memo may also draw on the focus groups here, which cannot be checked.",
  }));
}

/** What Table 2 cannot show for the claims that need the respondent-level data: the computed column and the detail of each. */
export const TABLE2_UNPUBLISHED: Readonly<Record<string, { readonly computed: string; readonly detail: string }>> = {
  "T2-12": {
    computed: "Table 2 has no sub-codes of 'RU domestic qualities'",
    detail: "The split of the domestic category into general development and economic growth is not published; it needs the coded answers.",
  },
  "T2-22": {
    computed: "Table 2's column 1 is headed 'first- and second-named' reasons",
    detail:
      "The question wording and the two-reason limit are in the CAB questionnaire (deposited with the licensed data); " +
      "the table heading is consistent with it.",
  },
  "T2-23": {
    computed: "quotations not in any published table",
    detail: "The quoted answers ('player', 'strong military', 'peaceful policy', 'conflict resolution') need the open-ended responses.",
  },
};

/**
 * Results of T2-12, T2-22 and T2-23, which rest on what Table 2 does not
 * print (sub-codes, the questionnaire, verbatim answers): the verdict is
 * derived from the evidence the registry names ({@link verdictWithoutSource}).
 * Throws a RangeError for a claim without an entry in {@link TABLE2_UNPUBLISHED}.
 *
 * @example unpublishedClaimResults([recorder.claim("T2-12")])[0].verdict // => "needs respondent-level data"
 */
export function unpublishedClaimResults(claims: readonly ClaimRecord[]): ClaimResult[] {
  return claims.map((claim) => {
    const text = TABLE2_UNPUBLISHED[claim.id];
    if (text === undefined) throw new RangeError(`unpublishedClaimResults: nothing is written for ${claim.id}`);
    return {
      id: claim.id,
      computed: text.computed,
      interval: "",
      verdict: verdictWithoutSource(claim.evidence_needed),
      evidence: `not in the package: ${claim.evidence_needed} (licensed CAB data)`,
      detail: text.detail,
    };
  });
}
