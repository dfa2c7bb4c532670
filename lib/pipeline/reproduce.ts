import { rmSync } from "node:fs";
import * as path from "node:path";
import { CLAIM_RESULTS_DIR } from "../claims/claim-results-file";
import { LEDGER_FILE, writeLedger } from "../claims/ledger";
import { projectPath } from "../project/project-path";
import { exportReport } from "../report/export-report";
import { ESTIMATE_RESULTS_DIR, ESTIMATES_FILE, writeEstimates } from "../wave-analyses/estimates-file";
import { NotebookRun } from "./execute-notebook";
import { ensureJupyter, registerKernel } from "./jupyter-environment";
import { EXECUTED_DIR, isLedgerNotebook, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";
import { FailedRun, runNotebooks } from "./run-notebooks";

/** Folder of the offline HTML report. */
export const REPORT_DIR = "output/report";

/** A step of the main job other than a notebook (the ledger, the report) that failed. */
export interface StageFailure {
  readonly stage: "ledger" | "estimates" | "report";
  readonly message: string;
}

/** What one run of the main job did. */
export interface ReproduceSummary {
  readonly runs: readonly NotebookRun[];
  readonly failures: readonly FailedRun[];
  readonly stageFailures: readonly StageFailure[];
  readonly reportIndex: string | null;
  readonly seconds: number;
}

/**
 * The main job, in four steps, each with progress lines:
 * 1. set up Jupyter and the project-local tslab kernel;
 * 2. execute the analysis notebooks into output/notebooks/; each records the
 *    results of its claims in output/claims/ (cleared first, with the old
 *    ledger, so only this run's results count);
 * 3. merge the claims registry and the results into the ledger
 *    output/claims.csv, and every notebook's estimates (output/estimates/)
 *    into output/estimates.csv (only when every analysis notebook ran, so the
 *    file is never partial); then execute the ledger notebook (00-), which
 *    reads the ledger;
 * 4. export every executed notebook and the ledger to the offline HTML report
 *    output/report/.
 * A failing notebook or step does not stop the others; all failures are
 * returned (and the ledger notebook is skipped when there is no ledger).
 */
export function reproduce(log: (line: string) => void): ReproduceSummary {
  const started = Date.now();
  const jupyter = ensureJupyter(log);
  const env = registerKernel();
  log(`[reproduce] Jupyter client: ${jupyter.python} (nbclient ${jupyter.nbclientVersion}); kernel: project-local tslab`);
  rmSync(projectPath(CLAIM_RESULTS_DIR), { recursive: true, force: true });
  rmSync(projectPath(LEDGER_FILE), { force: true });
  rmSync(projectPath(ESTIMATE_RESULTS_DIR), { recursive: true, force: true });
  rmSync(projectPath(ESTIMATES_FILE), { force: true });
  const names = listNotebooks();
  const analysis = names.filter((name) => !isLedgerNotebook(name));
  const options = { sourceDir: projectPath(NOTEBOOK_DIR), executedDir: projectPath(EXECUTED_DIR), python: jupyter.python, env, log };
  const runs = runNotebooks(analysis, { ...options, progress: { offset: 0, total: names.length } });
  const stageFailures: StageFailure[] = [];
  const ledgerWritten = runStage("ledger", stageFailures, log, () => {
    const ledger = writeLedger();
    log(`[reproduce] ledger: ${ledger.rows} claims -> ${LEDGER_FILE}`);
  });
  runStage("estimates", stageFailures, log, () => {
    const failed = runs.filter((run) => !run.ok).map((run) => path.basename(run.notebook));
    if (failed.length > 0) throw new Error(`not written: the estimates of ${failed.join(", ")} are missing (the notebook failed)`);
    const estimates = writeEstimates();
    log(`[reproduce] estimates: ${estimates.rows} rows -> ${ESTIMATES_FILE}`);
  });
  const ledgerNotebooks = names.filter(isLedgerNotebook);
  if (ledgerWritten) {
    runs.push(...runNotebooks(ledgerNotebooks, { ...options, progress: { offset: analysis.length, total: names.length } }));
  } else {
    for (const name of ledgerNotebooks) rmSync(path.join(options.executedDir, name), { force: true });
    log(`[reproduce] skipped ${ledgerNotebooks.join(", ")}: no ledger`);
  }
  const failures = runs.filter((run): run is FailedRun => !run.ok);
  let reportIndex: string | null = null;
  runStage("report", stageFailures, log, () => {
    log("[reproduce] exporting the HTML report ...");
    const report = exportReport({
      executedDir: options.executedDir,
      ledgerCsv: projectPath(LEDGER_FILE),
      outDir: projectPath(REPORT_DIR),
      log,
      failures: failures.map(({ notebook, failure }) => ({ notebook: path.basename(notebook), reason: `cell ${failure.cellNumber ?? "?"}: ${failure.evalue.split("\n", 1)[0]}` })),
    });
    reportIndex = report.pages[0];
    log(`[reproduce] report: ${path.relative(projectPath("."), reportIndex)} (${report.pages.length} pages)`);
  });
  return { runs, failures, stageFailures, reportIndex, seconds: (Date.now() - started) / 1000 };
}

/** Runs one step, turning an exception into a recorded failure; returns whether it succeeded. */
function runStage(stage: StageFailure["stage"], failures: StageFailure[], log: (line: string) => void, step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    const message = (error as Error).message;
    failures.push({ stage, message });
    log(`[reproduce] ${stage} FAILED: ${message.split("\n", 1)[0]}`);
    return false;
  }
}

/** True when every notebook and every step succeeded. */
export function succeeded(summary: ReproduceSummary): boolean {
  return summary.failures.length === 0 && summary.stageFailures.length === 0;
}

/** The closing lines of a run: counts, then every failure with its notebook, cell, source and error. */
export function describeSummary(summary: ReproduceSummary): string[] {
  const lines = [`[reproduce] ${summary.runs.length - summary.failures.length} of ${summary.runs.length} notebooks ran without error in ${summary.seconds.toFixed(1)} s.`];
  if (summary.reportIndex !== null) lines.push(`[reproduce] open ${path.relative(projectPath("."), summary.reportIndex)} in a browser to read the report.`);
  for (const { notebook, failure } of summary.failures) {
    lines.push("", `[reproduce] FAILED: ${path.relative(projectPath("."), notebook)}, cell ${failure.cellNumber ?? "?"}`);
    if (failure.source) lines.push(indent(failure.source));
    lines.push(indent(`${failure.ename}: ${failure.evalue}`));
  }
  for (const { stage, message } of summary.stageFailures) lines.push("", `[reproduce] FAILED: the ${stage} step`, indent(message));
  return lines;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
