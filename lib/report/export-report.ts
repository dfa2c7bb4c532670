import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { VERDICTS } from "../claims/verdict";
import { projectRoot } from "../project/project-path";
import { IndexLedger, IndexNotebook, indexPage, NotebookFailureNote, notebookPageName } from "./index-page";
import { parseLedger, respondentVerdictSummary, verdictSummary } from "../claims/ledger";
import { RESPONDENT_VERDICTS } from "../claims/respondent-verdict";
import { notebookPage } from "./notebook-page";
import { parseNotebook } from "./notebook-json";
import { ASSETS_DIR, CHARTS_ASSET, CSS_ASSET, DRAW_CHARTS_JS, PLOTLY_ASSET, REPORT_CSS } from "./report-assets";

/** Options of {@link exportReport}. */
export interface ExportReportOptions {
  /** Folder of the executed notebooks (*.ipynb), e.g. output/notebooks. */
  readonly executedDir: string;
  /** The claims ledger CSV, e.g. output/claims.csv; when absent the index says so. */
  readonly ledgerCsv?: string;
  /** How the report names the ledger file (default: its path, project-relative when inside the project). */
  readonly ledgerLabel?: string;
  /** Folder of the report, e.g. output/report; replaced as a whole. */
  readonly outDir: string;
  /** Receives one progress line per page and step. */
  readonly log: (line: string) => void;
  /** Notebooks of this run that failed (they have no executed copy); the index lists them. */
  readonly failures?: readonly NotebookFailureNote[];
}

/** Title of the report's index page. */
export const REPORT_TITLE = "Love with Nuances: claim-by-claim reproduction report";

/**
 * Exports every executed notebook and the claims ledger as a self-contained
 * HTML report that works offline: `index.html` (notebooks and ledger with
 * verdicts, each claim linked to its notebook's page), one page per notebook,
 * and `assets/` with the style sheet, the chart script and plotly.js copied
 * once from the installed plotly.js-dist (no CDN, no external URL).
 * The report is built in a temporary folder next to `outDir` and moved into
 * place only when complete, so a failed export leaves the previous report
 * (or none), never a half-written one. Returns the absolute paths of the
 * pages written, index first.
 *
 * @example exportReport({ executedDir: "output/notebooks", ledgerCsv: "output/claims.csv", outDir: "output/report", log: console.log })
 */
export function exportReport(options: ExportReportOptions): { pages: string[] } {
  const outDir = path.resolve(options.outDir);
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, ASSETS_DIR), { recursive: true });
  try {
    // Hidden files (".executing-…" temporaries of a notebook being written) are not executed notebooks.
    const files = existsSync(options.executedDir) ? readdirSync(options.executedDir).filter((name) => name.endsWith(".ipynb") && !name.startsWith(".")).sort() : [];
    options.log(`[report] ${files.length} executed notebook${files.length === 1 ? "" : "s"} in ${options.executedDir}`);
    const notebooks: IndexNotebook[] = files.map((fileName, index) => {
      const page = notebookPageName(fileName);
      const rendered = notebookPage(parseNotebook(readFileSync(path.join(options.executedDir, fileName), "utf8"), fileName), { fileName, indexLink: "index.html" });
      writeFileSync(path.join(staging, page), rendered.html);
      options.log(`[report] (${index + 1}/${files.length}) ${fileName} -> ${page}: ${rendered.cells} cells, ${rendered.charts.length} charts, ${rendered.errors} error outputs`);
      return { fileName, page, title: rendered.title, cells: rendered.cells, charts: rendered.charts.length, errors: rendered.errors };
    });
    const ledger = readLedger(options.ledgerCsv, options.ledgerLabel);
    options.log(ledger.present ? `[report] ledger ${ledger.file}: ${ledger.claims.length} claims` : `[report] ledger not included: ${ledger.reason}`);
    writeFileSync(path.join(staging, "index.html"), indexPage({ title: REPORT_TITLE, notebooks, ledger, failures: options.failures ?? [] }));
    writeFileSync(path.join(staging, CSS_ASSET), REPORT_CSS);
    writeFileSync(path.join(staging, CHARTS_ASSET), DRAW_CHARTS_JS);
    // Copied by content, not with copyFile, so the copy gets the mode of every other output, not the package's.
    writeFileSync(path.join(staging, PLOTLY_ASSET), readFileSync(require.resolve("plotly.js-dist")));
    options.log(`[report] assets: ${CSS_ASSET}, ${CHARTS_ASSET}, ${PLOTLY_ASSET} (local copy of plotly.js-dist)`);
    replaceFolder(staging, outDir);
    options.log(`[report] wrote ${notebooks.length + 1} pages to ${outDir}/index.html`);
    return { pages: ["index.html", ...notebooks.map((notebook) => notebook.page)].map((page) => path.join(outDir, page)) };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function readLedger(file: string | undefined, label: string | undefined): IndexLedger {
  if (file === undefined) return { present: false, file: label ?? "output/claims.csv", reason: "no ledger file was given to the export." };
  const shown = label ?? displayPath(file);
  if (!existsSync(file)) return { present: false, file: shown, reason: "the file does not exist (npm run reproduce writes it after running the notebooks)." };
  const claims = parseLedger(readFileSync(file, "utf8"), shown);
  const vocabulary = VERDICTS.map((entry) => entry.verdict);
  return {
    present: true,
    file: shown,
    claims,
    summary: verdictSummary(claims, vocabulary),
    respondentSummary: respondentVerdictSummary(claims),
    definitions: new Map(VERDICTS.map((entry) => [entry.verdict as string, entry.definition])),
    respondentDefinitions: new Map(RESPONDENT_VERDICTS.map((entry) => [entry.verdict as string, entry.definition])),
  };
}

/** A path as readers should see it: project-relative when inside the project, else as given. */
function displayPath(file: string): string {
  const relative = path.relative(projectRoot(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** Moves `source` to `target`, replacing it: the old folder is set aside first and removed only after the move. */
function replaceFolder(source: string, target: string): void {
  const previous = `${source}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(source, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
