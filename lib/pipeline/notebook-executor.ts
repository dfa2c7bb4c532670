import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { projectPath } from "../project/project-path";
import { KERNEL_NAME } from "./jupyter-environment";
import { ExecutorEvent, NotebookRun, parseExecutorEvent, ProgressFormatter, toFailure } from "./notebook-events";

/** One notebook to execute. */
export interface NotebookJob {
  /** File name, e.g. "01-attitudes-table1.ipynb"; names are unique within a session. */
  readonly name: string;
  /** Absolute path of the notebook; its folder is the kernel's working folder. */
  readonly input: string;
  /** Absolute path of the executed copy (written only when every cell ran). */
  readonly output: string;
  /** Start the kernel, but run the notebook only after {@link NotebookSession.release}. Kernels go in list order: put held notebooks after those they wait for. */
  readonly hold?: boolean;
}

/** Options of {@link startNotebookSession}. */
export interface SessionOptions {
  /** A Python with nbclient (see ensureJupyter). */
  readonly python: string;
  /** Environment of the executor and its kernels (JUPYTER_PATH, LWN_OUTPUT_DIR, ...). */
  readonly env: NodeJS.ProcessEnv;
  /** Notebooks run at once (default 1). */
  readonly concurrency?: number;
  /** Kernels started ahead of a free slot (default 1). */
  readonly lookahead?: number;
  /** Seconds a single cell may run (default 600). */
  readonly cellTimeout?: number;
  /** Receives the progress lines (see {@link ProgressFormatter}). */
  readonly log: (line: string) => void;
  /** Receives every event of the executor as it comes (for measurements). */
  readonly onEvent?: (event: ExecutorEvent) => void;
}

/** A running executor; see {@link startNotebookSession}. */
export interface NotebookSession {
  /** Process id of the Python executor. */
  readonly pid: number | undefined;
  /** The outcome of one notebook, once it finished (failed, if the executor stops first). */
  result(name: string): Promise<NotebookRun | "not run">;
  /** Lets a held notebook run. */
  release(name: string): void;
  /** Tells a held notebook not to run; its result becomes "not run". */
  cancel(name: string): void;
  /** Stops the executor (SIGTERM): it kills every kernel at once and exits; unfinished notebooks fail. */
  abort(): void;
  /** Resolves when the executor has exited, with its exit code (null after a signal). */
  readonly exited: Promise<number | null>;
  /** Why the executor stopped early (e.g. "SIGINT", "parent process 123 is gone"), or undefined while it has not. */
  abortReason(): string | undefined;
  /** Resolves once the executor has imported Jupyter's client libraries (true), or could not (false: nothing ran). */
  readonly ready: Promise<boolean>;
}

/**
 * Starts the notebook executor (lib/pipeline/execute_notebook.py, over
 * nbclient) on a list of notebooks: up to `concurrency` run at once, in list
 * order, each on its own tslab kernel, with kernels started ahead of time;
 * held notebooks wait for {@link NotebookSession.release}. Progress lines go
 * to `log`, prefixed with the notebook's name. The executor is a child
 * process whose standard input is a pipe from this process: when this
 * process dies, however it dies, the pipe closes and the executor kills its
 * kernels and exits (it also watches its parent's pid).
 *
 * @example
 * const session = startNotebookSession(jobs, { python, env, concurrency: 2, log: console.log });
 * const run = await session.result("01-attitudes-table1.ipynb");
 */
export function startNotebookSession(jobs: readonly NotebookJob[], options: SessionOptions): NotebookSession {
  const plan = {
    kernel: KERNEL_NAME,
    timeout: options.cellTimeout ?? 600,
    concurrency: options.concurrency ?? 1,
    lookahead: options.lookahead ?? 1,
    jobs: jobs.map((job) => ({ name: job.name, input: job.input, output: job.output, hold: job.hold ?? false })),
  };
  const child: ChildProcess = spawn(options.python, [projectPath("lib/pipeline/execute_notebook.py"), "--plan-json", JSON.stringify(plan), "--commands-on-stdin"], {
    env: options.env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const formatter = new ProgressFormatter(jobs.map((job) => job.name));
  const settled = new Map<string, NotebookRun | "not run">();
  const waiting = new Map<string, ((run: NotebookRun | "not run") => void)[]>();
  const byName = new Map(jobs.map((job) => [job.name, job]));
  let abortReason: string | undefined;
  let markReady: (ok: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));

  const settle = (name: string, run: NotebookRun | "not run"): void => {
    if (settled.has(name)) return;
    settled.set(name, run);
    for (const resolve of waiting.get(name) ?? []) resolve(run);
    waiting.delete(name);
  };
  const onEvent = (event: ExecutorEvent): void => {
    options.onEvent?.(event);
    for (const line of formatter.lines(event)) options.log(line);
    if (event.event === "aborted") abortReason = event.reason;
    if (event.event === "ready" || event.event === "missing") markReady(event.event === "ready");
    if (event.event !== "finished") return;
    const job = byName.get(event.notebook);
    if (job === undefined) return;
    if (event.ok) settle(job.name, { ok: true, notebook: job.input, output: event.output, seconds: event.seconds });
    else if (event.cancelled === true) settle(job.name, "not run");
    else settle(job.name, { ok: false, notebook: job.input, seconds: event.seconds, failure: event.failure !== undefined ? toFailure(event.failure) : executorFailure(job, "no failure report") });
  };

  createInterface({ input: child.stdout! }).on("line", (line) => {
    const event = parseExecutorEvent(line);
    if (event !== undefined) onEvent(event);
    else if (line.trim() !== "") options.log(`[executor] ${line}`);
  });
  child.stdin!.on("error", () => undefined); // the executor may be gone already; its exit settles everything
  const exited = new Promise<number | null>((resolve) => {
    let done = false;
    const finish = (code: number | null, why: string): void => {
      if (done) return;
      done = true;
      for (const job of jobs) if (!settled.has(job.name)) settle(job.name, { ok: false, notebook: job.input, seconds: 0, failure: executorFailure(job, abortReason ?? why) });
      markReady(false);
      resolve(code);
    };
    child.on("error", (error) => finish(null, `the executor could not start: ${error.message}`));
    // "close", not "exit": it comes after the last line of the executor's output has been read.
    child.on("close", (code, signal) => finish(code, `the executor exited (${signal ?? `status ${code}`}) before the notebook finished`));
  });

  const command = (verb: "release" | "cancel", name: string): void => {
    if (!byName.has(name)) throw new RangeError(`startNotebookSession: no notebook ${name} in this session`);
    if (child.stdin!.writable) child.stdin!.write(`${verb} ${name}\n`);
  };
  return {
    pid: child.pid,
    result: (name) => {
      if (!byName.has(name)) return Promise.reject(new RangeError(`startNotebookSession: no notebook ${name} in this session`));
      const known = settled.get(name);
      if (known !== undefined) return Promise.resolve(known);
      return new Promise((resolve) => waiting.set(name, [...(waiting.get(name) ?? []), resolve]));
    },
    release: (name) => command("release", name),
    cancel: (name) => command("cancel", name),
    abort: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
    abortReason: () => abortReason,
    ready,
    exited: exited.then((code) => {
      child.stdin!.end();
      return code;
    }),
  };
}

function executorFailure(job: NotebookJob, why: string): ReturnType<typeof toFailure> {
  return { notebook: job.input, cellNumber: null, source: null, ename: "ExecutorError", evalue: why, traceback: `${path.basename(job.input)}: ${why}` };
}
