import { seriesStyle } from "./palette";
import { formatPercent } from "./format-percent";
import { PLOTLY_FIGURE_WIDTH, PLOTLY_TEXT_WIDTH, plotlyCaption, PlotlyFigure, plotlyLegendLayout, plotlyText } from "./plotly-parts";
import { connectsPoints, percentAxisBottom, percentAxisTop, pointRange, pointRangeCategories, PointRangeChart, PointRangeOptions } from "./point-range";

/** Height in pixels of the plotting area. */
const PLOT_HEIGHT = 300;
const MARGIN_LEFT = 70;
const MARGIN_RIGHT = 30;

/**
 * Plotly spec of a point-range chart: one scatter trace per series, a marker
 * at each estimate with asymmetric error bars from lower to upper
 * (`error_y.array = upper − estimate`, `arrayminus = estimate − lower`),
 * lines between the points of a series when they are waves (see
 * {@link connectsPoints}), series side by side at each x (`scattermode:
 * "group"`), each estimate labelled, hover showing estimate, interval and n.
 * Colour-blind-safe colours and distinct marker symbols per series.
 * Synthetic charts get the title prefix and a red "synthetic data" mark.
 *
 * @example plotlyPointRange(chart).data.length // => chart.series.length
 */
export function plotlyPointRange(input: PointRangeChart, options: PointRangeOptions = {}): PlotlyFigure {
  const chart = pointRange(input);
  const connect = connectsPoints(chart, options);
  const categories = pointRangeCategories(chart);
  const data = chart.series.map((series, index) => {
    const style = seriesStyle(index);
    return {
      type: "scatter",
      mode: connect ? "lines+markers+text" : "markers+text",
      name: plotlyText(series.name),
      x: series.points.map((point) => plotlyText(point.x)),
      y: series.points.map((point) => point.estimate),
      text: series.points.map((point) => `${formatPercent(point.estimate)}%`),
      textposition: "middle right",
      textfont: { size: 11, color: "#1a1a1a" },
      error_y: {
        type: "data",
        symmetric: false,
        array: series.points.map((point) => point.upper - point.estimate),
        arrayminus: series.points.map((point) => point.estimate - point.lower),
        color: style.colour,
        thickness: 1.5,
        width: 5,
      },
      customdata: series.points.map((point) => [formatPercent(point.lower), formatPercent(point.upper), point.n === undefined ? "not given" : String(point.n)]),
      hovertemplate: `${plotlyText(series.name)}<br>%{x}: %{y:.1f}%<br>interval %{customdata[0]}–%{customdata[1]}%<br>n = %{customdata[2]}<extra></extra>`,
      marker: { color: style.colour, symbol: style.symbol, size: 9 },
      line: { color: style.colour, width: 1.5 },
    };
  });
  const title = plotlyText(chart.title, PLOTLY_TEXT_WIDTH - (chart.synthetic ? 60 : 0), 17);
  const top = 70 + 22 * (title.split("<br>").length - 1);
  const tickLabels = categories.map((x) => plotlyText(x, Math.max(60, PLOTLY_TEXT_WIDTH / categories.length - 10), 12));
  const tickDepth = 18 * Math.max(...tickLabels.map((label) => label.split("<br>").length));
  const legend = plotlyLegendLayout(chart.series.map((series) => series.name));
  const legendHeight = legend.height;
  const caption = plotlyCaption(chart.caption, MARGIN_LEFT, MARGIN_RIGHT, 16 + tickDepth + 12 + legendHeight + 12);
  const bottom = 16 + tickDepth + 12 + legendHeight + 12 + 14 * caption.lines + 10;
  const annotations: Record<string, unknown>[] = [
    caption.annotation,
  ];
  if (chart.synthetic) {
    annotations.push({ text: "<b>SYNTHETIC DATA — not survey results</b>", xref: "paper", yref: "paper", x: 1, y: 1, yshift: 8, yanchor: "bottom", xanchor: "right", showarrow: false, bordercolor: "#b2182b", borderwidth: 1.5, font: { size: 11, color: "#b2182b" } });
  }
  return {
    data,
    layout: {
      title: { text: title },
      scattermode: "group",
      scattergap: 0.3,
      width: PLOTLY_FIGURE_WIDTH,
      height: top + PLOT_HEIGHT + bottom,
      margin: { l: MARGIN_LEFT, r: MARGIN_RIGHT, t: top, b: bottom },
      xaxis: { type: "category", categoryorder: "array", categoryarray: categories.map((x) => plotlyText(x)), tickvals: categories.map((x) => plotlyText(x)), ticktext: tickLabels, fixedrange: true },
      yaxis: { title: { text: plotlyText(chart.yTitle) }, range: [percentAxisBottom(chart), percentAxisTop(chart)], ticksuffix: "%", zeroline: true },
      legend: { orientation: legend.orientation, x: -(MARGIN_LEFT - 20) / (PLOTLY_FIGURE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT), y: -(16 + tickDepth + 12) / PLOT_HEIGHT, yanchor: "top" },
      annotations,
    },
  };
}
