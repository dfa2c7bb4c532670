import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureJupyter, registerKernel } from "../../lib/pipeline/jupyter-environment";
import { NotebookRun } from "../../lib/pipeline/notebook-events";
import { NotebookJob, startNotebookSession } from "../../lib/pipeline/notebook-executor";
import { processesLeft, processesMentioning, tslabNotebook } from "./process-helpers";
import { temporaryFolder } from "../helpers/temporary-folder";

/** Seconds a cell sleeps to stand for "still running" when the test stops it. */
const SLEEP_CELL = "await new Promise((resolve) => setTimeout(resolve, 300_000));";

describe("notebook executor sessions (real Jupyter client, tslab kernels)", function () {
  this.timeout(180_000);
  let python = "";
  let env: NodeJS.ProcessEnv = {};

  before(() => {
    python = ensureJupyter(() => undefined).python;
    env = registerKernel();
  });

  /** A folder with the given notebooks, and jobs writing executed copies to out/; `mark` is in the kernels' environment. */
  function setUp(notebooks: Record<string, string>, hold: readonly string[] = []): { jobs: NotebookJob[]; dir: string; mark: string } {
    const dir = temporaryFolder("session");
    mkdirSync(path.join(dir, "out"));
    const jobs = Object.entries(notebooks).map(([name, text]) => {
      writeFileSync(path.join(dir, name), text);
      return { name, input: path.join(dir, name), output: path.join(dir, "out", name), hold: hold.includes(name) };
    });
    return { jobs, dir, mark: `LWN_TEST_MARK=${path.basename(dir)}` };
  }

  it("runs notebooks at once (a failing one stops no other), holds one until released, skips one cancelled, prefixes progress lines by notebook, writes files 0666 minus umask", async () => {
    const { jobs, mark } = setUp(
      {
        "a.ipynb": tslabNotebook([["code", 'console.log("a");']]),
        "b.ipynb": tslabNotebook([["code", "const fine = 1;"], ["code", 'const n: number = "not a number";']]),
        "held.ipynb": tslabNotebook([["code", 'console.log("held");']]),
        "cancelled.ipynb": tslabNotebook([["code", 'console.log("never");']]),
      },
      ["held.ipynb", "cancelled.ipynb"],
    );
    const lines: string[] = [];
    const session = startNotebookSession(jobs, { python, env: { ...env, LWN_TEST_MARK: mark }, concurrency: 2, lookahead: 0, log: (line) => lines.push(line) });
    session.cancel("cancelled.ipynb");
    const [a, b] = await Promise.all([session.result("a.ipynb"), session.result("b.ipynb")]);
    assert.equal(lines.some((line) => /^\[held\s*\] \(\d\/4\) started/.test(line)), false, "the held notebook waited");
    session.release("held.ipynb");
    const [held, cancelled] = await Promise.all([session.result("held.ipynb"), session.result("cancelled.ipynb")]);
    assert.equal(await session.exited, 1, "exit status 1: a notebook failed");
    for (const run of [a, held]) assert.ok(run !== "not run" && run.ok, JSON.stringify(run));
    assert.ok(b !== "not run" && !b.ok && b.failure.cellNumber === 2, `a TypeScript compile error fails its cell: ${JSON.stringify(b)}`);
    assert.match(b.ok ? "" : b.failure.evalue, /not assignable to type 'number'/);
    assert.equal(existsSync(jobs[1].output), false, "no executed copy of a failed notebook");
    assert.equal(cancelled, "not run");
    assert.equal(existsSync(jobs[3].output), false);
    assert.match(readFileSync(jobs[2].output, "utf8"), /"held\\n"/);
    assert.equal(statSync(jobs[0].output).mode & 0o777, 0o666 & ~process.umask(), "the mode of an ordinary new file, not mkstemp's 0600");
    assert.ok(lines.some((line) => /^\[a\s*\] \(\d\/4\) started$/.test(line)), lines.join("\n"));
    assert.ok(lines.some((line) => /^\[cancelled\] not run$/.test(line)), lines.join("\n"));
    assert.equal(lines.some((line) => /^\[cancelled\] kernel ready/.test(line)), false, "no kernel for a notebook cancelled before its turn");
    assert.ok(lines.some((line) => /^\[held\s*\]   cell 1\/1 \(#1\) console\.log\("held"\);$/.test(line)), lines.join("\n"));
  });

  it("reports a Python without Jupyter's client libraries as not ready (exit 4), so the main job can set Jupyter up and start again", async () => {
    const { jobs, dir } = setUp({ "never.ipynb": tslabNotebook([["code", "const x = 1;"]]) });
    const shadow = path.join(dir, "shadow");
    mkdirSync(shadow);
    writeFileSync(path.join(shadow, "nbformat.py"), 'raise ImportError("No module named nbformat", name="nbformat")\n');
    const lines: string[] = [];
    const session = startNotebookSession(jobs, { python, env: { ...env, PYTHONPATH: shadow }, log: (line) => lines.push(line) });
    assert.equal(await session.ready, false);
    assert.equal(await session.exited, 4);
    const run = (await session.result("never.ipynb")) as NotebookRun;
    assert.equal(run.ok, false);
    assert.match(lines.join("\n"), /cannot import Jupyter's client libraries \(No module named nbformat\)/);
  });

  it("names the cell the kernel was running when it died", async () => {
    const { jobs } = setUp({ "dies.ipynb": tslabNotebook([["code", "const a = 1;"], ["markdown", "text"], ["code", 'process.kill(process.pid, "SIGKILL");'], ["code", "const never = 1;"]]) });
    const session = startNotebookSession(jobs, { python, env, log: () => undefined });
    const run = (await session.result("dies.ipynb")) as NotebookRun;
    assert.equal(run.ok, false);
    if (run.ok) return;
    assert.equal(run.failure.cellNumber, 3);
    assert.equal(run.failure.source, 'process.kill(process.pid, "SIGKILL");');
    assert.equal(run.failure.ename, "DeadKernelError");
    assert.match(run.failure.evalue, /the kernel died while running this cell/);
    assert.equal(existsSync(jobs[0].output), false);
  });

  it("abort() stops the executor and kills the kernel at once; the running notebook fails and writes nothing", async () => {
    const { jobs, mark } = setUp({ "sleeps.ipynb": tslabNotebook([["code", SLEEP_CELL]]) });
    const lines: string[] = [];
    const session = startNotebookSession(jobs, { python, env: { ...env, LWN_TEST_MARK: mark }, log: (line) => lines.push(line) });
    await waitFor(() => lines.some((line) => line.includes("cell 1/1")));
    assert.ok(processesMentioning(mark).length >= 2, "executor and kernel are running");
    session.abort();
    const run = (await session.result("sleeps.ipynb")) as NotebookRun;
    assert.equal(run.ok, false);
    await session.exited;
    assert.deepEqual(await processesLeft(mark), []);
    assert.ok(lines.includes("[executor] stopped: SIGTERM"), lines.join("\n"));
  });
});

/** Waits for a condition, polling; fails the test after 120 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("waited 120 s for a condition");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

