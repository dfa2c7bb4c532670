/**
 * The main job (`npm run reproduce`): executes every notebook headless on the
 * project-local tslab kernel through Jupyter and writes the executed copies to
 * output/notebooks/. A failing notebook is reported with its cell and does not
 * stop the others; the run exits 1 when any failed.
 */
import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { executeNotebook, NotebookRun } from "./execute-notebook";
import { ensureJupyter, registerKernel } from "./jupyter-environment";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";

function main(): number {
  const started = Date.now();
  const jupyter = ensureJupyter((line) => console.log(line));
  const env = registerKernel();
  console.log(`[reproduce] Jupyter client: ${jupyter.python} (nbclient ${jupyter.nbclientVersion}); kernel: project-local tslab`);
  const notebooks = listNotebooks();
  mkdirSync(projectPath(EXECUTED_DIR), { recursive: true });
  const runs: NotebookRun[] = [];
  notebooks.forEach((name, index) => {
    console.log(`[reproduce] (${index + 1}/${notebooks.length}) ${NOTEBOOK_DIR}/${name}`);
    const output = projectPath(path.join(EXECUTED_DIR, name));
    const run = executeNotebook(projectPath(path.join(NOTEBOOK_DIR, name)), output, { python: jupyter.python, env });
    if (run.ok) {
      console.log(`[reproduce]     ok in ${run.seconds.toFixed(1)} s -> ${EXECUTED_DIR}/${name}`);
    } else {
      rmSync(output, { force: true });
      console.log(`[reproduce]     FAILED in ${run.seconds.toFixed(1)} s at cell ${run.failure.cellNumber ?? "?"}: ${run.failure.ename}: ${firstLine(run.failure.evalue)}`);
    }
    runs.push(run);
  });
  const failures = runs.filter((run) => !run.ok);
  console.log(`\n[reproduce] ${runs.length - failures.length} of ${runs.length} notebooks ran without error in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const run of failures) {
    if (run.ok) continue;
    console.error(`\n[reproduce] FAILED: ${path.relative(projectPath("."), run.notebook)}, cell ${run.failure.cellNumber ?? "?"}`);
    if (run.failure.source) console.error(indent(run.failure.source));
    console.error(indent(`${run.failure.ename}: ${run.failure.evalue}`));
  }
  return failures.length === 0 ? 0 : 1;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0];
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`[reproduce] ${(error as Error).message}`);
  process.exitCode = 2;
}
