import { escapeHtml } from "./escape-html";
import { wrapText } from "./wrap-text";
import { DivergingLikertChart, divergingLikert, largestNonsubstantive, largestSide, LIKERT_GROUPS, symmetricTicks } from "./diverging-likert";
import { likertLabelLayout } from "./likert-labels";
import { labelColour, likertColour } from "./palette";
import { formatPercent } from "./format-percent";
import { px, svgLegend, svgOpen, svgText, svgWrappedText } from "./svg-parts";

const WIDTH = 600;
const MARGIN = 10;
const LABEL_WIDTH = 176;
const DK_GAP = 26;
const DK_WIDTH = 64;
const BAR_HEIGHT = 28;
/** Room above each bar for labels of segments too narrow to hold their own. */
const OUTSIDE_LABEL_ROOM = 18;
const ROW_HEIGHT = BAR_HEIGHT + OUTSIDE_LABEL_ROOM + 14;
const VALUE_FONT = 11;

/**
 * Static SVG of a diverging stacked bar chart, drawn from the same model as
 * {@link plotlyDivergingLikert}: it needs no JavaScript, so it shows in an
 * untrusted notebook in JupyterLab, on GitHub and in static viewers. Layout,
 * top to bottom: title (wrapped), legend, one row per item (label wrapped on
 * up to three lines, full text in the tooltip), the diverging panel with
 * negative options left of zero and an axis in absolute values, the "do not
 * know" panel apart on the right, the caption (wrapped). Every percentage is
 * printed: inside its segment when it fits, else above the bar with a leader
 * line (see {@link likertLabelLayout}). All text from the model is XML-escaped.
 *
 * @example svgDivergingLikert(chart).startsWith("<svg") // => true
 */
export function svgDivergingLikert(input: DivergingLikertChart): string {
  const chart = divergingLikert(input);
  const side = Math.ceil(largestSide(chart) / 10) * 10;
  const dkRange = Math.max(10, Math.ceil(largestNonsubstantive(chart) / 10) * 10);
  const panelLeft = MARGIN + LABEL_WIDTH;
  const panelWidth = WIDTH - panelLeft - DK_GAP - DK_WIDTH - 2 * MARGIN;
  const centre = panelLeft + panelWidth / 2;
  const scale = panelWidth / 2 / side;
  const dkLeft = panelLeft + panelWidth + DK_GAP;
  const dkScale = DK_WIDTH / dkRange;
  const body: string[] = [];

  const title = svgWrappedText(chart.title, MARGIN, 24, WIDTH - 2 * MARGIN, { size: 16, bold: true });
  body.push(title.svg);
  const legendTop = 24 + title.height;
  const legend = svgLegend(
    [...LIKERT_GROUPS].sort((a, b) => a.rank - b.rank).map((group) => ({ label: group.name, swatch: `<rect width="12" height="12" fill="${likertColour(group.position)}"/>` })),
    MARGIN,
    legendTop,
    WIDTH - 2 * MARGIN,
  );
  body.push(legend.svg);

  const plotTop = legendTop + legend.height + 18;
  const plotBottom = plotTop + ROW_HEIGHT * chart.bars.length;
  body.push(svgText(dkLeft + DK_WIDTH / 2, plotTop + 4, "Do not know", { size: 11, anchor: "middle", bold: true }));
  for (const tick of symmetricTicks(side)) {
    const x = centre + tick * scale;
    body.push(`<line x1="${px(x)}" y1="${px(plotTop + 8)}" x2="${px(x)}" y2="${px(plotBottom)}" stroke="${tick === 0 ? "#333" : "#e0e0e0"}" stroke-width="${tick === 0 ? 1.5 : 1}"/>`);
    body.push(svgText(x, plotBottom + 16, `${Math.abs(tick)}%`, { size: 11, anchor: "middle" }));
  }
  body.push(`<line x1="${px(dkLeft)}" y1="${px(plotTop + 8)}" x2="${px(dkLeft)}" y2="${px(plotBottom)}" stroke="#333" stroke-width="1"/>`);
  body.push(svgText(dkLeft, plotBottom + 16, "0%", { size: 11, anchor: "middle" }));
  body.push(svgText(dkLeft + DK_WIDTH, plotBottom + 16, `${dkRange}%`, { size: 11, anchor: "middle" }));
  body.push(svgText(centre - panelWidth / 4, plotBottom + 32, "← negative", { size: 11, anchor: "middle", fill: "#555" }));
  body.push(svgText(centre + panelWidth / 4, plotBottom + 32, "positive →", { size: 11, anchor: "middle", fill: "#555" }));

  const layout = likertLabelLayout(chart, scale, VALUE_FONT, dkScale);
  chart.bars.forEach((bar, index) => {
    const barTop = plotTop + index * ROW_HEIGHT + OUTSIDE_LABEL_ROOM + 8;
    const barMiddle = barTop + BAR_HEIGHT / 2;
    const lines = wrapText(bar.label, LABEL_WIDTH - 12, 12, 3);
    const firstBaseline = barMiddle + 4 - ((lines.length - 1) * 15) / 2;
    body.push(`<g><title>${escapeHtml(bar.label)}</title>${svgText(panelLeft - 10, firstBaseline, lines, { size: 12, anchor: "end" }, 15)}</g>`);
    for (const placed of layout[index]) {
      const origin = placed.panel === "nonsubstantive" ? dkLeft : centre;
      const unit = placed.panel === "nonsubstantive" ? dkScale : scale;
      const left = origin + Math.min(placed.from, placed.to) * unit;
      const width = Math.abs(placed.to - placed.from) * unit;
      const fill = likertColour(placed.segment.position);
      body.push(`<rect x="${px(left)}" y="${px(barTop)}" width="${px(width)}" height="${BAR_HEIGHT}" fill="${fill}"><title>${escapeHtml(`${bar.label}: ${placed.segment.response} ${formatPercent(placed.segment.percent)}%`)}</title></rect>`);
      const labelX = origin + placed.labelAt * unit;
      if (placed.placement === "inside") {
        body.push(svgText(labelX, barMiddle + 4, placed.label, { size: VALUE_FONT, anchor: "middle", fill: labelColour(fill) }));
      } else {
        const segmentCentre = left + width / 2;
        body.push(`<line x1="${px(segmentCentre)}" y1="${px(barTop)}" x2="${px(labelX)}" y2="${px(barTop - 7)}" stroke="#555" stroke-width="0.8"/>`);
        body.push(svgText(labelX, barTop - 9, placed.label, { size: VALUE_FONT, anchor: "middle" }));
      }
    }
  });

  const caption = svgWrappedText(chart.caption, MARGIN, plotBottom + 56, WIDTH - 2 * MARGIN, { size: 11, fill: "#444" });
  body.push(caption.svg);
  const height = plotBottom + 56 + caption.height;
  return [svgOpen(WIDTH, height, chart.title, describe(chart)), ...body, "</svg>"].join("\n");
}

/** Plain-text description of every segment, for screen readers (SVG <desc>). */
function describe(chart: DivergingLikertChart): string {
  return chart.bars
    .map((bar) => `${bar.label}: ${bar.segments.map((s) => `${s.response} ${formatPercent(s.percent)}%`).join(", ")}`)
    .join(". ");
}
