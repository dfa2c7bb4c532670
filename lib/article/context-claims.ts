import type { ClaimResult } from "../claims/claim-result";
import type { ClaimRecord } from "../claims/claims-registry";
import { describeReadingVerdicts, judgeUnderReadings, QuantifierRange, readingsOf, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictOfComparison, verdictWithoutSource } from "../claims/verdict-rules";
import { escapeMarkdownCell } from "../display/escape-markdown";
import { intervalProduct } from "../rounding/interval-product";
import { intervalShareOfSum } from "../rounding/share-of-sum";
import { formatInterval, Interval, intervalScale, intervalSum } from "../rounding/interval";
import { checkWithinRange, compareIntervals, IntervalComparison, RangeCheck, weakestComparison } from "../rounding/interval-comparison";
import { RoundedSumCheck, roundingInterval, roundTo } from "../rounding/rounding";
import { HeadlineFigure } from "./headline-figures";
import { StudyDesignFact } from "./study-design";
import { figureLocation, TextFigure } from "./text-figure-lookup";

/**
 * The context of the memo (notebook 05): the Gallup figure it cites
 * (CX-01, CX-02), opinions of China (CX-03), the Conclusion's claims about
 * the public (CX-04 … CX-08) and the stated period of the CAB surveys (SD-01). None of their sources is in the package, so each verdict
 * comes from the evidence the registry names and the internal-consistency
 * checks the memo's own figures allow ({@link verdictWithoutSource}).
 */

/** Intervals of the context checks are shown with one decimal at most. */
function range(value: Interval): string {
  return formatInterval(value, 1);
}

/** The Gallup pair as quoted (Russia first, the US first) and the checks made on it. */
export interface GallupChecks {
  readonly russiaFirst: TextFigure;
  readonly usFirst: TextFigure;
  /** Year of the Gallup survey as the memo states it. */
  readonly year: number;
  /** The two shares added up, on rounding intervals. */
  readonly pairSum: RoundedSumCheck;
  /** Their true sum ≤ 100. */
  readonly pairFits: IntervalComparison;
  /** What is left with neither preference: 100 − the pair, in percent. */
  readonly neither: Interval;
  /** The reading of "overwhelmingly" and the first share held against it. */
  readonly overwhelming: Interval;
  readonly overwhelmingCheck: RangeCheck;
}

function registered(claims: readonly ClaimRecord[], id: string): ClaimRecord {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) throw new RangeError(`no registered claim ${id}`);
  return claim;
}

/**
 * Results of CX-01 (the Gallup share called "an overwhelming majority") and
 * CX-02 (the opposite preference, which must fit within 100% with it). CX-01
 * is judged under every documented reading of "overwhelmingly"
 * (`gallup.overwhelming`, from quantifierRange; none of them is anchored on
 * this usage of the memo): under a reading the share fails it, the
 * characterization is "not supported by the memo's own numbers"; the claim's
 * verdict is the one all readings give, else "depends on the reading".
 *
 * @example gallupClaimResults(gallup, recorder.claims).map((r) => r.verdict) // => ["depends on the reading", "not checkable (source not public)"]
 */
