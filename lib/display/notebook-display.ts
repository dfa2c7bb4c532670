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
import { formatCell, htmlTable, HtmlColumn } from "./html-table";

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

/**
 * An `<img>` showing an SVG document through a base64 data: URL, with
 * escaped alt text; full width up to the SVG's own size.
 *
 * @example svgImageHtml("<svg xmlns='http://www.w3.org/2000/svg'/>", "Chart") // => '<img alt="Chart" style="max-width:100%;height:auto" src="data:image/svg+xml;base64,PHN2Zy...">'
 */
export function svgImageHtml(svg: string, alt: string): string {
  return `<img alt="${escapeHtml(alt)}" style="max-width:100%;height:auto" src="data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}">`;
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
 * with a caption; all columns unless `columns` is given.
 *
 * @example showTable(loadTable1(), "Table 1 as transcribed")
 */
export function showTable<Row extends object>(rows: readonly Row[] | aq.ColumnTable, caption: string, columns?: readonly HtmlColumn<Row>[]): void {
  const objects = (Array.isArray(rows) ? rows : (rows as aq.ColumnTable).objects()) as Row[];
  const chosen = columns ?? (Object.keys(objects[0] ?? {}).map((key) => ({ key, label: key })) as unknown as HtmlColumn<Row>[]);
  const text = [caption, chosen.map((c) => c.label).join(" | "), ...objects.map((row) => chosen.map((c) => formatCell(c, row)).join(" | "))].join("\n");
  showHtml(htmlTable(objects, chosen, caption), text);
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
  showHtml(htmlTable(rows, [{ key: "item", label: "Item" }, { key: "response", label: "Response" }, { key: "percent", label: "%" }], `Data of the chart: ${chart.title}`), text);
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
  showHtml(htmlTable(rows, columns, `Data of the chart: ${chart.title}`), text);
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
