import { escapeMarkdownCell } from "../display/escape-markdown";
import type { PointRangeChart } from "../display/point-range";
import { differenceOfIndependentEstimates } from "../survey";
import { TABLE1_CONCEPTS, WaveConcept } from "../waves/concepts";
import { crossTabShare, MULTIVECTOR_CROSS_TABS, positiveShare, ShareEstimate } from "./multivector-estimates";
import type { WaveSample } from "../waves/wave-sample";

/** A measure followed across waves: a name, the concepts it needs, and how to estimate it on one wave. */
export interface TrendMeasure {
  readonly name: string;
  /** A wave that does not ask one of these is left out of the measure. */
  readonly concepts: readonly WaveConcept[];
  readonly estimate: (sample: WaveSample) => ShareEstimate;
}

/** Table 1's items, as shares positive (very/strongly + somewhat), non-substantive answers in the base. */
export const TABLE1_TREND_MEASURES: readonly TrendMeasure[] = TABLE1_CONCEPTS.map((concept) => ({
  name: `${concept}: positive`,
  concepts: [concept],
  estimate: (sample: WaveSample) => positiveShare(sample, concept),
}));

/** The memo's four cross-tabulations (MV-01..MV-04). */
export const CROSS_TAB_TREND_MEASURES: readonly TrendMeasure[] = MULTIVECTOR_CROSS_TABS.map((crossTab) => ({
  name: `${crossTab.claimId}: ${crossTab.target} positive | ${crossTab.anchor} positive`,
  concepts: [crossTab.target, crossTab.anchor],
  estimate: (sample: WaveSample) => crossTabShare(sample, crossTab),
}));

/**
 * The waves left out of each measure because they do not ask a concept it
 * needs, one sentence per measure that leaves any out (empty when none).
 *
 * @example measuresLeavingOut(samples, TABLE1_TREND_MEASURES) // => ["eeu_benefit: positive: cab-2018 left out (does not ask eeu_benefit)"]
 */
export function measuresLeavingOut(samples: readonly WaveSample[], measures: readonly TrendMeasure[]): string[] {
  return measures.flatMap((measure) => {
    const out = samples.filter((sample) => !asksAll(sample, measure.concepts));
    if (out.length === 0) return [];
    return [`${measure.name}: ${out.map((sample) => `${sample.id} left out (does not ask ${measure.concepts.filter((c) => !sample.answers.has(c)).join(", ")})`).join("; ")}`];
  });
}

function asksAll(sample: WaveSample, concepts: readonly WaveConcept[]): boolean {
  return concepts.every((concept) => sample.answers.has(concept));
}

