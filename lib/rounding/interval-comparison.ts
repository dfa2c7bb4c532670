import { Interval, intervalGap } from "./interval";

/** An order relation asserted between two figures (e.g. "at least as common as" is ">="). */
export type Relation = ">=" | ">" | "<=" | "<";

/**
 * How an asserted relation fares when each side is only known to lie in an
 * interval (e.g. the rounding interval of a published percentage):
 * - "certain": it holds for every pair of true values in the intervals;
 * - "possible only within rounding": it holds for some pairs and fails for others;
 * - "impossible": it fails for every pair.
 */
export type ComparisonOutcome = "certain" | "possible only within rounding" | "impossible";

/** Result of {@link compareIntervals}: the outcome and the numbers behind it. */
export interface IntervalComparison {
  readonly left: Interval;
  readonly relation: Relation;
  readonly right: Interval;
  readonly outcome: ComparisonOutcome;
  /** Range of left − right over all true values: [left.lower − right.upper, left.upper − right.lower]. */
  readonly difference: Interval;
}

/**
 * Judges "left RELATION right" on intervals (interval order; Moore, Kearfott
 * and Cloud 2009, "Introduction to Interval Analysis", §2.2). With
 * d = left − right ∈ [dL, dU]:
 * - ">=": certain if dL ≥ 0, impossible if dU < 0;
 * - ">":  certain if dL > 0, impossible if dU ≤ 0;
 * - "<=" and "<" mirror them;
 * otherwise the outcome is "possible only within rounding".
 *
 * @example
 * compareIntervals(roundingInterval(48), ">=", roundingInterval(39)).outcome // => "certain"
 * compareIntervals(roundingInterval(42), ">=", roundingInterval(46)).outcome // => "impossible"
 * compareIntervals(roundingInterval(9), ">=", roundingInterval(9)).outcome   // => "possible only within rounding"
 */
export function compareIntervals(left: Interval, relation: Relation, right: Interval): IntervalComparison {
  const difference = { lower: left.lower - right.upper, upper: left.upper - right.lower };
  const holdsFor = (d: number): boolean => {
    switch (relation) {
      case ">=":
        return d >= 0;
      case ">":
        return d > 0;
      case "<=":
        return d <= 0;
      case "<":
        return d < 0;
      default:
        throw new RangeError(`compareIntervals: unknown relation ${JSON.stringify(relation)}`);
    }
  };
  // The relation is monotone in d, so it holds everywhere iff it holds at both ends.
  const atLower = holdsFor(difference.lower);
  const atUpper = holdsFor(difference.upper);
  const outcome: ComparisonOutcome = atLower && atUpper ? "certain" : atLower || atUpper ? "possible only within rounding" : "impossible";
  return { left, relation, right, outcome, difference };
}

/** Result of {@link checkWithinRange}. */
export interface RangeCheck {
  readonly value: Interval;
  readonly range: Interval;
  readonly outcome: ComparisonOutcome;
  /** Distance from the value's interval to the range (0 unless impossible). */
  readonly gap: number;
}

/**
 * Judges "value lies in range" when the value is only known to lie in an
 * interval: "certain" if value ⊆ range, "impossible" if they are disjoint,
 * "possible only within rounding" if they merely overlap. Used to hold a
 * figure against the range a vague quantifier allows ("overwhelmingly" ≥ 66.7%).
 *
 * @example
 * checkWithinRange(interval(86, 88), interval(66.7, 100)).outcome // => "certain"
 * checkWithinRange(interval(60, 70), interval(66.7, 100)).outcome // => "possible only within rounding"
 * checkWithinRange(interval(40, 45), interval(50, 100)).outcome   // => "impossible"
 */
export function checkWithinRange(value: Interval, range: Interval): RangeCheck {
  const inside = value.lower >= range.lower && value.upper <= range.upper;
  const gap = intervalGap(value, range);
  const disjoint = value.upper < range.lower || value.lower > range.upper;
  const outcome: ComparisonOutcome = inside ? "certain" : disjoint ? "impossible" : "possible only within rounding";
  return { value, range, outcome, gap };
}

/**
 * The weakest of several outcomes that must all hold for a claim:
 * "impossible" if any is, else "possible only within rounding" if any is,
 * else "certain".
 *
 * @example weakestComparison(["certain", "possible only within rounding"]) // => "possible only within rounding"
 */
export function weakestComparison(outcomes: readonly ComparisonOutcome[]): ComparisonOutcome {
  if (outcomes.length === 0) throw new RangeError("weakestComparison: no outcomes");
  if (outcomes.includes("impossible")) return "impossible";
  return outcomes.includes("possible only within rounding") ? "possible only within rounding" : "certain";
}

/**
 * Plain words for an outcome when the intervals are readings of vague
 * quantifiers rather than rounding intervals: "always holds", "can hold",
 * "cannot hold".
 *
 * @example describeFeasibility("possible only within rounding") // => "can hold"
 */
export function describeFeasibility(outcome: ComparisonOutcome): string {
  switch (outcome) {
    case "certain":
      return "always holds";
    case "possible only within rounding":
      return "can hold";
    case "impossible":
      return "cannot hold";
    default:
      throw new RangeError(`describeFeasibility: unknown outcome ${JSON.stringify(outcome)}`);
  }
}
