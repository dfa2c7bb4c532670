/** Folder of the report's shared files, relative to the report root. */
export const ASSETS_DIR = "assets";
/** plotly.js as copied into the report (the full bundle of plotly.js-dist, served locally). */
export const PLOTLY_ASSET = `${ASSETS_DIR}/plotly.js`;
/** The script that draws every chart of a page with plotly.js. */
export const CHARTS_ASSET = `${ASSETS_DIR}/draw-charts.js`;
/** The report's style sheet. */
export const CSS_ASSET = `${ASSETS_DIR}/report.css`;

/**
 * Draws each `.plotly-chart` of the page from its JSON spec with the local
 * plotly.js. The static image inside the div stays when plotly.js did not
 * load or a figure fails (the failure is logged to the console, which the
 * browser test treats as an error). Drawn charts get the class "drawn".
 */
export const DRAW_CHARTS_JS = `"use strict";
(function () {
  function drawAll() {
    if (typeof window.Plotly === "undefined") return;
    document.querySelectorAll(".plotly-chart").forEach(function (div) {
      var spec = JSON.parse(document.getElementById(div.id + "-spec").textContent);
      var fallback = Array.prototype.slice.call(div.childNodes);
      div.replaceChildren();
      window.Plotly.newPlot(div, spec.data, spec.layout, { displaylogo: false })
        .then(function () { div.classList.add("drawn"); })
        .catch(function (error) {
          div.replaceChildren.apply(div, fallback);
          console.error("chart " + div.id + " could not be drawn: " + error);
        });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawAll);
  else drawAll();
})();
`;

/** The report's style sheet: readable column, tables, code, outputs, verdict colours (colour-blind-safe, with text). */
export const REPORT_CSS = `:root { color-scheme: light; }
body { font-family: Helvetica, Arial, sans-serif; line-height: 1.5; color: #1a1a1a; margin: 0; background: #fafafa; }
main { max-width: 980px; margin: 0 auto; padding: 1rem 1.5rem 4rem; background: #fff; }
nav.top { max-width: 980px; margin: 0 auto; padding: 0.5rem 1.5rem; font-size: 0.9rem; }
a { color: #0b5394; }
h1 { font-size: 1.6rem; line-height: 1.25; }
.meta { color: #555; font-size: 0.9rem; }
.cell { margin: 1rem 0; }
.cell.code details > summary { cursor: pointer; color: #555; font-size: 0.85rem; }
pre { background: #f4f4f4; padding: 0.6rem 0.8rem; overflow-x: auto; font-size: 0.85rem; line-height: 1.4; }
pre.output { background: #fff; border-left: 3px solid #ddd; }
pre.stderr { border-left-color: #d55e00; }
.output.error { border: 2px solid #b2182b; background: #fdf0f0; padding: 0.5rem 0.8rem; }
.output.error pre { background: transparent; }
.output.html { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.88rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.6rem; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.3rem 0; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
.plotly-chart img.static-chart { max-width: 100%; height: auto; }
.verdict { font-weight: bold; }
table.verdicts .verdict { white-space: nowrap; }
.scroll { overflow-x: auto; }
.verdict-reproduced { color: #1b7837; }
.verdict-consistent-within-rounding, .verdict-consistent-within-sampling-error { color: #2166ac; }
table.claims td:first-child { white-space: nowrap; }
.verdict-not-supported-by-the-memo-s-own-numbers, .verdict-internally-inconsistent, .verdict-not-reproduced { color: #b2182b; }
.verdict-needs-respondent-level-data, .verdict-not-checkable-source-not-public, .verdict-no-respondent-level-data { color: #8c510a; }
.verdict-demonstrated-on-synthetic-data { color: #5e3c99; }
.notice { border-left: 4px solid #e69f00; background: #fff8e6; padding: 0.5rem 0.8rem; }
.blocked-image { color: #8c510a; }
`;
