import { writeFileSync } from "node:fs";
import * as path from "node:path";

/**
 * Writes a small claims registry (data/claims/claims.csv format) into
 * `folder` with the given rows (id, notebook) and returns its absolute path.
 *
 * @example writeRegistry(temporaryFolder(), [["T1-01", "01-a.ipynb"]])
 */
export function writeRegistry(folder: string, rows: readonly (readonly [string, string])[]): string {
  const file = path.join(folder, "claims.csv");
  const lines = ["id,section,paragraph,statement,reported,evidence_needed,notebook,check"];
  for (const [id, notebook] of rows) lines.push(`${id},Introduction,1,a phrase,87%,published table,${notebook},a check`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
