import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { NOTEBOOK_DIR } from "./notebook-list";
import { completeRun, sha256File } from "./output-runs";

/** What {@link updateNotebooks} did, or why it refused. */
export type UpdateResult = { readonly ok: true; readonly copied: readonly string[] } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Copies the executed notebooks of the last complete run of `outputDir`
 * over the source notebooks (`notebooksDir`, default notebooks/), so the
 * committed notebooks carry the outputs the current code produces. Refuses,
 * copying nothing and listing every reason, unless:
 * - the output folder's `current` run is complete (its marker `run.json`
 *   says so, and the executed notebooks still have the SHA-256 it recorded);
 * - the run executed exactly the notebooks that exist now (none added or
 *   removed since);
 * - every source notebook is byte for byte the one the run executed (none
 *   edited since).
 * Each notebook is written under a temporary name and renamed into place;
 * a replaced notebook keeps its file mode, a new one gets the mode of an
 * ordinary new file (the executed copy's mode is never carried over).
 * Hold the output folder's lock while calling (the CLI does).
 *
 * @example updateNotebooks("/home/me/lwn/output") // => { ok: true, copied: ["output/notebooks/01-….ipynb -> notebooks/01-….ipynb", …] }
 */
export function updateNotebooks(outputDir: string, notebooksDir: string = projectPath(NOTEBOOK_DIR)): UpdateResult {
  let run: ReturnType<typeof completeRun>;
  try {
    run = completeRun(outputDir);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const present = readdirSync(notebooksDir).filter((name) => name.endsWith(".ipynb")).sort();
  const executed = new Map(run.marker.notebooks.map((notebook) => [notebook.name, notebook]));
  for (const name of present) {
    const entry = executed.get(name);
    if (entry === undefined) problems.push(`${name}: not executed by the last complete run (${run.marker.run}); run npm run reproduce`);
    else if (sha256File(path.join(notebooksDir, name)) !== entry.source) problems.push(`${name}: changed since the last complete run (${run.marker.run}) executed it; run npm run reproduce`);
  }
  for (const name of executed.keys()) if (!present.includes(name)) problems.push(`${name}: executed by the last run but no longer in ${NOTEBOOK_DIR}/; run npm run reproduce`);
  if (problems.length > 0) return { ok: false, problems };
  const contents = present.map((name) => ({ name, text: readFileSync(path.join(run.dir, "notebooks", name)) }));
  const copied: string[] = [];
  for (const { name, text } of contents) {
    const target = path.join(notebooksDir, name);
    const temporary = path.join(notebooksDir, `.${name}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, text);
      if (existsSync(target)) chmodSync(temporary, statSync(target).mode & 0o7777);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    copied.push(`${path.join(path.basename(outputDir), "notebooks", name)} -> ${NOTEBOOK_DIR}/${name}`);
  }
  return { ok: true, copied };
}
