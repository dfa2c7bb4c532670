import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";

/**
 * Writes a file atomically: the text goes to a temporary file in the same
 * folder, which is then renamed over the target (rename is atomic on POSIX
 * file systems), so a reader never sees a half-written file. Creates the
 * folder if needed; removes the temporary file if writing fails.
 *
 * @example writeFileAtomic("/tmp/out/claims.csv", "id\nT1-01\n")
 */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