export function gallupClaimResults(gallup: GallupChecks, claims: readonly ClaimRecord[]): ClaimResult[] {
  const { russiaFirst, usFirst, year, pairSum, pairFits, neither, overwhelming } = gallup;
  const firstInterval = roundingInterval(russiaFirst.value);
  const first = range(firstInterval);
  const cx01 = registered(claims, "CX-01");
  const perReading = judgeUnderReadings(overwhelming, (reading) =>
    verdictWithoutSource(cx01.evidence_needed, [checkWithinRange(firstInterval, reading).outcome], "not supported by the memo's own numbers"),
  );
  const entries = [
    {
      id: "CX-01",
      computed: `${russiaFirst.value}% (Gallup ${year}) ∈ ${first}; "overwhelmingly" read as ${readingsOf(overwhelming).map((r) => range(r.range)).join(" or ")}`,
      interval: first,
      verdict: verdictAcrossReadings(perReading),
      detail:
        'The figure is cited from Gallup surveys "cited elsewhere", without a reference; it is not in the package and cannot be checked here. ' +
        `Whether ${russiaFirst.value}% is "an overwhelming majority" depends on the reading of the word: ${describeReadingVerdicts(perReading)}. ` +
        "None of these readings is taken from the memo's own usage (which would make the check circular).",
    },
    {
      id: "CX-02",
      computed: `${russiaFirst.value} + ${usFirst.value} = ${pairSum.computed}% ∈ ${range(pairSum.possible)}; neither preference ${range(neither)}%`,
      interval: range(pairSum.possible),
      verdict: verdictWithoutSource(registered(claims, "CX-02").evidence_needed, [pairFits.outcome]),
      detail:
        `The two opposite shares fit within 100% (${pairFits.outcome}); ${range(neither)}% held neither preference or did not answer, ` +
        "which the memo does not mention. The figures themselves need the Gallup source.",
    },
  ];
  return entries.map((c) => {
    const claim = registered(claims, c.id);
    return {
      id: c.id,
      computed: c.computed,
      interval: c.interval,
      intervalKind: "rounding",
      verdict: c.verdict,
      evidence: `memo Conclusion ¶${russiaFirst.paragraph} (quoted figures); ${claim.evidence_needed} not in the package`,
      detail: c.detail,
    };
  });
}

/** What the memo's own figures imply about opinions of China. */
export interface ChinaBound {
  /** The favourable share of Russia (Table 1 top box) with its possible true value. */
  readonly russiaFavourable: HeadlineFigure;
  /** The share favourable to China among those favourable to Russia (in-text). */
  readonly chinaGivenRussia: TextFigure;
  /** P(Russia +, China +) = P(Russia +) · P(China + | Russia +), in percent of all respondents. */
  readonly jointChina: Interval;
}

/**
 * The assumption behind multiplying two published shares into a share of all
 * respondents: both come from the same sample (the same waves and the same
 * base, "do not know" kept alike). The memo names no wave or base for either.
 */
export const SAME_SAMPLE_ASSUMPTION =
  "Assumption: both shares come from the same sample (the same CAB waves and the same base, with 'do not know' treated alike); " +
  "the memo names no wave or base for either, and if they differ the product is not a share of any one sample.";

/**
 * Result of CX-03, "much more Sinophobic than the government": the memo's
 * figures give, only under {@link SAME_SAMPLE_ASSUMPTION}, a lower bound on
 * the share favourable to China; the claim compares the public with the
 * government and needs the CAB items on China, so no conclusion is drawn
 * from the bound.
 *
 * @example chinaClaimResult(bound, recorder.claim("CX-03")).verdict // => "needs respondent-level data"
 */
export function chinaClaimResult(bound: ChinaBound, claim: ClaimRecord): ClaimResult {
  const { russiaFavourable, chinaGivenRussia, jointChina } = bound;
  return {
    id: "CX-03",
    computed:
      `favourable to both Russia and China: ${range(russiaFavourable.possible)}% × ${range(roundingInterval(chinaGivenRussia.value))}% ` +
      `∈ ${range(jointChina)}% of all respondents, if both shares are of the same sample`,
    interval: range(jointChina),
    intervalKind: "rounding",
    verdict: verdictWithoutSource(claim.evidence_needed),
    evidence: `memo Table 1 and ${figureLocation(chinaGivenRussia)} (published, rounded); CAB opinions of China (licensed) not in the package`,
    detail:
      `${SAME_SAMPLE_ASSUMPTION} Under it, at least ${roundTo(jointChina.lower, 1)}% of respondents are favourable to China (those also ` +
      "favourable to Russia alone). The claim compares public opinion with the government's stance, which the memo does not quantify; " +
      "checking it needs the CAB items on China in the waves the memo used.",
  };
}

/** The period the memo states for the CAB surveys. */
export interface SurveyPeriod {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Where the memo states it. */
  readonly firstYearFact: StudyDesignFact;
  /** First year ≤ last year. */
  readonly periodOrdered: IntervalComparison;
}

