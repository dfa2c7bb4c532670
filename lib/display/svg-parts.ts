import { escapeHtml } from "./escape-html";
import { textWidth } from "./text-width";
import { wrapText } from "./wrap-text";

/** Font stack of the static charts (the metrics of display/text-width.ts assume it). */
export const SVG_FONT = "Helvetica,Arial,sans-serif";

/** Presentation of one <text> element. */
export interface SvgTextStyle {
  readonly size: number;
  readonly anchor?: "start" | "middle" | "end";
  readonly bold?: boolean;
  readonly fill?: string;
  /** Draws a white outline under the glyphs, so the text reads over lines and bars. */
  readonly halo?: boolean;
}

/**
 * A coordinate for SVG markup, rounded to 0.1 px (keeps the markup short and
 * stable across platforms' float printing).
 *
 * @example px(12.3456) // => "12.3"
 */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * One or more lines of escaped text as a single <text> element; line i sits
 * at y + i × lineHeight (default 1.25 × font size).
 *
 * @example svgText(10, 20, ["a<b"], { size: 12 }) // => '<text x="10" y="20" ...>a&lt;b</text>'
 */
export function svgText(x: number, y: number, lines: string | readonly string[], style: SvgTextStyle, lineHeight = style.size * 1.25): string {
  const list = typeof lines === "string" ? [lines] : lines;
  const attributes = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    `font-family="${SVG_FONT}"`,
    `font-size="${style.size}"`,
    style.anchor && style.anchor !== "start" ? `text-anchor="${style.anchor}"` : "",
    style.bold ? `font-weight="bold"` : "",
    `fill="${style.fill ?? "#1a1a1a"}"`,
    style.halo ? `paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"` : "",
  ].filter((attribute) => attribute !== "");
  const body =
    list.length === 1
      ? escapeHtml(list[0])
      : list.map((line, index) => `<tspan x="${px(x)}" dy="${index === 0 ? 0 : px(lineHeight)}">${escapeHtml(line)}</tspan>`).join("");
  return `<text ${attributes.join(" ")}>${body}</text>`;
}

/** A block of text wrapped to a width: its markup and the height it takes. */
export interface SvgBlock {
  readonly svg: string;
  readonly height: number;
}

/**
 * Text wrapped to `maxWidth` (word wrap, see wrapText) starting with its first
 * baseline at y; returns the markup and the block's height (lines × line height).
 *
 * @example svgWrappedText("Source: …", 10, 300, 780, { size: 11 }).height // => 13.75 for one line
 */
export function svgWrappedText(text: string, x: number, y: number, maxWidth: number, style: SvgTextStyle): SvgBlock {
  const lines = wrapText(text, maxWidth, style.size);
  const lineHeight = style.size * 1.25;
  return { svg: lines.length === 0 ? "" : svgText(x, y, lines, style, lineHeight), height: lines.length * lineHeight };
}

/** One legend entry: its label and the markup of its 12 × 12 swatch drawn at (0, 0). */
export interface LegendEntry {
  readonly label: string;
  readonly swatch: string;
}

/**
 * A horizontal legend that wraps onto further rows when the entries do not
 * fit in `maxWidth`. Each swatch is translated into place.
 *
 * @example svgLegend([{ label: "Strongly positive", swatch: '<rect width="12" height="12" fill="#542788"/>' }], 10, 300, 800)
 */
export function svgLegend(entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): SvgBlock {
  const rowHeight = 18;
  const size = 11;
  const parts: string[] = [];
  let cursor = x;
  let row = 0;
  for (const entry of entries) {
    const width = 16 + textWidth(entry.label, size) + 18;
    if (cursor > x && cursor + width > x + maxWidth) {
      row += 1;
      cursor = x;
    }
    const top = y + row * rowHeight;
    parts.push(`<g transform="translate(${px(cursor)},${px(top)})">${entry.swatch}</g>`);
    parts.push(svgText(cursor + 16, top + 10, entry.label, { size }));
    cursor += width;
  }
  return { svg: parts.join("\n"), height: entries.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** Text of the mark that synthetic-data charts carry. */
export const SYNTHETIC_MARK = "SYNTHETIC DATA — not survey results";

/**
 * A visible "synthetic data" mark for the top-right corner of a chart: red
 * bordered label, so a synthetic chart cannot be mistaken for a finding.
 *
 * @example svgSyntheticMark(820).includes("SYNTHETIC DATA") // => true
 */
export function svgSyntheticMark(chartWidth: number): string {
  const size = 11;
  const width = textWidth(SYNTHETIC_MARK, size) + 14;
  const left = chartWidth - width - 8;
  return [
    `<rect x="${px(left)}" y="6" width="${px(width)}" height="20" rx="3" fill="#ffffff" stroke="#b2182b" stroke-width="1.5"/>`,
    svgText(left + width / 2, 20, SYNTHETIC_MARK, { size, anchor: "middle", bold: true, fill: "#b2182b" }),
  ].join("\n");
}

/**
 * Opening tag, accessible title and description and white background of a chart.
 *
 * @example svgOpen(820, 300, "Title", "Every value").startsWith("<svg") // => true
 */
export function svgOpen(width: number, height: number, title: string, description: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img">`,
    `<title>${escapeHtml(title)}</title>`,
    `<desc>${escapeHtml(description)}</desc>`,
    `<rect width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`,
  ].join("\n");
}
