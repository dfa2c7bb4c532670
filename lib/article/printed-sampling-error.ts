import type { SamplingAssumptions } from "../claims/sampling-assumptions";
import { formatInterval, Interval } from "../rounding/interval";
import { roundingInterval } from "../rounding/rounding";
import { normalQuantile } from "../survey";

/**
 * Sampling error of the comparisons the memo draws between its printed,
 * rounded shares (issue 14, item 4). The memo states no sample size, design
 * or wave, so the standard error of a printed difference is bounded over a
 * documented range of assumptions (data/claims/sampling-assumptions.csv):
 * the number of respondents (per wave, or pooled over the waves of the
 * memo's period), the design effect, and, for shares of mentions, the number
 * of mentions per respondent; over the rounding interval of each printed
 * share too. A printed difference is then held against what sampling error
 * alone could produce at the 95% level.
 */

/** Whether a printed difference exceeds what sampling error alone could produce. */
export type SamplingErrorOutcome = "beyond sampling error" | "within sampling error" | "depends on the assumptions";

/** A sample scenario: how many units the printed shares rest on, and the design effect. */
export interface SampleScenario {
  /** e.g. "per wave", "pooled over 6 waves". */
  readonly name: string;
  /** Units (respondents, or mentions) behind the shares: the range the assumptions allow. */
  readonly n: Interval;
  readonly designEffect: Interval;
}

/** Result of {@link differenceSamplingError} or {@link aggregateSamplingError}. Percentage points. */
export interface SamplingErrorCheck {
  readonly scenario: SampleScenario;
  /** The printed difference's range over the rounding intervals. */
  readonly difference: Interval;
  /** Range of its standard error over the rounding box, n and the design effect. */
  readonly se: Interval;
  /** z_{0.975} · se: the largest difference sampling error alone produces at the 95% level. */
  readonly threshold: Interval;
  readonly outcome: SamplingErrorOutcome;
}

/** The quantile of the two-sided 95% level (normal: the design df is unknown for printed figures, and large for 1,500-interview CAB samples). */
export const SAMPLING_ERROR_QUANTILE = normalQuantile(0.975);

/**
 * The per-wave and pooled scenarios of a share of respondents: n = the
 * respondents of one wave, or of every wave the memo's period allows pooled
 * (the upper bound of `wavesPooled`), each with the design-effect range.
 *
 * @example respondentScenarios(loadSamplingAssumptions()).map((s) => s.n) // => [{ lower: 1500, upper: 1500 }, { lower: 9000, upper: 9000 }]
 */
export function respondentScenarios(assumptions: SamplingAssumptions): SampleScenario[] {
  const perWave = assumptions.respondentsPerWave;
  const waves = assumptions.wavesPooled.upper;
  return [
    { name: "per wave", n: perWave, designEffect: assumptions.designEffect },
    { name: `pooled over ${waves} waves`, n: { lower: perWave.lower * waves, upper: perWave.upper * waves }, designEffect: assumptions.designEffect },
  ];
}

/**
 * The per-wave and pooled scenarios of a share of mentions (Table 2): the
 * respondents who gave reasons (`base`, in percent of all respondents, e.g.
 * Table 1's favourable share on its rounding interval) times the mentions
 * each gave (documented range, up to two), times `share` (e.g. the
 * categorizable share of mentions, in percent; 100 for all mentions). The
 * fewest mentions also bound the effective number when two mentions of one
 * respondent are perfectly correlated (a cluster of two: deff 2 against two
 * independent mentions, the same variance as one mention each).
 *
 * @example mentionScenarios(assumptions, { lower: 86, upper: 88 }, { lower: 81.5, upper: 82.5 })[0].n // ≈ { lower: 1051, upper: 2178 }
 */
export function mentionScenarios(assumptions: SamplingAssumptions, base: Interval, share: Interval): SampleScenario[] {
  return respondentScenarios(assumptions).map((scenario) => ({
    name: scenario.name,
    n: {
      lower: (scenario.n.lower * base.lower * assumptions.mentionsPerRespondent.lower * share.lower) / 1e4,
      upper: (scenario.n.upper * base.upper * assumptions.mentionsPerRespondent.upper * share.upper) / 1e4,
    },
    designEffect: scenario.designEffect,
  }));
}

/**
 * Range of f(a, b) = a + b − (a − b)² over a box a ∈ A, b ∈ B (proportions):
 * n·Var(p̂_a − p̂_b)/deff for two shares of one multinomial item. f = s − d²
 * in s = a + b, d = a − b is concave, so its minimum is at a corner; its
 * maximum at a corner or where an edge's derivative vanishes (b = a + ½ on
 * a = const, a = b + ½ on b = const).
 */
function multinomialVarianceRange(a: Interval, b: Interval): Interval {
  const f = (x: number, y: number) => x + y - (x - y) ** 2;
  const points: [number, number][] = [
    [a.lower, b.lower],
    [a.lower, b.upper],
    [a.upper, b.lower],
    [a.upper, b.upper],
  ];
  for (const x of [a.lower, a.upper]) if (x + 0.5 >= b.lower && x + 0.5 <= b.upper) points.push([x, x + 0.5]);
  for (const y of [b.lower, b.upper]) if (y + 0.5 >= a.lower && y + 0.5 <= a.upper) points.push([y + 0.5, y]);
  const values = points.map(([x, y]) => f(x, y));
  return { lower: Math.max(0, Math.min(...values)), upper: Math.max(...values) };
}

