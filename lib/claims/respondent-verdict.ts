/**
 * The respondent-level layer of a claim's judgement: what the survey waves
 * give for it, beside the verdict on the memo's printed figures. Its own
 * vocabulary of five verdicts (defined here and in data/claims/README.md) and
 * the rules that derive one from an estimate and its 95% confidence interval.
 */

/** The respondent-level verdict of a claim: one of {@link RESPONDENT_VERDICTS}. */
export type RespondentVerdict =
  | "reproduced"
  | "consistent within sampling error"
  | "not reproduced"
  | "demonstrated on SYNTHETIC data"
  | "no respondent-level data";

/** A respondent-level verdict and its one-line definition. */
export interface RespondentVerdictDefinition {
  readonly verdict: RespondentVerdict;
  readonly definition: string;
}

/**
 * The respondent-level vocabulary, from "confirmed" to "cannot be judged".
 * A figure: the printed figure r lies in the 95% interval when a value that
 * prints as r, [r − 0.5, r + 0.5], lies in it. A relation (a difference, a
 * correlation, a share against a quantifier's range): judged on the interval
 * of the quantity it is about.
 */
export const RESPONDENT_VERDICTS: readonly RespondentVerdictDefinition[] = [
  {
    verdict: "reproduced",
    definition:
      "On real waves the printed figure lies in the 95% confidence interval and the estimate rounds to it; for an asserted relation, the whole interval lies where the relation holds.",
  },
  {
    verdict: "consistent within sampling error",
    definition:
      "On real waves the printed figure lies in the 95% confidence interval but the estimate does not round to it; for a relation, the interval reaches both where it holds and where it fails.",
  },
  {
    verdict: "not reproduced",
    definition: "On real waves the printed figure lies outside the 95% confidence interval; for a relation, the whole interval lies where it fails.",
  },
  {
    verdict: "demonstrated on SYNTHETIC data",
    definition:
      "Only SYNTHETIC waves (calibrated to the memo's own figures) are listed: the estimate shows the method at work and never confirms or refutes the memo; the detail gives what the rule would say on real data.",
  },
  {
    verdict: "no respondent-level data",
    definition: "No wave of the manifest informs the claim (the waves do not ask what it needs, or it rests on another source); the detail says which.",
  },
];

/**
 * True when `value` is one of {@link RESPONDENT_VERDICTS}.
 *
 * @example isRespondentVerdict("not reproduced") // => true
 * @example isRespondentVerdict("needs respondent-level data") // => false
 */
export function isRespondentVerdict(value: string): value is RespondentVerdict {
  return RESPONDENT_VERDICTS.some((entry) => entry.verdict === value);
}

/** What a rule judges on real waves: the three verdicts data can give. */
export type RespondentOutcome = "reproduced" | "consistent within sampling error" | "not reproduced";

