import { textWidth } from "./text-width";
import { wrapText } from "./wrap-text";

/** A Plotly figure as plain JSON (the `application/vnd.plotly.v1+json` mime bundle). */
export interface PlotlyFigure {
  readonly data: readonly Record<string, unknown>[];
  readonly layout: Record<string, unknown>;
}

/**
 * Text for Plotly's title, annotation and legend fields, which Plotly reads
 * as a small subset of HTML: `&`, `<` and `>` become entities (Plotly decodes
 * them back for display), so a data-derived label such as "A<B" shows as
 * written, and the text is word-wrapped with `<br>` to `maxWidth` pixels at
 * `fontSize` (Plotly does not wrap on its own).
 *
 * @example plotlyText("Share < 50% of all", 60, 11) // => "Share &lt; 50%<br>of all"
 */
export function plotlyText(text: string, maxWidth = Infinity, fontSize = 12): string {
  const escape = (line: string): string => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (maxWidth === Infinity) return escape(text);
  return wrapText(text, maxWidth, fontSize).map(escape).join("<br>");
}

/**
 * Width in pixels of every Plotly figure of the package. Fixed rather than
 * responsive, so that wrapped text, legend rows and label positions computed
 * here are the ones drawn; narrower containers scroll sideways.
 */
export const PLOTLY_FIGURE_WIDTH = 900;

/** Width in pixels that titles and captions of Plotly figures are wrapped to (the figure less its margins). */
export const PLOTLY_TEXT_WIDTH = 820;

/** Placement of a Plotly legend under a chart: one row when the entries fit, else one entry per row. */
export interface PlotlyLegendLayout {
  readonly orientation: "h" | "v";
  /** Pixels the legend takes (rows of 20 px plus 10 px of padding). */
  readonly height: number;
}

/**
 * Lays out a legend of `names` under a chart `maxWidth` pixels wide: horizontal
 * when all entries (symbol 40 px + text at 12 px each) fit on one row,
 * otherwise vertical, so the height below the plot is known and what comes
 * next (the caption) never overlaps it.
 *
 * @example plotlyLegendLayout(["Men", "Women"]) // => { orientation: "h", height: 30 }
 */
export function plotlyLegendLayout(names: readonly string[], maxWidth = PLOTLY_TEXT_WIDTH): PlotlyLegendLayout {
  const width = names.reduce((sum, name) => sum + 40 + textWidth(name, 12), 0);
  if (width <= maxWidth) return { orientation: "h", height: names.length === 0 ? 0 : 30 };
  return { orientation: "v", height: 20 * names.length + 10 };
}

/** A caption placed under a Plotly figure and the number of lines it wraps to. */
export interface PlotlyCaption {
  readonly annotation: Record<string, unknown>;
  readonly lines: number;
}

/**
 * The caption of a Plotly figure as an annotation `offsetBelow` pixels under
 * the plotting area, starting 20 px from the figure's left edge and wrapped to
 * the figure's width less 40 px. Plotly positions annotations relative to
 * the plotting area, so the figure's left and right margins (fixed, not
 * automatic) are needed to convert: x = −(marginLeft − 20) / plot width.
 *
 * @example plotlyCaption("Source: CAB 2017–2019", 240, 20, 90).lines // => 1
 */
export function plotlyCaption(text: string, marginLeft: number, marginRight: number, offsetBelow: number): PlotlyCaption {
  const plotWidth = PLOTLY_FIGURE_WIDTH - marginLeft - marginRight;
  const wrapped = plotlyText(text, PLOTLY_FIGURE_WIDTH - 40, 11);
  return {
    lines: wrapped.split("<br>").length,
    annotation: { text: wrapped, xref: "paper", yref: "paper", x: -(marginLeft - 20) / plotWidth, y: 0, yshift: -offsetBelow, xanchor: "left", yanchor: "top", align: "left", showarrow: false, font: { size: 11, color: "#444" } },
  };
}
