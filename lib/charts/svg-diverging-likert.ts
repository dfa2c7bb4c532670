import { escapeHtml } from "../text/escape-html";
import { DivergingLikertChart, divergingLikert, largestNonsubstantive, largestSide } from "./diverging-likert";
import { labelColour, likertColour } from "./palette";
import { formatPercent, LIKERT_GROUPS, symmetricTicks } from "./plotly-figure";

const WIDTH = 820;
const LABEL_WIDTH = 250;
const DK_GAP = 30;
const DK_WIDTH = 90;
const BAR_HEIGHT = 30;
const ROW_HEIGHT = 46;
const TOP = 56;
const FONT = "font-family:Helvetica,Arial,sans-serif";

/**
 * Static SVG of a diverging stacked bar chart, drawn from the same model as
 * {@link plotlyDivergingLikert}: it needs no JavaScript, so it shows in an
 * untrusted notebook in JupyterLab, on GitHub and in static viewers. All text
 * from the model is XML-escaped. Layout: item labels on the left, the
 * diverging panel (absolute-valued axis), the "do not know" panel on the
 * right, legend and caption below.
 *
 * @example svgDivergingLikert(chart).startsWith("<svg") // => true
 */
export function svgDivergingLikert(input: DivergingLikertChart): string {
  const chart = divergingLikert(input);
  const side = Math.ceil(largestSide(chart) / 10) * 10;
  const dkRange = Math.max(10, Math.ceil(largestNonsubstantive(chart) / 10) * 10);
  const panelLeft = LABEL_WIDTH;
  const panelWidth = WIDTH - LABEL_WIDTH - DK_GAP - DK_WIDTH - 20;
  const centre = panelLeft + panelWidth / 2;
  const scale = panelWidth / 2 / side;
  const dkLeft = panelLeft + panelWidth + DK_GAP;
  const dkScale = DK_WIDTH / dkRange;
  const plotBottom = TOP + ROW_HEIGHT * chart.bars.length;
  const height = plotBottom + 100;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc">`);
  parts.push(`<title id="chart-title">${escapeHtml(chart.title)}</title>`);
  parts.push(`<desc id="chart-desc">${escapeHtml(describe(chart))}</desc>`);
  parts.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="10" y="26" style="${FONT};font-size:16px;font-weight:bold">${escapeHtml(chart.title)}</text>`);
  for (const tick of symmetricTicks(side)) {
    const x = centre + tick * scale;
    parts.push(`<line x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${plotBottom}" stroke="${tick === 0 ? "#333" : "#e0e0e0"}" stroke-width="${tick === 0 ? 1.5 : 1}"/>`);
    parts.push(`<text x="${x}" y="${plotBottom + 16}" text-anchor="middle" style="${FONT};font-size:11px">${Math.abs(tick)}%</text>`);
  }
  parts.push(`<text x="${dkLeft + DK_WIDTH / 2}" y="${TOP - 12}" text-anchor="middle" style="${FONT};font-size:11px">Do not know</text>`);
  parts.push(`<text x="${dkLeft}" y="${plotBottom + 16}" style="${FONT};font-size:11px">0%</text>`);
  parts.push(`<text x="${dkLeft + DK_WIDTH}" y="${plotBottom + 16}" text-anchor="end" style="${FONT};font-size:11px">${dkRange}%</text>`);
  chart.bars.forEach((bar, index) => {
    const y = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    parts.push(`<text x="${LABEL_WIDTH - 10}" y="${y + BAR_HEIGHT / 2 + 4}" text-anchor="end" style="${FONT};font-size:12px">${escapeHtml(truncate(bar.label, 40))}</text>`);
    let negativeEdge = centre;
    let positiveEdge = centre;
    let dkEdge = dkLeft;
    for (const segment of bar.segments) {
      let x: number;
      let width: number;
      if (segment.position === null) {
        width = segment.percent * dkScale;
        x = dkEdge;
        dkEdge += width;
      } else if (segment.position < 0) {
        width = segment.percent * scale;
        negativeEdge -= width;
        x = negativeEdge;
      } else {
        width = segment.percent * scale;
        x = positiveEdge;
        positiveEdge += width;
      }
      const fill = likertColour(segment.position);
      parts.push(`<rect x="${x}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${fill}"><title>${escapeHtml(`${bar.label}: ${segment.response} ${formatPercent(segment.percent)}%`)}</title></rect>`);
      if (width >= 24) {
        parts.push(`<text x="${x + width / 2}" y="${y + BAR_HEIGHT / 2 + 4}" text-anchor="middle" style="${FONT};font-size:11px" fill="${labelColour(fill)}">${formatPercent(segment.percent)}%</text>`);
      }
    }
  });
  let legendX = 10;
  const legendY = plotBottom + 40;
  for (const group of LIKERT_GROUPS) {
    parts.push(`<rect x="${legendX}" y="${legendY - 10}" width="12" height="12" fill="${likertColour(group.position)}"/>`);
    parts.push(`<text x="${legendX + 16}" y="${legendY}" style="${FONT};font-size:11px">${escapeHtml(group.name)}</text>`);
    legendX += 26 + group.name.length * 6.2;
  }
  parts.push(`<text x="10" y="${legendY + 30}" style="${FONT};font-size:11px;fill:#444">${escapeHtml(chart.caption)}</text>`);
  parts.push("</svg>");
  return parts.join("\n");
}

/** Plain-text description of every segment, for screen readers (SVG <desc>). */
function describe(chart: DivergingLikertChart): string {
  return chart.bars
    .map((bar) => `${bar.label}: ${bar.segments.map((s) => `${s.response} ${formatPercent(s.percent)}%`).join(", ")}`)
    .join(". ");
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, length - 1) + "…";
}
