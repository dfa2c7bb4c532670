/** A closed interval [lower, upper] of real numbers. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Builds an interval, refusing lower > upper or non-finite bounds.
 *
 * @example interval(1, 2) // => { lower: 1, upper: 2 }
 */
export function interval(lower: number, upper: number): Interval {
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || lower > upper) {
    throw new RangeError(`interval: invalid bounds [${lower}, ${upper}]`);
  }
  return { lower, upper };
}

/**
 * Sum of intervals: [Σ lower, Σ upper] (interval arithmetic; Moore, Kearfott
 * and Cloud 2009, "Introduction to Interval Analysis", ch. 2).
 *
 * @example intervalSum([interval(38.5, 39.5), interval(47.5, 48.5)]) // => { lower: 86, upper: 88 }
 */
export function intervalSum(intervals: readonly Interval[]): Interval {
  let lower = 0;
  let upper = 0;
  for (const part of intervals) {
    lower += part.lower;
    upper += part.upper;
  }
  return { lower, upper };
}

/**
 * Difference a − b: [a.lower − b.upper, a.upper − b.lower].
 *
 * @example intervalDifference(interval(47.5, 48.5), interval(38.5, 39.5)) // => { lower: 8, upper: 10 }
 */
export function intervalDifference(a: Interval, b: Interval): Interval {
  return { lower: a.lower - b.upper, upper: a.upper - b.lower };
}

/**
 * Quotient a / b of intervals of positive numbers: [a.lower / b.upper, a.upper / b.lower].
 * Throws unless both intervals lie in [0, ∞) and b excludes 0.
 *
 * @example intervalQuotient(interval(46.5, 47.5), interval(81.5, 82.5)) // ≈ { lower: 0.5636, upper: 0.5828 }
 */
export function intervalQuotient(a: Interval, b: Interval): Interval {
  if (a.lower < 0 || b.lower <= 0) throw new RangeError("intervalQuotient: needs a ≥ 0 and b > 0");
  return { lower: a.lower / b.upper, upper: a.upper / b.lower };
}

/**
 * Scales an interval by a non-negative constant: [k·lower, k·upper].
 *
 * @example intervalScale(interval(0.5, 0.6), 100) // => { lower: 50, upper: 60 }
 */
export function intervalScale(a: Interval, factor: number): Interval {
  if (!(factor >= 0)) throw new RangeError("intervalScale: factor must be ≥ 0");
  return { lower: a.lower * factor, upper: a.upper * factor };
}

/**
 * True when the two closed intervals share at least one point.
 *
 * @example intervalsOverlap(interval(86, 88), interval(88, 89)) // => true
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.lower <= b.upper && b.lower <= a.upper;
}

/**
 * Distance between two intervals: 0 when they overlap, otherwise the gap between them.
 *
 * @example intervalGap(interval(86, 88), interval(88.5, 89.5)) // => 0.5
 */
export function intervalGap(a: Interval, b: Interval): number {
  return Math.max(0, a.lower - b.upper, b.lower - a.upper);
}

/**
 * Formats an interval as "[86, 88]" with at most `digits` decimals (trailing zeros dropped).
 *
 * @example formatInterval(interval(1.8182, 3.0675)) // => "[1.82, 3.07]"
 */
export function formatInterval(a: Interval, digits = 2): string {
  const format = (x: number): string => String(Number(x.toFixed(digits)));
  return `[${format(a.lower)}, ${format(a.upper)}]`;
}
