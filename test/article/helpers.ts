import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Writes `text` to a file in a fresh temporary folder and returns its absolute path. */
export function temporaryCsv(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "lwn-article-")), name);
  writeFileSync(file, text);
  return file;
}
