import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import * as aq from "arquero";
import { Marked } from "marked";
import { DivergingLikertChart } from "../../lib/display/diverging-likert";
import { plotlyDivergingLikert } from "../../lib/display/plotly-diverging-likert";
import { plotlyPointRange } from "../../lib/display/plotly-point-range";
import { PointRangeChart } from "../../lib/display/point-range";
import { svgDivergingLikert } from "../../lib/display/svg-diverging-likert";
import { svgPointRange } from "../../lib/display/svg-point-range";
import { markdownTable } from "../../lib/display/markdown-table";
import { escapeMarkdownCell } from "../../lib/display/escape-markdown";
import { MimeBundle, PLOTLY_MIME, showDivergingLikert, showMarkdown, showPointRange, showTable } from "../../lib/display/notebook-display";
import { htmlTable } from "../../lib/display/html-table";
import { indexPage } from "../../lib/report/index-page";
import { LedgerRow } from "../../lib/claims/ledger";
import type { RespondentVerdict } from "../../lib/claims/respondent-verdict";
import { Verdict } from "../../lib/claims/verdict";
import { Notebook, NotebookOutput } from "../../lib/report/notebook-json";
import { notebookPage } from "../../lib/report/notebook-page";
import { PLOTLY_ASSET, CHARTS_ASSET } from "../../lib/report/report-assets";
import { renderMarkdown } from "../../lib/report/render-markdown";
import { renderOutput } from "../../lib/report/render-output";
import { projectPath } from "../../lib/project/project-path";
import { escapeHtml } from "../../lib/display/escape-html";
import { createSurveyDesign, surveyProportions } from "../../lib/survey";
import { loadWaves } from "../../lib/waves/load-waves";
import { executableMarkup, HOSTILE_STRINGS, isScriptUrl } from "./markup-checks";
import { MANIFEST_HEADER, fixtureManifestRow, projectCodebookText, toCsv, validWaveRows, waveHeader, writeWaveFolder } from "../helpers/wave-fixtures";

/**
 * Output safety: labels and text read from data files are shown as text, never
 * run, in notebook outputs (HTML tables, SVG charts, Plotly specs, Markdown)
 * and in the HTML report. Every builder is fed the hostile strings of
 * HOSTILE_STRINGS in every data-derived slot; the result must contain no
 * executable markup (see markup-checks.ts) and must show each string as text.
 */

function assertNoExecutableMarkup(markup: string, what: string, allow = {}): void {
  assert.deepEqual(executableMarkup(markup, allow), [], `${what} contains executable markup`);
}

/** Each hostile string appears escaped, i.e. it will show as the text it is. */
function assertShownAsText(markup: string, what: string, strings: readonly string[] = HOSTILE_STRINGS): void {
  for (const text of strings) assert.ok(markup.includes(escapeHtml(text)), `${what}: ${JSON.stringify(text)} is not shown as escaped text`);
}

/** Runs `show` with the tslab display writer captured; returns the bundles it displayed. */
function captureDisplays(show: () => void): MimeBundle[] {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: ((data: { data: MimeBundle }, update: boolean) => void) | null };
  const previous = jupyter.lastWriteDisplayData;
  const bundles: MimeBundle[] = [];
  jupyter.lastWriteDisplayData = (data) => bundles.push(data.data);
  try {
    show();
  } finally {
    jupyter.lastWriteDisplayData = previous;
  }
  return bundles;
}

