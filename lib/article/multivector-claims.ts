import type { ClaimResult } from "../claims/claim-result";
import { describeReadingVerdicts, judgeUnderReadings, ReadingVerdict, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictOfComparison, verdictWithoutSource } from "../claims/verdict-rules";
import { formatInterval, Interval, intervalScale } from "../rounding/interval";
import { checkWithinRange, compareIntervals, ComparisonOutcome, weakestComparison } from "../rounding/interval-comparison";
import { intervalProduct } from "../rounding/interval-product";
import { roundingInterval, roundTo } from "../rounding/rounding";
import { SAME_SAMPLE_ASSUMPTION } from "./context-claims";
import type * as aq from "arquero";
import { HeadlineFigure, headlineFigure } from "./headline-figures";
import { figureLocation, TextFigure, textFigure } from "./text-figure-lookup";

/**
 * The printed-figures layer of the first section's characterizations that
 * rest on the memo's four cross-tabulated shares (issue 14, item 1): MV-07
 * "non-exclusive of good relations with other countries", MV-08 "relatively
 * positive and/or pragmatic attitudes toward other countries", MV-09
 * "generally do not favor a Russia-only policy", MV-10 "do not see a zero-sum
 * geopolitical game". Each is judged on rounding intervals of the printed
 * shares and, where the memo prints no joint distribution, on Fréchet bounds.
 */

/** What the memo prints that the characterizations rest on. */
export interface MultivectorFigures {
  /** Of those favourable to Russia: favourable to the US, to China (first section ¶3). */
  readonly opinionUs: TextFigure;
  readonly opinionChina: TextFigure;
  /** Of those favouring closer economic relations with Russia: favouring them with the US, with China. */
  readonly relationsUs: TextFigure;
  readonly relationsChina: TextFigure;
  /** Table 1's favourable share of Russia and support for closer relations with Russia, on their rounding intervals. */
  readonly russiaFavourable: HeadlineFigure;
  readonly russiaRelations: HeadlineFigure;
  /** Table 1's unfavourable share of Russia (bottom box). */
  readonly russiaUnfavourable: HeadlineFigure;
}

/**
 * Collects the figures of {@link MultivectorFigures} from the in-text
 * figures (data/article/text-figures.csv: mv_russia_fav_us_fav,
 * mv_russia_fav_china_fav, mv_russia_rel_us_rel, mv_russia_rel_china_rel) and
 * the headline checks of Table 1 (russia_favorable, russia_relations_support,
 * russia_unfavorable). Throws a DataError (text figure) or RangeError
 * (headline) naming a figure that is missing.
 *
 * @example multivectorFigures(loadTextFigures(), headlineFigures(loadTable1(), loadTextFigures())).opinionUs.value // => 55
 */
export function multivectorFigures(figures: aq.ColumnTable, headlines: readonly HeadlineFigure[]): MultivectorFigures {
  return {
    opinionUs: textFigure(figures, "mv_russia_fav_us_fav"),
    opinionChina: textFigure(figures, "mv_russia_fav_china_fav"),
    relationsUs: textFigure(figures, "mv_russia_rel_us_rel"),
    relationsChina: textFigure(figures, "mv_russia_rel_china_rel"),
    russiaFavourable: headlineFigure(headlines, "russia_favorable"),
    russiaRelations: headlineFigure(headlines, "russia_relations_support"),
    russiaUnfavourable: headlineFigure(headlines, "russia_unfavorable"),
  };
}

function range(value: Interval): string {
  return formatInterval(value, 2);
}

function conditionals(f: MultivectorFigures): { name: string; country: "US" | "China"; figure: TextFigure }[] {
  return [
    { name: "opinion of the US, of those favourable to Russia", country: "US", figure: f.opinionUs },
    { name: "opinion of China, of those favourable to Russia", country: "China", figure: f.opinionChina },
    { name: "closer relations with the US, of those favouring them with Russia", country: "US", figure: f.relationsUs },
    { name: "closer relations with China, of those favouring them with Russia", country: "China", figure: f.relationsChina },
  ];
}

