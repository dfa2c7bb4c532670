import type { ClaimResult } from "../claims/claim-result";
import type { ClaimRecord } from "../claims/claims-registry";
import { verdictWithoutSource } from "../claims/verdict-rules";
import { formatInterval, Interval } from "../rounding/interval";
import { IntervalComparison, RangeCheck } from "../rounding/interval-comparison";
import { RoundedSumCheck, roundingInterval, roundTo } from "../rounding/rounding";
import { HeadlineFigure } from "./headline-figures";
import { StudyDesignFact } from "./study-design";
import { figureLocation, TextFigure } from "./text-figure-lookup";

/**
 * The context of the memo (notebook 05): the Gallup figure it cites
 * (CX-01, CX-02), opinions of China (CX-03) and the stated period of the CAB
 * surveys (SD-01). None of their sources is in the package, so each verdict
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
 * CX-02 (the opposite preference, which must fit within 100% with it).
 *
 * @example gallupClaimResults(gallup, recorder.claims).map((r) => r.verdict) // => ["not checkable (source not public)", "not checkable (source not public)"]
 */
export function gallupClaimResults(gallup: GallupChecks, claims: readonly ClaimRecord[]): ClaimResult[] {
  const { russiaFirst, usFirst, year, pairSum, pairFits, neither, overwhelming, overwhelmingCheck } = gallup;
  const first = range(roundingInterval(russiaFirst.value));
  const entries = [
    {
      id: "CX-01",
      computed: `${russiaFirst.value}% (Gallup ${year}) ∈ ${first}; "overwhelmingly" read as ${range(overwhelming)}`,
      interval: first,
      checks: [overwhelmingCheck.outcome],
      detail:
        'The figure is cited from Gallup surveys "cited elsewhere", without a reference; it is not in the package and cannot be checked here. ' +
        `Calling ${russiaFirst.value}% an overwhelming majority is consistent with the ledger's reading (which takes this usage as its anchor).`,
    },
    {
      id: "CX-02",
      computed: `${russiaFirst.value} + ${usFirst.value} = ${pairSum.computed}% ∈ ${range(pairSum.possible)}; neither preference ${range(neither)}%`,
      interval: range(pairSum.possible),
      checks: [pairFits.outcome],
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
      verdict: verdictWithoutSource(claim.evidence_needed, c.checks),
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
 * Result of CX-03, "much more Sinophobic than the government": the memo's
 * figures give only a lower bound on the share favourable to China; the
 * claim needs the CAB items on China.
 *
 * @example chinaClaimResult(bound, recorder.claim("CX-03")).verdict // => "needs respondent-level data"
 */
export function chinaClaimResult(bound: ChinaBound, claim: ClaimRecord): ClaimResult {
  const { russiaFavourable, chinaGivenRussia, jointChina } = bound;
  return {
    id: "CX-03",
    computed:
      `favourable to both Russia and China: ${range(russiaFavourable.possible)}% × ${range(roundingInterval(chinaGivenRussia.value))}% ` +
      `∈ ${range(jointChina)}% of all respondents`,
    interval: range(jointChina),
    verdict: verdictWithoutSource(claim.evidence_needed),
    evidence: `memo Table 1 and ${figureLocation(chinaGivenRussia)} (published, rounded); CAB opinions of China (licensed) not in the package`,
    detail:
      `By the memo's own figures at least ${roundTo(jointChina.lower, 1)}% of respondents are favourable to China (those also favourable to Russia alone), ` +
      'a majority; "much more Sinophobic than the government" is therefore a statement about the government\'s stance and about intensity, ' +
      "which the memo does not quantify. Checking it needs the CAB items on China.",
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
