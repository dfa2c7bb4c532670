import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { LOCK_FILE } from "./output-lock";

/**
 * How a main job's outputs become visible, all or nothing.
 *
 * Each run writes into its own folder, `<output>/.runs/<run id>/`. The
 * documented paths are fixed symbolic links into the link `current`:
 *
 *     output/notebooks  -> current/notebooks        output/claims.csv -> current/claims.csv
 *     output/claims     -> current/claims           output/report     -> current/report
 *     output/estimates  -> current/estimates        output/estimates.csv -> current/estimates.csv
 *     output/tables     -> current/tables (whole tables behind capped notebook outputs)
 *     output/current    -> .runs/<id of the last complete run>
 *
 * A run that succeeded gets its marker (`run.json`, status "complete") and is
 * then made current by ONE rename: a new link to its folder, made under a
 * temporary name, is renamed over `current` (rename(2) replaces the name
 * atomically). Before that rename every documented path shows the previous
 * complete run, after it the new one; a kill at any moment leaves one or the
 * other, never a mix. A failed or interrupted run is moved to
 * `<output>/failed-run/` with a marker saying so, and `current` is not
 * touched. Folders of runs that were killed, and the previous run's folder,
 * are removed at the next start ({@link removeLeftovers}).
 */
export const RUNS_DIR = ".runs";
/** The link naming the last complete run's folder. */
export const CURRENT_LINK = "current";
/** Where the partial output of the last failed or interrupted run is kept. */
export const FAILED_RUN_DIR = "failed-run";
/** The marker file of a run folder. */
export const RUN_MARKER = "run.json";
/** What a run writes, each reachable at `<output>/<entry>` through a link into `current`. */
export const RUN_ENTRIES = ["notebooks", "claims", "claims.csv", "estimates", "estimates.csv", "report", "tables"] as const;

/** One notebook as the marker records it: SHA-256 of the source that ran and of its executed copy. */
export interface MarkerNotebook {
  readonly name: string;
  readonly source: string;
  /** null when the notebook did not run to the end. */
  readonly executed: string | null;
}

/** Contents of `run.json`. */
export interface RunMarker {
  /** "complete": every notebook and step succeeded, and only such a run is ever made current. */
  readonly status: "complete" | "failed" | "interrupted";
  readonly run: string;
  readonly started: string;
  readonly finished: string;
  readonly dataDir: string;
  readonly notebooks: readonly MarkerNotebook[];
  /** SHA-256 of claims.csv, null when none was written. */
  readonly ledger: string | null;
  /** What failed, one line each (empty for a complete run). */
  readonly failures: readonly string[];
}

/** A run's folder while it runs. */
export interface RunFolder {
  readonly id: string;
  /** Absolute path of `<output>/.runs/<id>`. */
  readonly dir: string;
  readonly outputDir: string;
}

/**
 * Creates the folder of a new run, `<output>/.runs/<id>`, with its
 * `notebooks/`, `claims/` and `tables/` subfolders. The id sorts by start time and names
 * the process: `20261125T101500Z-pid1234`.
 *
 * @example startRun("/home/me/lwn/output").dir // => "/home/me/lwn/output/.runs/20261125T101500Z-pid1234"
 */
export function startRun(outputDir: string, now: Date = new Date()): RunFolder {
  const id = `${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-pid${process.pid}`;
  const dir = path.join(outputDir, RUNS_DIR, id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "notebooks"), { recursive: true });
  mkdirSync(path.join(dir, "claims"), { recursive: true });
  mkdirSync(path.join(dir, "tables"), { recursive: true });
  return { id, dir, outputDir };
}

/**
 * Writes a run's marker (`run.json`) into its folder, atomically.
 *
 * @example writeMarker(run.dir, { status: "complete", … })
 */