/** An estimate and its 95% confidence interval, all in one unit (percent, points, a correlation). */
export interface IntervalEstimate {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Outcome of a printed figure r (whole percent) against a design-based
 * estimate in percent with its 95% interval [L, U]: the printed figure lies
 * in the interval when [r − 0.5, r + 0.5] meets [L, U] (some value that prints
 * as r is inside it), and the estimate rounds to r when |estimate − r| ≤ 0.5.
 * Both → "reproduced"; in the interval only → "consistent within sampling
 * error"; outside → "not reproduced". An estimate that rounds to r is inside
 * the interval, so "reproduced" needs only the rounding.
 *
 * @example figureOutcome({ estimate: 86.8, lower: 85.1, upper: 88.3 }, 87) // => "reproduced"
 * @example figureOutcome({ estimate: 85.2, lower: 83.4, upper: 86.9 }, 87) // => "consistent within sampling error"
 * @example figureOutcome({ estimate: 84.0, lower: 82.1, upper: 85.8 }, 89) // => "not reproduced"
 */
export function figureOutcome(estimate: IntervalEstimate, printed: number): RespondentOutcome {
  checkIntervalEstimate(estimate);
  if (!Number.isFinite(printed)) throw new RangeError("figureOutcome: the printed figure must be finite");
  if (Math.abs(estimate.estimate - printed) <= 0.5) return "reproduced";
  return printed + 0.5 >= estimate.lower && printed - 0.5 <= estimate.upper ? "consistent within sampling error" : "not reproduced";
}

/**
 * Outcome of an asserted relation "quantity ≥ threshold" (or "> threshold",
 * the same on a continuous interval) judged on the quantity's 95% interval:
 * lower bound ≥ threshold → "reproduced" (holds beyond sampling error); upper
 * bound < threshold → "not reproduced" (contradicted); otherwise "consistent
 * within sampling error" (cannot be told apart). For "≤ threshold" pass
 * `direction` "at most".
 *
 * @example relationOutcome({ estimate: 0.09, lower: 0.06, upper: 0.12 }) // => "reproduced"
 * @example relationOutcome({ estimate: -0.04, lower: -0.07, upper: -0.01 }) // => "not reproduced"
 * @example relationOutcome({ estimate: 0.01, lower: -0.02, upper: 0.04 }) // => "consistent within sampling error"
 */
export function relationOutcome(estimate: IntervalEstimate, threshold = 0, direction: "at least" | "at most" = "at least"): RespondentOutcome {
  checkIntervalEstimate(estimate);
  const [lower, upper, bound] = direction === "at least" ? [estimate.lower, estimate.upper, threshold] : [-estimate.upper, -estimate.lower, -threshold];
  if (lower >= bound) return "reproduced";
  if (upper < bound) return "not reproduced";
  return "consistent within sampling error";
}

/**
 * Outcome of a share held against the range [a, b] a quantifier is read as
 * ("overwhelmingly" as [66.7, 100]), on its 95% interval: inside the range →
 * "reproduced"; no overlap → "not reproduced"; straddling a bound →
 * "consistent within sampling error".
 *
 * @example rangeOutcome({ estimate: 87, lower: 85, upper: 89 }, { lower: 66.7, upper: 100 }) // => "reproduced"
 * @example rangeOutcome({ estimate: 79, lower: 77, upper: 81 }, { lower: 80, upper: 100 }) // => "consistent within sampling error"
 */
export function rangeOutcome(estimate: IntervalEstimate, range: { readonly lower: number; readonly upper: number }): RespondentOutcome {
  checkIntervalEstimate(estimate);
  if (estimate.lower >= range.lower && estimate.upper <= range.upper) return "reproduced";
  if (estimate.upper < range.lower || estimate.lower > range.upper) return "not reproduced";
  return "consistent within sampling error";
}

const OUTCOME_ORDER: readonly RespondentOutcome[] = ["not reproduced", "consistent within sampling error", "reproduced"];

/**
 * The weakest of several outcomes ("not reproduced" < "consistent within
 * sampling error" < "reproduced"): the outcome of a claim made of several
 * figures or relations, each of which must hold. Throws on an empty list.
 *
 * @example weakestOutcome(["reproduced", "consistent within sampling error"]) // => "consistent within sampling error"
 */
export function weakestOutcome(outcomes: readonly RespondentOutcome[]): RespondentOutcome {
  if (outcomes.length === 0) throw new RangeError("weakestOutcome: no outcome");
  return OUTCOME_ORDER[Math.min(...outcomes.map((o) => OUTCOME_ORDER.indexOf(o)))];
}

/**
 * The respondent-level verdict of an outcome computed on the evidence waves:
 * on SYNTHETIC waves always "demonstrated on SYNTHETIC data" (the outcome is
 * reported in the detail only), on real waves the outcome itself.
 *
 * @example respondentVerdict("reproduced", true) // => "demonstrated on SYNTHETIC data"
 * @example respondentVerdict("not reproduced", false) // => "not reproduced"
 */
export function respondentVerdict(outcome: RespondentOutcome, synthetic: boolean): RespondentVerdict {
  if (!OUTCOME_ORDER.includes(outcome)) throw new RangeError(`respondentVerdict: unknown outcome ${JSON.stringify(outcome)}`);
  return synthetic ? "demonstrated on SYNTHETIC data" : outcome;
}

function checkIntervalEstimate(e: IntervalEstimate): void {
  if (![e.estimate, e.lower, e.upper].every(Number.isFinite)) throw new RangeError("an interval estimate must have a finite estimate and bounds");
  if (!(e.lower <= e.estimate && e.estimate <= e.upper)) throw new RangeError(`an interval estimate needs lower ≤ estimate ≤ upper (got ${e.lower}, ${e.estimate}, ${e.upper})`);
}
