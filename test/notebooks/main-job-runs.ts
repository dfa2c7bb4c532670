/**
 * Helpers of the end-to-end tests of the main job: one shared run on the
 * project's own output folder, the main job's command as a child process
 * that a test can stop at a chosen step, and a snapshot of what the
 * documented output paths show.
 */
import { ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { reproduce, ReproduceSummary } from "../../lib/pipeline/reproduce";
import { CURRENT_LINK, RUN_ENTRIES, RUNS_DIR } from "../../lib/pipeline/output-runs";
import { projectPath, projectRoot } from "../../lib/project/project-path";
import { snapshotFolder } from "./files-snapshot";

let shared: Promise<ReproduceSummary> | undefined;

/**
 * The main job on the project's data and output folder, run once per test
 * process and shared by every test that only reads its outputs (the checks
 * of the outputs, the determinism comparison, the copies the kill tests
 * start from).
 */
export function projectRun(): Promise<ReproduceSummary> {
  if (process.env.LWN_DATA_DIR || process.env.LWN_OUTPUT_DIR) throw new Error("projectRun: LWN_DATA_DIR / LWN_OUTPUT_DIR are set; the shared run is on the project's own folders");
  shared ??= reproduce((line) => console.log(`      ${line}`));
  return shared;
}

/**
 * Copies the complete outputs of an output folder (its current run folder,
 * the `current` link and the documented links) into another folder; the
 * copy is a complete output folder of its own.
 */
export function copyCompleteOutputs(from: string, to: string): void {
  for (const entry of [RUNS_DIR, CURRENT_LINK, ...RUN_ENTRIES]) {
    if (existsSync(path.join(from, entry)) || isLink(path.join(from, entry))) cpSync(path.join(from, entry), path.join(to, entry), { recursive: true, verbatimSymlinks: true });
  }
}

/**
 * What a reader of an output folder sees: SHA-256 of every file reachable
 * through the documented paths (notebooks/, claims/, claims.csv, report/,
 * following the links), by path, plus the run `current` names. Two equal
 * snapshots mean the same complete set of outputs.
 */
export function documentedOutputs(outputDir: string): Map<string, string> {
  const shown = new Map<string, string>();
  for (const entry of RUN_ENTRIES) {
    const place = path.join(outputDir, entry);
    if (!existsSync(place)) continue;
    if (statSync(place).isDirectory()) for (const [file, hash] of snapshotFolder(place)) shown.set(path.join(entry, file), hash);
    else shown.set(entry, createHash("sha256").update(readFileSync(place)).digest("hex"));
  }
  const current = path.join(outputDir, CURRENT_LINK);
  if (isLink(current)) shown.set(CURRENT_LINK, path.basename(readlinkSync(current)));
  return shown;
}

/** The run folders an output folder holds (finished, killed or in progress). */
export function runFolders(outputDir: string): string[] {
  const runs = path.join(outputDir, RUNS_DIR);
  return existsSync(runs) ? readdirSync(runs).sort() : [];
}

/** The main job's command (`node output/build/lib/pipeline/reproduce-cli.js`) as a child process in a process group of its own. */
export class MainJobProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly watchers: { pattern: RegExp; resolve: (line: string) => void }[] = [];

  private constructor(env: NodeJS.ProcessEnv, args: readonly string[], cwd: string) {
    this.child = spawn(process.execPath, [projectPath("output/build/lib/pipeline/reproduce-cli.js"), ...args], { env, cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        this.lines.push(line);
        for (const watcher of [...this.watchers]) {
          if (watcher.pattern.test(line)) {
            this.watchers.splice(this.watchers.indexOf(watcher), 1);
            watcher.resolve(line);
          }
        }
      });
    }
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve({ code, signal })));
  }

  /** Starts the main job with these variables added to this process's environment, from `cwd` (default: the project root). */
  static start(variables: Record<string, string>, options: { args?: readonly string[]; cwd?: string } = {}): MainJobProcess {
    const env = { ...process.env, ...variables };
    return new MainJobProcess(env, options.args ?? [], options.cwd ?? projectRoot());
  }

  /** Process id of the job's node process (also its process group id). */
  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the first output line (stdout or stderr) matching `pattern`; rejects if the job exits first. */
  waitForLine(pattern: RegExp): Promise<string> {
    const seen = this.lines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return Promise.race([
      new Promise<string>((resolve) => this.watchers.push({ pattern, resolve })),
      this.exited.then(({ code, signal }) => {
        throw new Error(`the main job exited (${signal ?? code}) before printing a line matching ${pattern}:\n${this.lines.slice(-30).join("\n")}`);
      }),
    ]);
  }

  /** Sends a signal to the node process only. */
  signal(signal: NodeJS.Signals): void {
    process.kill(this.pid, signal);
  }

  /** Sends a signal to the whole process group (as a terminal's Ctrl-C, or `kill -9 -PGID`). */
  signalGroup(signal: NodeJS.Signals): void {
    process.kill(-this.pid, signal);
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
