/**
 * Point estimates with uncertainty intervals (percent), e.g. a share by wave
 * or by group with its confidence interval: the semantic model that
 * {@link plotlyPointRange} and {@link svgPointRange} draw.
 */
export interface PointRangeChart {
  title: string;
  /** Source, wave(s), n and the interval's kind (e.g. "95% CI, Taylor linearisation"); shown under the chart. */
  caption: string;
  yTitle: string;
  /** Marks the chart as drawn from synthetic data (title prefix and a visible mark). */
  synthetic?: boolean;
  series: { name: string; points: { x: string; estimate: number; lower: number; upper: number; n?: number }[] }[];
}

/** One point of a {@link PointRangeChart}. */
export type PointRangePoint = PointRangeChart["series"][number]["points"][number];

/** Prefix of the title of every chart drawn from synthetic data. */
export const SYNTHETIC_TITLE_PREFIX = "SYNTHETIC DATA — ";

/** Options shared by the point-range renderers. */
export interface PointRangeOptions {
  /**
   * Join the points of a series with lines (a trend across waves). Default:
   * true when every x label contains a year (1900–2099), as wave labels do
   * ("2017", "CAB wave 5 (2018)"), false for categories, where a line would
   * suggest an order that is not there.
   */
  readonly connect?: boolean;
}

/**
 * Validates a point-range chart and returns a copy whose title carries
 * {@link SYNTHETIC_TITLE_PREFIX} when `synthetic` is true (added once).
 * Throws a RangeError on: no series, a series without points, a repeated x
 * within a series, a non-finite value, lower > estimate or estimate > upper,
 * or an n that is not a non-negative integer.
 *
 * @example pointRange({ title: "T", caption: "C", yTitle: "%", synthetic: true, series: [...] }).title // => "SYNTHETIC DATA — T"
 */
export function pointRange(chart: PointRangeChart): PointRangeChart {
  if (chart.series.length === 0) throw new RangeError("pointRange: no series");
  for (const series of chart.series) {
    if (series.points.length === 0) throw new RangeError(`pointRange: series "${series.name}" has no points`);
    const seen = new Set<string>();
    for (const point of series.points) {
      const where = `pointRange: series "${series.name}", x "${point.x}"`;
      if (seen.has(point.x)) throw new RangeError(`${where}: x appears twice`);
      seen.add(point.x);
      for (const key of ["estimate", "lower", "upper"] as const) {
        if (!Number.isFinite(point[key])) throw new RangeError(`${where}: ${key} must be a finite number`);
      }
      if (point.lower > point.estimate || point.estimate > point.upper) {
        throw new RangeError(`${where}: need lower ≤ estimate ≤ upper, got ${point.lower} ≤ ${point.estimate} ≤ ${point.upper}`);
      }
      if (point.n !== undefined && !(Number.isInteger(point.n) && point.n >= 0)) throw new RangeError(`${where}: n must be a non-negative integer`);
    }
  }
  const title = chart.synthetic && !chart.title.startsWith(SYNTHETIC_TITLE_PREFIX) ? SYNTHETIC_TITLE_PREFIX + chart.title : chart.title;
  return { ...chart, title, series: chart.series.map((series) => ({ name: series.name, points: series.points.map((point) => ({ ...point })) })) };
}

/**
 * The x categories in order of first appearance across the series.
 *
 * @example pointRangeCategories(chart) // => ["2017", "2018", "2019"]
 */
export function pointRangeCategories(chart: PointRangeChart): string[] {
  return [...new Set(chart.series.flatMap((series) => series.points.map((point) => point.x)))];
}

const YEAR = /\b(19|20)\d\d\b/;

/**
 * Whether to join points with lines: the explicit option, else true when
 * every x label contains a year (see {@link PointRangeOptions.connect}).
 *
 * @example connectsPoints(chart, {}) // => true for x = ["2017", "2018"]
 */
export function connectsPoints(chart: PointRangeChart, options: PointRangeOptions = {}): boolean {
  return options.connect ?? pointRangeCategories(chart).every((x) => YEAR.test(x));
}

/**
 * Upper end of the percent axis: the largest upper bound rounded up to a
 * multiple of 10, at least 10 and at most 100 (unless a bound exceeds 100).
 *
 * @example percentAxisTop(chart) // => 60 when the largest upper bound is 52.3
 */
export function percentAxisTop(chart: PointRangeChart): number {
  const largest = Math.max(...chart.series.flatMap((series) => series.points.map((point) => point.upper)));
  const top = Math.max(10, Math.ceil(largest / 10) * 10);
  return largest <= 100 ? Math.min(100, top) : top;
}

/**
 * Lower end of the percent axis: 0, or the smallest lower bound rounded down
 * to a multiple of 10 when a bound is negative (e.g. a difference in points).
 *
 * @example percentAxisBottom(chart) // => 0
 */
export function percentAxisBottom(chart: PointRangeChart): number {
  const smallest = Math.min(...chart.series.flatMap((series) => series.points.map((point) => point.lower)));
  return smallest >= 0 ? 0 : Math.floor(smallest / 10) * 10;
}
