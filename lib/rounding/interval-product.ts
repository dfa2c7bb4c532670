import { Interval } from "./interval";

/**
 * Product a · b of intervals of non-negative numbers: [a.lower · b.lower,
 * a.upper · b.upper] (interval arithmetic; Moore, Kearfott and Cloud 2009,
 * "Introduction to Interval Analysis", §2.3). Used for joint shares:
 * P(A and B) = P(A) · P(B | A), both known only as rounding intervals.
 * Throws unless both intervals lie in [0, ∞).
 *
 * @example
 * // 87% (rounded) have trait A and 71% (rounded) of them trait B: joint share of all respondents
 * intervalProduct(interval(0.86, 0.88), interval(0.705, 0.715)) // ≈ { lower: 0.6063, upper: 0.6292 }
 */
export function intervalProduct(a: Interval, b: Interval): Interval {
  if (a.lower < 0 || b.lower < 0) throw new RangeError("intervalProduct: needs non-negative intervals");
  return { lower: a.lower * b.lower, upper: a.upper * b.upper };
}
