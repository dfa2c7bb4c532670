import { escapeHtml } from "../display/escape-html";
import { htmlPage } from "./html-page";
import { LedgerRow, VerdictCount } from "../claims/ledger";

/** A notebook as the index lists it. */
export interface IndexNotebook {
  /** Notebook file name, e.g. "01-attitudes-table1.ipynb". */
  readonly fileName: string;
  /** Report page of the notebook, relative to the index, e.g. "01-attitudes-table1.html". */
  readonly page: string;
  readonly title: string;
  readonly cells: number;
  readonly charts: number;
  readonly errors: number;
}

/** The ledger as the index shows it, or why it is absent. */
export type IndexLedger =
  | {
      readonly present: true;
      readonly file: string;
      readonly claims: readonly LedgerRow[];
      /** Claims per verdict on the printed figures. */
      readonly summary: readonly VerdictCount[];
      /** Claims per respondent-level verdict (absent: the table is left out). */
      readonly respondentSummary?: readonly VerdictCount[];
      /** Definitions of the verdicts on the printed figures. */
      readonly definitions: ReadonlyMap<string, string>;
      /** Definitions of the respondent-level verdicts. */
      readonly respondentDefinitions?: ReadonlyMap<string, string>;
    }
  | { readonly present: false; readonly file: string; readonly reason: string };

/** A notebook that failed to run, and why (one line). */
export interface NotebookFailureNote {
  readonly notebook: string;
  readonly reason: string;
}

/** Content of the index page. */
export interface IndexContent {
  readonly title: string;
  readonly notebooks: readonly IndexNotebook[];
  readonly ledger: IndexLedger;
  /** Notebooks that failed in this run; shown as a warning above the list. */
  readonly failures?: readonly NotebookFailureNote[];
}

/**
 * Report page of a notebook file: its name with ".ipynb" replaced by ".html".
 *
 * @example notebookPageName("01-attitudes-table1.ipynb") // => "01-attitudes-table1.html"
 */
export function notebookPageName(fileName: string): string {
  if (!/^[\w.-]+\.ipynb$/.test(fileName)) throw new RangeError(`notebookPageName: ${JSON.stringify(fileName)} is not a plain .ipynb file name`);
  return fileName.replace(/\.ipynb$/, ".html");
}

/**
 * CSS class of a verdict: "verdict-" + its words in lower case joined by "-".
 *
 * @example verdictClass("not checkable (source not public)") // => "verdict-not-checkable-source-not-public"
 */