/** One measure on one wave, in percent. Plain data. */
export interface WaveEstimateRow {
  readonly measure: string;
  readonly wave: string;
  readonly synthetic: boolean;
  readonly percent: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

/**
 * Estimates each measure on each wave (in wave order) that asks the
 * concepts it needs (the others are left out: {@link measuresLeavingOut}
 * says which), in percent with the design-based logit 95% CI of
 * {@link positiveShare}.
 *
 * @example waveEstimates(samples, TABLE1_TREND_MEASURES).length // => 3 × number of waves
 */
export function waveEstimates(samples: readonly WaveSample[], measures: readonly TrendMeasure[]): WaveEstimateRow[] {
  return measures.flatMap((measure) =>
    samples.filter((sample) => asksAll(sample, measure.concepts)).map((sample) => {
      const share = measure.estimate(sample);
      return { measure: measure.name, wave: sample.id, synthetic: sample.synthetic, percent: 100 * share.estimate, se: 100 * share.se, lower: 100 * share.ci.lower, upper: 100 * share.ci.upper, n: share.n };
    }),
  );
}

/** A change between consecutive waves. Plain data, percentage points. */
export interface WaveDifferenceRow {
  readonly measure: string;
  readonly from: string;
  readonly to: string;
  readonly synthetic: boolean;
  readonly change: number;
  readonly se: number;
  readonly z: number;
  readonly pValue: number;
  /** Holm-adjusted p over all rows returned together. */
  readonly holmP: number;
  /** holmP < alpha. */
  readonly significant: boolean;
}

/**
 * Changes between consecutive waves of each measure: d = p̂_later − p̂_earlier,
 * SE = √(se₁² + se₂²) (independent samples; {@link differenceOfIndependentEstimates}),
 * z test; p-values adjusted by Holm's step-down method over all the
 * comparisons (Holm 1979, Scand. J. Statistics 6), flagged when the adjusted
 * p < alpha, so that many comparisons do not produce spurious flags.
 *
 * @example consecutiveWaveDifferences(waveEstimates(samples, TABLE1_TREND_MEASURES)).filter((d) => d.significant)
 */
export function consecutiveWaveDifferences(rows: readonly WaveEstimateRow[], alpha = 0.05): WaveDifferenceRow[] {
  const measures = [...new Set(rows.map((row) => row.measure))];
  const raw = measures.flatMap((measure) => {
    const series = rows.filter((row) => row.measure === measure);
    return series.slice(1).map((later, k) => {
      const earlier = series[k];
      const difference = differenceOfIndependentEstimates({ estimate: later.percent, se: later.se }, { estimate: earlier.percent, se: earlier.se });
      return { measure, from: earlier.wave, to: later.wave, synthetic: earlier.synthetic || later.synthetic, change: difference.estimate, se: difference.se, z: difference.statistic, pValue: difference.pValue };
    });
  });
  const holm = holmAdjust(raw.map((row) => row.pValue));
  return raw.map((row, i) => ({ ...row, holmP: holm[i], significant: holm[i] < alpha }));
}

/**
 * One paragraph in Markdown on the changes between consecutive waves: that
 * none is significant (Holm-adjusted p < 0.05) among how many comparisons,
 * noting that SYNTHETIC waves are calibrated to the same figures; or the
 * significant changes, measure and waves escaped, with their sign and size.
 *
 * @example describeWaveChanges(consecutiveWaveDifferences(rows), true) // => "No change between consecutive waves is significant (Holm-adjusted p < 0.05) among 21 comparisons. Expected for the SYNTHETIC waves: ..."
 */
export function describeWaveChanges(differences: readonly WaveDifferenceRow[], anySynthetic: boolean): string {
  const flagged = differences.filter((d) => d.significant);
  if (flagged.length === 0) {
    const expected = anySynthetic ? " Expected for the SYNTHETIC waves: each was calibrated to the same published figures." : "";
    return `No change between consecutive waves is significant (Holm-adjusted p < 0.05) among ${differences.length} comparisons.${expected}`;
  }
  const changes = flagged.map(
    (d) => `${escapeMarkdownCell(`${d.measure}, ${d.from} → ${d.to}`)}: ${d.change > 0 ? "+" : ""}${d.change.toFixed(1)} points${d.synthetic ? " (SYNTHETIC)" : ""}`,
  );
  return `**Significant changes** (Holm-adjusted p < 0.05): ${changes.join("; ")}.`;
}

/**
 * Holm step-down adjusted p-values: sort p ascending, p̃_(k) = max_{j≤k} min(1, (m − j + 1) p_(j)).
 *
 * @example holmAdjust([0.01, 0.04, 0.03]) // => [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * A point-range trend chart of {@link waveEstimates} rows: one series per
 * measure, one point per wave (percent, 95% CI); marked synthetic when any
 * wave is.
 *
 * @example showPointRange(trendChart("Table 1 items by wave", rows, "95% logit CI"))
 */
export function trendChart(title: string, rows: readonly WaveEstimateRow[], caption: string): PointRangeChart {
  const measures = [...new Set(rows.map((row) => row.measure))];
  return {
    title,
    caption,
    yTitle: "% of respondents (weighted)",
    synthetic: rows.some((row) => row.synthetic),
    series: measures.map((measure) => ({
      name: measure,
      points: rows.filter((row) => row.measure === measure).map((row) => ({ x: row.wave, estimate: row.percent, lower: row.lower, upper: row.upper, n: row.n })),
    })),
  };
}
