import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { executeNotebook, NotebookRun } from "./execute-notebook";

/** Where to read notebooks, where to write executed copies, and how to run them. */
export interface RunNotebooksOptions {
  readonly sourceDir: string;
  readonly executedDir: string;
  readonly python: string;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  /** Numbering of the progress lines, e.g. { offset: 6, total: 7 } for the last of seven. */
  readonly progress?: { readonly offset: number; readonly total: number };
}

/** A failed notebook run. */
export type FailedRun = Extract<NotebookRun, { ok: false }>;

/**
 * Executes notebooks one after the other (see {@link executeNotebook}), with a
 * progress line each. A failure does not stop the rest; the failed notebook's
 * stale executed copy from an earlier run is deleted, so the executed folder
 * never shows outputs that the current code did not produce.
 */
export function runNotebooks(names: readonly string[], options: RunNotebooksOptions): NotebookRun[] {
  const { offset, total } = options.progress ?? { offset: 0, total: names.length };
  mkdirSync(options.executedDir, { recursive: true });
  return names.map((name, index) => {
    options.log(`[reproduce] (${offset + index + 1}/${total}) ${path.basename(options.sourceDir)}/${name}`);
    const output = path.join(options.executedDir, name);
    const run = executeNotebook(path.join(options.sourceDir, name), output, options);
    if (run.ok) {
      options.log(`[reproduce]     ok in ${run.seconds.toFixed(1)} s`);
    } else {
      rmSync(output, { force: true });
      options.log(`[reproduce]     FAILED in ${run.seconds.toFixed(1)} s at cell ${run.failure.cellNumber ?? "?"}: ${run.failure.ename}: ${run.failure.evalue.split("\n", 1)[0]}`);
    }
    return run;
  });
}
