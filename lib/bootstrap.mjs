#!/usr/bin/env node
// Bootstrap shared by the package's npm scripts (reproduce, test, bench, lab, ...).
// Plain JavaScript on purpose: it runs before any dependency is installed.
//   1. installs the locked npm dependencies (npm ci) when node_modules is
//      missing or was installed from another package-lock.json;
//   2. compiles lib/, test/ and bench/ (with `--build lib`: lib/ only) with
//      the project's TypeScript (strict) into output/build/, from where
//      notebooks import the lib as the package "@love-with-nuances/lib" (see
//      environment.md); skipped when no source, tsconfig or package-lock.json
//      changed since the last build (a SHA-256 over their contents is kept in
//      output/build/);
//   3. with `--then SCRIPT [ARGS...]`, runs the compiled SCRIPT in this same
//      process with ARGS as its arguments. One process from npm to the job
//      (no `sh -c "a && b"` in between, which does not pass SIGTERM on), so
//      the command's own signal handling sees what npm sends.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
  // --prefer-offline: packages already in the npm cache are not revalidated with the registry (the lock file pins them).
  const ms = run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], "npm ci");
  writeFileSync(stampFile, lockHash + "\n");
  console.log(`[bootstrap] dependencies installed in ${(ms / 1000).toFixed(1)} s`);
}

// What to compile: `--build lib` (the commands that only run the lib: reproduce, lab, kernel, ...) compiles
// lib/ alone with lib/tsconfig.json; otherwise (test, bench) lib/, test/ and bench/ with tsconfig.json.
const buildIndex = process.argv.indexOf("--build", 2);
const scope = buildIndex !== -1 && process.argv[buildIndex + 1] === "lib" ? "lib" : "all";
const scopes = {
  lib: { folders: ["lib"], config: "lib/tsconfig.json", stamp: ".sources-lib.sha256", what: "lib/" },
  all: { folders: ["lib", "test", "bench"], config: "tsconfig.json", stamp: ".sources.sha256", what: "lib/, test/ and bench/" },
};

// Everything a build reads that can change between runs: the sources, the compiler settings, the installed packages.
function sourcesOf(folders) {
  const files = [];
  const collect = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) collect(full);
      else if (entry.name.endsWith(".ts")) files.push(full);
    }
  };
  for (const folder of folders) collect(path.join(root, folder));
  return files.sort();
}
function fingerprintOf(files) {
  const hash = createHash("sha256");
  for (const file of [...files, path.join(root, "tsconfig.json"), path.join(root, "lib", "tsconfig.json"), lockFile]) {
    hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
const upToDate = (name) => {
  const stamp = path.join(root, "output", "build", scopes[name].stamp);
  return existsSync(stamp) && readFileSync(stamp, "utf8").trim() === fingerprintOf(sourcesOf(scopes[name].folders));
};
const { folders, config, stamp, what } = scopes[scope];
const sourceFiles = sourcesOf(folders);
// A complete build is also an up-to-date build of lib/.
if (upToDate(scope) || (scope === "lib" && upToDate("all"))) {
  console.log(`[bootstrap] output/build/ is up to date with ${what} (${sourceFiles.length} files unchanged); not compiled again`);
} else {
  const stampFile = path.join(root, "output", "build", stamp);
  rmSync(stampFile, { force: true });
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const ms = run(process.execPath, [tsc, "-p", config], "TypeScript build");
  writeFileSync(stampFile, fingerprintOf(sourceFiles) + "\n");
  console.log(`[bootstrap] ${what} compiled to output/build/ in ${(ms / 1000).toFixed(1)} s`);
}

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

const then = process.argv.indexOf("--then", 2);
if (then !== -1) {
  const script = process.argv[then + 1];
  if (script === undefined) {
    console.error("[bootstrap] --then needs the compiled script to run");
    process.exit(2);
  }
  process.argv = [process.execPath, path.resolve(root, script), ...process.argv.slice(then + 2)];
  await import(pathToFileURL(path.resolve(root, script)).href);
}
