import { escapeMarkdownCell } from "../display/escape-markdown";
import type { PointRangeChart } from "../display/point-range";
import { surveyChiSquareTest, surveyTTest } from "../survey";
import { TABLE1_CONCEPTS, WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { poolWaves, waveSample, WaveSample } from "../waves/wave-sample";
import { waveMembership } from "./association-models";
import { asksConcepts, waveSeries } from "./evidence-waves";
import type { Estimate } from "./estimates-file";
import { answersOf, CrossTab, crossTabShare, MULTIVECTOR_CROSS_TABS, positiveOn, positiveShare, positiveShareEstimate, ShareEstimate } from "./multivector-estimates";

/** Plain-language names of the items, for series names and tables. */
export const POSITIVE_PHRASES: Readonly<Record<string, string>> = {
  russia_opinion: "Favourable opinion of Russia",
  us_opinion: "Favourable opinion of the US",
  china_opinion: "Favourable opinion of China",
  russia_economic_relations: "Support closer economic relations with Russia",
  us_economic_relations: "Support closer economic relations with the US",
  china_economic_relations: "Support closer economic relations with China",
  eeu_benefit: "Agree that joining the EEU benefitted the economy",
  leadership_opinion: "Favourable opinion of the country's leadership",
};

/** A measure followed across waves: a share positive on an item, possibly among those positive on another. */
export interface TrendMeasure {
  /** Human-readable series name, e.g. "Favourable opinion of Russia". */
  readonly name: string;
  readonly claimIds: readonly string[];
  readonly concept: WaveConcept;
  /** The anchor item of a conditional share, whose positive answers are the domain. */
  readonly anchor?: WaveConcept;
  readonly estimate: (sample: WaveSample) => ShareEstimate;
}

/** Table 1's items, as shares positive (the two positive options), non-substantive answers in the base. */
export const TABLE1_TREND_MEASURES: readonly TrendMeasure[] = TABLE1_CONCEPTS.map((concept) => ({
  name: POSITIVE_PHRASES[concept],
  claimIds: [],
  concept,
  estimate: (sample: WaveSample) => positiveShare(sample, concept),
}));

/** The memo's four cross-tabulations (MV-01..MV-04): the share positive on the target among those positive on the Russia item. */
export const CROSS_TAB_TREND_MEASURES: readonly TrendMeasure[] = MULTIVECTOR_CROSS_TABS.map((crossTab: CrossTab) => ({
  name: `${crossTab.claimId} · ${POSITIVE_PHRASES[crossTab.target]}, of those positive on ${crossTab.anchor === "russia_opinion" ? "the opinion of Russia" : "closer relations with Russia"}`,
  claimIds: [crossTab.claimId],
  concept: crossTab.target,
  anchor: crossTab.anchor,
  estimate: (sample: WaveSample) => crossTabShare(sample, crossTab),
}));

/** The series of waves a trend is drawn and tested on, and the SYNTHETIC series kept apart. */
export interface TrendWaves {
  /** The real waves when the manifest lists any, else the SYNTHETIC ones: the series the trends and tests use. */
  readonly trend: readonly WaveData[];
  /** True when `trend` is the SYNTHETIC series. */
  readonly synthetic: boolean;
  /** The SYNTHETIC waves when real ones are listed: shown apart and labelled, never tested against the real ones. */
  readonly apart: readonly WaveData[];
}

/**
 * Splits the listed waves for trends (issue 13, item 6): as soon as a real
 * wave is listed, trends and tests use the real waves only, and the
 * SYNTHETIC series is shown apart; with no real wave, the SYNTHETIC series is
 * the (labelled) trend.
 *
 * @example trendWaves(collection.waves).apart.length // => 3 once a real wave is added
 */
export function trendWaves(waves: readonly WaveData[]): TrendWaves {
  const { real, synthetic } = waveSeries(waves);
  return real.length > 0 ? { trend: real, synthetic: false, apart: synthetic } : { trend: synthetic, synthetic: true, apart: [] };
}

/** One measure on one wave, in percent. Plain data. */
export interface WaveEstimateRow {
  readonly measure: string;
  readonly wave: string;
  readonly synthetic: boolean;
  readonly percent: number;
  /** Standard error, percentage points. */
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
  readonly df: number;
  readonly deff: number | null;
  /** The row of output/estimates.csv. */
  readonly row: Estimate;
}

/**
 * Estimates each measure on each wave that asks it (in wave order), in
 * percent with the design-based logit 95% CI of {@link positiveShare}; a wave
 * that does not ask an item (or its anchor) is left out of that measure's series.
 *
 * @example waveEstimates(waves, TABLE1_TREND_MEASURES).length // => 3 × number of waves
 */
export function waveEstimates(waves: readonly WaveData[], measures: readonly TrendMeasure[]): WaveEstimateRow[] {
  return measures.flatMap((measure) =>
    waves
      .filter((wave) => asksConcepts(wave, measureConcepts(measure)))
      .map((wave) => {
        const sample = waveSample(wave);
        const share = measure.estimate(sample);
        const domain = measure.anchor === undefined ? "" : `${measure.anchor}=positive`;
        const row = positiveShareEstimate(sample, share, { claimIds: measure.claimIds, concept: measure.concept, domain, base: "all" });
        return { measure: measure.name, wave: sample.id, synthetic: sample.synthetic, percent: 100 * share.estimate, se: 100 * share.se, lower: 100 * share.ci.lower, upper: 100 * share.ci.upper, n: share.n, df: share.df, deff: share.deff, row };
      }),
  );
}

function measureConcepts(measure: TrendMeasure): WaveConcept[] {
  return measure.anchor === undefined ? [measure.concept] : [measure.concept, measure.anchor];
}

/** A change between consecutive waves of one series. Plain data, percentage points. */
export interface WaveDifferenceRow {
  readonly measure: string;
  readonly from: string;
  readonly to: string;
  readonly synthetic: boolean;
  readonly change: number;
  readonly se: number;
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  /** Holm-adjusted p over all rows returned together. */
  readonly holmP: number;
  /** holmP < alpha. */
  readonly significant: boolean;
  /** The row of output/estimates.csv (measure "positive_later_minus_earlier", waves "earlier;later"). */
  readonly row: Estimate;
}

/** Name of a change between two waves in output/estimates.csv. */
export const WAVE_CHANGE = "positive_later_minus_earlier";

/**
 * Changes between consecutive waves of one series (all real, or all
 * SYNTHETIC: a RangeError otherwise; a synthetic wave is never tested
 * against a real one): for each measure and each pair of consecutive waves
 * asking it, d = p̂_later − p̂_earlier by the design-based two-sample t test
 * on the two waves pooled, each with its own strata and PSUs
 * ({@link surveyTTest}, R `svyttest(y ~ wave, subset(pooled, …))`: SE² =
 * SE₁² + SE₂², t on the pooled design's df − 1); p-values adjusted by
 * Holm's step-down method over all the comparisons (Holm 1979, Scand. J.
 * Statistics 6), flagged when the adjusted p < alpha.
 *
 * @example consecutiveWaveDifferences(trendWaves(collection.waves).trend, TABLE1_TREND_MEASURES).filter((d) => d.significant)
 */
export function consecutiveWaveDifferences(series: readonly WaveData[], measures: readonly TrendMeasure[], alpha = 0.05): WaveDifferenceRow[] {
  if (new Set(series.map((wave) => wave.entry.synthetic)).size > 1) throw new RangeError("consecutiveWaveDifferences: the series mixes SYNTHETIC and real waves; a synthetic wave is never tested against a real one");
  const raw = measures.flatMap((measure) => {
    const asking = series.filter((wave) => asksConcepts(wave, measureConcepts(measure)));
    return asking.slice(1).map((later, k) => waveChange(measure, asking[k], later));
  });
  const holm = holmAdjust(raw.map((row) => row.pValue));
  return raw.map((row, i) => ({ ...row, holmP: holm[i], significant: holm[i] < alpha }));
}

function waveChange(measure: TrendMeasure, earlier: WaveData, later: WaveData): Omit<WaveDifferenceRow, "holmP" | "significant"> {
  const pooled = poolWaves([earlier, later]);
  const positions = answersOf(pooled, measure.concept);
  const positive = Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p > 0 ? 1 : 0));
  const group = Float64Array.from({ length: pooled.respondents }, (_, i) => (i < earlier.respondentIds.length ? 0 : 1));
  const test = surveyTTest(pooled.design, positive, {
    group,
    groups: [1, 0],
    groupName: "wave",
    domain: measure.anchor === undefined ? undefined : positiveOn(pooled, measure.anchor),
    domainName: measure.anchor === undefined ? undefined : `${measure.anchor} positive`,
  });
  const synthetic = earlier.entry.synthetic;
  return {
    measure: measure.name,
    from: earlier.entry.waveId,
    to: later.entry.waveId,
    synthetic,
    change: 100 * test.estimate,
    se: 100 * test.se,
    t: test.statistic,
    df: test.df,
    pValue: test.pValue,
    row: {
      claimIds: measure.claimIds,
      waves: [earlier.entry.waveId, later.entry.waveId],
      synthetic,
      concept: measure.concept,
      measure: WAVE_CHANGE,
      domain: measure.anchor === undefined ? "" : `${measure.anchor}=positive`,
      base: "all",
      estimate: test.estimate,
      se: test.se,
      ciLow: test.ci.lower,
      ciHigh: test.ci.upper,
      df: test.df,
      n: test.first.n + test.second.n,
      deff: null,
    },
  };
}

