/** One answer option of a Likert item and its share. */
export interface LikertSegment {
  readonly response: string;
  /** Position on a balanced scale (−2, −1, +1, +2); null for "do not know"/refused. */
  readonly position: number | null;
  readonly percent: number;
}

/** One bar of a diverging Likert chart. */
export interface LikertBar {
  readonly label: string;
  readonly segments: readonly LikertSegment[];
}

/**
 * Legend names of the five answer groups (items word their options
 * differently; hover shows each item's wording), in stacking order: each
 * side from zero outwards. `rank` orders the legend from most negative to
 * most positive, then "do not know".
 */
export const LIKERT_GROUPS: readonly { readonly position: number | null; readonly name: string; readonly rank: number }[] = [
  { position: -1, name: "Somewhat negative", rank: 2 },
  { position: -2, name: "Strongly negative", rank: 1 },
  { position: 1, name: "Somewhat positive", rank: 3 },
  { position: 2, name: "Strongly positive", rank: 4 },
  { position: null, name: "Do not know / no answer", rank: 5 },
];

/** A diverging stacked bar chart of Likert items: the semantic model both renderers draw. */
export interface DivergingLikertChart {
  readonly title: string;
  /** Source, wave(s) and n; shown under the chart. */
  readonly caption: string;
  readonly bars: readonly LikertBar[];
}

/**
 * Validates a chart model and returns it with segments ordered for drawing:
 * negative positions from the centre outwards (−1 before −2), then positive
 * ones (+1 before +2), then non-substantive answers. Throws a RangeError on a
 * negative or non-finite percent, a position of 0 (diverging scales here have
 * no midpoint) or a bar without segments.
 *
 * @example divergingLikert({ title: "t", caption: "c", bars: [{ label: "Russia", segments: [...] }] })
 */
export function divergingLikert(chart: DivergingLikertChart): DivergingLikertChart {
  if (chart.bars.length === 0) throw new RangeError("divergingLikert: no bars");
  const bars = chart.bars.map((bar) => {
    if (bar.segments.length === 0) throw new RangeError(`divergingLikert: bar "${bar.label}" has no segments`);
    for (const segment of bar.segments) {
      if (!Number.isFinite(segment.percent) || segment.percent < 0) {
        throw new RangeError(`divergingLikert: bar "${bar.label}", "${segment.response}": percent must be a finite number ≥ 0`);
      }
      if (segment.position === 0) throw new RangeError(`divergingLikert: bar "${bar.label}": position 0 (midpoint) is not supported`);
    }
    return { label: bar.label, segments: [...bar.segments].sort(bySide) };
  });
  return { title: chart.title, caption: chart.caption, bars };
}

function drawOrder(segment: LikertSegment): number {
  if (segment.position === null) return 1000;
  return segment.position < 0 ? -segment.position : 100 + segment.position;
}

function bySide(a: LikertSegment, b: LikertSegment): number {
  return drawOrder(a) - drawOrder(b);
}

/**
 * The largest total on either side of zero, over all bars (sets a symmetric axis).
 *
 * @example largestSide(table1Chart(loadTable1())) // => 88 (the largest positive total)
 */
export function largestSide(chart: DivergingLikertChart): number {
  let largest = 0;
  for (const bar of chart.bars) {
    let negative = 0;
    let positive = 0;
    for (const segment of bar.segments) {
      if (segment.position === null) continue;
      if (segment.position < 0) negative += segment.percent;
      else positive += segment.percent;
    }
    largest = Math.max(largest, negative, positive);
  }
  return largest;
}

/**
 * The largest non-substantive total of any bar (sets the width of the "do not know" panel).
 *
 * @example largestNonsubstantive(table1Chart(loadTable1())) // => 14
 */
export function largestNonsubstantive(chart: DivergingLikertChart): number {
  return Math.max(0, ...chart.bars.map((bar) => bar.segments.filter((s) => s.position === null).reduce((sum, s) => sum + s.percent, 0)));
}

/**
 * Tick positions −side … side in steps of 20 (or 10 for narrow axes).
 *
 * @example symmetricTicks(40) // => [-40, -30, -20, -10, 0, 10, 20, 30, 40]
 */
export function symmetricTicks(side: number): number[] {
  const step = side <= 40 ? 10 : 20;
  const ticks: number[] = [];
  for (let t = -Math.floor(side / step) * step; t <= side; t += step) ticks.push(t);
  return ticks;
}