export function writeMarker(runDir: string, marker: RunMarker): void {
  writeFileAtomic(path.join(runDir, RUN_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * Reads a run's marker, or undefined when the folder has none (or it is not JSON).
 *
 * @example readMarker("output/current")?.status // => "complete"
 */
export function readMarker(runDir: string): RunMarker | undefined {
  try {
    return JSON.parse(readFileSync(path.join(runDir, RUN_MARKER), "utf8")) as RunMarker;
  } catch {
    return undefined;
  }
}

/**
 * First step of making a run current: points every documented path
 * (`notebooks`, `claims`, `claims.csv`, `estimates`, `estimates.csv`, `report`) at `current/<entry>` with
 * a relative link, where it does not already. Outputs of the layout before
 * run folders (plain files and folders at those paths, never marked
 * complete) are moved into `.runs/` to be removed with the previous run.
 * Each link is made under a temporary name and renamed into place.
 *
 * @example linkDocumentedPaths("/home/me/lwn/output", "20261125T101500Z-pid1234")
 */
export function linkDocumentedPaths(outputDir: string, runId: string): void {
  for (const entry of RUN_ENTRIES) {
    const place = path.join(outputDir, entry);
    const target = path.join(CURRENT_LINK, entry);
    const existing = lstatOrUndefined(place);
    if (existing?.isSymbolicLink() && readlinkSync(place) === target) continue;
    if (existing !== undefined && !existing.isSymbolicLink()) {
      const aside = path.join(outputDir, RUNS_DIR, `${runId}-replaced-layout`);
      mkdirSync(aside, { recursive: true });
      renameSync(place, path.join(aside, entry));
    }
    replaceLink(place, target);
  }
  syncFolder(outputDir);
}

/**
 * The commit point: makes `current` name the run's folder with a single
 * rename (a link made under a temporary name, renamed over `current`), then
 * flushes the output folder's entry to disk. Returns the folder `current`
 * named before (the previous run), or undefined.
 *
 * @example switchCurrent("/home/me/lwn/output", "20261125T101500Z-pid1234") // => "/home/me/lwn/output/.runs/20261124T…"
 */
export function switchCurrent(outputDir: string, runId: string): string | undefined {
  const previous = currentRunDir(outputDir);
  replaceLink(path.join(outputDir, CURRENT_LINK), path.join(RUNS_DIR, runId));
  syncFolder(outputDir);
  return previous;
}

/**
 * The folder `<output>/current` names, or undefined when there is no such
 * link (no run has completed in this folder) or it names no folder.
 *
 * @example currentRunDir("/home/me/lwn/output") // => "/home/me/lwn/output/.runs/20261125T101500Z-pid1234"
 */
export function currentRunDir(outputDir: string): string | undefined {
  const link = path.join(outputDir, CURRENT_LINK);
  if (!lstatOrUndefined(link)?.isSymbolicLink()) return undefined;
  const dir = path.resolve(outputDir, readlinkSync(link));
  return existsSync(dir) ? dir : undefined;
}

/**
 * Keeps a failed or interrupted run's partial output apart: writes its
 * marker (status "failed" or "interrupted", with what failed), then moves
 * its folder to `<output>/failed-run/`, replacing the one of an earlier
 * failure. `current` is not touched. Returns the new path.
 *
 * @example setAsideFailedRun(run, marker) // => "/home/me/lwn/output/failed-run"
 */
export function setAsideFailedRun(run: RunFolder, marker: RunMarker): string {
  writeMarker(run.dir, marker);
  const failedDir = path.join(run.outputDir, FAILED_RUN_DIR);
  if (existsSync(failedDir)) renameSync(failedDir, path.join(run.outputDir, RUNS_DIR, `${run.id}-earlier-failed-run`));
  renameSync(run.dir, failedDir);
  return failedDir;
}

/**
 * Removes what earlier runs left behind, to be called while holding the
 * output folder's lock (so no other run is in progress): run folders other
 * than the current one (killed runs, the previous run of a run killed right
 * after its commit), temporary links, temporary files of writes and of the
 * lock, and the leftovers of the layout before run folders (`.executing-*`
 * notebooks, `.report.staging-*` folders). `keep` lists further run ids to
 * keep (the new run's). Returns what was removed, relative to the output folder.
 *
 * @example removeLeftovers("/home/me/lwn/output") // => [".runs/20261125T101500Z-pid999"]
 */
export function removeLeftovers(outputDir: string, keep: readonly string[] = []): string[] {
  const removed: string[] = [];
  const remove = (relative: string): void => {
    rmSync(path.join(outputDir, relative), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    removed.push(relative);
  };
  const current = currentRunDir(outputDir);
  const runsDir = path.join(outputDir, RUNS_DIR);
  if (existsSync(runsDir)) {
    for (const name of readdirSync(runsDir)) {
      if (keep.includes(name) || (current !== undefined && path.join(runsDir, name) === current)) continue;
      remove(path.join(RUNS_DIR, name));
    }
  }
  if (!existsSync(outputDir)) return removed;
  for (const name of readdirSync(outputDir)) {
    const temporaryLink = /^\..*\.link-\d+$/.test(name);
    const lockTemporary = name.startsWith(`${LOCK_FILE}.`) && !name.startsWith(`${LOCK_FILE}.${process.pid}.`);
    const oldReportStaging = /^\.report\.staging-\d+(\.previous)?$/.test(name);
    const writeTemporary = /\.\d+\.tmp$/.test(name);
    if (temporaryLink || lockTemporary || oldReportStaging || writeTemporary) remove(name);
  }
  const notebooks = path.join(outputDir, "notebooks");
  if (lstatOrUndefined(notebooks)?.isDirectory()) {
    for (const name of readdirSync(notebooks)) if (name.startsWith(".executing-")) remove(path.join("notebooks", name));
  }
  return removed;
}

/**
 * SHA-256 of a file's bytes, in hex.
 *
 * @example sha256File("notebooks/01-attitudes-table1.ipynb") // => "3f1c…"
 */
export function sha256File(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/**
 * The last complete run of an output folder, checked: `current` names a run
 * folder whose marker says "complete" and whose executed notebooks and
 * ledger still have the SHA-256 the marker recorded. Throws an Error saying
 * what is wrong otherwise (no complete run yet, a marker missing or not
 * "complete", a file changed or missing since the run).
 *
 * @example completeRun("/home/me/lwn/output").marker.notebooks.length // => 7
 */
export function completeRun(outputDir: string): { dir: string; marker: RunMarker } {
  const dir = currentRunDir(outputDir);
  if (dir === undefined) throw new Error(`${outputDir} holds no complete run (no ${CURRENT_LINK} link): run npm run reproduce until it succeeds`);
  const marker = readMarker(dir);
  if (marker === undefined) throw new Error(`${dir} has no ${RUN_MARKER}: it is not a run the main job completed`);
  if (marker.status !== "complete") throw new Error(`${dir}/${RUN_MARKER} says the run ${marker.status === "failed" ? "failed" : "was interrupted"}`);
  const problems: string[] = [];
  for (const notebook of marker.notebooks) {
    const file = path.join(dir, "notebooks", notebook.name);
    if (notebook.executed === null) problems.push(`${notebook.name}: not executed`);
    else if (!existsSync(file)) problems.push(`${notebook.name}: the executed copy is missing`);
    else if (sha256File(file) !== notebook.executed) problems.push(`${notebook.name}: the executed copy changed after the run`);
  }
  const ledger = path.join(dir, "claims.csv");
  if (marker.ledger === null || !existsSync(ledger) || sha256File(ledger) !== marker.ledger) problems.push("claims.csv: missing or changed after the run");
  if (problems.length > 0) throw new Error(`the last complete run in ${dir} does not match its ${RUN_MARKER}:\n  ${problems.join("\n  ")}`);
  return { dir, marker };
}

function replaceLink(place: string, target: string): void {
  const temporary = path.join(path.dirname(place), `.${path.basename(place)}.link-${process.pid}`);
  rmSync(temporary, { force: true });
  symlinkSync(target, temporary);
  renameSync(temporary, place);
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** Flushes a folder's entries (renames, new links) to disk; a no-op where folders cannot be opened. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Not supported on this platform or file system; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
