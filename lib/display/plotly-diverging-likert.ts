import { DivergingLikertChart, divergingLikert, largestNonsubstantive, largestSide, LIKERT_GROUPS, symmetricTicks } from "./diverging-likert";
import { formatPercent } from "./format-percent";
import { likertLabelLayout } from "./likert-labels";
import { labelColour, likertColour } from "./palette";
import { PLOTLY_FIGURE_WIDTH, PLOTLY_TEXT_WIDTH, PlotlyFigure, plotlyCaption, plotlyText } from "./plotly-parts";

/** Pixels per percentage point the label layout assumes for the interactive chart (a conservative, narrow plot). */
const ASSUMED_PX_PER_PERCENT = 2.4;
const ROW_PX = 70;
const LEGEND_PX = 50;
/** Left margin: room for item labels wrapped to 230 px. */
const MARGIN_LEFT = 250;
const MARGIN_RIGHT = 20;

/**
 * Plotly spec of a diverging stacked bar chart: one horizontal bar per item,
 * negative options to the left of zero and positive ones to the right
 * (`barmode: "relative"`), "do not know"/refused in a separate panel on the
 * right so it is never read as either side; the negative axis is labelled
 * with absolute values. Every segment carries its percentage: inside when it
 * fits, else as an annotation above the bar with a leader line (see
 * likertLabelLayout). Long item labels, title and caption wrap. One trace
 * per answer group (five traces); legend from most negative to most positive.
 * Reference: Heiberger & Robbins (2014), "Design of Diverging Stacked Bar
 * Charts for Likert Scales and Other Applications", J. Statistical Software 57(5).
 *
 * @example plotlyDivergingLikert(chart).data.length // => 5
 */
export function plotlyDivergingLikert(input: DivergingLikertChart): PlotlyFigure {
  const chart = divergingLikert(input);
  const labels = chart.bars.map((bar) => plotlyText(bar.label));
  const side = Math.ceil(largestSide(chart) / 10) * 10;
  const dk = Math.max(10, Math.ceil(largestNonsubstantive(chart) / 10) * 10);
  const layout = likertLabelLayout(chart, ASSUMED_PX_PER_PERCENT, 11, ASSUMED_PX_PER_PERCENT * 2);
  const data = LIKERT_GROUPS.map((group) => {
    const placed = layout.map((bar) => bar.filter((s) => s.segment.position === group.position));
    const percents = placed.map((list) => list.reduce((sum, s) => sum + s.segment.percent, 0));
    const sign = group.position !== null && group.position < 0 ? -1 : 1;
    const fill = likertColour(group.position);
    return {
      type: "bar",
      orientation: "h",
      name: group.name,
      legendrank: group.rank,
      y: labels,
      x: percents.map((p) => sign * p),
      text: placed.map((list) => (list.length === 1 && list[0].placement === "inside" ? list[0].label : "")),
      textposition: "inside",
      insidetextanchor: "middle",
      textangle: 0,
      textfont: { color: labelColour(fill), size: 11 },
      customdata: placed.map((list, index) => [plotlyText(list.map((s) => s.segment.response).join(" / ") || group.name), `${formatPercent(percents[index])}%`]),
      hovertemplate: "%{y}<br>%{customdata[0]}: %{customdata[1]}<extra></extra>",
      marker: { color: fill },
      ...(group.position === null ? { xaxis: "x2", yaxis: "y2" } : {}),
    };
  });
  const outsideLabels = layout.flatMap((bar, index) =>
    bar
      .filter((s) => s.placement === "outside")
      .map((s) => ({
        x: (s.from + s.to) / 2,
        y: labels[index],
        xref: s.panel === "nonsubstantive" ? "x2" : "x",
        yref: s.panel === "nonsubstantive" ? "y2" : "y",
        axref: s.panel === "nonsubstantive" ? "x2" : "x",
        ax: s.labelAt,
        ay: -26,
        text: s.label,
        showarrow: true,
        arrowhead: 0,
        arrowwidth: 0.8,
        arrowcolor: "#555",
        standoff: 9,
        yanchor: "bottom",
        font: { size: 11 },
      })),
  );
  const ticks = symmetricTicks(side);
  const plotHeight = ROW_PX * labels.length;
  const caption = plotlyCaption(chart.caption, MARGIN_LEFT, MARGIN_RIGHT, 36 + LEGEND_PX);
  const title = plotlyText(chart.title, PLOTLY_TEXT_WIDTH, 17);
  const top = 60 + 22 * (title.split("<br>").length - 1);
  const bottom = 36 + LEGEND_PX + 14 * caption.lines + 10;
  return {
    data,
    layout: {
      title: { text: title },
      barmode: "relative",
      bargap: 0.5,
      width: PLOTLY_FIGURE_WIDTH,
      height: top + plotHeight + bottom,
      margin: { l: MARGIN_LEFT, r: MARGIN_RIGHT, t: top, b: bottom },
      xaxis: { domain: [0, 0.8], range: [-side, side], tickvals: ticks, ticktext: ticks.map((t) => `${Math.abs(t)}%`), zeroline: true, zerolinewidth: 2, fixedrange: true },
      xaxis2: { domain: [0.85, 1], range: [0, dk], tickvals: [0, dk / 2, dk], ticktext: [0, dk / 2, dk].map((t) => `${t}%`), fixedrange: true },
      yaxis: { autorange: "reversed", tickvals: labels, ticktext: chart.bars.map((bar) => plotlyText(bar.label, 230, 12)), fixedrange: true },
      yaxis2: { anchor: "x2", autorange: "reversed", showticklabels: false, matches: "y", fixedrange: true },
      legend: { orientation: "h", x: -(MARGIN_LEFT - 20) / (PLOTLY_FIGURE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT), y: -36 / plotHeight, yanchor: "top", traceorder: "normal" },
      annotations: [
        { text: "<b>Do not know</b>", xref: "x2 domain", yref: "paper", x: 0.5, y: 1, yanchor: "bottom", showarrow: false, font: { size: 11 } },
        ...outsideLabels,
        caption.annotation,
      ],
    },
  };
}
