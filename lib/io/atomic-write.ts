import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
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
  writePiecesAtomic(file, (write) => write(text));
}

/**
 * Writes a file atomically from pieces of text (UTF-8), as
 * {@link writeFileAtomic} does for one string: the pieces go to a temporary
 * file in the same folder, renamed over the target only when all were
 * written, so a failed or killed run leaves the previous file, never a
 * half-written one. For outputs too large to hold as one string (the CSV of
 * a 75,000-case wave).
 *
 * @param produce calls `write` with each piece, in order; an exception aborts and removes the temporary file
 * @throws whatever `produce` or the file system throws, after removing the temporary file
 * @example writePiecesAtomic("out/w.sav.csv", (write) => ["a,b\n", "1,2\n"].forEach(write));
 */
export function writePiecesAtomic(file: string, produce: (write: (piece: string) => void) => void): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const descriptor = openSync(temporary, "w");
    try {
      produce((piece) => {
        writeSync(descriptor, piece, null, "utf8");
      });
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
