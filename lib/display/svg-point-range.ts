import { escapeHtml } from "./escape-html";
import { textWidth } from "./text-width";
import { wrapText } from "./wrap-text";
import { seriesStyle } from "./palette";
import { formatPercent } from "./format-percent";
import { connectsPoints, percentAxisBottom, percentAxisTop, pointRange, pointRangeCategories, PointRangeChart, PointRangeOptions } from "./point-range";
import { svgMarker } from "./svg-marker";
import { px, svgLegend, svgOpen, svgSyntheticMark, svgText, svgWrappedText, SYNTHETIC_MARK } from "./svg-parts";

const WIDTH = 600;
const PLOT_LEFT = 74;
const PLOT_RIGHT = WIDTH - 24;
const PLOT_HEIGHT = 260;
const MARGIN = 10;

/**
 * Static SVG of a point-range chart, drawn from the same model as
 * {@link plotlyPointRange} and needing no JavaScript (shows in untrusted
 * notebooks, static viewers, GitHub). Each estimate is a marker with its
 * interval as a capped vertical bar and its value labelled beside it; series
 * sit side by side within each x category, joined by lines across waves
 * (see {@link connectsPoints}). Title and caption wrap; all text from the
 * model is XML-escaped. Synthetic charts carry a red "SYNTHETIC DATA" mark.
 *
 * @example svgPointRange(chart).startsWith("<svg") // => true
 */
export function svgPointRange(input: PointRangeChart, options: PointRangeOptions = {}): string {
  const chart = pointRange(input);
  const connect = connectsPoints(chart, options);
  const categories = pointRangeCategories(chart);
  const bottom = percentAxisBottom(chart);
  const top = percentAxisTop(chart);
  const body: string[] = [];

  const markWidth = chart.synthetic ? textWidth(SYNTHETIC_MARK, 11) + 30 : 0;
  const title = svgWrappedText(chart.title, MARGIN, 26, WIDTH - 2 * MARGIN - markWidth, { size: 16, bold: true });
  body.push(title.svg);
  if (chart.synthetic) body.push(svgSyntheticMark(WIDTH));

  const plotTop = 26 + title.height + 14;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const y = (value: number): number => plotBottom - ((value - bottom) / (top - bottom)) * PLOT_HEIGHT;
  const step = top - bottom <= 50 ? 10 : 20;
  for (let tick = bottom; tick <= top; tick += step) {
    body.push(`<line x1="${PLOT_LEFT}" y1="${px(y(tick))}" x2="${PLOT_RIGHT}" y2="${px(y(tick))}" stroke="${tick === 0 ? "#888" : "#e6e6e6"}" stroke-width="1"/>`);
    body.push(svgText(PLOT_LEFT - 6, y(tick) + 4, `${tick}%`, { size: 11, anchor: "end" }));
  }
  const yTitleX = 16;
  const yTitleY = (plotTop + plotBottom) / 2;
  body.push(`<g transform="rotate(-90 ${yTitleX} ${px(yTitleY)})">${svgText(yTitleX, yTitleY, wrapText(chart.yTitle, PLOT_HEIGHT, 12, 1), { size: 12, anchor: "middle" })}</g>`);

  const band = (PLOT_RIGHT - PLOT_LEFT) / categories.length;
  const seriesCount = chart.series.length;
  const spacing = Math.min(40, (band * 0.7) / seriesCount);
  const centre = (category: string, seriesIndex: number): number =>
    PLOT_LEFT + band * (categories.indexOf(category) + 0.5) + (seriesIndex - (seriesCount - 1) / 2) * spacing;
  let labelDepth = 0;
  categories.forEach((category, index) => {
    const lines = wrapText(category, band - 8, 11, 4);
    labelDepth = Math.max(labelDepth, lines.length);
    body.push(svgText(PLOT_LEFT + band * (index + 0.5), plotBottom + 16, lines, { size: 11, anchor: "middle" }));
  });

  chart.series.forEach((series, seriesIndex) => {
    const style = seriesStyle(seriesIndex);
    const points = [...series.points].sort((a, b) => categories.indexOf(a.x) - categories.indexOf(b.x));
    if (connect && points.length > 1) {
      const path = points.map((point) => `${px(centre(point.x, seriesIndex))},${px(y(point.estimate))}`).join(" ");
      body.push(`<polyline points="${path}" fill="none" stroke="${style.colour}" stroke-width="1.5" stroke-opacity="0.7"/>`);
    }
    for (const point of points) {
      const x = centre(point.x, seriesIndex);
      const tooltip = `${series.name}, ${point.x}: ${formatPercent(point.estimate)}% (interval ${formatPercent(point.lower)}–${formatPercent(point.upper)}%${point.n === undefined ? "" : `, n = ${point.n}`})`;
      body.push(`<g><title>${escapeHtml(tooltip)}</title>`);
      body.push(`<line x1="${px(x)}" y1="${px(y(point.lower))}" x2="${px(x)}" y2="${px(y(point.upper))}" stroke="${style.colour}" stroke-width="1.5"/>`);
      for (const end of [point.lower, point.upper]) {
        body.push(`<line x1="${px(x - 4)}" y1="${px(y(end))}" x2="${px(x + 4)}" y2="${px(y(end))}" stroke="${style.colour}" stroke-width="1.5"/>`);
      }
      body.push(svgMarker(style.symbol, x, y(point.estimate), style.colour));
      body.push(svgText(x + 7, y(point.estimate) + 4, `${formatPercent(point.estimate)}%`, { size: 11, halo: true }));
      body.push("</g>");
    }
  });

  const legendTop = plotBottom + 16 + labelDepth * 13.75 + 8;
  const legend = svgLegend(
    chart.series.map((series, index) => {
      const style = seriesStyle(index);
      const line = connect ? `<line x1="-2" y1="6" x2="14" y2="6" stroke="${style.colour}" stroke-width="1.5"/>` : "";
      return { label: series.name, swatch: line + svgMarker(style.symbol, 6, 6, style.colour) };
    }),
    MARGIN,
    legendTop,
    WIDTH - 2 * MARGIN,
  );
  body.push(legend.svg);
  const caption = svgWrappedText(chart.caption, MARGIN, legendTop + legend.height + 16, WIDTH - 2 * MARGIN, { size: 11, fill: "#444" });
  body.push(caption.svg);
  const height = legendTop + legend.height + 16 + caption.height + 6;
  return [svgOpen(WIDTH, height, chart.title, describe(chart)), ...body, "</svg>"].join("\n");
}

/** Every point in words, for screen readers (SVG <desc>). */
function describe(chart: PointRangeChart): string {
  return chart.series
    .map((series) => `${series.name}: ${series.points.map((p) => `${p.x} ${formatPercent(p.estimate)}% (${formatPercent(p.lower)}–${formatPercent(p.upper)}%${p.n === undefined ? "" : `, n = ${p.n}`})`).join("; ")}`)
    .join(". ");
}
