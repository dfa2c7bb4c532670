import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** A fresh temporary folder for one test. */
export function temporaryFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), "lwn-claims-"));
}

/** Writes a small registry CSV with the given rows (id, notebook) and returns its absolute path. */
export function writeRegistry(folder: string, rows: readonly (readonly [string, string])[]): string {
  const file = path.join(folder, "claims.csv");
  const lines = ["id,section,paragraph,statement,reported,evidence_needed,notebook,check"];
  for (const [id, notebook] of rows) lines.push(`${id},Introduction,1,a phrase,87%,published table,${notebook},a check`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
