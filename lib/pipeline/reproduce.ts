import { existsSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { writeLedger } from "../claims/ledger";
import { describeFolder, projectPath, resolveFolderOverrides } from "../project/project-path";
import { exportReport } from "../report/export-report";
import { writeEstimates } from "../wave-analyses/estimates-file";
import { requireValidWaves } from "../waves/wave-check-text";
import { checkDataFolder, explainFolderError, prepareOutputFolder } from "./folder-checks";
import { ensureJupyter, preferredPython, registerKernel } from "./jupyter-environment";
import { ExecutorEvent, FailedRun, NotebookRun } from "./notebook-events";
import { NotebookJob, NotebookSession, startNotebookSession } from "./notebook-executor";
import { isLedgerNotebook, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";
import { acquireOutputLock } from "./output-lock";
import {
  FAILED_RUN_DIR,
  linkDocumentedPaths,
  MarkerNotebook,
  removeLeftovers,
  RunFolder,
  RunMarker,
  setAsideFailedRun,
  sha256File,
  startRun,
  switchCurrent,
  writeMarker,
} from "./output-runs";

export type { FailedRun } from "./notebook-events";

/** Folder of the offline HTML report (a documented path; a link into the current run). */
export const REPORT_DIR = "output/report";

/** A step of the main job other than a notebook that failed. */
export interface StageFailure {
  readonly stage: "ledger" | "estimates" | "report" | "commit";
  readonly message: string;
}

/** What one run of the main job did. */
export interface ReproduceSummary {
  /** "complete": every notebook and step succeeded and the outputs were replaced; otherwise the previous outputs are untouched. */
  readonly outcome: "complete" | "failed" | "interrupted";
  /** What interrupted the run (a signal name such as "SIGINT", or why the executor stopped), when it was. */
  readonly interruption?: string;
  readonly runs: readonly NotebookRun[];
  /** Notebooks that failed (a cell failed, the kernel died); not those an interruption stopped. */
  readonly failures: readonly FailedRun[];
  /** Notebooks an interruption stopped before they finished, or kept from starting. */
  readonly stopped: readonly string[];
  readonly stageFailures: readonly StageFailure[];
  /** The output folder (output/, or LWN_OUTPUT_DIR). */
  readonly outputDir: string;
  /** Where this run's files are now: the output folder (complete), `<output>/failed-run` (failed, interrupted). */
  readonly resultDir: string;
  /** This run's report index, when one was written. */
  readonly reportIndex: string | null;
  readonly seconds: number;
}

/** Options of {@link reproduce}. */
export interface ReproduceOptions {
  /** Stops the run (the CLI's SIGINT/SIGTERM): kernels are killed, the partial output set aside as interrupted. */
  readonly signal?: AbortSignal;
  /** Wait for another main job on the same output folder instead of stopping. */
  readonly waitForLock?: boolean;
  /** Notebooks run at once; default: the number of cores. */
  readonly concurrency?: number;
  /** What this run is, for a second run's message (default "npm run reproduce"). */
  readonly command?: string;
  /** Receives every event of the notebook executor (the benchmark's breakdown). */
  readonly onExecutorEvent?: (event: ExecutorEvent) => void;
}

/**
 * The main job. Every run is a transaction on the output folder (`output/`,
 * or `LWN_OUTPUT_DIR`):
 * 1. checks the data and output folders (errors name the variable and the
 *    path tried) and the waves of the data folder (`npm run wave -- check`),
 *    takes the output folder's lock (a second main job stops
 *    with the first one's pid, or waits), removes what killed runs left;
 * 2. registers the project-local tslab kernel and starts the notebook
 *    executor with the usual Python, setting Jupyter up (finding or
 *    installing its client libraries) only when that Python lacks them;
 * 3. executes the analysis notebooks, as many at once as there are cores,
 *    into a new run folder `<output>/.runs/<id>/` (the kernels see it as
 *    their output folder, so claim results go there too); the ledger
 *    notebook's kernel starts meanwhile;
 * 4. merges the claims registry and the results into the ledger
 *    `claims.csv`, and the notebooks' estimates (`estimates/`) into
 *    `estimates.csv` (only when every analysis notebook ran, so the file is
 *    never partial), then lets the ledger notebook (00-) run;
 * 5. exports the executed notebooks and the ledger as the offline report;
 * 6. when every notebook and step succeeded: writes the marker `run.json`
 *    and makes the run current with one atomic rename (see output-runs.ts);
 *    the documented paths (output/notebooks, output/claims.csv,
 *    output/claims, output/estimates.csv, output/estimates, output/report)
 *    then show it. Otherwise the previous
 *    outputs stay as they were, and this run's partial output is moved to
 *    `<output>/failed-run/` with a marker saying what failed.
 * A failing notebook does not stop the others. An abort (options.signal)
 * kills the executor and the kernels and sets the partial output aside as
 * interrupted. Throws (before anything is written) when the folders are
 * unusable, the waves of the data folder fail `npm run wave -- check` (the
 * first step after the folder checks: the error is the check's report),
 * another main job holds the lock, or Jupyter cannot be set up.
 *
 * @example const summary = await reproduce(console.log); process.exitCode = succeeded(summary) ? 0 : 1;
 */
export async function reproduce(log: (line: string) => void, options: ReproduceOptions = {}): Promise<ReproduceSummary> {
  const started = new Date();
  for (const change of resolveFolderOverrides(process.env)) log(`[reproduce] ${change}`);
  const dataDir = checkDataFolder();
  const outputDir = prepareOutputFolder();
  log(`[reproduce] data: ${describeFolder("data")}; output: ${describeFolder("output")}`);
  await requireValidWaves((line) => log(`[reproduce] ${line}`), describeFolder("data"));
  const lock = await acquireOutputLock(outputDir, {
    command: options.command ?? "npm run reproduce",
    wait: options.waitForLock,
    signal: options.signal,
    onWait: (holder) => log(`[reproduce] waiting for the main job with pid ${holder.pid} (since ${holder.since}) to finish with ${outputDir} ...`),
  }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw new Error(explainFolderError("output", "create its lock file", error));
    throw error;
  });
  try {
    for (const stale of lock.tookOver) log(`[reproduce] took over the lock of pid ${stale.pid} (${stale.command}, since ${stale.since}), which no longer runs`);
    const removed = removeLeftovers(outputDir);
    if (removed.length > 0) log(`[reproduce] removed what earlier, killed runs left: ${removed.join(", ")}`);
    const env = registerKernel();
    const run = startRun(outputDir, started);
    return await runInFolder(run, { dataDir, env, log, options, started });
  } finally {
    lock.release();
  }
}

interface RunContext {
  readonly dataDir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  readonly options: ReproduceOptions;
  readonly started: Date;
}

async function runInFolder(run: RunFolder, context: RunContext): Promise<ReproduceSummary> {
  const { log, options } = context;
  const names = listNotebooks();
  const sources = new Map(names.map((name) => [name, projectPath(path.join(NOTEBOOK_DIR, name))]));
  const sourceHashes = new Map(names.map((name) => [name, sha256File(sources.get(name)!)]));
  const analysis = names.filter((name) => !isLedgerNotebook(name));
  const ledgerNotebooks = names.filter(isLedgerNotebook);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), analysis.length || 1));
  const jobs: NotebookJob[] = names.map((name) => ({ name, input: sources.get(name)!, output: path.join(run.dir, "notebooks", name), hold: isLedgerNotebook(name) }));
  log(`[reproduce] run ${run.id}: ${analysis.length} notebooks, ${concurrency} at a time, then ${ledgerNotebooks.join(", ") || "no ledger notebook"}`);
  const start = (python: string): NotebookSession =>
    startNotebookSession(jobs, {
      python,
      // The kernels write claim results (and the ledger notebook its ledger) into the run's folder.
      env: { ...context.env, LWN_OUTPUT_DIR: run.dir, LWN_DATA_DIR: context.dataDir },
      concurrency,
      log,
      onEvent: options.onExecutorEvent,
    });
  // Start at once with the Python Jupyter is usually in; set Jupyter up (find it, or install it) only if that one lacks it.
  let session = start(preferredPython());
  if (!(await session.ready)) {
    await session.exited;
    try {
      session = start(ensureJupyter(log).python);
      if (!(await session.ready)) throw new Error("the Python found for Jupyter cannot import nbclient, nbformat and jupyter_client after all; see environment.md, Prerequisites");
    } catch (error) {
      rmSync(run.dir, { recursive: true, force: true });
      throw error;
    }
  }
  const onAbort = (): void => session.abort();
  options.signal?.addEventListener("abort", onAbort);
  if (options.signal?.aborted) onAbort();
  try {
    const stageFailures: StageFailure[] = [];
    const analysisRuns = await Promise.all(analysis.map((name) => session.result(name)));
    // Interrupted: by the caller (the CLI's signal handler), or the executor stopped by a signal of its own (Ctrl-C reaches the whole process group).
    const interruption = (): string | undefined => (options.signal?.aborted ? String(options.signal.reason ?? "abort") : session.abortReason());
    const ledgerFile = path.join(run.dir, "claims.csv");
    const ledgerWritten =
      interruption() === undefined &&
      runStage("ledger", stageFailures, log, () => {
        const ledger = writeLedger({ resultsDir: path.join(run.dir, "claims"), ledgerFile });
        log(`[reproduce] ledger: ${ledger.rows} claims -> claims.csv`);
      });
    if (interruption() === undefined) {
      runStage("estimates", stageFailures, log, () => {
        const failed = analysisRuns.filter((result) => result === "not run" || !result.ok).length;
        if (failed > 0) throw new Error(`not written: ${failed} analysis notebook(s) did not run to the end, so their estimates are missing`);
        const estimates = writeEstimates({ resultsDir: path.join(run.dir, "estimates"), estimatesFile: path.join(run.dir, "estimates.csv") });
        log(`[reproduce] estimates: ${estimates.rows} rows -> estimates.csv`);
      });
    }
    for (const name of ledgerNotebooks) (ledgerWritten ? session.release : session.cancel)(name);
    if (!ledgerWritten && ledgerNotebooks.length > 0) log(`[reproduce] skipped ${ledgerNotebooks.join(", ")}: no ledger`);
    const ledgerRuns = await Promise.all(ledgerNotebooks.map((name) => session.result(name)));
    await session.exited;
    const runs = [...analysisRuns, ...ledgerRuns].filter((result): result is NotebookRun => result !== "not run");
    const interruptedBy = interruption();
    const interrupted = interruptedBy !== undefined;
    // After an interruption, notebooks the executor did not finish (or whose kernel the interruption killed) were stopped, not failed.
    const wasStopped = (result: FailedRun): boolean => interrupted && ["ExecutorError", "DeadKernelError"].includes(result.failure.ename);
    const failures = runs.filter((result): result is FailedRun => !result.ok && !wasStopped(result));
    const stopped = runs.filter((result): result is FailedRun => !result.ok && wasStopped(result)).map((result) => path.basename(result.notebook));
    let reportIndex: string | null = null;
    if (!interrupted) {
      runStage("report", stageFailures, log, () => {
        log("[reproduce] exporting the HTML report ...");
        const report = exportReport({
          executedDir: path.join(run.dir, "notebooks"),
          ledgerCsv: ledgerFile,
          ledgerLabel: "claims.csv",
          outDir: path.join(run.dir, "report"),
          log,
          failures: failures.map(({ notebook, failure }) => ({ notebook: path.basename(notebook), reason: `cell ${failure.cellNumber ?? "?"}: ${failure.evalue.split("\n", 1)[0]}` })),
        });
        reportIndex = report.pages[0];
      });
    }
    const marker = (status: RunMarker["status"]): RunMarker => ({
      status,
      run: run.id,
      started: context.started.toISOString(),
      finished: new Date().toISOString(),
      dataDir: context.dataDir,
      notebooks: names.map((name): MarkerNotebook => {
        const executed = path.join(run.dir, "notebooks", name);
        return { name, source: sourceHashes.get(name)!, executed: existsSync(executed) ? sha256File(executed) : null };
      }),
      ledger: existsSync(ledgerFile) ? sha256File(ledgerFile) : null,
      failures: [
        ...failures.map(({ notebook, failure }) => `${path.basename(notebook)}, cell ${failure.cellNumber ?? "?"}: ${failure.ename}: ${failure.evalue.split("\n", 1)[0]}`),
        ...stageFailures.map(({ stage, message }) => `the ${stage} step: ${message.split("\n", 1)[0]}`),
        ...(interrupted ? [`interrupted (${interruptedBy})`, ...stopped.map((name) => `${name}: stopped before the end`)] : []),
      ],
    });
    const seconds = (): number => (Date.now() - context.started.getTime()) / 1000;
    const complete = !interrupted && failures.length === 0 && stageFailures.length === 0 && runs.length === names.length;
    if (complete) {
      const committed = await runStageAsync("commit", stageFailures, log, () => commit(run, marker("complete"), log));
      if (committed) {
        return { outcome: "complete", runs, failures, stopped, stageFailures, outputDir: run.outputDir, resultDir: run.outputDir, reportIndex: path.join(run.outputDir, "report", "index.html"), seconds: seconds() };
      }
    }
    const outcome = interrupted ? "interrupted" : "failed";
    const failedDir = setAsideFailedRun(run, marker(outcome));
    log(`[reproduce] the run ${outcome === "interrupted" ? "was interrupted" : "failed"}: the previous outputs in ${run.outputDir} are unchanged; this run's partial output is in ${failedDir}/ (see its ${"run.json"})`);
    const failedIndex = path.join(failedDir, "report", "index.html");
    return {
      outcome,
      interruption: interruptedBy,
      runs,
      failures,
      stopped,
      stageFailures,
      outputDir: run.outputDir,
      resultDir: failedDir,
      reportIndex: reportIndex !== null && existsSync(failedIndex) ? failedIndex : null,
      seconds: seconds(),
    };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    session.abort();
  }
}

