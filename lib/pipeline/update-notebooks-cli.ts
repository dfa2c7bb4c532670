/**
 * `npm run update-notebooks` (maintainers): copies the executed notebooks of
 * the last successful `npm run reproduce` from output/notebooks/ over
 * notebooks/, so that the committed notebooks carry their outputs and a fresh
 * clone shows every figure and chart without running anything. Refuses when a
 * notebook has no executed copy, or when the copy is older than its source.
 */
import { copyFileSync, existsSync, statSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "./notebook-list";

const problems: string[] = [];
const pairs = listNotebooks().map((name) => ({ name, source: projectPath(path.join(NOTEBOOK_DIR, name)), executed: projectPath(path.join(EXECUTED_DIR, name)) }));
for (const { name, source, executed } of pairs) {
  if (!existsSync(executed)) problems.push(`${name}: no executed copy in ${EXECUTED_DIR}/ (run npm run reproduce)`);
  else if (statSync(executed).mtimeMs < statSync(source).mtimeMs) problems.push(`${name}: the executed copy is older than the notebook (run npm run reproduce)`);
}
if (problems.length > 0) {
  console.error(["[update-notebooks] nothing copied:", ...problems.map((p) => `  ${p}`)].join("\n"));
  process.exitCode = 1;
} else {
  for (const { name, source, executed } of pairs) {
    copyFileSync(executed, source);
    console.log(`[update-notebooks] ${EXECUTED_DIR}/${name} -> ${NOTEBOOK_DIR}/${name}`);
  }
}
