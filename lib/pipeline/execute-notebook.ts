import { spawnSync } from "node:child_process";
import { projectPath } from "../project/project-path";
import { KERNEL_NAME } from "./jupyter-environment";
import { NotebookFailure, NotebookRun, parseExecutorEvent, ProgressFormatter, toFailure } from "./notebook-events";

export type { NotebookFailure, NotebookRun } from "./notebook-events";

/** Options of {@link executeNotebook}. */
export interface ExecuteOptions {
  readonly python: string;
  readonly env: NodeJS.ProcessEnv;
  /** Seconds a single cell may run; default 600. */
  readonly cellTimeout?: number;
  /** Receives the progress lines after the run (cells, outcome); default: none. */
  readonly log?: (line: string) => void;
}

/**
 * Executes one notebook headless on the tslab kernel through nbclient (the
 * Jupyter client used by nbconvert and JupyterLab) and waits for it. The
 * executed copy is written to `output` only on success (atomic rename); on
 * failure nothing is written and the failing cell is reported (also when the
 * kernel died in it). For several notebooks at once, with progress as it
 * happens, use startNotebookSession.
 *
 * @example executeNotebook("notebooks/01-attitudes-table1.ipynb", "/tmp/out/01.ipynb", { python: "python3", env: registerKernel() })
 */
export function executeNotebook(input: string, output: string, options: ExecuteOptions): NotebookRun {
  const started = Date.now();
  const result = spawnSync(
    options.python,
    [projectPath("lib/pipeline/execute_notebook.py"), input, output, "--kernel", KERNEL_NAME, "--timeout", String(options.cellTimeout ?? 600)],
    { stdio: ["ignore", "pipe", "inherit"], env: options.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (Date.now() - started) / 1000;
  const events = (result.stdout ?? "").split("\n").flatMap((line) => parseExecutorEvent(line) ?? []);
  const formatter = new ProgressFormatter([input]);
  for (const event of events) for (const line of formatter.lines(event)) options.log?.(line);
  const finished = events.find((event) => event.event === "finished");
  if (finished?.event === "finished" && finished.ok) return { ok: true, notebook: input, output, seconds };
  const report = finished?.event === "finished" && !finished.ok ? finished.failure : undefined;
  const aborted = events.find((event) => event.event === "aborted" || event.event === "missing");
  const failure: NotebookFailure =
    report !== undefined
      ? toFailure(report)
      : {
          notebook: input,
          cellNumber: null,
          source: null,
          ename: "ExecutorError",
          evalue:
            aborted?.event === "aborted"
              ? aborted.reason
              : aborted?.event === "missing"
                ? `${aborted.python} cannot import Jupyter's client libraries: ${aborted.detail}`
                : `executor exited with ${result.status ?? result.signal ?? result.error?.message}`,
          traceback: "",
        };
  return { ok: false, notebook: input, failure, seconds };
}
