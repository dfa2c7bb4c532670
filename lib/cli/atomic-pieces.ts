import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import * as path from "node:path";

/**
 * Writes a file atomically from pieces of text (UTF-8): the pieces go to a
 * temporary file in the same folder, renamed over the target only when all
 * were written, so a failed or killed run leaves the previous file, never a
 * half-written one. For outputs too large to hold as one string (the CSV of
 * a 75,000-case wave); small texts use lib/io/atomic-write.ts.
 *
 * @param produce calls `write` with each piece, in order; an exception aborts and removes the temporary file
 * @example writePiecesAtomic("out/w.sav.csv", (write) => writeSavCsv(data, write));
 */
export function writePiecesAtomic(file: string, produce: (write: (piece: string) => void) => void): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, "w");
  try {
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
