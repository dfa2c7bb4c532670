import { Interval, intervalGap, intervalsOverlap } from "./interval";
import { RoundedCheckOutcome, roundingInterval, roundTo } from "./rounding";

/** Result of {@link checkRoundedDerivation}: a published figure against a value derived from other published figures. */
export interface RoundedDerivationCheck {
  readonly reported: number;
  /** The derived value computed from the published (rounded) inputs as printed. */
  readonly computed: number;
  /** All values the derivation can take when each input ranges over its rounding interval. */
  readonly possible: Interval;
  /** Interval of true values behind the reported (rounded) figure. */
  readonly reportedInterval: Interval;
  readonly outcome: RoundedCheckOutcome;
  /** Distance between `possible` and `reportedInterval` (0 unless inconsistent). */
  readonly gap: number;
}

/**
 * GRIM-style check of a published figure r (rounded to `decimals`) that
 * should equal a value derived from other published figures (a ratio, a
 * rebased share, a difference): "exact" when the value computed from the
 * printed inputs rounds to r; "consistent within rounding" when it does not,
 * but [r − h, r + h] (h = ½·10^−decimals) meets the interval `possible` that
 * the derivation takes over the inputs' rounding intervals; "inconsistent"
 * otherwise. Reference: Brown & Heathers (2017), "The GRIM Test".
 *
 * @example
 * // a 2% share of all answers rebased on the 82% that could be coded: 2 / 0.82 = 2.44, printed as 3
 * checkRoundedDerivation(3, 2 / 0.82, intervalScale(intervalQuotient(interval(1.5, 2.5), interval(81.5, 82.5)), 100)).outcome
 * // => "consistent within rounding"  (possible [1.82, 3.07])
 */
export function checkRoundedDerivation(reported: number, computed: number, possible: Interval, decimals = 0): RoundedDerivationCheck {
  if (!Number.isFinite(computed)) throw new RangeError(`checkRoundedDerivation: computed value ${computed} is not finite`);
  if (computed < possible.lower - 1e-9 || computed > possible.upper + 1e-9) {
    throw new RangeError(`checkRoundedDerivation: computed value ${computed} lies outside its possible interval [${possible.lower}, ${possible.upper}]`);
  }
  const reportedInterval = roundingInterval(reported, decimals);
  const outcome: RoundedCheckOutcome =
    roundHalfUp(computed, decimals) === reported ? "exact" : intervalsOverlap(possible, reportedInterval) ? "consistent within rounding" : "inconsistent";
  return { reported, computed: roundTo(computed, decimals + 6), possible, reportedInterval, outcome, gap: intervalGap(possible, reportedInterval) };
}

/** Rounds half up to `decimals` after removing binary noise (2.5 → 3, 0.145 → 0.15 at 2 decimals). */
function roundHalfUp(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(roundTo(x * factor, 9)) / factor;
}

/**
 * The weakest of several rounded-check outcomes that must all hold for a
 * claim: "inconsistent" if any is, else "consistent within rounding" if any
 * is, else "exact".
 *
 * @example weakestRoundedOutcome(["exact", "consistent within rounding"]) // => "consistent within rounding"
 */
export function weakestRoundedOutcome(outcomes: readonly RoundedCheckOutcome[]): RoundedCheckOutcome {
  if (outcomes.length === 0) throw new RangeError("weakestRoundedOutcome: no outcomes");
  if (outcomes.includes("inconsistent")) return "inconsistent";
  return outcomes.includes("consistent within rounding") ? "consistent within rounding" : "exact";
}
