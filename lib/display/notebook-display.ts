import * as aq from "arquero";
import { DivergingLikertChart } from "./diverging-likert";
import { plotlyDivergingLikert } from "./plotly-diverging-likert";
import { PlotlyFigure } from "./plotly-parts";
import { svgDivergingLikert } from "./svg-diverging-likert";
import { plotlyPointRange } from "./plotly-point-range";
import { pointRange, PointRangeChart, PointRangeOptions } from "./point-range";
import { svgPointRange } from "./svg-point-range";
import { formatPercent } from "./format-percent";
import { escapeHtml } from "./escape-html";
import { escapeMarkdownCell } from "./escape-markdown";
import { writeFullTable } from "./full-table-csv";
import { formatCell, HtmlColumn } from "./html-table";
import { tableBlock, TableOptions } from "./table-block";

/** A Jupyter mime bundle: mime type → payload. */
export type MimeBundle = Record<string, string | object>;

/** Mime type of Plotly figures, rendered by VS Code, JupyterLab's plotly extension and the HTML report. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/**
 * The mime bundle of a chart, so that every front end shows it, trusted or not:
 * - `application/vnd.plotly.v1+json`: the interactive figure (VS Code,
 *   JupyterLab with the plotly extension, the HTML report);
 * - `text/html`: the static SVG as an `<img>` with a data: URL. JupyterLab
 *   renders only "safe" mime types in an untrusted (e.g. freshly cloned)
 *   notebook; its image/svg+xml renderer is not safe, its sanitized HTML
 *   renderer is, and the sanitizer keeps data: image sources. An SVG inside
 *   an <img> cannot run script;
 * - `image/svg+xml`: the same SVG, for viewers that render SVG but not HTML;
 * - `text/plain`: the numbers as text.
 * Front ends show the richest type they can.
 *
 * @example Object.keys(chartBundle(figure, svg, "text")) // => [PLOTLY_MIME, "text/html", "image/svg+xml", "text/plain"]
 */
export function chartBundle(figure: PlotlyFigure, svg: string, text: string): MimeBundle {
  return { [PLOTLY_MIME]: figure, "text/html": svgImageHtml(svg, text.split("\n", 1)[0]), "image/svg+xml": svg, "text/plain": text };
}

/** Smallest text size, in CSS pixels, a static chart is ever shown at: it is never scaled down further, but scrolls sideways in its box. */
export const MIN_CHART_TEXT_PX = 10;

/** How much larger than its own size a static chart may be shown in a wide output area (SVG stays sharp). */
export const MAX_CHART_UPSCALE = 1.35;

/**
 * The width of an SVG document (its root `width` attribute, px) and the
 * smallest `font-size` attribute it uses (px); each left out when absent.
 *
 * @example svgTextMetrics('<svg width="600"><text font-size="11">a</text><text font-size="10">b</text></svg>') // => { width: 600, smallestFont: 10 }
 */
export function svgTextMetrics(svg: string): { width?: number; smallestFont?: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1])).filter((size) => size > 0);
  return { ...(width > 0 ? { width } : {}), ...(sizes.length > 0 ? { smallestFont: Math.min(...sizes) } : {}) };
}

/**
 * An `<img>` showing an SVG document through a base64 data: URL, with
 * escaped alt text, in a box of its own. The picture fills the output's width
 * between two bounds: at most {@link MAX_CHART_UPSCALE} × its own width, and
 * at least the width at which its smallest text is {@link MIN_CHART_TEXT_PX}
 * px (own width × 10 / smallest font-size); in an output narrower than that,
 * the box scrolls sideways instead of the text shrinking. The package's
 * charts are drawn 600 px wide with text of 10 px and more, so they fit an
 * output 600 px wide with every label at 10 px or more.
 *
 * @example svgImageHtml('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><text font-size="10">a</text></svg>', "Chart")
 * // => '<div class="lwn-chart" style="overflow-x:auto;max-width:100%"><img alt="Chart" style="display:block;width:100%;max-width:810px;min-width:600px;height:auto" src="data:image/svg+xml;base64,...">'
 */
