import * as path from "node:path";

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

/** A failed notebook run. */
export type FailedRun = Extract<NotebookRun, { ok: false }>;

/** One line of the executor's output (lib/pipeline/execute_notebook.py), parsed. */
export type ExecutorEvent =
  | { readonly event: "ready"; readonly python: string; readonly nbclient: string }
  | { readonly event: "missing"; readonly module: string | null; readonly detail: string; readonly python: string }
  | { readonly event: "kernel-ready"; readonly notebook: string; readonly seconds: number }
  | { readonly event: "started"; readonly notebook: string }
  | { readonly event: "cell"; readonly notebook: string; readonly position: number; readonly total: number; readonly number: number; readonly first_line: string }
  | { readonly event: "cell-done"; readonly notebook: string; readonly number: number; readonly seconds: number }
  | { readonly event: "finished"; readonly notebook: string; readonly ok: true; readonly seconds: number; readonly output: string }
  | { readonly event: "finished"; readonly notebook: string; readonly ok: false; readonly seconds: number; readonly cancelled?: boolean; readonly failure?: FailureReport }
  | { readonly event: "aborted"; readonly reason: string }
  /** CPU seconds (user + system) of the executor itself and of the kernels it waited for, at its end. */
  | { readonly event: "usage"; readonly executor_cpu: number; readonly kernels_cpu: number };

/** The failure object of a "finished" event, as the Python executor writes it. */
export interface FailureReport {
  readonly notebook: string;
  readonly cell_index: number | null;
  readonly cell_number: number | null;
  readonly source: string | null;
  readonly ename: string;
  readonly evalue: string;
  readonly traceback: string;
}

/**
 * Parses one line of the executor's standard output: a JSON event, or
 * undefined for anything else (which callers show as it is).
 *
 * @example parseExecutorEvent('{"event": "started", "notebook": "01-a.ipynb"}') // => { event: "started", notebook: "01-a.ipynb" }
 */
export function parseExecutorEvent(line: string): ExecutorEvent | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(line) as { event?: unknown };
    return typeof parsed.event === "string" ? (parsed as ExecutorEvent) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a failure report of the executor into a {@link NotebookFailure}.
 *
 * @example toFailure({ notebook: "/p/notebooks/01-a.ipynb", cell_index: 2, cell_number: 3, source: "x", ename: "Error", evalue: "boom", traceback: "" }).cellNumber // => 3
 */
export function toFailure(report: FailureReport): NotebookFailure {
  return { notebook: report.notebook, cellNumber: report.cell_number, source: report.source, ename: report.ename, evalue: report.evalue, traceback: report.traceback };
}

/**
 * Formats executor events as progress lines, each prefixed with the
 * notebook's name padded to a common width, so that the lines of notebooks
 * running at the same time stay readable:
 *
 *     [01-attitudes-table1     ] (1/7) started
 *     [02-multivector-attitudes]   cell 2/8 (#4) const collection = await lwn.loadWaves();
 *     [01-attitudes-table1     ] ok in 7.3 s
 *
 * Cells that took 2 s or more get a "done in" line. Returns the lines for one
 * event (none for events that need no line).
 *
 * @example new ProgressFormatter(["01-a.ipynb"]).lines({ event: "started", notebook: "01-a.ipynb" }) // => ["[01-a] (1/1) started"]
 */
export class ProgressFormatter {
  private readonly width: number;
  private started = 0;

  constructor(private readonly names: readonly string[]) {
    this.width = Math.max(0, ...names.map((name) => label(name).length));
  }

  /** The progress lines of one event. */
  lines(event: ExecutorEvent): string[] {
    if (event.event === "aborted") return [`[executor] stopped: ${event.reason}`];
    if (event.event === "usage") return [];
    if (event.event === "ready") return [`[executor] Jupyter client: ${event.python} (nbclient ${event.nbclient}); kernel: project-local tslab`];
    if (event.event === "missing") return [`[executor] ${event.python} cannot import Jupyter's client libraries (${event.detail})`];
    const prefix = `[${label(event.notebook).padEnd(this.width)}]`;
    switch (event.event) {
      case "kernel-ready":
        return [`${prefix} kernel ready in ${event.seconds.toFixed(1)} s`];
      case "started":
        this.started += 1;
        return [`${prefix} (${this.started}/${this.names.length}) started`];
      case "cell":
        return [`${prefix}   cell ${event.position}/${event.total} (#${event.number}) ${event.first_line}`];
      case "cell-done":
        return event.seconds >= 2 ? [`${prefix}     done in ${event.seconds.toFixed(1)} s`] : [];
      case "finished":
        if (event.ok) return [`${prefix} ok in ${event.seconds.toFixed(1)} s`];
        if (event.cancelled === true) return [`${prefix} not run`];
        return [`${prefix} FAILED in ${event.seconds.toFixed(1)} s at cell ${event.failure?.cell_number ?? "?"}: ${event.failure?.ename ?? "Error"}: ${firstLine(event.failure?.evalue ?? "")}`];
    }
  }
}

/** A notebook's name as progress lines show it: the file name without ".ipynb". */
function label(name: string): string {
  return path.basename(name).replace(/\.ipynb$/, "");
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0];
}
