/**
 * The main job killed at chosen steps (issue 15: a run is a transaction,
 * child processes end with the job). An output folder starts as a copy of
 * the shared run's complete outputs; the main job's command then runs on it
 * as a child process in a process group of its own and is stopped:
 * - with SIGKILL to the whole process group while notebooks run (one of this
 *   run's notebooks already written): the job and its executor die at once,
 *   and only the kernels' own parent watch (lib/pipeline/tslab-kernel.ts)
 *   can end the kernels, which run in sessions of their own;
 * - with SIGKILL to the node process only while a cell runs: the executor
 *   must notice that its parent is gone, kill the kernels and exit;
 * - with SIGTERM to the node process, and with SIGINT to the group (Ctrl-C);
 * - with SIGKILL during the swap, just before the one rename that switches
 *   the outputs in (a pause point the job offers to tests).
 * These runs go one notebook at a time (`--jobs 1`: fewer kernels to start
 * before the kill); the one stopped during the swap runs as users run it.
 * After each: the documented paths show exactly the previous complete
 * outputs, and no process of the job (executor, kernels) is left, found by
 * the output folder in their environment. Meanwhile: leftovers of the killed
 * runs are removed by the next start, its stale lock taken over, a second
 * main job on the busy folder stops naming the first one's pid, and the run
 * stopped before the switch is byte-identical to the shared run (the
 * determinism check). The kill right after the switch is in
 * add-wave-main-job.test.ts.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { listNotebooks } from "../../lib/pipeline/notebook-list";
import { LOCK_FILE } from "../../lib/pipeline/output-lock";
import { FAILED_RUN_DIR, readMarker, RUNS_DIR } from "../../lib/pipeline/output-runs";
import { succeeded } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";
import { processesLeft } from "../pipeline/process-helpers";
import { copyCompleteOutputs, documentedOutputs, MainJobProcess, projectRun, runFolders } from "./main-job-runs";
import { temporaryFolder } from "../helpers/temporary-folder";

/** A line the job prints when one of its notebooks has been executed and written. */
const NOTEBOOK_WRITTEN = /^\[[\w-]+\s*\] ok in /;
/** A line the job prints when a kernel starts running a cell. */
const CELL_RUNNING = /^\[[\w-]+\s*\]   cell 1\//;

