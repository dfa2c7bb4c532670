/**
 * `npm run lab` with a real JupyterLab, where one is installed (the active
 * environment, the PATH, or the project's .venv/ or venv/; `.ci/run` makes
 * .venv/ where pip works): the command starts JupyterLab with the arguments
 * given (and --allow-root when running as root), the server lists the tslab
 * kernel from the project-local kernelspec, a tslab kernel starts, and
 * everything ends when the command gets SIGTERM. Skipped, with a plain
 * message, where JupyterLab is not installed.
 */
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { findJupyterLab } from "../../lib/pipeline/jupyterlab";
import { KERNEL_LAUNCHER } from "../../lib/pipeline/jupyter-environment";
import { projectPath } from "../../lib/project/project-path";
import { processesLeft, processesMentioning } from "./process-helpers";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm run lab (real JupyterLab, where installed)", function () {
  this.timeout(180_000);

  it("starts JupyterLab with the user's arguments, lists and starts the tslab kernel, and stops everything on SIGTERM", async function () {
    const lab = findJupyterLab();
    if (lab === undefined) {
      console.log("    skipped: JupyterLab is not installed (python3 -m venv .venv && .venv/bin/pip install jupyterlab)");
      this.skip();
    }
    const port = await freePort();
    const token = randomBytes(12).toString("hex");
    const mark = `lwn-lab-test-${token}`;
    const child = spawn(process.execPath, [projectPath("output/build/lib/pipeline/lab-cli.js"), "--no-browser", "--port", String(port), `--IdentityProvider.token=${token}`], {
      env: { ...process.env, LWN_TEST_MARK: mark },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const api = async (route: string, init: RequestInit = {}): Promise<Response> =>
      fetch(`http://127.0.0.1:${port}${route}`, { ...init, headers: { Authorization: `token ${token}`, "Content-Type": "application/json" } });
    try {
      const specs = (await poll(async () => {
        const response = await api("/api/kernelspecs").catch(() => undefined);
        return response?.ok ? ((await response.json()) as { kernelspecs: Record<string, { spec: { argv: string[]; display_name: string } }> }) : undefined;
      }, () => output)) as { kernelspecs: Record<string, { spec: { argv: string[]; display_name: string } }> };
      assert.equal(specs.kernelspecs.tslab?.spec.display_name, "TypeScript (tslab)");
      assert.equal(specs.kernelspecs.tslab.spec.argv[1], projectPath(KERNEL_LAUNCHER));
      if (process.getuid?.() === 0) assert.match(output, /--allow-root/);
      assert.match(output, new RegExp(`--port ${port}`));
      const started = (await (await api("/api/kernels", { method: "POST", body: JSON.stringify({ name: "tslab" }) })).json()) as { id: string; name: string };
      assert.equal(started.name, "tslab");
      // Without a websocket client the server does not track the kernel's state; the kernel is the launcher's process.
      const kernels = await poll(async () => {
        const found = processesMentioning(mark).filter((p) => p.command.includes(KERNEL_LAUNCHER) && p.command.includes(started.id));
        return found.length > 0 ? found : undefined;
      }, () => output);
      assert.equal(kernels.length, 1);
    } finally {
      child.kill("SIGTERM");
    }
    assert.equal(await exited, 0, output.slice(-2000));
    assert.deepEqual(await processesLeft(mark), [], "JupyterLab or its kernel is still running");
  });
});

/** Polls `probe` every 250 ms until it returns a value; fails after 120 s with the command's output. */
async function poll<T>(probe: () => Promise<T | undefined>, output: () => string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`JupyterLab did not answer in 120 s:\n${output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
