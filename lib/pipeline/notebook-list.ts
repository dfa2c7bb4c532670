import { readdirSync } from "node:fs";
import { projectPath } from "../project/project-path";

/** Folder of the source notebooks, relative to the project root. */
export const NOTEBOOK_DIR = "notebooks";
/** Folder of the executed copies written by the main job. */
export const EXECUTED_DIR = "output/notebooks";

/** True for the ledger notebook (00-…), which reads what the analysis notebooks recorded. */
export function isLedgerNotebook(name: string): boolean {
  return name.startsWith("00-");
}

/**
 * The notebooks of the package in execution order: analysis notebooks by
 * name (01-, 02-, ...), then the ledger notebook (00-), which summarises what
 * the others computed.
 */
export function listNotebooks(): string[] {
  const names = readdirSync(projectPath(NOTEBOOK_DIR)).filter((name) => name.endsWith(".ipynb")).sort();
  return [...names.filter((name) => !isLedgerNotebook(name)), ...names.filter(isLedgerNotebook)];
}