describe("the main job killed at chosen steps: the previous complete output stays, no process is left", function () {
  this.timeout(900_000);
  const root = temporaryFolder("kill");
  const outputDir = path.join(root, "output");
  let previous: Map<string, string>;

  before(async () => {
    const shared = await projectRun();
    assert.ok(succeeded(shared), "the shared run failed; see the main-job tests");
    mkdirSync(outputDir);
    copyCompleteOutputs(projectPath("output"), outputDir);
    previous = documentedOutputs(outputDir);
    assert.ok(previous.has("claims.csv") && previous.has("report/index.html"), "the copy holds complete outputs");
  });


  /** Starts the job on the test's output folder. */
  function start(variables: Record<string, string> = {}, args: readonly string[] = []): MainJobProcess {
    return MainJobProcess.start({ LWN_OUTPUT_DIR: outputDir, ...variables }, { args });
  }

  async function assertPreviousOutputsAndNoProcess(): Promise<void> {
    assert.deepEqual(await processesLeft(outputDir), [], "a process of the killed job is still running");
    assert.deepEqual(documentedOutputs(outputDir), previous, "the documented outputs changed");
  }

  it("SIGKILL of the whole process group while notebooks run, after one was written", async () => {
    const job = start({}, ["--jobs", "1"]);
    await job.waitForLine(NOTEBOOK_WRITTEN);
    job.signalGroup("SIGKILL");
    assert.equal((await job.exited).signal, "SIGKILL");
    await assertPreviousOutputsAndNoProcess();
    const killed = runFolders(outputDir).filter((name) => name.endsWith(`-pid${job.pid}`));
    assert.equal(killed.length, 1, "the killed run's partial output is in its own run folder, out of sight");
    assert.ok(existsSync(path.join(outputDir, LOCK_FILE)), "a SIGKILLed job leaves its lock behind");
  });

  it("SIGKILL of the node process only while a cell runs: the executor and the kernels notice and end; the next start cleans up and takes over the lock", async () => {
    const killedBefore = runFolders(outputDir).filter((name) => name !== previous.get("current"));
    const job = start({}, ["--jobs", "1"]);
    await job.waitForLine(CELL_RUNNING);
    assert.ok(job.lines.some((line) => /took over the lock of pid \d+/.test(line)), "the stale lock of the first killed run was taken over");
    const removal = job.lines.find((line) => line.includes("removed what earlier, killed runs left"));
    assert.ok(killedBefore.length > 0);
    for (const name of killedBefore) assert.ok(removal?.includes(path.join(RUNS_DIR, name)), `${name} not removed at start`);
    job.signal("SIGKILL");
    assert.equal((await job.exited).signal, "SIGKILL");
    await assertPreviousOutputsAndNoProcess();
  });

  it("SIGTERM to the node process: kernels stopped, partial output set aside as interrupted, lock released, exit status 143", async () => {
    const job = start({}, ["--jobs", "1"]);
    await job.waitForLine(/\] \(1\/\d+\) started/);
    job.signal("SIGTERM");
    assert.equal((await job.exited).code, 143);
    await assertPreviousOutputsAndNoProcess();
    const marker = readMarker(path.join(outputDir, FAILED_RUN_DIR));
    assert.equal(marker?.status, "interrupted");
    assert.match(marker?.failures.join("\n") ?? "", /interrupted \(SIGTERM\)/);
    assert.equal(existsSync(path.join(outputDir, LOCK_FILE)), false);
  });

  it("SIGINT to the process group (Ctrl-C in a terminal): the same, exit status 130", async () => {
    const job = start({}, ["--jobs", "1"]);
    await job.waitForLine(/\] \(1\/\d+\) started/);
    job.signalGroup("SIGINT");
    assert.equal((await job.exited).code, 130);
    await assertPreviousOutputsAndNoProcess();
    assert.equal(readMarker(path.join(outputDir, FAILED_RUN_DIR))?.status, "interrupted");
  });

  it("SIGKILL during the swap, just before the switch: previous outputs; meanwhile a second job stops naming the first's pid, and the new run equals the shared one byte for byte", async () => {
    const job = start({ LWN_TEST_PAUSE_AT: "before-switch" });
    await job.waitForLine(/paused at before-switch/);

    const second = spawnSync(process.execPath, [projectPath("output/build/lib/pipeline/reproduce-cli.js")], { env: { ...process.env, LWN_OUTPUT_DIR: outputDir }, encoding: "utf8" });
    assert.equal(second.status, 2, second.stderr);
    assert.match(second.stderr, new RegExp(`another npm run reproduce \\(pid ${job.pid}\\b.*is using the output folder ${outputDir}`));
    const update = spawnSync(process.execPath, [projectPath("output/build/lib/pipeline/update-notebooks-cli.js")], { env: { ...process.env, LWN_OUTPUT_DIR: outputDir }, encoding: "utf8" });
    assert.equal(update.status, 2, update.stderr);
    assert.match(update.stderr, new RegExp(`pid ${job.pid}`));

    const runDir = path.join(outputDir, RUNS_DIR, runFolders(outputDir).find((name) => name.endsWith(`-pid${job.pid}`))!);
    assert.equal(readMarker(runDir)?.status, "complete", "the run is complete and marked, only not switched in");
    for (const name of listNotebooks()) {
      assert.ok(readFileSync(path.join(runDir, "notebooks", name), "utf8") === readFileSync(projectPath(path.join("output", "notebooks", name)), "utf8"), `${name} differs between two runs`);
    }
    assert.ok(readFileSync(path.join(runDir, "claims.csv"), "utf8") === readFileSync(projectPath("output/claims.csv"), "utf8"), "the ledger differs between two runs");
    assert.ok(readFileSync(path.join(runDir, "estimates.csv"), "utf8") === readFileSync(projectPath("output/estimates.csv"), "utf8"), "the estimates file differs between two runs");

    job.signalGroup("SIGKILL");
    await job.exited;
    await assertPreviousOutputsAndNoProcess();
  });
});
