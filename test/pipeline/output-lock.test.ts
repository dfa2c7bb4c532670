import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import * as path from "node:path";
import { acquireOutputLock, isProcessAlive, LOCK_FILE, LockHeldError, LockOwner, processStartTime, readOwner } from "../../lib/pipeline/output-lock";
import { temporaryFolder } from "../helpers/temporary-folder";

function folder(): string {
  return temporaryFolder("lock");
}

/** A pid that no process has: one of a process that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  return Number(child.stdout.trim());
}

function writeLock(dir: string, owner: Partial<LockOwner>): LockOwner {
  const full: LockOwner = { pid: 1, host: hostname(), processStart: null, since: "2026-01-01T00:00:00.000Z", command: "npm run reproduce", ...owner };
  writeFileSync(path.join(dir, LOCK_FILE), `${JSON.stringify(full)}\n`);
  return full;
}

describe("acquireOutputLock", () => {
  it("writes who holds the lock (pid, host, process start, command) and removes it on release", async () => {
    const dir = folder();
    const lock = await acquireOutputLock(dir, { command: "npm run reproduce" });
    const owner = readOwner(path.join(dir, LOCK_FILE));
    assert.equal(owner?.pid, process.pid);
    assert.equal(owner?.host, hostname());
    assert.equal(owner?.command, "npm run reproduce");
    assert.equal(owner?.processStart, processStartTime(process.pid));
    lock.release();
    assert.deepEqual(readdirSync(dir), []);
  });

  it("stops a second holder with a message naming the first one's pid and the lock file", async () => {
    const dir = folder();
    const first = await acquireOutputLock(dir, { command: "npm run reproduce" });
    try {
      await assert.rejects(acquireOutputLock(dir, { command: "npm run reproduce" }), (error: Error) => {
        assert.ok(error instanceof LockHeldError);
        assert.match(error.message, new RegExp(`another npm run reproduce \\(pid ${process.pid}\\b`));
        assert.match(error.message, new RegExp(`kill ${process.pid}`));
        assert.ok(error.message.includes(path.join(dir, LOCK_FILE)));
        assert.match(error.message, /--wait/);
        return true;
      });
    } finally {
      first.release();
    }
  });

  it("takes over the lock of a process that no longer exists, and says whose it was", async () => {
    const dir = folder();
    const stale = writeLock(dir, { pid: deadPid() });
    const lock = await acquireOutputLock(dir, { command: "npm run reproduce" });
    assert.deepEqual(lock.tookOver, [stale]);
    assert.equal(readOwner(lock.file)?.pid, process.pid);
    lock.release();
  });

  it("takes over a lock whose pid now belongs to a later process (pid reused: start times differ)", async function () {
    const dir = folder();
    const start = processStartTime(process.pid);
    if (start === null) {
      console.log("    skipped: no /proc here, so process start times cannot be compared");
      this.skip();
    }
    const reused = writeLock(dir, { pid: process.pid, processStart: String(Number(start) - 1), since: "2020-01-01T00:00:00.000Z" });
    assert.equal(isProcessAlive(reused), false);
    const lock = await acquireOutputLock(dir, { command: "npm run reproduce" });
    assert.equal(lock.tookOver.length, 1);
    lock.release();
  });

  it("treats a lock of another host as held (its process cannot be checked from here)", () => {
    assert.equal(isProcessAlive({ pid: deadPid(), host: `${hostname()}-elsewhere`, processStart: null, since: "", command: "" }), true);
  });

  it("waits for a live holder when asked to, and takes the lock once it is released", async () => {
    const dir = folder();
    const first = await acquireOutputLock(dir, { command: "npm run reproduce" });
    const waitedFor: number[] = [];
    const second = acquireOutputLock(dir, { command: "npm run reproduce", wait: true, pollMs: 20, onWait: (holder) => waitedFor.push(holder.pid) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.release();
    const lock = await second;
    assert.deepEqual(waitedFor, [process.pid]);
    assert.equal(readOwner(lock.file)?.since, lock.owner.since);
    lock.release();
  });

  it("stops waiting when its signal is aborted (Ctrl-C while waiting)", async () => {
    const dir = folder();
    const first = await acquireOutputLock(dir, { command: "npm run reproduce" });
    const controller = new AbortController();
    const second = acquireOutputLock(dir, { command: "npm run reproduce", wait: true, pollMs: 20, signal: controller.signal });
    setTimeout(() => controller.abort("SIGINT"), 60);
    await assert.rejects(second, new RegExp(`stopped waiting for pid ${process.pid} .*\\(SIGINT\\)`));
    first.release();
  });

  it("puts back a fresh lock that another process took over between our check and our takeover", async () => {
    const dir = folder();
    const stale = writeLock(dir, { pid: deadPid(), since: "2020-01-01T00:00:00.000Z" });
    const fresh: LockOwner = { ...stale, pid: process.pid, since: "2026-06-01T00:00:00.000Z" };
    let checks = 0;
    // The first liveness check judges the stale owner; before the takeover, another process replaces the lock with its own.
    const isAlive = (owner: LockOwner): boolean => {
      checks += 1;
      if (checks === 1) {
        writeFileSync(path.join(dir, LOCK_FILE), `${JSON.stringify(fresh)}\n`);
        return false;
      }
      return owner.since !== stale.since;
    };
    await assert.rejects(acquireOutputLock(dir, { command: "npm run reproduce", isAlive }), LockHeldError);
    assert.deepEqual(readOwner(path.join(dir, LOCK_FILE)), fresh, "the fresh lock is back in place");
    assert.deepEqual(readdirSync(dir), [LOCK_FILE]);
  });

  it("is released when the holding process exits, and a SIGKILLed holder leaves a stale lock the next run takes over", async () => {
    const dir = folder();
    const module = path.resolve(__dirname, "../../lib/pipeline/output-lock.js");
    const script = `require(${JSON.stringify(module)}).acquireOutputLock(${JSON.stringify(dir)}, { command: "test" }).then(() => { console.log("locked"); ${"process.argv[1] === 'kill' ? process.kill(process.pid, 'SIGKILL') : undefined"}; });`;
    const normal = spawnSync(process.execPath, ["-e", script, "exit"], { encoding: "utf8" });
    assert.equal(normal.stdout.trim(), "locked");
    assert.equal(existsSync(path.join(dir, LOCK_FILE)), false, "released at exit");
    const killed = spawnSync(process.execPath, ["-e", script, "kill"], { encoding: "utf8" });
    assert.equal(killed.signal, "SIGKILL");
    const left = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), "utf8")) as LockOwner;
    const lock = await acquireOutputLock(dir, { command: "npm run reproduce" });
    assert.deepEqual(lock.tookOver.map((owner) => owner.pid), [left.pid]);
    lock.release();
  });
});