/** A change between two waves of one series: consecutive, or the first against the last. */
export interface WaveComparisonRow extends WaveDifferenceRow {
  readonly comparison: "consecutive" | "first to last";
}

/**
 * Every change a trend table tests: for each measure, each pair of
 * consecutive waves asking it and, with three waves or more, the first
 * against the last (with two, that is the consecutive pair); each by the
 * design-based two-sample t test on the two waves pooled, each with its own
 * strata and PSUs (as {@link consecutiveWaveDifferences}); Holm's adjustment
 * over all of them together. Throws a RangeError for a series that mixes
 * SYNTHETIC and real waves.
 *
 * @example waveComparisons(series, TABLE1_TREND_MEASURES).filter((d) => d.comparison === "first to last").length // => 3 with three waves
 */
export function waveComparisons(series: readonly WaveData[], measures: readonly TrendMeasure[], alpha = 0.05): WaveComparisonRow[] {
  if (new Set(series.map((wave) => wave.entry.synthetic)).size > 1) throw new RangeError("waveComparisons: the series mixes SYNTHETIC and real waves; a synthetic wave is never tested against a real one");
  const raw = measures.flatMap((measure) => {
    const asking = series.filter((wave) => asksConcepts(wave, measureConcepts(measure)));
    const consecutive = asking.slice(1).map((later, k) => ({ ...waveChange(measure, asking[k], later), comparison: "consecutive" as const }));
    const firstToLast = asking.length >= 3 ? [{ ...waveChange(measure, asking[0], asking[asking.length - 1]), comparison: "first to last" as const }] : [];
    return [...consecutive, ...firstToLast];
  });
  const holm = holmAdjust(raw.map((row) => row.pValue));
  return raw.map((row, i) => ({ ...row, holmP: holm[i], significant: holm[i] < alpha }));
}

