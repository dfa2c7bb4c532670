import { escapeHtml } from "../display/escape-html";
import { PLOTLY_MIME } from "../display/notebook-display";
import { joinText, NotebookOutput } from "./notebook-json";
import { renderMarkdown } from "./render-markdown";
import { jsonForScript } from "./script-json";

/** A Plotly figure found in an output, as the page embeds it. */
export interface EmbeddedChart {
  /** Element id of the chart's div; its spec is in the `<script type="application/json">` with id `${id}-spec`. */
  readonly id: string;
  /** Number of traces of the figure (what the browser test expects Plotly to draw). */
  readonly traces: number;
}

/** HTML of one output and the charts it embeds. */
export interface RenderedOutput {
  readonly html: string;
  readonly charts: readonly EmbeddedChart[];
}

/**
 * Renders one notebook output as HTML for the report, choosing the richest
 * mime type the report can show safely:
 * - Plotly JSON → a div that the page's script draws with the local
 *   plotly.js, holding the static SVG of the same bundle (or the text) as a
 *   fallback until Plotly draws; the figure JSON sits in a
 *   `<script type="application/json">` escaped by {@link jsonForScript};
 * - text/html → as is (the lib's table and display helpers escape every
 *   data-derived value);
 * - image/svg+xml, image/png, image/jpeg → an `<img>` with a data: URL (an
 *   SVG in an img cannot run script; nothing is fetched);
 * - text/markdown → marked, with raw HTML escaped;
 * - text/plain and streams → escaped `<pre>`; errors → a red block with the
 *   exception and its traceback (ANSI colour codes removed).
 * `chartId` is the id to give the next chart (pages number their charts).
 *
 * @example renderOutput({ output_type: "stream", name: "stdout", text: "a<b" }, "chart-1").html // => '<pre class="output stream stdout">a&lt;b</pre>'
 */
export function renderOutput(output: NotebookOutput, chartId: string): RenderedOutput {
  switch (output.output_type) {
    case "stream":
      return { html: `<pre class="output stream ${output.name === "stderr" ? "stderr" : "stdout"}">${escapeHtml(joinText(output.text))}</pre>`, charts: [] };
    case "error":
      return { html: renderError(output.ename, output.evalue, output.traceback), charts: [] };
    case "display_data":
    case "execute_result":
      return renderBundle(output.data, chartId);
  }
}

function renderBundle(data: Readonly<Record<string, unknown>>, chartId: string): RenderedOutput {
  const plotly = data[PLOTLY_MIME] as { data?: unknown[]; layout?: object } | undefined;
  if (plotly !== undefined && Array.isArray(plotly.data)) {
    const fallback = staticImage(data) ?? `<pre class="output text">${escapeHtml(joinText(data["text/plain"]))}</pre>`;
    const chart = { id: chartId, traces: plotly.data.length };
    const html = [
      `<figure class="output chart">`,
      `<div class="plotly-chart" id="${chartId}" data-traces="${chart.traces}">${fallback}</div>`,
      `<script type="application/json" id="${chartId}-spec">${jsonForScript({ data: plotly.data, layout: plotly.layout ?? {} })}</script>`,
      `</figure>`,
    ].join("\n");
    return { html, charts: [chart] };
  }
  if (typeof data["text/html"] === "string" || Array.isArray(data["text/html"])) return { html: `<div class="output html">${joinText(data["text/html"])}</div>`, charts: [] };
  const image = staticImage(data);
  if (image !== undefined) return { html: `<div class="output image">${image}</div>`, charts: [] };
  if (data["text/markdown"] !== undefined) return { html: `<div class="output markdown">${renderMarkdown(joinText(data["text/markdown"]), "output")}</div>`, charts: [] };
  if (data["text/plain"] !== undefined) return { html: `<pre class="output text">${escapeHtml(joinText(data["text/plain"]))}</pre>`, charts: [] };
  return { html: `<p class="output unsupported">[output of type ${escapeHtml(Object.keys(data).join(", ") || "none")} not shown in the report]</p>`, charts: [] };
}

/** An <img> of the bundle's SVG, PNG or JPEG as a data: URL, or undefined when it has none. */
function staticImage(data: Readonly<Record<string, unknown>>): string | undefined {
  const alt = escapeHtml(joinText(data["text/plain"]).split("\n", 1)[0] ?? "");
  const svg = data["image/svg+xml"];
  if (svg !== undefined) return `<img class="static-chart" alt="${alt}" src="data:image/svg+xml;base64,${Buffer.from(joinText(svg), "utf8").toString("base64")}">`;
  for (const mime of ["image/png", "image/jpeg"]) {
    const base64 = joinText(data[mime]).replace(/\s+/g, "");
    if (/^[A-Za-z0-9+/]+=*$/.test(base64)) return `<img alt="${alt}" src="data:${mime};base64,${base64}">`;
  }
  return undefined;
}

/** ANSI escape sequences (colour codes in Jupyter tracebacks). */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function renderError(ename: string, evalue: string, traceback: readonly string[]): string {
  const trace = traceback.join("\n").replace(ANSI, "");
  return [
    `<div class="output error" role="alert">`,
    `<p><strong>${escapeHtml(ename)}</strong>: ${escapeHtml(evalue)}</p>`,
    trace.trim() === "" ? "" : `<pre>${escapeHtml(trace)}</pre>`,
    `</div>`,
  ].join("\n");
}