/**
 * Result of SD-01, the stated survey design: only the period can be checked
 * (it must be ordered); waves, dates, sample sizes and weighting need the
 * deposited data.
 *
 * @example surveyPeriodClaimResult(period, recorder.claim("SD-01")).computed // => "stated period 2017–2019 (3 calendar years); no wave, date or sample size given"
 */
export function surveyPeriodClaimResult(period: SurveyPeriod, claim: ClaimRecord): ClaimResult {
  const { firstYear, lastYear, firstYearFact, periodOrdered } = period;
  return {
    id: "SD-01",
    computed: `stated period ${firstYear}–${lastYear} (${lastYear - firstYear + 1} calendar years); no wave, date or sample size given`,
    interval: "",
    verdict: verdictWithoutSource(claim.evidence_needed, [periodOrdered.outcome]),
    evidence: `memo ${figureLocation(firstYearFact)}; CAB respondent-level data and questionnaires (licensed) not in the package`,
    detail:
      "Which CAB waves carry the Table 1 and Table 2 items, and whether the published figures pool waves, needs the deposited data; " +
      "nor does the memo say whether its figures are weighted.",
  };
}

/**
 * The notebook's one-line note on the stated period and the favourable share
 * quoted twice, as Markdown: every text from data (the sections of
 * study-design.csv and text-figures.csv) goes through
 * {@link escapeMarkdownCell}, so nothing in a transcription can inject
 * Markdown or HTML.
 *
 * @example surveyPeriodNote(period, first, restated) // => "Stated period: 2017–2019 (Introduction ¶2). Favourable to Russia: 87% (…), restated as 89% (…); see T1-13."
 */
export function surveyPeriodNote(period: SurveyPeriod, firstFavourable: TextFigure, restatedFavourable: TextFigure): string {
  const where = (figure: { readonly section: string; readonly paragraph: number }) => escapeMarkdownCell(figureLocation(figure));
  return (
    `Stated period: ${period.firstYear}–${period.lastYear} (${where(period.firstYearFact)}). ` +
    `Favourable to Russia: ${firstFavourable.value}% (${where(firstFavourable)}), ` +
    `restated as ${restatedFavourable.value}% (${where(restatedFavourable)}); see T1-13.`
  );
}

/** The focus-group quantifiers CX-04 reads: the accusers of ¶7 and the sharp critiques of ¶10 (and ¶11's "many", for the detail). */
export interface ColonialCriticismEvidence {
  /** "Only a few accused the communist regime of major issues" (¶7). */
  readonly accusers: QuantifierRange;
  /** "This was never a very sharp critique" (¶10): the share of older-brother remarks that were sharp. */
  readonly sharpCritiques: QuantifierRange;
  /** "Many held that inclusion into the Empire had had complex results" (¶11). */
  readonly complexResults: QuantifierRange;
}

/**
 * Result of CX-04, the Conclusion's "criticism of Russia's colonial
 * attitude" as an instance of opinions the public freely expressed, held
 * against the focus-group findings, under two readings of the phrase:
 * - "voiced in the groups": some participants criticised (the accusers of
 *   ¶7 are at least one person): accusers > 0;
 * - "a view of the public": most participants criticised, as "public
 *   opinion being much more Sinophobic" is said of the public: accusers ≥ 50%
 *   and sharp critiques ≥ 50%.
 * Each under every reading of "a few"; a failed check is "not supported by
 * the memo's own numbers". Verdict: the one all readings give, else "depends
 * on the reading".
 *
 * @example colonialCriticismClaimResult(evidence, recorder.claim("CX-04")).verdict // => "depends on the reading"
 */
