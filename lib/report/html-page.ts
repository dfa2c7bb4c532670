import { escapeHtml } from "../display/escape-html";
import { CHARTS_ASSET, CSS_ASSET, PLOTLY_ASSET } from "./report-assets";

/** Content of one report page. */
export interface HtmlPageContent {
  readonly title: string;
  /** Inner HTML of <main>. */
  readonly body: string;
  /** Loads plotly.js and the chart script (only pages with charts do, once each). */
  readonly hasCharts: boolean;
  /** Link back to the index, when the page is not the index. */
  readonly indexLink?: string;
}

/**
 * A complete, self-contained HTML page of the report: UTF-8, the local style
 * sheet, and, when the page has charts, plotly.js and the chart script from
 * the report's own assets folder, each loaded once at the end of the body. No
 * URL points outside the report.
 *
 * @example htmlPage({ title: "Index", body: "<h1>Index</h1>", hasCharts: false }).startsWith("<!DOCTYPE html>") // => true
 */
export function htmlPage(content: HtmlPageContent): string {
  const nav = content.indexLink === undefined ? "" : `<nav class="top"><a href="${escapeHtml(content.indexLink)}">← Report index</a></nav>`;
  const scripts = content.hasCharts ? `<script src="${PLOTLY_ASSET}"></script>\n<script src="${CHARTS_ASSET}"></script>` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CSS_ASSET}">
</head>
<body>
${nav}
<main>
${content.body}
</main>
${scripts}
</body>
</html>
`;
}
