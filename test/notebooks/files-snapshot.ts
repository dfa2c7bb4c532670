import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** SHA-256 of every file under a folder, by path relative to it (a test helper). */
export function snapshotFolder(folder: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hashes.set(path.relative(folder, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(folder);
  return hashes;
}

/** Names of the files that differ between two snapshots (changed, added or removed). */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