export function colonialCriticismClaimResult(evidence: ColonialCriticismEvidence, claim: ClaimRecord): ClaimResult {
  const none = { lower: 0, upper: 0 };
  const half = { lower: 50, upper: 50 };
  const fail = "not supported by the memo's own numbers" as const;
  const perReading = readingsOf(evidence.accusers).flatMap((a) => {
    const voiced = compareIntervals(a.range, ">", none).outcome;
    const publicView = [compareIntervals(a.range, ">=", half).outcome, compareIntervals(evidence.sharpCritiques, ">=", half).outcome];
    return [
      { reading: `voiced in the groups ('a few': ${a.reading})`, range: a.range, verdict: verdictWithoutSource(claim.evidence_needed, [voiced], fail) },
      { reading: `a view of the public ('a few': ${a.reading})`, range: a.range, verdict: verdictWithoutSource(claim.evidence_needed, publicView, fail) },
    ];
  });
  return {
    id: "CX-04",
    computed:
      `accusers of the Soviet regime (¶7, "only a few"): ${readingsOf(evidence.accusers).map((r) => range(r.range)).join(" or ")}% of participants; ` +
      `sharp critiques of the older-brother attitude (¶10, "never"): ${range(evidence.sharpCritiques)}%`,
    interval: range(evidence.accusers),
    intervalKind: "quantifier reading",
    verdict: verdictAcrossReadings(perReading),
    evidence: "memo text (Conclusion ¶2; focus-group quantifiers of ¶7, ¶10, ¶11); focus-group transcripts not public",
    detail:
      `Under each reading: ${describeReadingVerdicts(perReading)}. Criticism was voiced: the accusers of ¶7 are at least two people, ` +
      "the Kazakh-speaking groups were more critical of Soviet-era cultural losses (¶8), and 'many' " +
      `(${readingsOf(evidence.complexResults).map((r) => range(r.range)).join(" or ")}%) saw mixed results of the inclusion into the Empire (¶11). ` +
      "But the explicit accusations came from 'only a few' and the older-brother remarks were 'never a very sharp critique', " +
      "so as a view of the public (the sense in which the same paragraph calls public opinion Sinophobic) the phrase is not supported.",
  };
}

/** What CX-05 holds "largely take the Russian side" against. */
export interface RussianSideEvidence {
  readonly largely: QuantifierRange;
  readonly russiaFirst: TextFigure;
  readonly usFirst: TextFigure;
  readonly gallupYear: number;
  readonly cabFirstYear: number;
  readonly cabLastYear: number;
  /** The focus-group participants' "overwhelmingly took Russia's side" (FG-19). */
  readonly focusGroupOverwhelmingly: QuantifierRange;
}

/**
 * Result of CX-05, "in cases of Russo-U.S. tensions, they largely take the
 * Russian side", under every reading of "largely": the Gallup share putting
 * Russia first, on the base of all respondents and on the base of those with
 * a preference (72 / (72 + 7), {@link intervalShareOfSum}), and the focus
 * groups' "overwhelmingly" under each of its readings, must each lie within
 * the reading. The sources are not public, so the verdict is "not checkable
 * (source not public)" unless a check fails under some reading.
 *
 * @example russianSideClaimResult(evidence, recorder.claim("CX-05")).verdict // => "not checkable (source not public)"
 */
export function russianSideClaimResult(evidence: RussianSideEvidence, claim: ClaimRecord): ClaimResult {
  const all = roundingInterval(evidence.russiaFirst.value);
  const withPreference = intervalScale(intervalShareOfSum(all, roundingInterval(evidence.usFirst.value)), 100);
  const perReading = judgeUnderReadings(evidence.largely, (reading) =>
    verdictWithoutSource(
      claim.evidence_needed,
      [all, withPreference, ...readingsOf(evidence.focusGroupOverwhelmingly).map((o) => o.range)].map((v) => checkWithinRange(v, reading).outcome),
      "not supported by the memo's own numbers",
    ),
  );
  return {
    id: "CX-05",
    computed:
      `Gallup ${evidence.gallupYear}: Russia first ${range(all)}% of all, ${range(withPreference)}% of those with a preference; ` +
      `focus groups "overwhelmingly" ${readingsOf(evidence.focusGroupOverwhelmingly).map((o) => range(o.range)).join(" or ")}%`,
    interval: range(withPreference),
    intervalKind: "rounding",
    verdict: verdictAcrossReadings(perReading),
    evidence: `memo Conclusion ¶3 (quoted Gallup figures) and FG-19; Gallup source and focus-group transcripts not public`,
    detail:
      `Under each reading of "largely": ${describeReadingVerdicts(perReading)}. The Gallup question prioritised relations with Russia over ` +
      `those with the United States; it did not ask about taking sides in tensions, and it dates from ${evidence.gallupYear}, before the ` +
      `CAB period the memo states (${evidence.cabFirstYear}–${evidence.cabLastYear}). The focus-group evidence is FG-19.`,
  };
}