export function verdictClass(verdict: string): string {
  return `verdict-${verdict.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/**
 * The report's index page: the notebooks with links to their pages (cells,
 * charts, error outputs), then the claims ledger: a summary of the verdicts of
 * each layer with their definitions and one row per claim with both verdicts
 * side by side (printed figures; respondent level, with the estimate, its 95%
 * interval, base and waves) and a link to the page of the notebook that checks it. When the ledger file is absent the
 * page says so instead; notebooks that failed to run are listed in a warning.
 *
 * @example indexPage({ title: "Report", notebooks: [], ledger: { present: false, file: "output/claims.csv", reason: "not found" } })
 */
export function indexPage(content: IndexContent): string {
  const pages = new Map(content.notebooks.map((notebook) => [notebook.fileName, notebook.page]));
  const notebookRows = content.notebooks
    .map(
      (notebook) =>
        `<tr><td><a href="${escapeHtml(notebook.page)}">${escapeHtml(notebook.title)}</a><br><code>${escapeHtml(notebook.fileName)}</code></td><td style="text-align:right">${notebook.cells}</td><td style="text-align:right">${notebook.charts}</td><td style="text-align:right">${notebook.errors === 0 ? "0" : `<strong>${notebook.errors}</strong>`}</td></tr>`,
    )
    .join("\n");
  const notebooks =
    content.notebooks.length === 0
      ? `<p class="notice">No executed notebooks were found.</p>`
      : `<table class="notebooks"><thead><tr><th>Notebook</th><th>Cells</th><th>Charts</th><th>Error outputs</th></tr></thead><tbody>\n${notebookRows}\n</tbody></table>`;
  const intro = `<p>Each notebook page is an executed notebook of the reproduction: the explanation of every step, its code and its outputs. Charts are interactive (plotly.js, shipped with this report, so the pages work offline); the table under each chart holds the same numbers.</p>`;
  const failures = content.failures ?? [];
  const failed =
    failures.length === 0
      ? ""
      : `<div class="notice" role="alert"><p><strong>${failures.length} notebook${failures.length === 1 ? "" : "s"} failed to run and ${failures.length === 1 ? "is" : "are"} not in this report:</strong></p><ul>${failures.map((f) => `<li><code>${escapeHtml(f.notebook)}</code>: ${escapeHtml(f.reason)}</li>`).join("")}</ul></div>`;
  const body = [`<h1>${escapeHtml(content.title)}</h1>`, intro, `<h2 id="notebooks">Notebooks</h2>`, failed, notebooks, `<h2 id="ledger">Claims ledger</h2>`, ledgerSection(content.ledger, pages)].join("\n");
  return htmlPage({ title: content.title, body, hasCharts: false });
}

function ledgerSection(ledger: IndexLedger, pages: ReadonlyMap<string, string>): string {
  if (!ledger.present) return `<p class="notice">The claims ledger <code>${escapeHtml(ledger.file)}</code> is not part of this report: ${escapeHtml(ledger.reason)}</p>`;
  const summaryTable = (caption: string, summary: readonly VerdictCount[], definitions: ReadonlyMap<string, string>): string => {
    const rows = summary
      .map((entry) => `<tr><td class="verdict ${verdictClass(entry.verdict)}">${escapeHtml(entry.verdict)}</td><td style="text-align:right">${entry.count}</td><td>${escapeHtml(definitions.get(entry.verdict) ?? "")}</td></tr>`)
      .join("\n");
    return `<table class="verdicts"><caption>${escapeHtml(caption)}</caption><thead><tr><th>Verdict</th><th>Claims</th><th>Meaning</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
  };
  const claimRows = ledger.claims
    .map((claim) => {
      const page = pages.get(claim.notebook);
      const notebook = page === undefined ? `${escapeHtml(claim.notebook)}${claim.notebook === "" ? "" : " (not in this report)"}` : `<a href="${escapeHtml(page)}">${escapeHtml(claim.notebook)}</a>`;
      const interval = claim.interval === "" ? "" : `${claim.interval}${claim.interval_kind === "" ? "" : ` (${claim.interval_kind})`}`;
      const cells = [claim.id, claim.section, claim.statement, claim.reported, claim.computed, interval].map((text) => `<td>${escapeHtml(text)}</td>`);
      return (
        `<tr id="claim-${escapeHtml(claim.id)}">${cells.join("")}<td class="verdict ${verdictClass(claim.verdict)}">${escapeHtml(claim.verdict)}</td>` +
        `<td class="verdict ${verdictClass(claim.respondent_verdict)}">${escapeHtml(claim.respondent_verdict)}</td><td>${escapeHtml(respondentEstimate(claim))}</td>` +
        `<td>${escapeHtml(claim.evidence)}</td><td>${escapeHtml(claim.respondent_detail)}</td><td>${notebook}</td></tr>`
      );
    })
    .join("\n");
  return [
    `<p class="meta">From <code>${escapeHtml(ledger.file)}</code>: ${ledger.claims.length} claims, each judged twice: on the memo's printed figures, and on the respondent-level survey waves.</p>`,
    summaryTable("Verdicts on the printed figures", ledger.summary, ledger.definitions),
    ledger.respondentSummary === undefined ? "" : summaryTable("Respondent-level verdicts (survey waves)", ledger.respondentSummary, ledger.respondentDefinitions ?? new Map()),
    `<div class="scroll"><table class="claims"><caption>Every claim, both layers side by side</caption><thead><tr><th>Id</th><th>Section</th><th>Statement</th><th>Memo says</th><th>Computed</th><th>Interval (kind)</th><th>Verdict: printed figures</th><th>Verdict: respondent level</th><th>Respondent-level estimate (95% CI; base; waves)</th><th>Evidence</th><th>Respondent-level detail</th><th>Notebook</th></tr></thead><tbody>\n${claimRows}\n</tbody></table></div>`,
  ].join("\n");
}

/**
 * The respondent-level estimate of a ledger row as one cell: "86.84 percent
 * (95% CI 85.83–88.09); base all; waves a, b", or "–" without one.
 *
 * @example respondentEstimate(row) // => "86.84 percent (95% CI 85.83–88.09); base all; waves kz-2017-synthetic, kz-2018-synthetic"
 */
export function respondentEstimate(claim: Pick<LedgerRow, "respondent_estimate" | "respondent_ci_low" | "respondent_ci_high" | "respondent_unit" | "respondent_base" | "respondent_domain" | "respondent_waves">): string {
  if (claim.respondent_estimate === "") return "–";
  const base = `base ${claim.respondent_base}${claim.respondent_domain === "" ? "" : `, among ${claim.respondent_domain}`}`;
  return `${claim.respondent_estimate} ${claim.respondent_unit} (95% CI ${claim.respondent_ci_low} to ${claim.respondent_ci_high}); ${base}; waves ${claim.respondent_waves.split(";").join(", ")}`;
}
