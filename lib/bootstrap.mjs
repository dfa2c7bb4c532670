#!/usr/bin/env node
// Bootstrap shared by `npm run reproduce`, `npm test` and `npm run bench`.
// Plain JavaScript on purpose: it runs before any dependency is installed.
//   1. installs the locked npm dependencies (npm ci) when node_modules is
//      missing or was installed from another package-lock.json;
//   2. compiles lib/, test/ and bench/ with the project's TypeScript (strict)
//      into output/build/, from where notebooks import the lib as the
//      package "@love-with-nuances/lib" (see environment.md).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lockFile = path.join(root, "package-lock.json");
const stampFile = path.join(root, "node_modules", ".love-with-nuances-lock.sha256");

function run(command, args, what) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n[bootstrap] ${what} failed (${command} ${args.join(" ")}, exit ${result.status ?? result.signal}).`);
    console.error("[bootstrap] See environment.md, section Troubleshooting.");
    process.exit(result.status || 1);
  }
  return Date.now() - started;
}

const lockHash = createHash("sha256").update(readFileSync(lockFile)).digest("hex");
const installed = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (installed !== lockHash) {
  console.log("[bootstrap] installing npm dependencies from package-lock.json (npm ci) ...");
  const ms = run("npm", ["ci", "--no-audit", "--no-fund"], "npm ci");
  writeFileSync(stampFile, lockHash + "\n");
  console.log(`[bootstrap] dependencies installed in ${(ms / 1000).toFixed(1)} s`);
}

const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const ms = run(process.execPath, [tsc, "-p", "tsconfig.json"], "TypeScript build");
console.log(`[bootstrap] lib/, test/ and bench/ compiled to output/build/ in ${(ms / 1000).toFixed(1)} s`);

// tsc never deletes what it emitted for a source that is gone (renamed or
// removed since the last build); such leftovers would still be imported or
// run as tests. Remove every compiled file whose .ts source no longer exists.
const build = path.join(root, "output", "build");
let removed = 0;
const prune = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(full);
      continue;
    }
    const match = /^(.*)\.(js|js\.map|d\.ts)$/.exec(entry.name);
    if (!match) continue;
    const source = path.join(root, path.relative(build, dir), `${match[1]}.ts`);
    if (!existsSync(source)) {
      rmSync(full);
      removed++;
    }
  }
};
if (existsSync(build)) prune(build);
if (removed > 0) console.log(`[bootstrap] removed ${removed} compiled files whose sources are gone`);