/**
 * Makes a complete run current: marker, documented links, then the one
 * rename that switches `current` (the commit point), then removal of the
 * previous run's folder and of an earlier failed run's output, which no
 * longer describe the outputs. `LWN_TEST_PAUSE_AT=before-switch` or
 * `after-switch` stops the job just before or after the rename, for the
 * tests that kill it there.
 */
async function commit(run: RunFolder, marker: RunMarker, log: (line: string) => void): Promise<void> {
  writeMarker(run.dir, marker);
  linkDocumentedPaths(run.outputDir, run.id);
  await pauseForTests("before-switch", log);
  const previous = switchCurrent(run.outputDir, run.id);
  log(`[reproduce] run ${run.id} complete: ${path.join(run.outputDir, "current")} -> .runs/${run.id}`);
  await pauseForTests("after-switch", log);
  // The run is current now, whatever happens next: a failure to tidy up is reported, and the next start tidies up again.
  try {
    // The previous run's folder (and outputs of the layout before run folders) are all that .runs/ holds besides this run.
    if (previous !== undefined) rmSync(previous, { recursive: true, force: true });
    removeLeftovers(run.outputDir, [run.id]);
    rmSync(path.join(run.outputDir, FAILED_RUN_DIR), { recursive: true, force: true });
  } catch (error) {
    log(`[reproduce] warning: could not remove the previous run's files (${(error as Error).message}); the next run will`);
  }
}

