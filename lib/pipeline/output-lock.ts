import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import * as path from "node:path";

/** Name of the lock file inside the output folder. */
export const LOCK_FILE = ".main-job.lock";

/** Who holds the lock, as written in the lock file. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** Start time of the process in clock ticks after boot (Linux /proc/PID/stat, field 22), to tell a reused pid; null elsewhere. */
  readonly processStart: string | null;
  /** ISO time the lock was taken. */
  readonly since: string;
  /** What holds it, e.g. "npm run reproduce". */
  readonly command: string;
}

/** A held lock; {@link OutputLock.release} gives it back (also done when the process exits). */
export interface OutputLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** Owners of stale locks (their process is gone) that were taken over. */
  readonly tookOver: readonly LockOwner[];
  release(): void;
}

/** Thrown when another live process holds the lock. */
export class LockHeldError extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockOwner,
    attempted: string,
  ) {
    super(
      `another ${holder.command} (pid ${holder.pid}${holder.host !== hostname() ? ` on host ${holder.host}` : ""}, since ${holder.since}) ` +
        `is using the output folder ${path.dirname(file)} (lock file ${file}). ${attempted} would mix its files with ours: ` +
        `wait for it to finish${holder.host === hostname() ? ` (or stop it: kill ${holder.pid})` : ""} and run again` +
        `${attempted.startsWith("running") ? ", or pass --wait to wait for it" : ""}.`,
    );
    this.name = "LockHeldError";
  }
}

/** Options of {@link acquireOutputLock}. */
export interface AcquireOptions {
  /** What takes the lock, shown to a second process, e.g. "npm run reproduce". */
  readonly command: string;
  /** Wait for a live holder to finish instead of throwing {@link LockHeldError}. */
  readonly wait?: boolean;
  /** Called once when waiting starts. */
  readonly onWait?: (holder: LockOwner) => void;
  /** Poll interval while waiting, ms (default 500). */
  readonly pollMs?: number;
  /** Stops waiting (throws) when aborted. */
  readonly signal?: AbortSignal;
  /** For tests: the liveness check (default {@link isProcessAlive}). */
  readonly isAlive?: (owner: LockOwner) => boolean;
}

/**
 * Takes the lock of an output folder, so that two main jobs (or a main job
 * and `npm run update-notebooks`) never work on one folder at once. The lock
 * is a file, `<folder>/.main-job.lock`, holding the owner's pid, host,
 * process start time and command as JSON. It is created complete and
 * atomically (written under a unique name, then hard-linked to the lock
 * name, which fails when the name exists). When the lock exists:
 * - a live owner: throws {@link LockHeldError} naming its pid, or with
 *   `wait` polls until it is gone;
 * - a dead owner (no such process, or the pid now belongs to a process that
 *   started later): the stale lock is taken over. It is first renamed to a
 *   name unique to this process and read back: when the file moved is not the
 *   one judged stale (another process took it over in between), it is put
 *   back and the attempt starts again.
 * The lock is released by {@link OutputLock.release} and, as a safety net,
 * when the process exits normally. A process killed with SIGKILL leaves the
 * lock behind, stale: the next run takes it over.
 *
 * @example const lock = await acquireOutputLock("/home/me/lwn/output", { command: "npm run reproduce" }); try { … } finally { lock.release(); }
 */
export async function acquireOutputLock(folder: string, options: AcquireOptions): Promise<OutputLock> {
  const file = path.join(folder, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), processStart: processStartTime(process.pid), since: new Date().toISOString(), command: options.command };
  const alive = options.isAlive ?? isProcessAlive;
  const tookOver: LockOwner[] = [];
  let waiting = false;
  for (;;) {
    if (tryCreate(file, owner)) break;
    const holder = readOwner(file);
    if (holder === undefined) continue; // released (or unreadable and being replaced) in between: try again
    if (!alive(holder)) {
      if (takeOverStale(file, holder)) tookOver.push(holder);
      continue;
    }
    if (!options.wait) throw new LockHeldError(file, holder, options.command.includes("reproduce") ? "running a second main job" : `running ${options.command}`);
    if (options.signal?.aborted) throw new Error(`stopped waiting for pid ${holder.pid} to release ${file} (${String(options.signal.reason ?? "aborted")})`);
    if (!waiting) options.onWait?.(holder);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    const current = readOwner(file);
    if (current !== undefined && current.pid === owner.pid && current.since === owner.since && current.host === owner.host) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { file, owner, tookOver, release };
}

/**
 * True when the lock's owner may still be running: it runs on another host
 * (cannot be checked, so assumed alive), or a process with its pid exists
 * (signal 0 succeeds or is refused with EPERM) and, where /proc tells start
 * times, started when the owner did.
 *
 * @example isProcessAlive({ pid: process.pid, host: os.hostname(), processStart: null, since: "", command: "" }) // => true
 */
export function isProcessAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = processStartTime(owner.pid);
  return owner.processStart === null || started === null || started === owner.processStart;
}

/**
 * Start time of a process in clock ticks after boot (field 22 of
 * /proc/PID/stat), or null where /proc is not available or the process is gone.
 *
 * @example processStartTime(process.pid) // => "1234567" on Linux
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which is in parentheses and may hold spaces): state is field 3, starttime field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * The owner recorded in a lock file, or undefined when there is no lock file
 * (or it cannot be parsed).
 *
 * @example readOwner("output/.main-job.lock")?.pid // => 12345
 */
export function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  const temporary = `${file}.${process.pid}.new`;
  writeFileSync(temporary, `${JSON.stringify(owner)}\n`);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function takeOverStale(file: string, stale: LockOwner): boolean {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false; // someone else moved it first
    throw error;
  }
  const moved = readOwner(aside);
  if (moved !== undefined && (moved.pid !== stale.pid || moved.since !== stale.since || moved.host !== stale.host)) {
    // Another process took the stale lock over between our read and our rename: give its fresh lock back.
    try {
      linkSync(aside, file);
    } catch {
      // The name was taken again meanwhile; the fresh owner keeps running unaware, as it would have without us.
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}
