import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { KERNEL_NAME } from "./jupyter-environment";

/** Where and why a notebook failed, as reported by the executor. */
export interface NotebookFailure {
  readonly notebook: string;
  /** 1-based position of the failing cell in the notebook (markdown cells count), when known. */
  readonly cellNumber: number | null;
  readonly source: string | null;
  readonly ename: string;
  readonly evalue: string;
  readonly traceback: string;
}

/** Outcome of one notebook run. */
export type NotebookRun =
  | { readonly ok: true; readonly notebook: string; readonly output: string; readonly seconds: number }
  | { readonly ok: false; readonly notebook: string; readonly failure: NotebookFailure; readonly seconds: number };

/** Options of {@link executeNotebook}. */
export interface ExecuteOptions {
  readonly python: string;
  readonly env: NodeJS.ProcessEnv;
  /** Seconds a single cell may run; default 600. */
  readonly cellTimeout?: number;
}

/**
 * Executes a notebook headless on the tslab kernel through nbclient (the
 * Jupyter client used by nbconvert and JupyterLab), streaming per-cell progress
 * to this process's stdout. The executed copy is written to `output` only on
 * success (atomic rename); on failure nothing is written and the failing cell
 * is reported.
 */
export function executeNotebook(input: string, output: string, options: ExecuteOptions): NotebookRun {
  const started = Date.now();
  const scratch = mkdtempSync(path.join(tmpdir(), "lwn-run-"));
  const errorReport = path.join(scratch, "error.json");
  try {
    const result = spawnSync(
      options.python,
      [
        projectPath("lib/pipeline/execute_notebook.py"),
        input,
        output,
        "--kernel",
        KERNEL_NAME,
        "--timeout",
        String(options.cellTimeout ?? 600),
        "--error-report",
        errorReport,
      ],
      { stdio: ["ignore", "inherit", "inherit"], env: options.env },
    );
    const seconds = (Date.now() - started) / 1000;
    if (result.status === 0) return { ok: true, notebook: input, output, seconds };
    const failure: NotebookFailure = existsSync(errorReport)
      ? readFailure(errorReport, input)
      : { notebook: input, cellNumber: null, source: null, ename: "ExecutorError", evalue: `executor exited with ${result.status ?? result.signal}`, traceback: "" };
    return { ok: false, notebook: input, failure, seconds };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readFailure(file: string, notebook: string): NotebookFailure {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    cell_number: number | null;
    source: string | null;
    ename: string;
    evalue: string;
    traceback: string;
  };
  return { notebook, cellNumber: report.cell_number, source: report.source, ename: report.ename, evalue: report.evalue, traceback: report.traceback };
}