/**
 * Result of CX-06, Kazakhstanis "generally sympathetic toward Russia's
 * foreign policy": no published figure measures it. The memo's nearest
 * survey figures are the reasons for a positive opinion that concern Russia's
 * international role (Table 2, column 1: benign + strong), shown with their
 * sum on rounding intervals; they are shares of reasons, not of people, and
 * say nothing of those without a positive opinion.
 *
 * @example foreignPolicyClaimResult({ benign: 11, strong: 7 }, recorder.claim("CX-06")).computed // => "no published figure; reasons about Russia's international role: benign 11% + strong 7% = 18% of all reasons, ∈ [17, 19]"
 */
export function foreignPolicyClaimResult(reasons: { readonly benign: number; readonly strong: number }, claim: ClaimRecord): ClaimResult {
  const sum = intervalSum([roundingInterval(reasons.benign), roundingInterval(reasons.strong)]);
  return {
    id: "CX-06",
    computed:
      `no published figure; reasons about Russia's international role: benign ${reasons.benign}% + strong ${reasons.strong}% = ` +
      `${reasons.benign + reasons.strong}% of all reasons, ∈ ${range(sum)}`,
    interval: range(sum),
    intervalKind: "rounding",
    verdict: verdictWithoutSource(claim.evidence_needed),
    evidence: "memo Table 2 (published, rounded); CAB respondent-level data (licensed) not in the package",
    detail:
      "The memo gives no survey figure on sympathy with Russia's foreign policy. Its nearest figures, the reasons for a positive opinion " +
      `that concern Russia's international role, are ${range(sum)}% of all reasons (Table 2); the Gallup figure (CX-01) concerns priorities ` +
      "between relations with Russia and with the United States. Checking the claim needs a CAB item on Russia's foreign policy.",
  };
}

/** A conditional share quoted in the memo ("of those favourable to Russia, 55% …") and the share it is conditional on. */
export interface ConditionalShare {
  /** The base share, with the true values its rounded components allow (e.g. Table 1's favourable share). */
  readonly base: HeadlineFigure;
  readonly conditional: TextFigure;
}

/**
 * The share of all respondents in both groups, P(A ∧ B) = P(A) · P(B | A),
 * on rounding intervals (percent); valid only under
 * {@link SAME_SAMPLE_ASSUMPTION}.
 *
 * @example jointShare({ base: { possible: { lower: 86, upper: 88 } }, conditional: { value: 55 } }) // => { lower: 46.87, upper: 48.84 }
 */
export function jointShare(share: { readonly base: Pick<HeadlineFigure, "possible">; readonly conditional: Pick<TextFigure, "value"> }): Interval {
  return intervalScale(intervalProduct(intervalScale(share.base.possible, 1 / 100), intervalScale(roundingInterval(share.conditional.value), 1 / 100)), 100);
}

/**
 * Result of CX-07, "this globally pro-Russian attitude does not necessitate
 * negative views of the United States, or opposition to having ties with the
 * United States": on the memo's own figures, the shares of all respondents
 * favourable to both Russia and the US, and favouring closer relations with
 * both, must be above zero ({@link jointShare}, under
 * {@link SAME_SAMPLE_ASSUMPTION}); the weaker of the two comparisons gives
 * the verdict.
 *
 * @example usViewsClaimResult(opinion, relations).verdict // => "reproduced"
 */
