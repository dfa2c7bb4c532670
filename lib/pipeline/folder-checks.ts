import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { describeFolder, projectPath } from "../project/project-path";

/** Error codes that mean "this place cannot be written" (permissions, a read-only mount). */
const READ_ONLY_CODES = new Set(["EACCES", "EPERM", "EROFS"]);

/**
 * Explains a file-system error about one of the movable folders in words a
 * user can act on: the folder (its variable and the path tried, see
 * {@link describeFolder}), what was attempted, and "read-only" for
 * permission and read-only-mount errors (EACCES, EPERM, EROFS), "does not
 * exist" for ENOENT, "is a file" for ENOTDIR/EEXIST; the system's own message
 * is kept at the end.
 *
 * @example explainFolderError("output", "create the lock file", err)
 * // => "LWN_OUTPUT_DIR=/mnt/ro/out is read-only: cannot create the lock file (EROFS: read-only file system, open '/mnt/ro/out/.main-job.lock')"
 */
export function explainFolderError(folder: "data" | "output", attempted: string, error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const what = describeFolder(folder);
  const detail = `(${message})`;
  if (code !== undefined && READ_ONLY_CODES.has(code)) return `${what} is read-only: cannot ${attempted} ${detail}`;
  if (code === "ENOENT") return `${what} does not exist: cannot ${attempted} ${detail}`;
  if (code === "ENOTDIR" || code === "EEXIST") return `${what} is not a folder (a file is in the way): cannot ${attempted} ${detail}`;
  if (code === "ENOSPC") return `${what} is on a full disk: cannot ${attempted} ${detail}`;
  return `${what}: cannot ${attempted} ${detail}`;
}

/**
 * Checks that the data folder (`data/`, or `LWN_DATA_DIR`) is a readable
 * folder before anything runs, and returns its absolute path. Throws an
 * Error naming the variable and the path tried when it does not exist, is a
 * file, or cannot be read.
 *
 * @example checkDataFolder() // => "/home/me/lwn/data"
 */
export function checkDataFolder(): string {
  const folder = projectPath("data");
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(`not a directory, stat '${folder}'`), { code: "ENOTDIR" });
    accessSync(folder, constants.R_OK | constants.X_OK);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const attempted = "read the input files";
    throw new Error(code !== undefined && READ_ONLY_CODES.has(code) ? `${describeFolder("data")} cannot be read (${(error as Error).message})` : explainFolderError("data", attempted, error));
  }
  return folder;
}

/**
 * Creates the output folder (`output/`, or `LWN_OUTPUT_DIR`) when missing
 * and checks that it can be written, returning its absolute path. Throws an
 * Error naming the variable and the path tried, calling a folder that cannot
 * be written (or created, because its parent cannot) read-only.
 *
 * @example prepareOutputFolder() // => "/home/me/lwn/output"
 */
export function prepareOutputFolder(): string {
  const folder = projectPath("output");
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const parent = nearestExisting(folder);
    throw new Error(explainFolderError("output", `create it${parent !== undefined ? ` inside ${parent}` : ""}`, error));
  }
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(`not a directory, stat '${folder}'`), { code: "ENOTDIR" });
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new Error(explainFolderError("output", "write the outputs", error));
  }
  return folder;
}

function nearestExisting(folder: string): string | undefined {
  for (let dir = path.dirname(folder); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
