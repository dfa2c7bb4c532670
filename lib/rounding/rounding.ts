import { Interval, intervalGap, intervalsOverlap, intervalSum } from "./interval";

/**
 * The interval of true values that round to a published figure: a figure
 * shown with `decimals` decimals stands for [v − h, v + h] with h = ½·10^−decimals
 * (round-half-up or half-even alike; the closed interval covers both).
 *
 * Reference: Brown & Heathers (2017), "The GRIM Test", Social Psychological
 * and Personality Science 8(4); the same idea applied to percentages.
 *
 * @example roundingInterval(39) // => { lower: 38.5, upper: 39.5 }
 */
export function roundingInterval(published: number, decimals = 0): Interval {
  if (!Number.isFinite(published)) throw new RangeError(`roundingInterval: ${published} is not finite`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`roundingInterval: bad decimals ${decimals}`);
  const half = 0.5 * 10 ** -decimals;
  return { lower: published - half, upper: published + half };
}

/** How a published figure relates to the figures it should be computed from. */
export type RoundedCheckOutcome =
  /** The published figure equals the value computed from the published components. */
  | "exact"
  /** It differs, but some true values behind the rounded components give it. */
  | "consistent within rounding"
  /** No true values behind the rounded components can give it. */
  | "inconsistent";

/** Result of {@link checkRoundedSum}: every number a reviewer needs to judge it. */
export interface RoundedSumCheck {
  readonly reported: number;
  readonly components: readonly number[];
  /** Sum of the published (rounded) components. */
  readonly computed: number;
  /** Interval of the true sum given the rounding of each component. */
  readonly possible: Interval;
  /** Interval of true values behind the reported (rounded) figure. */
  readonly reportedInterval: Interval;
  readonly outcome: RoundedCheckOutcome;
  /** Distance between the two intervals (0 unless inconsistent). */
  readonly gap: number;
}

/**
 * Checks a published total against its published components, each rounded to
 * `decimals`: with components c_i and reported r, computed = Σ c_i,
 * possible = [Σ c_i − k·h, Σ c_i + k·h] (k components, h = ½·10^−decimals);
 * the outcome is "exact" when r = Σ c_i, "consistent within rounding" when
 * [r − h, r + h] meets the possible interval, "inconsistent" otherwise.
 *
 * @example
 * checkRoundedSum(87, [39, 48]).outcome // => "exact"
 * checkRoundedSum(89, [39, 48]).outcome // => "inconsistent" (possible [86, 88], gap 0.5)
 */
export function checkRoundedSum(reported: number, components: readonly number[], decimals = 0): RoundedSumCheck {
  if (components.length === 0) throw new RangeError("checkRoundedSum: no components");
  const computed = roundTo(components.reduce((sum, c) => sum + c, 0), decimals + 6);
  const possible = intervalSum(components.map((c) => roundingInterval(c, decimals)));
  const reportedInterval = roundingInterval(reported, decimals);
  const outcome: RoundedCheckOutcome =
    computed === reported ? "exact" : intervalsOverlap(possible, reportedInterval) ? "consistent within rounding" : "inconsistent";
  return { reported, components: [...components], computed, possible, reportedInterval, outcome, gap: intervalGap(possible, reportedInterval) };
}

/**
 * Rounds x to `decimals` decimals (half away from zero for positive x, as
 * Math.round), removing binary noise such as 0.1 + 0.2.
 *
 * @example roundTo(0.1 + 0.2, 6) // => 0.3
 * @example roundTo(2 / 0.82, 2) // => 2.44
 */
export function roundTo(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(x * factor) / factor;
}