function where(f: MultivectorFigures): string {
  return figureLocation(f.opinionUs);
}

/**
 * Result of MV-07, Introduction ¶2: the positive views of Russia are
 * "frequently … non-exclusive of good relations with other countries,
 * especially the United States and China": each of the four conditional
 * shares (positive on the US or China among those positive on Russia) on its
 * rounding interval, against every reading of "frequently"; the weakest share
 * under each reading; across readings {@link verdictAcrossReadings}.
 *
 * @example nonExclusiveClaimResult(figures, quantifierRange(conventions, "frequently")).verdict // => "reproduced"
 */
export function nonExclusiveClaimResult(f: MultivectorFigures, frequently: Interval): ClaimResult {
  const shares = conditionals(f).map((c) => ({ ...c, share: roundingInterval(c.figure.value) }));
  const perReading = judgeUnderReadings(frequently, (reading) => verdictOfComparison(weakestComparison(shares.map((s) => checkWithinRange(s.share, reading).outcome))));
  return {
    id: "MV-07",
    computed: shares.map((s) => `${s.figure.value}%`).join(", ") + " of those positive on Russia are positive on the US or China",
    interval: formatInterval(frequently),
    intervalKind: "quantifier reading",
    verdict: verdictAcrossReadings(perReading),
    evidence: `in-text figures (${where(f)}, published, rounded)`,
    detail:
      `"Frequently … non-exclusive": the four printed shares (${shares.map((s) => `${s.name} ${s.figure.value}%`).join("; ")}) under each reading of ` +
      `"frequently": ${describeReadingVerdicts(perReading)}. The memo prints these shares for the US and China only; "other countries" beyond them cannot be checked.`,
  };
}

/**
 * Result of MV-08, first section ¶3: attitudes toward Russia "are accompanied
 * by relatively positive and/or pragmatic attitudes toward other countries
 * (including the United States and China)". Among those positive on Russia,
 * for each country its opinion ("relatively positive") and closer economic
 * relations with it ("pragmatic"), read two ways on rounding intervals: more
 * positive than negative (the negative share is at most what the positive
 * one leaves, 100 − positive; a share positive above one half is certainly
 * ahead), and a majority positive (every reading of "majority"). "And/or":
 * a country counts when either of its items does (the better outcome); the
 * claim needs both countries (the weaker). Across readings
 * {@link verdictAcrossReadings}.
 *
 * @example relativelyPositiveClaimResult(figures, quantifierRange(conventions, "majority")).verdict // => "reproduced"
 */
export function relativelyPositiveClaimResult(f: MultivectorFigures, majority: Interval): ClaimResult {
  const shares = conditionals(f).map((c) => ({ ...c, share: roundingInterval(c.figure.value) }));
  const better = (a: ComparisonOutcome, b: ComparisonOutcome): ComparisonOutcome => (a === "certain" || b === "certain" ? "certain" : a === "impossible" && b === "impossible" ? "impossible" : "possible only within rounding");
  const byCountry = (outcome: (share: Interval) => ComparisonOutcome): ComparisonOutcome =>
    weakestComparison((["US", "China"] as const).map((country) => shares.filter((s) => s.country === country).map((s) => outcome(s.share)).reduce(better)));
  const netPositive = (share: Interval) => compareIntervals(share, ">", { lower: 0, upper: 100 - share.lower }).outcome;
  const perReading: ReadingVerdict[] = [
    { reading: "more positive than negative", verdict: verdictOfComparison(byCountry(netPositive)) },
    ...judgeUnderReadings(majority, (reading) => verdictOfComparison(byCountry((share) => checkWithinRange(share, reading).outcome))).map((r) => ({ ...r, reading: `a majority positive ("${r.reading}")` })),
  ];
  const lowest = shares.reduce((low, s) => (s.share.lower < low.share.lower ? s : low));
  return {
    id: "MV-08",
    computed: `${shares.map((s) => `${s.name}: ${s.figure.value}%`).join("; ")}; negative at most 100 − positive`,
    interval: range(lowest.share),
    intervalKind: "rounding",
    verdict: verdictAcrossReadings(perReading),
    evidence: `in-text figures (${where(f)}, published, rounded)`,
    detail:
      `Among those positive on Russia, each printed share positive on the US or China item lies in its rounding interval and the negative share of that item in [0, 100 − positive]; ` +
      `"relatively positive and/or pragmatic" is held by a country when its opinion or its closer relations qualify. Under each reading: ${describeReadingVerdicts(perReading)}. ` +
      "The memo prints these shares only among those positive on Russia; the attitudes of all Kazakhstanis toward the US and China are estimated on the waves.",
  };
}