/** The Rao–Scott test of one measure's whole distribution across every wave of a series. Plain data. */
export interface DistributionTestRow {
  readonly measure: string;
  /** The item whose answers are compared (all five: both positive, both negative, "do not know"/refused). */
  readonly concept: WaveConcept;
  /** The anchor positive of a cross-tabulation, "" for all respondents. */
  readonly domain: string;
  readonly waves: readonly string[];
  readonly synthetic: boolean;
  /** Second-order Rao–Scott F (R `svychisq`, statistic "F") on (ndf, ddf). */
  readonly f: number;
  readonly ndf: number;
  readonly ddf: number;
  readonly pValue: number;
  /** Holm-adjusted p over every test returned together. */
  readonly holmP: number;
  readonly significant: boolean;
  /** Mean generalized design effect δ̄. */
  readonly meanDesignEffect: number;
  readonly n: number;
}

/**
 * For each measure, the design-based test that its item's whole distribution
 * (the four answers and "do not know"/refused) is the same in every wave of
 * the series that asks it: the waves pooled, each keeping its own strata and
 * PSUs (independent samples), and the Rao–Scott second-order F test of wave ×
 * answer, R's `svychisq(~wave + item, pooled)` (for a cross-tabulation, in the
 * domain of those positive on its anchor: `subset(pooled, anchor positive)`);
 * Holm-adjusted over the measures. A measure asked by fewer than two waves is
 * left out. Throws a RangeError for a series that mixes SYNTHETIC and real waves.
 *
 * @example distributionTests(series, TABLE1_TREND_MEASURES)[0].f
 */
