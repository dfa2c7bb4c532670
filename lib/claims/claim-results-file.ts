import * as path from "node:path";

/** Folder (project-relative) where each analysis notebook writes its claim results. */
export const CLAIM_RESULTS_DIR = "output/claims";

/**
 * Path of the results file of a notebook: its stem + ".json" under `folder`
 * (default {@link CLAIM_RESULTS_DIR}, project-relative).
 *
 * @example claimResultsFile("03-reasons-table2.ipynb") // => "output/claims/03-reasons-table2.json"
 */
export function claimResultsFile(notebook: string, folder: string = CLAIM_RESULTS_DIR): string {
  const name = path.basename(notebook);
  const stem = name.replace(/\.ipynb$/, "");
  if (stem === "" || stem === name) throw new RangeError(`claimResultsFile: ${JSON.stringify(notebook)} is not a notebook file name (.ipynb)`);
  return path.join(folder, `${stem}.json`);
}
