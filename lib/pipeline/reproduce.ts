import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { executeNotebook, NotebookRun } from "./execute-notebook";
import { ensureJupyter, registerKernel } from "./jupyter-environment";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";

/** What one run of the main job did. */
export interface ReproduceSummary {
  readonly runs: readonly NotebookRun[];
  readonly failures: readonly Extract<NotebookRun, { ok: false }>[];
  readonly seconds: number;
}

/**
 * The main job: sets up Jupyter and the project-local tslab kernel, executes
 * every notebook headless (analysis notebooks first, the ledger notebook last)
 * into output/notebooks/, and returns what happened. A failing notebook does
 * not stop the others; its stale executed copy is removed so output/ never
 * shows results the current code did not produce.
 */
export function reproduce(log: (line: string) => void): ReproduceSummary {
  const started = Date.now();
  const jupyter = ensureJupyter(log);
  const env = registerKernel();
  log(`[reproduce] Jupyter client: ${jupyter.python} (nbclient ${jupyter.nbclientVersion}); kernel: project-local tslab`);
  const notebooks = listNotebooks();
  mkdirSync(projectPath(EXECUTED_DIR), { recursive: true });
  const runs: NotebookRun[] = notebooks.map((name, index) => {
    log(`[reproduce] (${index + 1}/${notebooks.length}) ${NOTEBOOK_DIR}/${name}`);
    const output = projectPath(path.join(EXECUTED_DIR, name));
    const run = executeNotebook(projectPath(path.join(NOTEBOOK_DIR, name)), output, { python: jupyter.python, env });
    if (run.ok) {
      log(`[reproduce]     ok in ${run.seconds.toFixed(1)} s -> ${EXECUTED_DIR}/${name}`);
    } else {
      rmSync(output, { force: true });
      log(`[reproduce]     FAILED in ${run.seconds.toFixed(1)} s at cell ${run.failure.cellNumber ?? "?"}: ${run.failure.ename}: ${run.failure.evalue.split("\n", 1)[0]}`);
    }
    return run;
  });
  const failures = runs.filter((run): run is Extract<NotebookRun, { ok: false }> => !run.ok);
  return { runs, failures, seconds: (Date.now() - started) / 1000 };
}

/** The closing lines of a run: counts, then every failure with its notebook, cell, source and error. */
export function describeSummary(summary: ReproduceSummary): string[] {
  const lines = [`[reproduce] ${summary.runs.length - summary.failures.length} of ${summary.runs.length} notebooks ran without error in ${summary.seconds.toFixed(1)} s.`];
  for (const { notebook, failure } of summary.failures) {
    lines.push("", `[reproduce] FAILED: ${path.relative(projectPath("."), notebook)}, cell ${failure.cellNumber ?? "?"}`);
    if (failure.source) lines.push(indent(failure.source));
    lines.push(indent(`${failure.ename}: ${failure.evalue}`));
  }
  return lines;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