/** Stops here for good when LWN_TEST_PAUSE_AT names this point (tests kill the job while it waits). */
async function pauseForTests(point: string, log: (line: string) => void): Promise<void> {
  if (process.env.LWN_TEST_PAUSE_AT !== point) return;
  log(`[reproduce] paused at ${point} (LWN_TEST_PAUSE_AT)`);
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}

/** Runs one step, turning an exception into a recorded failure; returns whether it succeeded. */
function runStage(stage: StageFailure["stage"], failures: StageFailure[], log: (line: string) => void, step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    recordStageFailure(stage, failures, log, error);
    return false;
  }
}

async function runStageAsync(stage: StageFailure["stage"], failures: StageFailure[], log: (line: string) => void, step: () => Promise<void>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    recordStageFailure(stage, failures, log, error);
    return false;
  }
}

function recordStageFailure(stage: StageFailure["stage"], failures: StageFailure[], log: (line: string) => void, error: unknown): void {
  const message = (error as Error).message;
  failures.push({ stage, message });
  log(`[reproduce] ${stage} FAILED: ${message.split("\n", 1)[0]}`);
}

/**
 * True when every notebook and every step succeeded and the outputs were replaced.
 *
 * @example succeeded(await reproduce(console.log)) // => true
 */
export function succeeded(summary: ReproduceSummary): boolean {
  return summary.outcome === "complete";
}

/**
 * The closing lines of a run: counts, where the outputs are, then every
 * failure with its notebook, cell, source and error.
 *
 * @example describeSummary(summary).join("\n")
 */
export function describeSummary(summary: ReproduceSummary): string[] {
  const ran = summary.runs.length - summary.stopped.length;
  const lines = [`[reproduce] ${ran - summary.failures.length} of ${ran} notebooks ran without error in ${summary.seconds.toFixed(1)} s.`];
  if (summary.outcome === "complete") {
    if (summary.reportIndex !== null) lines.push(`[reproduce] open ${summary.reportIndex} in a browser to read the report.`);
  } else {
    if (summary.outcome === "interrupted") lines.push(`[reproduce] interrupted (${summary.interruption}); stopped before the end: ${summary.stopped.join(", ") || "none"}.`);
    lines.push(`[reproduce] the run ${summary.outcome === "interrupted" ? "was interrupted" : "failed"}: nothing in ${summary.outputDir} was replaced; this run's partial output is in ${summary.resultDir}/.`);
  }
  for (const { notebook, failure } of summary.failures) {
    lines.push("", `[reproduce] FAILED: ${NOTEBOOK_DIR}/${path.basename(notebook)}, cell ${failure.cellNumber ?? "?"}`);
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
