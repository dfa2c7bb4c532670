import { escapeHtml } from "../display/escape-html";
import { htmlPage } from "./html-page";
import { EmbeddedChart, renderOutput } from "./render-output";
import { joinText, Notebook, NotebookCell, notebookTitle } from "./notebook-json";
import { renderMarkdown } from "./render-markdown";

/** A rendered notebook page and what it holds. */
export interface NotebookPage {
  readonly title: string;
  readonly html: string;
  readonly charts: readonly EmbeddedChart[];
  /** Number of error outputs (a notebook that ran cleanly has none). */
  readonly errors: number;
  readonly cells: number;
}

/** Where a notebook page sits and what it links to. */
export interface NotebookPageOptions {
  /** The notebook's file name, e.g. "01-attitudes-table1.ipynb" (shown as the source). */
  readonly fileName: string;
  /** Relative link to the index page. */
  readonly indexLink: string;
}

/**
 * Renders an executed notebook as one report page: Markdown cells through
 * marked (authored text), code cells as their source (open, so every step is
 * visible) followed by their outputs (see {@link renderOutput}); raw cells
 * are shown as preformatted text. Charts are numbered chart-1, chart-2, … in
 * page order.
 *
 * @example notebookPage(parseNotebook(text, "01.ipynb"), { fileName: "01.ipynb", indexLink: "index.html" }).charts.length // => 1
 */
export function notebookPage(notebook: Notebook, options: NotebookPageOptions): NotebookPage {
  const title = notebookTitle(notebook, options.fileName.replace(/\.ipynb$/, ""));
  const charts: EmbeddedChart[] = [];
  let errors = 0;
  const sections = notebook.cells.map((cell) => {
    const outputs = (cell.outputs ?? []).map((output) => {
      if (output.output_type === "error") errors += 1;
      const rendered = renderOutput(output, `chart-${charts.length + 1}`);
      charts.push(...rendered.charts);
      return rendered.html;
    });
    return renderCell(cell, outputs);
  });
  const kernel = notebook.metadata?.kernelspec?.display_name;
  const meta = `<p class="meta">Executed notebook <code>${escapeHtml(options.fileName)}</code>${kernel ? ` (kernel: ${escapeHtml(kernel)})` : ""}; ${notebook.cells.length} cells, ${charts.length} chart${charts.length === 1 ? "" : "s"}${errors > 0 ? `, <strong>${errors} error output${errors === 1 ? "" : "s"}</strong>` : ""}.</p>`;
  const body = [meta, ...sections].join("\n");
  return { title, html: htmlPage({ title, body, hasCharts: charts.length > 0, indexLink: options.indexLink }), charts, errors, cells: notebook.cells.length };
}

function renderCell(cell: NotebookCell, outputs: readonly string[]): string {
  const source = joinText(cell.source);
  switch (cell.cell_type) {
    case "markdown":
      return `<section class="cell markdown">${renderMarkdown(source, "authored")}</section>`;
    case "raw":
      return `<section class="cell raw"><pre>${escapeHtml(source)}</pre></section>`;
    case "code": {
      const label = `In [${cell.execution_count ?? " "}]`;
      const code = source.trim() === "" ? "" : `<details open><summary>${escapeHtml(label)}</summary><pre><code>${escapeHtml(source)}</code></pre></details>`;
      return `<section class="cell code">${code}${outputs.join("\n")}</section>`;
    }
  }
}