/** All strings inside a value (a Plotly figure), with their paths. */
function stringsOf(value: unknown, at = "figure"): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${at}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${at}.${key}`));
  return [];
}

/** Plotly reads labels as a subset of HTML; only its own formatting tags may remain once the data text is escaped. */
function assertPlotlyTextEscaped(figure: unknown, what: string): void {
  // tickvals and categoryarray are category keys, never displayed (ticktext is); everything else may be shown.
  const raw = stringsOf(figure)
    .filter(([at]) => !/\.(tickvals|categoryarray)\[/.test(at))
    .filter(([, text]) => /<[a-zA-Z!/]/.test(text.replace(/<br>|<\/?b>|<\/?i>|<extra><\/extra>/g, "")))
    .map(([at, text]) => `${at}: ${JSON.stringify(text)}`);
  assert.deepEqual(raw, [], `${what}: data-derived text reaches Plotly unescaped`);
}

const hostileRows = HOSTILE_STRINGS.map((text, i) => ({ response: text, label: `item ${i}`, percent: i + 0.5, note: { text } }));

function hostileLikert(): DivergingLikertChart {
  return {
    title: HOSTILE_STRINGS[0],
    caption: HOSTILE_STRINGS[1],
    bars: HOSTILE_STRINGS.map((label, i) => ({
      label,
      segments: [
        { response: HOSTILE_STRINGS[(i + 1) % HOSTILE_STRINGS.length], position: -2, percent: 20 },
        { response: HOSTILE_STRINGS[(i + 2) % HOSTILE_STRINGS.length], position: -1, percent: 20 },
        { response: HOSTILE_STRINGS[(i + 3) % HOSTILE_STRINGS.length], position: 1, percent: 25 },
        { response: HOSTILE_STRINGS[(i + 4) % HOSTILE_STRINGS.length], position: 2, percent: 25 },
        { response: HOSTILE_STRINGS[(i + 5) % HOSTILE_STRINGS.length], position: null, percent: 10 },
      ],
    })),
  };
}

function hostilePointRange(): PointRangeChart {
  return {
    title: HOSTILE_STRINGS[2],
    caption: HOSTILE_STRINGS[3],
    yTitle: HOSTILE_STRINGS[0],
    synthetic: true,
    series: HOSTILE_STRINGS.slice(0, 4).map((name) => ({ name, points: HOSTILE_STRINGS.slice(4, 8).map((x, j) => ({ x, estimate: 40 + j, lower: 35 + j, upper: 45 + j, n: 100 })) })),
  };
}

describe("reliability: output safety — hostile labels show as text, never run", () => {
  it("the markup detector itself flags each attack when unescaped and passes it escaped (control)", () => {
    for (const text of HOSTILE_STRINGS.filter((t) => t.includes("<") && !t.startsWith("&"))) {
      assert.notDeepEqual(executableMarkup(`<td>${text}</td>`), [], `detector misses ${text}`);
      assert.deepEqual(executableMarkup(`<td>${escapeHtml(text)}</td>`), [], `detector false alarm on escaped ${text}`);
    }
    assert.ok(isScriptUrl("java&#x09;script:alert(1)") && isScriptUrl(" JavaScript:x") && !isScriptUrl("https://example.org"));
  });

  describe("lib/display/html-table.ts htmlTable", () => {
    it("escapes cells, column labels, the caption, formatter output and object cells", () => {
      const html = htmlTable(
        hostileRows,
        [
          { key: "response", label: HOSTILE_STRINGS[1] },
          { key: "label", label: "Label", format: (_value, row) => `${row.response}!` },
          { key: "percent", label: HOSTILE_STRINGS[2] },
          { key: "note", label: "Note" },
        ],
        HOSTILE_STRINGS[0],
      );
      assertNoExecutableMarkup(html, "htmlTable");
      assertShownAsText(html, "htmlTable");
    });
  });

  describe("lib/display/notebook-display.ts", () => {
    it("showTable (rows and an Arquero table with hostile column names): text/html has no executable markup and shows the text", () => {
      const objects = captureDisplays(() => showTable(hostileRows, HOSTILE_STRINGS[3]));
      const columns = Object.fromEntries(HOSTILE_STRINGS.map((name, i) => [name, [HOSTILE_STRINGS[(i + 1) % HOSTILE_STRINGS.length]]]));
      const table = captureDisplays(() => showTable(aq.table(columns), "caption"));
      for (const bundle of [...objects, ...table]) {
        assertNoExecutableMarkup(bundle["text/html"] as string, "showTable text/html");
        assertShownAsText(bundle["text/html"] as string, "showTable text/html", [HOSTILE_STRINGS[5], HOSTILE_STRINGS[0]]);
      }
    });

    it("showDivergingLikert: the SVG, the Plotly spec and the data table are safe", () => {
      const bundles = captureDisplays(() => showDivergingLikert(hostileLikert()));
      const chart = bundles.find((bundle) => bundle[PLOTLY_MIME] !== undefined)!;
      assertNoExecutableMarkup(chart["image/svg+xml"] as string, "Likert SVG");
      assertShownAsText(chart["image/svg+xml"] as string, "Likert SVG", [HOSTILE_STRINGS[0]]);
      const table = bundles.find((bundle) => bundle[PLOTLY_MIME] === undefined)!;
      assertNoExecutableMarkup(table["text/html"] as string, "Likert data table");
      assertShownAsText(table["text/html"] as string, "Likert data table");
    });

    it("showPointRange: the SVG, the Plotly spec and the data table are safe", () => {
      const bundles = captureDisplays(() => showPointRange(hostilePointRange()));
      const chart = bundles.find((bundle) => bundle[PLOTLY_MIME] !== undefined)!;
      assertNoExecutableMarkup(chart["image/svg+xml"] as string, "point-range SVG");
      assertPlotlyTextEscaped(chart[PLOTLY_MIME], "point-range Plotly spec");
      const table = bundles.find((bundle) => bundle[PLOTLY_MIME] === undefined)!;
      assertNoExecutableMarkup(table["text/html"] as string, "point-range data table");
      assertShownAsText(table["text/html"] as string, "point-range data table", HOSTILE_STRINGS.slice(0, 8));
    });

    it("showMarkdown with data escaped by escapeMarkdownCell renders without executable markup even where raw HTML is kept (JupyterLab, trusted output)", () => {
      const [bundle] = captureDisplays(() => showMarkdown(`Labels: ${HOSTILE_STRINGS.map(escapeMarkdownCell).join("; ")}`));
      const asJupyterLabRendersTrusted = new Marked({ gfm: true }).parse(bundle["text/markdown"] as string, { async: false }) as string;
      assertNoExecutableMarkup(asJupyterLabRendersTrusted, "trusted Markdown output");
    });

    it("escapeHtml is not a Markdown escape: a label '[x](javascript:alert(1))' escaped with it still renders as a javascript: link (hazard, documented)", () => {
      const [bundle] = captureDisplays(() => showMarkdown(`Evidence: ${escapeHtml("[x](javascript:alert(1))")}.`));
      const asJupyterLabRendersTrusted = new Marked({ gfm: true }).parse(bundle["text/markdown"] as string, { async: false }) as string;
      assert.notDeepEqual(executableMarkup(asJupyterLabRendersTrusted), [], "escapeHtml leaves Markdown link syntax intact");
    });

    it("notebooks escape data-derived text in showMarkdown with a Markdown escape (escapeMarkdownCell), never with escapeHtml", () => {
      const offending: string[] = [];
      for (const name of readdirSync(projectPath("notebooks")).filter((file) => file.endsWith(".ipynb"))) {
        const notebook = JSON.parse(readFileSync(projectPath(`notebooks/${name}`), "utf8")) as { cells: { cell_type: string; id?: string; source: string | string[] }[] };
        for (const cell of notebook.cells) {
          const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
          if (cell.cell_type === "code" && /showMarkdown\(/.test(source) && /escapeHtml\(/.test(source)) offending.push(`${name} cell ${cell.id ?? "?"}`);
        }
      }
      assert.deepEqual(offending, [], "cells that build Markdown with escapeHtml (a label like [x](javascript:…) becomes a live link in JupyterLab)");
    });
  });

  describe("lib/display SVG and Plotly builders", () => {
    it("svgDivergingLikert escapes title, caption, item labels and responses", () => {
      const svg = svgDivergingLikert(hostileLikert());
      assertNoExecutableMarkup(svg, "svgDivergingLikert");
      assertShownAsText(svg, "svgDivergingLikert", [HOSTILE_STRINGS[0]]);
    });

    it("svgPointRange escapes title, caption, axis title, series names and x labels", () => {
      const svg = svgPointRange(hostilePointRange());
      assertNoExecutableMarkup(svg, "svgPointRange");
      assertShownAsText(svg, "svgPointRange", [HOSTILE_STRINGS[4]]);
    });

    it("plotlyPointRange escapes every data-derived string Plotly reads as HTML", () => {
      assertPlotlyTextEscaped(plotlyPointRange(hostilePointRange()), "plotlyPointRange");
    });

    it("plotlyDivergingLikert escapes every data-derived string Plotly reads as HTML (item labels, responses, title, caption)", () => {
      assertPlotlyTextEscaped(plotlyDivergingLikert(hostileLikert()), "plotlyDivergingLikert");
    });
  });

  describe("lib/display/markdown-table.ts markdownTable", () => {
    it("cells and labels render as text even when raw HTML is kept", () => {
      const rows = HOSTILE_STRINGS.map((text) => ({ a: text, b: `${text}\n| injected | row |` }));
      const markdown = markdownTable(rows, [{ key: "a", label: HOSTILE_STRINGS[0] }, { key: "b", label: "b" }]);
      const html = new Marked({ gfm: true }).parse(markdown, { async: false }) as string;
      assertNoExecutableMarkup(html, "markdownTable rendered");
      assert.equal((html.match(/<tr>/g) ?? []).length, rows.length + 1, "no injected rows");
    });
  });

  describe("lib/report page builders", () => {
    const outputs = (): NotebookOutput[] => [
      { output_type: "stream", name: "stdout", text: [...HOSTILE_STRINGS] },
      { output_type: "stream", name: HOSTILE_STRINGS[2], text: "x" },
      { output_type: "error", ename: HOSTILE_STRINGS[0], evalue: HOSTILE_STRINGS[1], traceback: [...HOSTILE_STRINGS] },
      { output_type: "execute_result", data: { "text/plain": HOSTILE_STRINGS.join("\n") } },
      { output_type: "display_data", data: { "text/markdown": HOSTILE_STRINGS.join("\n\n") } },
      ...captureDisplays(() => showTable(hostileRows, HOSTILE_STRINGS[3])).map((data): NotebookOutput => ({ output_type: "display_data", data })),
      ...captureDisplays(() => showPointRange(hostilePointRange())).map((data): NotebookOutput => ({ output_type: "display_data", data })),
      { output_type: "display_data", data: { "image/png": `${HOSTILE_STRINGS[0]}`, "text/plain": HOSTILE_STRINGS[2] } },
      { output_type: "display_data", data: { [HOSTILE_STRINGS[0]]: "x" } },
    ];

    it("renderOutput: streams, errors, text, Markdown, tables, charts (JSON island) and unknown types carry no executable markup", () => {
      outputs().forEach((output, i) => {
        const { html } = renderOutput(output, `chart-${i + 1}`);
        assertNoExecutableMarkup(html, `output ${i} (${output.output_type})`, { jsonScripts: true });
      });
    });

    it("renderOutput: a Plotly spec holding `</script>` cannot close its JSON island", () => {
      const [chart] = captureDisplays(() => showPointRange(hostilePointRange()));
      const { html } = renderOutput({ output_type: "display_data", data: chart }, "chart-1");
      assert.equal((html.match(/<\/script/gi) ?? []).length, 1, "only the island's own closing tag");
      assert.ok(!html.includes("<!--"));
    });

    it("renderMarkdown: raw HTML in output Markdown is escaped; javascript: links and remote images are dropped in both sources", () => {
      const markdown = [...HOSTILE_STRINGS, "[a](JaVaScRiPt:alert(1))", "[b](java&#x09;script:alert(1))", "<javascript:alert(1)>", "![i](javascript:alert(1))", "![i](https://evil.example/x.png)", "[c]: javascript:alert(1)\n\n[c]"].join("\n\n");
      assertNoExecutableMarkup(renderMarkdown(markdown, "output"), "output Markdown");
      const authored = renderMarkdown(["[a](javascript:alert(1))", "[b](JAVASCRIPT:alert(1))", "<javascript:alert(1)>", "[c]: javascript:alert(1)\n\n[c]", "![i](javascript:alert(1))"].join("\n\n"), "authored");
      assertNoExecutableMarkup(authored, "authored Markdown links");
    });

    it("notebookPage: hostile file name, kernel name, code, raw cells and outputs", () => {
      const notebook: Notebook = {
        nbformat: 4,
        metadata: { kernelspec: { display_name: HOSTILE_STRINGS[0] } },
        cells: [
          { cell_type: "markdown", source: "# Title" },
          { cell_type: "code", source: HOSTILE_STRINGS.join("\n"), execution_count: 1, outputs: outputs() },
          { cell_type: "raw", source: HOSTILE_STRINGS.join("\n") },
        ],
      };
      const page = notebookPage(notebook, { fileName: `${HOSTILE_STRINGS[2]}.ipynb`, indexLink: "index.html" });
      assertNoExecutableMarkup(page.html, "notebook page", { jsonScripts: true, scriptSources: [PLOTLY_ASSET, CHARTS_ASSET], pageHead: true });
      assertShownAsText(page.html, "notebook page", [HOSTILE_STRINGS[0], HOSTILE_STRINGS[2]]);
    });

    it("indexPage: hostile notebook titles, ledger claims, verdicts, definitions and the absent-ledger reason", () => {
      const claim = (i: number): LedgerRow => ({
        id: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length],
        section: HOSTILE_STRINGS[(i + 1) % HOSTILE_STRINGS.length],
        statement: HOSTILE_STRINGS[(i + 2) % HOSTILE_STRINGS.length],
        reported: HOSTILE_STRINGS[(i + 3) % HOSTILE_STRINGS.length],
        computed: HOSTILE_STRINGS[(i + 4) % HOSTILE_STRINGS.length],
        interval: HOSTILE_STRINGS[(i + 5) % HOSTILE_STRINGS.length],
        // The report escapes whatever verdict it is given, even one outside the vocabulary.
        verdict: HOSTILE_STRINGS[(i + 6) % HOSTILE_STRINGS.length] as Verdict,
        evidence: HOSTILE_STRINGS[(i + 7) % HOSTILE_STRINGS.length],
        notebook: i % 2 === 0 ? "01-a.ipynb" : HOSTILE_STRINGS[(i + 8) % HOSTILE_STRINGS.length],
        detail: HOSTILE_STRINGS[(i + 9) % HOSTILE_STRINGS.length],
        interval_kind: "rounding",
        respondent_verdict: HOSTILE_STRINGS[(i + 10) % HOSTILE_STRINGS.length] as RespondentVerdict,
        respondent_estimate: HOSTILE_STRINGS[(i + 11) % HOSTILE_STRINGS.length],
        respondent_ci_low: HOSTILE_STRINGS[(i + 12) % HOSTILE_STRINGS.length],
        respondent_ci_high: HOSTILE_STRINGS[(i + 13) % HOSTILE_STRINGS.length],
        respondent_unit: "percent",
        respondent_base: HOSTILE_STRINGS[(i + 14) % HOSTILE_STRINGS.length],
        respondent_domain: HOSTILE_STRINGS[(i + 15) % HOSTILE_STRINGS.length],
        respondent_waves: HOSTILE_STRINGS[(i + 16) % HOSTILE_STRINGS.length],
        respondent_detail: HOSTILE_STRINGS[(i + 17) % HOSTILE_STRINGS.length],
      });
      const claims = HOSTILE_STRINGS.map((_, i) => claim(i));
      const notebooks = [{ fileName: "01-a.ipynb", page: "01-a.html", title: HOSTILE_STRINGS[0], cells: 1, charts: 0, errors: 0 }];
      const withLedger = indexPage({
        title: HOSTILE_STRINGS[1],
        notebooks,
        ledger: {
          present: true,
          file: HOSTILE_STRINGS[2],
          claims,
          summary: claims.map((c) => ({ verdict: c.verdict, count: 1 })),
          respondentSummary: claims.map((c) => ({ verdict: c.respondent_verdict, count: 1 })),
          definitions: new Map(claims.map((c) => [c.verdict, HOSTILE_STRINGS[3]])),
          respondentDefinitions: new Map(claims.map((c) => [c.respondent_verdict, HOSTILE_STRINGS[4]])),
        },
      });
      assertNoExecutableMarkup(withLedger, "index page with ledger", { pageHead: true });
      assertShownAsText(withLedger, "index page", [HOSTILE_STRINGS[0], HOSTILE_STRINGS[2]]);
      const without = indexPage({ title: "t", notebooks, ledger: { present: false, file: HOSTILE_STRINGS[0], reason: HOSTILE_STRINGS[1] } });
      assertNoExecutableMarkup(without, "index page without ledger", { pageHead: true });
    });
  });

  describe("end to end: hostile labels in test waves reach the notebook output and the report as text", () => {

    /** Renders bundles as the report does and checks them; returns the report HTML. */
    function reportHtmlOf(bundles: readonly MimeBundle[]): string {
      const html = bundles.map((data, i) => renderOutput({ output_type: "display_data", data }, `chart-${i + 1}`).html).join("\n");
      assertNoExecutableMarkup(html, "report HTML", { jsonScripts: true });
      return html;
    }

    it("a response label `<img src=x onerror=alert(1)>` in the codebook of a CSV wave: table and chart outputs, in the notebook and in the report", async () => {
      const hostile = "<img src=x onerror=alert(1)>";
      const codebook = projectCodebookText().replace(/^(\*,russia_opinion,[^\n]*?,1,)Very favorable,/m, `$1"${hostile}",`);
      assert.ok(codebook.includes(hostile), "fixture: the codebook carries the hostile label");
      const folder = writeWaveFolder({ wave: toCsv(waveHeader(), validWaveRows()), codebook });
      const [wave] = (await loadWaves({ manifestFile: folder.manifestFile })).waves;
      const coding = wave.coding.get("russia_opinion")!;
      assert.equal(coding.codes[0].label, hostile, "the label is read as written");
      const design = createSurveyDesign({ weights: wave.weights, strata: wave.strata, psu: wave.psu });
      const table = surveyProportions(design, wave.answers.get("russia_opinion")!, { categories: coding.codes.map((c) => c.code) });
      const rows = table.categories.map((c) => ({ code: c.code, label: coding.codes.find((k) => k.code === c.code)!.label, percent: 100 * c.estimate }));
      const chart: DivergingLikertChart = {
        title: "SYNTHETIC test wave",
        caption: "reliability fixture",
        bars: [{ label: coding.wording, segments: coding.codes.map((c, i) => ({ response: c.label, position: c.scalePosition, percent: rows[i].percent })) }],
      };
      const bundles = [...captureDisplays(() => showTable(rows, "Opinion of Russia")), ...captureDisplays(() => showDivergingLikert(chart))];
      for (const bundle of bundles) {
        for (const mime of ["text/html", "image/svg+xml"]) if (typeof bundle[mime] === "string") assertNoExecutableMarkup(bundle[mime] as string, `notebook ${mime}`);
      }
      assertShownAsText(bundles[0]["text/html"] as string, "notebook table", [hostile]);
      assertShownAsText(reportHtmlOf(bundles), "report", [hostile]);
    });

    it("SPSS value labels with HTML and Markdown injection (hostile-labels.sav): shown as text in a table, in the notebook and in the report", async () => {
      const folder = writeWaveFolder({
        wave: readFileSync(projectPath("test/fixtures/bad-inputs/hostile-labels.sav")),
        waveFileName: "wave.sav",
        manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: "wave.sav", format: "sav" })}\n`,
      });
      const [wave] = (await loadWaves({ manifestFile: folder.manifestFile })).waves;
      const labels = wave.fileValueLabels.get("leadership_opinion") ?? [];
      assert.equal(labels.length, 4, "the four hostile value labels are read");
      const bundles = captureDisplays(() => showTable(labels.map((l) => ({ code: l.code, label: l.label })), "Value labels stored in the file"));
      assertNoExecutableMarkup(bundles[0]["text/html"] as string, "notebook table");
      assertShownAsText(reportHtmlOf(bundles), "report", labels.map((l) => l.label));
    });
  });
});
