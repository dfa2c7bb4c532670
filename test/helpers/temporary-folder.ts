/**
 * Temporary folders and files for tests: every one is made under a single
 * folder of this test process in the system's temporary directory, removed
 * when the process exits, so no test leaves files behind and none writes
 * into the project.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

let root: string | undefined;
let count = 0;

/** The folder of this process that holds every temporary folder; created on first use, removed at exit. */
function processRoot(): string {
  if (root === undefined) {
    const created = mkdtempSync(path.join(os.tmpdir(), "lwn-test-"));
    // Searchable by other users: some tests run a command as an unprivileged user on a folder made here.
    chmodSync(created, 0o755);
    root = created;
    process.on("exit", () => {
      makeWritable(created);
      rmSync(created, { recursive: true, force: true });
    });
  }
  return root;
}

/** Gives the owner rwx on every folder under `dir` (tests make read-only folders), so that it can be removed. */
function makeWritable(dir: string): void {
  try {
    chmodSync(dir, 0o700);
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (lstatSync(full).isDirectory()) makeWritable(full);
    }
  } catch {
    // A folder that vanished or cannot be changed is left to rmSync's own error handling (force).
  }
}

/**
 * A fresh, empty folder for one test; `label` (letters, digits, "-") names
 * it, so a folder left by a crash says which test made it.
 *
 * @example const folder = temporaryFolder("ledger"); // => "/tmp/lwn-test-AbC123/3-ledger"
 */
export function temporaryFolder(label = "case"): string {
  if (!/^[a-z0-9-]+$/i.test(label)) throw new RangeError(`temporaryFolder: label ${JSON.stringify(label)} must be letters, digits or "-"`);
  const folder = path.join(processRoot(), `${++count}-${label}`);
  mkdirSync(folder);
  return folder;
}

/**
 * Writes `content` to a file `name` in a fresh temporary folder and returns its absolute path.
 *
 * @example temporaryFile("table1.csv", "item_id,percent\nx,1\n") // => "/tmp/lwn-test-AbC123/4-file/table1.csv"
 */
export function temporaryFile(name: string, content: string | Buffer): string {
  const file = path.join(temporaryFolder("file"), name);
  writeFileSync(file, content);
  return file;
}