export function usViewsClaimResult(opinion: ConditionalShare, relations: ConditionalShare): ClaimResult {
  const both = [opinion, relations].map(jointShare);
  const outcomes = both.map((j) => compareIntervals(j, ">", { lower: 0, upper: 0 }).outcome);
  return {
    id: "CX-07",
    computed: `favourable to Russia and to the US ∈ ${range(both[0])}% of all; closer relations with both ∈ ${range(both[1])}% of all`,
    interval: range(both[0]),
    intervalKind: "rounding",
    verdict: verdictOfComparison(weakestComparison(outcomes)),
    evidence: `memo Table 1 and ${figureLocation(opinion.conditional)} (published, rounded); the conditional shares need respondent-level data (MV-01, MV-03)`,
    detail:
      `${SAME_SAMPLE_ASSUMPTION} Under it, about half of all respondents hold a positive view of, or favour closer relations with, ` +
      `both Russia and the United States (${outcomes.join(", ")}), so a pro-Russian attitude does not require a negative view of the US. ` +
      "The conditional figures themselves are checked on respondent-level data in notebook 02 (MV-01, MV-03).",
  };
}

/** What CX-08 holds "largely supported" against: the support for closer relations with Russia, and with the US and China among those. */
export interface MultivectorEvidence {
  readonly largely: QuantifierRange;
  /** Support for closer economic relations with Russia (Table 1), and the shares of those who also favour them with the US, with China. */
  readonly russia: HeadlineFigure;
  readonly usGivenRussia: TextFigure;
  readonly chinaGivenRussia: TextFigure;
}

/**
 * Result of CX-08, "Kazakhstan's multivector policy, with Russia as primus
 * inter pares, is largely supported by Kazakhstani public opinion". The memo
 * gives P(R), P(US | R) and P(China | R) but not the joint distribution, so
 * the share of all respondents favouring closer relations with Russia and
 * with both others is bounded by Fréchet's inequalities,
 * P(R) · [max(0, P(US|R) + P(C|R) − 1), min(P(US|R), P(C|R))], and with
 * Russia and at least one of them by P(R) · [max(P(US|R), P(C|R)), min(1,
 * P(US|R) + P(C|R))] (Fréchet 1951; all on rounding intervals, under
 * {@link SAME_SAMPLE_ASSUMPTION}). Each operationalisation is held against
 * every reading of "largely"; a bound entirely below a reading is "not
 * supported by the memo's own numbers".
 *
 * @example multivectorClaimResult(evidence, recorder.claim("CX-08")).verdict // => "depends on the reading"
 */
export function multivectorClaimResult(evidence: MultivectorEvidence, claim: ClaimRecord): ClaimResult {
  const us = intervalScale(roundingInterval(evidence.usGivenRussia.value), 1 / 100);
  const china = intervalScale(roundingInterval(evidence.chinaGivenRussia.value), 1 / 100);
  const russia = intervalScale(evidence.russia.possible, 1 / 100);
  const both = { lower: Math.max(0, us.lower + china.lower - 1), upper: Math.min(us.upper, china.upper) };
  const either = { lower: Math.max(us.lower, china.lower), upper: Math.min(1, us.upper + china.upper) };
  const joint = (given: Interval): Interval => intervalScale(intervalProduct(russia, given), 100);
  const supports = [
    { name: "Russia and both the US and China", share: joint(both) },
    { name: "Russia and at least one of the US and China", share: joint(either) },
  ];
  const perReading = supports.flatMap((support) =>
    readingsOf(evidence.largely).map((r) => ({
      reading: `${support.name}, 'largely' ${r.reading}`,
      range: r.range,
      verdict: verdictWithoutSource(claim.evidence_needed, [checkWithinRange(support.share, r.range).outcome], "not supported by the memo's own numbers"),
    })),
  );
  return {
    id: "CX-08",
    computed: supports.map((s) => `favouring closer relations with ${s.name} ∈ ${range(s.share)}% of all`).join("; "),
    interval: range(supports[0].share),
    intervalKind: "bounds",
    verdict: verdictAcrossReadings(perReading),
    evidence: `memo Table 1 and ${figureLocation(evidence.usGivenRussia)} (published, rounded); CAB respondent-level data (licensed) not in the package`,
    detail:
      `${SAME_SAMPLE_ASSUMPTION} Fréchet bounds (the memo gives no joint distribution). Under each reading: ${describeReadingVerdicts(perReading)}. ` +
      "Support for a policy is read here as favouring closer economic relations with the countries named; the memo's own figures allow " +
      `at most ${roundTo(supports[0].share.upper, 1)}% of all respondents favouring them with all three.`,
  };
}