export function svgImageHtml(svg: string, alt: string): string {
  const { width, smallestFont } = svgTextMetrics(svg);
  const bounds =
    width === undefined
      ? "max-width:100%"
      : `width:100%;max-width:${Math.round(width * MAX_CHART_UPSCALE)}px` +
        (smallestFont === undefined ? "" : `;min-width:${Math.ceil((width * MIN_CHART_TEXT_PX) / smallestFont)}px`);
  const image = `<img alt="${escapeHtml(alt)}" style="display:block;${bounds};height:auto" src="data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}">`;
  return `<div class="lwn-chart" style="overflow-x:auto;max-width:100%">${image}</div>`;
}

/**
 * Sends a mime bundle to the notebook as one display_data output through the
 * running tslab kernel (tslab's public `display` sends one mime type at a
 * time; a chart needs several in one output so front ends can choose).
 * Outside a kernel (scripts, tests) it prints the text/plain part.
 *
 * @example displayBundle({ "text/html": "<b>ok</b>", "text/plain": "ok" })
 */
export function displayBundle(bundle: MimeBundle): void {
  const writer = tslabDisplayWriter();
  if (writer === null) {
    console.log(typeof bundle["text/plain"] === "string" ? bundle["text/plain"] : JSON.stringify(bundle));
    return;
  }
  writer({ data: bundle, metadata: {}, transient: {} }, false);
}

