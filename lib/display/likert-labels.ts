import { textWidth } from "./text-width";
import { DivergingLikertChart, LikertSegment } from "./diverging-likert";
import { formatPercent } from "./format-percent";

/** Where one segment of a diverging bar sits and where its percentage label goes. */
export interface PlacedSegment {
  readonly segment: LikertSegment;
  /** Panel of the segment: the diverging panel or the separate "do not know" panel. */
  readonly panel: "diverging" | "nonsubstantive";
  /** Start and end on the panel's axis, in percent (negative side < 0). */
  readonly from: number;
  readonly to: number;
  /** The label text, e.g. "6%". */
  readonly label: string;
  /**
   * "inside": the label fits in the segment and is centred in it. "outside":
   * the label sits above the bar at `labelAt` (percent units on the same axis)
   * and a leader line joins it to the segment's centre.
   */
  readonly placement: "inside" | "outside";
  readonly labelAt: number;
}

/**
 * Lays out the segments of every bar and decides where each percentage label
 * goes: inside the segment when the label (at `fontSize` px, width by
 * textWidth, plus 6 px padding) fits at `pxPerPercent`; otherwise above the
 * bar with a leader line. Outside labels on one side are placed from the
 * centre outwards, each pushed away from zero until it no longer overlaps
 * the previous one or crosses the zero line (3 px gap), so every percentage
 * stays readable. Segments
 * of 0% get no label. Bars keep the order of the model; segments the draw
 * order of divergingLikert (call it first).
 *
 * @example likertLabelLayout(divergingLikert(chart), 2.4, 11)[0].find((s) => s.segment.percent === 2)?.placement // => "outside"
 */
export function likertLabelLayout(chart: DivergingLikertChart, pxPerPercent: number, fontSize: number, nonsubstantivePxPerPercent = pxPerPercent): PlacedSegment[][] {
  if (!(pxPerPercent > 0) || !(nonsubstantivePxPerPercent > 0)) throw new RangeError("likertLabelLayout: scales must be positive");
  return chart.bars.map((bar) => {
    let negative = 0;
    let positive = 0;
    let nonsubstantive = 0;
    const placed: PlacedSegment[] = [];
    const lastOutside = { negative: 0, positive: 0, nonsubstantive: 0 };
    for (const segment of bar.segments) {
      const panel = segment.position === null ? "nonsubstantive" : "diverging";
      const scale = panel === "nonsubstantive" ? nonsubstantivePxPerPercent : pxPerPercent;
      let from: number;
      let to: number;
      if (segment.position === null) {
        from = nonsubstantive;
        to = nonsubstantive += segment.percent;
      } else if (segment.position < 0) {
        from = negative;
        to = negative -= segment.percent;
      } else {
        from = positive;
        to = positive += segment.percent;
      }
      if (segment.percent === 0) continue;
      const label = `${formatPercent(segment.percent)}%`;
      const labelWidth = (textWidth(label, fontSize) + 6) / scale;
      const centre = (from + to) / 2;
      if (segment.percent >= labelWidth) {
        placed.push({ segment, panel, from, to, label, placement: "inside", labelAt: centre });
        continue;
      }
      const halfWidth = (labelWidth - 6 / scale) / 2 + 1.5 / scale;
      let labelAt: number;
      if (segment.position !== null && segment.position < 0) {
        labelAt = Math.min(centre, lastOutside.negative - halfWidth);
        lastOutside.negative = labelAt - halfWidth;
      } else {
        const side = segment.position === null ? "nonsubstantive" : "positive";
        labelAt = Math.max(centre, lastOutside[side] + halfWidth);
        lastOutside[side] = labelAt + halfWidth;
      }
      placed.push({ segment, panel, from, to, label, placement: "outside", labelAt });
    }
    return placed;
  });
}
