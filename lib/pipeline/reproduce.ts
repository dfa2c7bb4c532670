import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { NotebookRun } from "./execute-notebook";
import { ensureJupyter, registerKernel } from "./jupyter-environment";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";
import { FailedRun, runNotebooks } from "./run-notebooks";

/** What one run of the main job did. */
export interface ReproduceSummary {
  readonly runs: readonly NotebookRun[];
  readonly failures: readonly FailedRun[];
  readonly seconds: number;
}

/**
 * The main job: sets up Jupyter and the project-local tslab kernel, then
 * executes every notebook headless into output/notebooks/ (analysis
 * notebooks first, the ledger notebook last; see {@link runNotebooks}).
 */
export function reproduce(log: (line: string) => void): ReproduceSummary {
  const started = Date.now();
  const jupyter = ensureJupyter(log);
  const env = registerKernel();
  log(`[reproduce] Jupyter client: ${jupyter.python} (nbclient ${jupyter.nbclientVersion}); kernel: project-local tslab`);
  const runs = runNotebooks(listNotebooks(), {
    sourceDir: projectPath(NOTEBOOK_DIR),
    executedDir: projectPath(EXECUTED_DIR),
    python: jupyter.python,
    env,
    log,
  });
  const failures = runs.filter((run): run is FailedRun => !run.ok);
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
