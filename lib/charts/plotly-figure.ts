import { DivergingLikertChart, divergingLikert, largestNonsubstantive, largestSide } from "./diverging-likert";
import { likertColour } from "./palette";

/** A Plotly figure as plain JSON (the `application/vnd.plotly.v1+json` mime bundle). */
export interface PlotlyFigure {
  readonly data: readonly Record<string, unknown>[];
  readonly layout: Record<string, unknown>;
}

/** Legend names of the five answer groups (items word their options differently; hover shows each item's wording). */
export const LIKERT_GROUPS: readonly { readonly position: number | null; readonly name: string }[] = [
  { position: -1, name: "Somewhat negative" },
  { position: -2, name: "Strongly negative" },
  { position: 1, name: "Somewhat positive" },
  { position: 2, name: "Strongly positive" },
  { position: null, name: "Do not know / no answer" },
];

/**
 * Plotly spec of a diverging stacked bar chart: one horizontal bar per item,
 * negative options to the left of zero and positive ones to the right
 * (`barmode: "relative"`), "do not know"/refused in a separate panel on the
 * right so it is never read as either side; the negative axis is labelled
 * with absolute values; every segment carries its percentage. One trace per
 * answer group (five traces).
 * Reference: Heiberger & Robbins (2014), "Design of Diverging Stacked Bar
 * Charts for Likert Scales and Other Applications", J. Statistical Software 57(5).
 *
 * @example plotlyDivergingLikert(chart).data.length // => 5
 */
export function plotlyDivergingLikert(input: DivergingLikertChart): PlotlyFigure {
  const chart = divergingLikert(input);
  const labels = chart.bars.map((bar) => bar.label);
  const side = Math.ceil(largestSide(chart) / 10) * 10;
  const dk = Math.max(10, Math.ceil(largestNonsubstantive(chart) / 10) * 10);
  const data = LIKERT_GROUPS.map((group) => {
    const segments = chart.bars.map((bar) => bar.segments.filter((s) => s.position === group.position));
    const percents = segments.map((list) => list.reduce((sum, s) => sum + s.percent, 0));
    const sign = group.position !== null && group.position < 0 ? -1 : 1;
    return {
      type: "bar",
      orientation: "h",
      name: group.name,
      y: labels,
      x: percents.map((p) => sign * p),
      text: percents.map((p) => `${formatPercent(p)}%`),
      textposition: "inside",
      insidetextanchor: "middle",
      customdata: segments.map((list) => list.map((s) => s.response).join(" / ") || group.name),
      hovertemplate: "%{y}<br>%{customdata}: %{text}<extra></extra>",
      marker: { color: likertColour(group.position) },
      ...(group.position === null ? { xaxis: "x2", yaxis: "y2", showlegend: true } : {}),
    };
  });
  const ticks = symmetricTicks(side);
  return {
    data,
    layout: {
      title: { text: chart.title },
      barmode: "relative",
      height: 140 + 60 * labels.length,
      margin: { l: 260, r: 20, t: 60, b: 110 },
      xaxis: { domain: [0, 0.8], range: [-side, side], tickvals: ticks, ticktext: ticks.map((t) => `${Math.abs(t)}%`), zeroline: true, zerolinewidth: 2 },
      xaxis2: { domain: [0.84, 1], range: [0, dk], ticksuffix: "%", title: { text: "Do not know" } },
      yaxis: { autorange: "reversed", automargin: true },
      yaxis2: { anchor: "x2", autorange: "reversed", showticklabels: false, matches: "y" },
      legend: { orientation: "h", x: 0, y: -0.25 },
      annotations: [{ text: chart.caption, xref: "paper", yref: "paper", x: 0, y: -0.45, showarrow: false, xanchor: "left", font: { size: 11 } }],
    },
  };
}

/** Tick positions −side … side in steps of 20 (or 10 for narrow axes). */
export function symmetricTicks(side: number): number[] {
  const step = side <= 40 ? 10 : 20;
  const ticks: number[] = [];
  for (let t = -Math.floor(side / step) * step; t <= side; t += step) ticks.push(t);
  return ticks;
}

/** Formats a percentage with at most one decimal ("39", "12.5"). */
export function formatPercent(value: number): string {
  return String(Math.round(value * 10) / 10);
}