export function distributionTests(series: readonly WaveData[], measures: readonly TrendMeasure[], alpha = 0.05): DistributionTestRow[] {
  if (new Set(series.map((wave) => wave.entry.synthetic)).size > 1) throw new RangeError("distributionTests: the series mixes SYNTHETIC and real waves; a synthetic wave is never tested against a real one");
  const raw = measures.flatMap((measure) => {
    const asking = series.filter((wave) => asksConcepts(wave, measureConcepts(measure)));
    if (asking.length < 2) return [];
    const pooled = poolWaves(asking);
    const test = surveyChiSquareTest(pooled.design, waveMembership(asking), answersOf(pooled, measure.concept), {
      domain: measure.anchor === undefined ? undefined : positiveOn(pooled, measure.anchor),
      domainName: measure.anchor === undefined ? undefined : `${measure.anchor} positive`,
      rowName: "wave",
      columnName: measure.concept,
    });
    return [
      {
        measure: measure.name,
        concept: measure.concept,
        domain: measure.anchor === undefined ? "" : `${measure.anchor}=positive`,
        waves: asking.map((wave) => wave.entry.waveId),
        synthetic: asking[0].entry.synthetic,
        f: test.f.statistic,
        ndf: test.f.ndf,
        ddf: test.f.ddf,
        pValue: test.f.pValue,
        meanDesignEffect: test.meanDesignEffect,
        n: test.n,
      },
    ];
  });
  const holm = holmAdjust(raw.map((row) => row.pValue));
  return raw.map((row, i) => ({ ...row, holmP: holm[i], significant: holm[i] < alpha }));
}

/**
 * One paragraph in Markdown on the changes between waves (consecutive, or
 * first to last when the rows say so: {@link waveComparisons}): that none is significant (Holm-adjusted p < 0.05) among how many comparisons,
 * noting that SYNTHETIC waves are calibrated to the same figures; or the
 * significant changes, measure and waves escaped, with their sign and size.
 *
 * @example describeWaveChanges(consecutiveWaveDifferences(series, measures), true) // => "No change between waves is significant (Holm-adjusted p < 0.05) among 21 comparisons. Expected for the SYNTHETIC waves: ..."
 */
export function describeWaveChanges(differences: readonly WaveDifferenceRow[], anySynthetic: boolean): string {
  const flagged = differences.filter((d) => d.significant);
  if (flagged.length === 0) {
    const expected = anySynthetic ? " Expected for the SYNTHETIC waves: each was calibrated to the same published figures." : "";
    return `No change between waves is significant (Holm-adjusted p < 0.05) among ${differences.length} comparisons.${expected}`;
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
 * measure (its plain-language name), one point per wave (percent, 95% CI);
 * marked synthetic when any wave is. `yTitle` names the base of the shares
 * ("% of respondents", "% of those positive on Russia").
 *
 * @example showPointRange(trendChart("Table 1 items by wave", rows, "95% logit CI", "% of respondents (weighted)"))
 */
export function trendChart(title: string, rows: readonly WaveEstimateRow[], caption: string, yTitle = "% of respondents (weighted)"): PointRangeChart {
  const measures = [...new Set(rows.map((row) => row.measure))];
  return {
    title,
    caption,
    yTitle,
    synthetic: rows.some((row) => row.synthetic),
    series: measures.map((measure) => ({
      name: measure,
      points: rows.filter((row) => row.measure === measure).map((row) => ({ x: row.wave, estimate: row.percent, lower: row.lower, upper: row.upper, n: row.n })),
    })),
  };
}
