import { PLOTLY_FIGURE_WIDTH, PLOTLY_TEXT_WIDTH, plotlyCaption, PlotlyFigure, plotlyText } from "../display/plotly-parts";
import { chartBundle, displayBundle } from "../display/notebook-display";
import { escapeHtml } from "../display/escape-html";
import { VerdictCount } from "./ledger";
import { RESPONDENT_VERDICTS, RespondentVerdict } from "./respondent-verdict";
import { Verdict, VERDICTS } from "./verdict";

/** Model of the ledger's summary chart: one horizontal bar per verdict, its length the number of claims. */
export interface VerdictChart {
  readonly title: string;
  readonly caption: string;
  readonly bars: readonly VerdictCount[];
}

/**
 * Fill colour of each verdict: greens for confirmed, yellow for a verdict that depends on the reading of
 * a word, orange and vermilion for contradicted, blue and grey for "cannot be judged here" (Okabe–Ito hues,
 * distinguishable under the common colour-vision deficiencies; Okabe & Ito
 * 2008, "Color Universal Design").
 */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  reproduced: "#009E73",
  "consistent within rounding": "#7fcdbb",
  "depends on the reading": "#F0E442",
  "not supported by the memo's own numbers": "#E69F00",
  "internally inconsistent": "#D55E00",
  "needs respondent-level data": "#56B4E9",
  "not checkable (source not public)": "#a6a6a6",
};

/**
 * Fill colour of each respondent-level verdict, in the same hues: green and
 * light green where the waves give the figure, reddish purple where they do
 * not, blue for a SYNTHETIC demonstration, grey without data.
 */
export const RESPONDENT_VERDICT_COLOURS: Readonly<Record<RespondentVerdict, string>> = {
  reproduced: "#009E73",
  "consistent within sampling error": "#7fcdbb",
  "not reproduced": "#CC79A7",
  "demonstrated on SYNTHETIC data": "#56B4E9",
  "no respondent-level data": "#a6a6a6",
};

/**
 * Colour of a verdict of either layer; a neutral dark grey for an unknown label.
 *
 * @example verdictColour("reproduced") // => "#009E73"
 * @example verdictColour("not reproduced") // => "#CC79A7"
 */
export function verdictColour(verdict: string): string {
  return (VERDICT_COLOURS as Record<string, string>)[verdict] ?? (RESPONDENT_VERDICT_COLOURS as Record<string, string>)[verdict] ?? "#555555";
}

/** Fixed margins of the Plotly verdict chart (the caption's position depends on them). */
const PLOTLY_MARGIN = { l: 300, r: 40, t: 60, b: 100 } as const;

/**
 * Plotly spec of the verdict chart: horizontal bars in the order of the
 * model (the vocabulary's order, top to bottom), each labelled with its
 * count, at the package's fixed figure width. Every data-derived string
 * (verdict labels, title, caption) goes through {@link plotlyText}, so Plotly
 * shows it as text and never as markup; the caption is wrapped under the plot.
 *
 * @example plotlyVerdictChart(chart).data[0].type // => "bar"
 */
export function plotlyVerdictChart(chart: VerdictChart): PlotlyFigure {
  const labels = chart.bars.map((bar) => plotlyText(bar.verdict));
  const counts = chart.bars.map((bar) => bar.count);
  const caption = plotlyCaption(chart.caption, PLOTLY_MARGIN.l, PLOTLY_MARGIN.r, 70);
  const plotHeight = 40 * Math.max(1, chart.bars.length);
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        y: labels,
        x: counts,
        text: counts.map(String),
        textposition: "outside",
        cliponaxis: false,
        marker: { color: chart.bars.map((bar) => verdictColour(bar.verdict)) },
        hovertemplate: "%{y}: %{x} claims<extra></extra>",
      },
    ],
    layout: {
      title: { text: plotlyText(chart.title, PLOTLY_TEXT_WIDTH, 16) },
      width: PLOTLY_FIGURE_WIDTH,
      height: PLOTLY_MARGIN.t + plotHeight + PLOTLY_MARGIN.b + 15 * caption.lines,
      margin: { ...PLOTLY_MARGIN, b: PLOTLY_MARGIN.b + 15 * caption.lines },
      xaxis: { title: { text: "Claims" }, rangemode: "tozero" },
      yaxis: { autorange: "reversed", automargin: false, ticksuffix: "  " },
      showlegend: false,
      annotations: [caption.annotation],
    },
  };
}