type DisplayWriter = (data: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

function tslabDisplayWriter(): DisplayWriter | null {
  try {
    // tslab 1.0.22 keeps the writer of the running cell here; pinned in package.json.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: DisplayWriter | null };
    return jupyter.lastWriteDisplayData;
  } catch {
    return null;
  }
}

/**
 * Shows HTML (already escaped by its builder) as a display output.
 *
 * @example showHtml(htmlTable(rows, columns, "Caption"), "Caption (text)")
 */
export function showHtml(html: string, text = "[HTML output]"): void {
  displayBundle({ "text/html": html, "text/plain": text });
}

/**
 * Shows Markdown as a display output (callers escape data-derived text).
 *
 * @example showMarkdown(`**${escapeHtml(label)}**: ${value}%`)
 */
export function showMarkdown(markdown: string): void {
  displayBundle({ "text/markdown": markdown, "text/plain": markdown });
}

/**
 * Shows rows (plain objects or an Arquero table) as an escaped HTML table
 * fitted to the output (see {@link tableBlock}): caption above, a box that
 * scrolls sideways when the table is wider than the output, long tables
 * collapsed behind a summary line with their row count, and at most
 * {@link TABLE_LIMITS} rows and columns (100 and 30 unless `options` say
 * otherwise). When rows or columns are left out, the whole table is written
 * as CSV to `output/tables/<notebook>/<caption slug>.csv` (see
 * {@link fullTableFile}; under LWN_OUTPUT_DIR, in the main job the run's own
 * folder) and a note under the table names it. All columns unless `columns`
 * is given.
 *
 * @example showTable(loadTable1(), "Table 1 as transcribed")
 * @example showTable(codingRows, "Coding used for each wave", columns, { maxRows: 50 })
 */
export function showTable<Row extends object>(rows: readonly Row[] | aq.ColumnTable, caption: string, columns?: readonly HtmlColumn<Row>[], options: TableOptions = {}): void {
  const objects = (Array.isArray(rows) ? rows : (rows as aq.ColumnTable).objects()) as Row[];
  const chosen = columns ?? (Object.keys(objects[0] ?? {}).map((key) => ({ key, label: key })) as unknown as HtmlColumn<Row>[]);
  const block = tableBlock(objects, chosen, caption, options);
  if (block.fullTable !== undefined) {
    writeFullTable(block.fullTable.file, objects, chosen.map((column) => ({ label: column.label, text: (row: Row) => formatCell(column, row) })));
  }
  showHtml(block.html, block.text);
}

/**
 * Shows a notice in a visible box: a red-bordered "SYNTHETIC DATA" box
 * (`kind` "synthetic"), or an amber one for any other warning. `title` and
 * `text` are plain text (escaped here), not Markdown. The output carries the
 * box as HTML, and Markdown and plain text twins for front ends without HTML.
 *
 * @example showNotice("SYNTHETIC DATA.", "These waves were generated to match the memo's published figures.")
 */
export function showNotice(title: string, text: string, kind: "synthetic" | "warning" = "synthetic"): void {
  displayBundle(noticeBundle(title, text, kind));
}

/**
 * The mime bundle of {@link showNotice}: `text/html` (the box), `text/markdown`
 * (bold title, text; both escaped) and `text/plain`.
 *
 * @example noticeBundle("SYNTHETIC DATA.", "Not survey results.", "synthetic")["text/plain"] // => "SYNTHETIC DATA. Not survey results."
 */
export function noticeBundle(title: string, text: string, kind: "synthetic" | "warning"): MimeBundle {
  const colour = kind === "synthetic" ? { border: "#b2182b", background: "#fdf2f2" } : { border: "#b35806", background: "#fff6e8" };
  const html =
    `<div class="lwn-notice lwn-notice-${kind}" style="border:2px solid ${colour.border};border-left-width:8px;background:${colour.background};` +
    `color:#1a1a1a;padding:0.5em 0.75em;margin:0.5em 0;max-width:60em">` +
    `<strong style="color:${colour.border}">${escapeHtml(title)}</strong> ${escapeHtml(text)}</div>`;
  return { "text/html": html, "text/markdown": `**${escapeMarkdownCell(title)}** ${escapeMarkdownCell(text)}`, "text/plain": `${title} ${text}` };
}

/**
 * Shows a diverging Likert chart: one output with Plotly JSON + static SVG,
 * then an HTML table of the same numbers (readable where no chart renders).
 *
 * @example showDivergingLikert(table1Chart(loadTable1()))
 */
export function showDivergingLikert(chart: DivergingLikertChart): void {
  const text = chart.bars.map((bar) => `${bar.label}: ${bar.segments.map((s) => `${s.response} ${s.percent}%`).join("; ")}`).join("\n");
  displayBundle(chartBundle(plotlyDivergingLikert(chart), svgDivergingLikert(chart), `${chart.title}\n${text}\n${chart.caption}`));
  const rows = chart.bars.flatMap((bar) => bar.segments.map((s) => ({ item: bar.label, response: s.response, percent: s.percent })));
  showTable(rows, `Data of the chart: ${chart.title}`, [{ key: "item", label: "Item" }, { key: "response", label: "Response" }, { key: "percent", label: "%" }]);
}

/**
 * Shows a point-range chart (estimates with their intervals, by wave or
 * group): one output with Plotly JSON + static SVG, then an HTML table of the
 * same numbers (series, x, estimate, interval, n). Synthetic charts are
 * labelled in the title, the SVG and the table caption.
 *
 * @example showPointRange({ title: "Favourable opinion of Russia", caption: "CAB 2017–2019; 95% CI", yTitle: "% of adults", series: [...] })
 */
export function showPointRange(input: PointRangeChart, options: PointRangeOptions = {}): void {
  const chart = pointRange(input);
  const rows = pointRangeRows(chart);
  const text = rows.map((row) => `${row.series}, ${row.x}: ${row.estimate}% (${row.interval})${row.n === "" ? "" : `, n = ${row.n}`}`).join("\n");
  displayBundle(chartBundle(plotlyPointRange(chart, options), svgPointRange(chart, options), `${chart.title}\n${text}\n${chart.caption}`));
  const columns: HtmlColumn<PointRangeRow>[] = [
    { key: "series", label: "Series" },
    { key: "x", label: "Wave / group" },
    { key: "estimate", label: "Estimate (%)", align: "right" },
    { key: "interval", label: "Interval (%)", align: "right" },
    { key: "n", label: "n", align: "right" },
  ];
  showTable(rows, `Data of the chart: ${chart.title}`, columns);
}

/** One row of the data table under a point-range chart (numbers already formatted). */
export interface PointRangeRow {
  readonly series: string;
  readonly x: string;
  readonly estimate: string;
  readonly interval: string;
  readonly n: string;
}

/**
 * The rows of the table shown under a point-range chart: one per point,
 * estimate and bounds to one decimal ("48.2", "[45.1, 51.3]"), n or "" when absent.
 *
 * @example pointRangeRows(chart)[0] // => { series: "All adults", x: "2017", estimate: "48.2", interval: "[45.1, 51.3]", n: "1000" }
 */
export function pointRangeRows(chart: PointRangeChart): PointRangeRow[] {
  return chart.series.flatMap((series) =>
    series.points.map((point) => ({
      series: series.name,
      x: point.x,
      estimate: formatPercent(point.estimate),
      interval: `[${formatPercent(point.lower)}, ${formatPercent(point.upper)}]`,
      n: point.n === undefined ? "" : String(point.n),
    })),
  );
}
