import { Interval } from "./interval";

/**
 * Interval of the share part / (part + other) when part and other are only
 * known to lie in intervals of non-negative numbers. The share rises with
 * `part` and falls with `other`, so its exact range is
 * [pL / (pL + oU), pU / (pU + oL)]; this is tighter than the naive quotient
 * of intervals, which would count `part` twice (the dependency problem of
 * interval arithmetic; Moore, Kearfott and Cloud 2009, §2.4).
 * Throws unless both intervals are non-negative and the sum can never be 0.
 *
 * @example
 * // categories A (11%) and B (7%) of all answers, both rounded: share of A among A and B
 * intervalShareOfSum(interval(10.5, 11.5), interval(6.5, 7.5)) // ≈ { lower: 0.5833, upper: 0.6389 }
 */
export function intervalShareOfSum(part: Interval, other: Interval): Interval {
  if (part.lower < 0 || other.lower < 0) throw new RangeError("intervalShareOfSum: needs non-negative intervals");
  if (part.lower + other.lower <= 0) throw new RangeError("intervalShareOfSum: the sum can be 0");
  return { lower: part.lower / (part.lower + other.upper), upper: part.upper / (part.upper + other.lower) };
}