/**
 * The outcome of a printed difference d ∈ D against the threshold range
 * [tL, tU]: "beyond sampling error" when min |d| > tU (for every rounding and
 * every assumption), "within sampling error" when max |d| ≤ tL, otherwise
 * "depends on the assumptions". A D that holds 0 is never beyond.
 *
 * @example samplingErrorOutcome({ lower: 8, upper: 10 }, { lower: 4.7, upper: 6.7 }) // => "beyond sampling error"
 * @example samplingErrorOutcome({ lower: -3, upper: -1 }, { lower: 4.3, upper: 6.1 }) // => "within sampling error"
 */
export function samplingErrorOutcome(difference: Interval, threshold: Interval): SamplingErrorOutcome {
  const minAbs = difference.lower <= 0 && difference.upper >= 0 ? 0 : Math.min(Math.abs(difference.lower), Math.abs(difference.upper));
  const maxAbs = Math.max(Math.abs(difference.lower), Math.abs(difference.upper));
  if (minAbs > threshold.upper) return "beyond sampling error";
  if (maxAbs <= threshold.lower) return "within sampling error";
  return "depends on the assumptions";
}

function check(scenario: SampleScenario, difference: Interval, variance: Interval): SamplingErrorCheck {
  if (!(scenario.n.lower > 0) || !(scenario.designEffect.lower > 0)) throw new RangeError("a sample scenario needs n > 0 and a design effect > 0");
  const se = {
    lower: 100 * Math.sqrt((variance.lower * scenario.designEffect.lower) / scenario.n.upper),
    upper: 100 * Math.sqrt((variance.upper * scenario.designEffect.upper) / scenario.n.lower),
  };
  const threshold = { lower: SAMPLING_ERROR_QUANTILE * se.lower, upper: SAMPLING_ERROR_QUANTILE * se.upper };
  return { scenario, difference, se, threshold, outcome: samplingErrorOutcome(difference, threshold) };
}

/** Two printed shares (whole percent) of the same item and base, compared as first − second. */
export interface PrintedPair {
  readonly first: number;
  readonly second: number;
}

/**
 * Whether the difference of two printed shares of one multinomial item (the
 * same respondents or mentions), first − second, exceeds what sampling error
 * alone could produce, in a scenario: Var(p̂₁ − p̂₂) = (p₁ + p₂ − (p₁ − p₂)²)/n · deff
 * (the multinomial covariance −p₁p₂/n included; Cochran 1977 §3.11; Kish
 * 1965 §8.2 for the design effect), its range over the rounding box of the
 * two shares, n and deff; threshold z_{0.975}·SE; outcome by
 * {@link samplingErrorOutcome}.
 *
 * @throws RangeError for a scenario with n ≤ 0 or a design effect ≤ 0
 * @example differenceSamplingError({ first: 48, second: 39 }, respondentScenarios(assumptions)[0]).outcome // => "beyond sampling error"
 */
export function differenceSamplingError(pair: PrintedPair, scenario: SampleScenario): SamplingErrorCheck {
  const a = roundingInterval(pair.first);
  const b = roundingInterval(pair.second);
  const difference = { lower: a.lower - b.upper, upper: a.upper - b.lower };
  const variance = multinomialVarianceRange({ lower: a.lower / 100, upper: a.upper / 100 }, { lower: b.lower / 100, upper: b.upper / 100 });
  return check(scenario, difference, variance);
}

/**
 * The same for a difference summed over several items answered by the same
 * respondents, Σ_j (first_j − second_j). The covariances between items are
 * not printed; they are taken as non-negative (respondents who choose the
 * strongest option on one item tend to choose it on the others), so the
 * variance of the sum lies between that under independence, Σ V_j, and that
 * under perfect correlation, (Σ √V_j)² (Minkowski's inequality), each V_j over
 * its own rounding box.
 *
 * @throws RangeError for no item, or a scenario with n ≤ 0
 * @example aggregateSamplingError([{ first: 48, second: 39 }, { first: 42, second: 46 }], scenario).difference // => { lower: 3, upper: 7 }
 */
export function aggregateSamplingError(pairs: readonly PrintedPair[], scenario: SampleScenario): SamplingErrorCheck {
  if (pairs.length === 0) throw new RangeError("aggregateSamplingError: no item");
  const parts = pairs.map((pair) => {
    const a = roundingInterval(pair.first);
    const b = roundingInterval(pair.second);
    return { difference: { lower: a.lower - b.upper, upper: a.upper - b.lower }, variance: multinomialVarianceRange({ lower: a.lower / 100, upper: a.upper / 100 }, { lower: b.lower / 100, upper: b.upper / 100 }) };
  });
  const difference = { lower: parts.reduce((s, p) => s + p.difference.lower, 0), upper: parts.reduce((s, p) => s + p.difference.upper, 0) };
  const variance = {
    lower: parts.reduce((s, p) => s + p.variance.lower, 0),
    upper: parts.reduce((s, p) => s + Math.sqrt(p.variance.upper), 0) ** 2,
  };
  return check(scenario, difference, variance);
}

/**
 * One line on a check: "per wave (n 1500, deff 1–2): difference [8, 10] points
 * against a 95% sampling threshold of [4.7, 6.7]: beyond sampling error".
 *
 * @example describeSamplingError(check) // => "per wave (n = 1500, design effect 1–2): …"
 */
export function describeSamplingError(c: SamplingErrorCheck): string {
  const n = c.scenario.n.lower === c.scenario.n.upper ? `${Math.round(c.scenario.n.lower)}` : `${Math.round(c.scenario.n.lower)}–${Math.round(c.scenario.n.upper)}`;
  return (
    `${c.scenario.name} (n = ${n}, design effect ${c.scenario.designEffect.lower}–${c.scenario.designEffect.upper}): ` +
    `difference ${formatInterval(c.difference, 1)} points, sampling error alone up to ${formatInterval(c.threshold, 1)} points (95%): ${c.outcome}`
  );
}