/** The Fréchet bounds behind MV-09, in percent: those favouring closer relations with Russia but with neither the US nor China. */
export interface RussiaOnlyBounds {
  /** Of those favouring closer relations with Russia: [max(0, 1 − P(US|R) − P(C|R)), min(1 − P(US|R), 1 − P(C|R))]. */
  readonly ofSupporters: Interval;
  /** Of all respondents: P(R) · ofSupporters (under the same-sample assumption). */
  readonly ofAll: Interval;
  /** Not favouring a Russia-only policy, of all respondents: 100 − ofAll. */
  readonly notRussiaOnly: Interval;
}

/**
 * Bounds on the share favouring closer economic relations with Russia only
 * (with neither the US nor China; "do not know" counted as not favouring),
 * from P(R) (Table 1) and P(US | R), P(China | R) (first section ¶3), all on
 * rounding intervals: the share of supporters of closer relations with Russia
 * favouring neither is, by Fréchet's inequalities (Fréchet 1951), in
 * [max(0, 1 − P(US|R) − P(C|R)), min(1 − P(US|R), 1 − P(C|R))]; of all
 * respondents, P(R) times that (SAME_SAMPLE_ASSUMPTION).
 *
 * @example russiaOnlyBounds(figures).notRussiaOnly // ≈ { lower: 68.4, upper: 100 }
 */
export function russiaOnlyBounds(f: MultivectorFigures): RussiaOnlyBounds {
  const us = roundingInterval(f.relationsUs.value);
  const china = roundingInterval(f.relationsChina.value);
  const ofSupporters = { lower: Math.max(0, 100 - us.upper - china.upper), upper: Math.min(100 - us.lower, 100 - china.lower) };
  const ofAll = intervalScale(intervalProduct(intervalScale(f.russiaRelations.possible, 1 / 100), intervalScale(ofSupporters, 1 / 100)), 100);
  return { ofSupporters, ofAll, notRussiaOnly: { lower: 100 - ofAll.upper, upper: 100 - ofAll.lower } };
}

/**
 * Result of MV-09, first section ¶3: "Kazakhstanis generally do not favor a
 * Russia-only policy". A Russia-only policy is read as favouring closer
 * economic relations with Russia and with neither the US nor China; the share
 * not favouring it ({@link russiaOnlyBounds}, of all respondents) against
 * every reading of "generally"; the share among supporters of closer
 * relations with Russia in the detail. Across readings {@link verdictAcrossReadings}.
 *
 * @example russiaOnlyClaimResult(figures, quantifierRange(conventions, "generally")).verdict // => "reproduced"
 */