const SVG_WIDTH = 690;
const LABEL_WIDTH = 300;
const BAR_HEIGHT = 26;
const BAR_GAP = 10;
const TOP = 40;

/**
 * Static SVG of the verdict chart (shown where no script runs, e.g. an
 * untrusted notebook): the same bars as {@link plotlyVerdictChart}, bar
 * length proportional to the count, the count printed after each bar, the
 * title above and the caption below. All text is escaped.
 *
 * @example svgVerdictChart(chart).startsWith("<svg") // => true
 */
export function svgVerdictChart(chart: VerdictChart): string {
  const largest = Math.max(1, ...chart.bars.map((bar) => bar.count));
  const plotWidth = SVG_WIDTH - LABEL_WIDTH - 50;
  const height = TOP + chart.bars.length * (BAR_HEIGHT + BAR_GAP) + 40;
  const bars = chart.bars.map((bar, index) => {
    const y = TOP + index * (BAR_HEIGHT + BAR_GAP);
    const width = (plotWidth * bar.count) / largest;
    const middle = y + BAR_HEIGHT / 2 + 4;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" font-size="12">${escapeHtml(bar.verdict)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${verdictColour(bar.verdict)}"><title>${escapeHtml(`${bar.verdict}: ${bar.count}`)}</title></rect>`,
      `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${middle}" font-size="12">${bar.count}</text>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="sans-serif" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${escapeHtml(chart.title)}</text>`,
    ...bars,
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 4}" x2="${LABEL_WIDTH}" y2="${height - 36}" stroke="#333333"/>`,
    `<text x="10" y="${height - 12}" font-size="12">${escapeHtml(chart.caption)}</text>`,
    `</svg>`,
  ].join("\n");
}

/** The two layers of the ledger's judgement. */
export type VerdictLayer = "printed figures" | "respondent level";

/**
 * The chart model of a verdict tally: one bar per verdict of the layer's
 * vocabulary ({@link VERDICTS} for the printed figures, RESPONDENT_VERDICTS
 * for the respondent level), in its order, zero counts kept.
 *
 * @example verdictChart(verdictSummary([{ verdict: "reproduced" }]), "Caption").bars[0] // => { verdict: "reproduced", count: 1 }
 * @example verdictChart(respondentVerdictSummary(rows), "Caption", "respondent level").title // => "Respondent-level verdicts of the 85 claims of the memo"
 */
export function verdictChart(counts: readonly VerdictCount[], caption: string, layer: VerdictLayer = "printed figures"): VerdictChart {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const order: string[] = layer === "printed figures" ? VERDICTS.map((v) => v.verdict) : RESPONDENT_VERDICTS.map((v) => v.verdict);
  const bars = [...counts].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
  const title = layer === "printed figures" ? `Verdicts of the ${total} claims of the memo` : `Respondent-level verdicts of the ${total} claims of the memo`;
  return { title, caption, bars };
}

/**
 * Shows the verdict chart in the notebook: one output with the Plotly JSON,
 * the static SVG and a text fallback (see chartBundle).
 *
 * @example showVerdictChart(verdictChart(verdictSummary(readLedger()), "Source: output/claims.csv"))
 */
export function showVerdictChart(chart: VerdictChart): void {
  const text = `${chart.title}\n${chart.bars.map((bar) => `${bar.verdict}: ${bar.count}`).join("\n")}\n${chart.caption}`;
  displayBundle(chartBundle(plotlyVerdictChart(chart), svgVerdictChart(chart), text));
}