export function russiaOnlyClaimResult(f: MultivectorFigures, generally: Interval): ClaimResult {
  const bounds = russiaOnlyBounds(f);
  const perReading = judgeUnderReadings(generally, (reading) => verdictOfComparison(checkWithinRange(bounds.notRussiaOnly, reading).outcome));
  const supportersNot = { lower: 100 - bounds.ofSupporters.upper, upper: 100 - bounds.ofSupporters.lower };
  const supporterReading = judgeUnderReadings(generally, (reading) => verdictOfComparison(checkWithinRange(supportersNot, reading).outcome));
  return {
    id: "MV-09",
    computed: `favouring closer relations with Russia only ∈ ${range(bounds.ofAll)}% of all; not favouring a Russia-only policy ∈ ${range(bounds.notRussiaOnly)}%`,
    interval: range(bounds.notRussiaOnly),
    intervalKind: "bounds",
    verdict: verdictAcrossReadings(perReading),
    evidence: `memo Table 1 and ${figureLocation(f.relationsUs)} (published, rounded); the joint distribution is not printed`,
    detail:
      `${SAME_SAMPLE_ASSUMPTION} Of those favouring closer economic relations with Russia (${formatInterval(f.russiaRelations.possible)}% of all), ` +
      `${f.relationsUs.value}% favour them with the US and ${f.relationsChina.value}% with China, so by Fréchet's inequalities ${range(bounds.ofSupporters)}% favour them with neither, ` +
      `at most ${roundTo(bounds.ofAll.upper, 1)}% of all respondents. Not favouring a Russia-only policy, of all respondents, under each reading of "generally": ` +
      `${describeReadingVerdicts(perReading)}; of the supporters of closer relations with Russia (${range(supportersNot)}%): ${describeReadingVerdicts(supporterReading)}.`,
  };
}

/**
 * Result of MV-10, first section ¶4: "Kazakhstanis do not see a zero-sum
 * geopolitical game between the United States and Russia", which the memo
 * draws from the positive association of the opinions of the two countries
 * (MV-06). The memo prints no association, so the verdict is "needs
 * respondent-level data"; the printed figures bound the shares that bear on
 * it (SAME_SAMPLE_ASSUMPTION): positive on both, P(R)·P(US | R); holding
 * opposed views (positive on one, negative on the other), at most
 * P(R)·(1 − P(US | R)) + P(unfavourable to Russia).
 *
 * @example zeroSumClaimResult(figures).verdict // => "needs respondent-level data"
 */
export function zeroSumClaimResult(f: MultivectorFigures): ClaimResult {
  const russia = intervalScale(f.russiaFavourable.possible, 1 / 100);
  const us = intervalScale(roundingInterval(f.opinionUs.value), 1 / 100);
  const both = intervalScale(intervalProduct(russia, us), 100);
  const russiaNotUs = intervalScale(intervalProduct(russia, { lower: 1 - us.upper, upper: 1 - us.lower }), 100);
  const opposed = { lower: 0, upper: russiaNotUs.upper + f.russiaUnfavourable.possible.upper };
  return {
    id: "MV-10",
    computed: `positive on both Russia and the US ∈ ${range(both)}% of all; opposed views at most ${roundTo(opposed.upper, 1)}%`,
    interval: range(opposed),
    intervalKind: "bounds",
    verdict: verdictWithoutSource("respondent-level data"),
    evidence: `memo Table 1 and ${figureLocation(f.opinionUs)} (published, rounded); the association needs respondent-level data (MV-06)`,
    detail:
      `${SAME_SAMPLE_ASSUMPTION} The memo draws "no zero-sum game" from the positive association of the opinions of the US and of Russia (MV-06), which it does not print. ` +
      `Its figures bound the shares that bear on it: positive on both ${range(both)}% of all respondents; positive on Russia and not on the US ${range(russiaNotUs)}%; ` +
      `opposed views of the two (positive on one, negative on the other) at most ${roundTo(opposed.upper, 1)}% (those positive on Russia and not on the US, plus those unfavourable to Russia, ${formatInterval(f.russiaUnfavourable.possible)}%). ` +
      "Whether the opinions are negatively associated is judged on the waves (respondent-level layer).",
  };
}
