import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import {
  ensureJupyter,
  findJupyterPython,
  JUPYTER_DATA_DIR,
  JupyterPython,
  JupyterSystem,
  KERNEL_LAUNCHER,
  KERNEL_NAME,
  preferredPython,
  registerKernel,
} from "../../lib/pipeline/jupyter-environment";
import { projectPath } from "../../lib/project/project-path";

describe("Jupyter environment", function () {
  this.timeout(300_000);

  it("finds (or installs) a Python that can drive Jupyter kernels", () => {
    const jupyter = ensureJupyter((line) => console.log(line));
    assert.match(jupyter.nbclientVersion, /^\d+\.\d+/);
    assert.deepEqual(findJupyterPython(), jupyter);
  });

  it("names first, without starting it, the Python it would try first ($LWN_PYTHON when set)", () => {
    const previous = process.env.LWN_PYTHON;
    process.env.LWN_PYTHON = "/opt/some/python3";
    try {
      assert.equal(preferredPython(), "/opt/some/python3");
    } finally {
      if (previous === undefined) delete process.env.LWN_PYTHON;
      else process.env.LWN_PYTHON = previous;
    }
  });

  it("registers the project-local tslab kernelspec and points JUPYTER_PATH at it", () => {
    const previous = process.env.JUPYTER_PATH;
    process.env.JUPYTER_PATH = "/elsewhere";
    try {
      const env = registerKernel();
      const dataDir = projectPath(JUPYTER_DATA_DIR);
      assert.equal(env.JUPYTER_PATH, `${dataDir}${path.delimiter}/elsewhere`);
      const spec = JSON.parse(readFileSync(path.join(dataDir, "kernels", KERNEL_NAME, "kernel.json"), "utf8"));
      assert.equal(spec.argv[0], process.execPath);
      assert.equal(spec.argv[1], projectPath(KERNEL_LAUNCHER), "the launcher that runs tslab's kernel and watches its parent");
      assert.ok(existsSync(spec.argv[1]));
      assert.deepEqual(spec.argv.slice(2), ["--config-path", "{connection_file}"]);
      assert.equal(spec.language, "typescript");
    } finally {
      if (previous === undefined) delete process.env.JUPYTER_PATH;
      else process.env.JUPYTER_PATH = previous;
    }
  });
});

/**
 * A fake machine for the fallback order of ensureJupyter: `installs` says
 * which installer (if any) makes Jupyter appear, `statuses` the exit status
 * of each command, and every command run is recorded.
 */
function fakeSystem(options: { present?: boolean; installs?: "pip" | "apt"; apt?: boolean; statuses?: Record<string, number> }) {
  const commands: string[] = [];
  let installed = options.present ?? false;
  const python: JupyterPython = { python: "/fake/python3", nbclientVersion: "0.10.0" };
  const system: JupyterSystem = {
    findPython: () => (installed ? python : undefined),
    run: (command, args) => {
      const line = `${command} ${args.join(" ")}`;
      commands.push(line);
      const status = Object.entries(options.statuses ?? {}).find(([prefix]) => line.startsWith(prefix))?.[1] ?? 0;
      if (status === 0 && ((options.installs === "pip" && line.includes(" pip install ")) || (options.installs === "apt" && line.startsWith("apt-get install")))) installed = true;
      return status;
    },
    canUseApt: () => options.apt ?? false,
  };
  return { system, commands, python };
}

describe("ensureJupyter fallback order (fake machine)", () => {
  const quiet = (): void => undefined;

  it("uses a Jupyter that is already there and installs nothing", () => {
    const { system, commands, python } = fakeSystem({ present: true });
    assert.deepEqual(ensureJupyter(quiet, system), python);
    assert.deepEqual(commands, []);
  });

  it("installs with pip first, user-wide and without retries", () => {
    const { system, commands, python } = fakeSystem({ installs: "pip", apt: true });
    assert.deepEqual(ensureJupyter(quiet, system), python);
    assert.equal(commands.length, 1);
    assert.match(commands[0], /^python3 -m pip install --user --retries 0 --timeout 15 nbclient nbformat jupyter_client nbconvert$/);
  });

  it("falls back to apt-get (update, then install) when pip fails and apt is usable", () => {
    const { system, commands, python } = fakeSystem({ installs: "apt", apt: true, statuses: { "python3 -m pip": 1 } });
    assert.deepEqual(ensureJupyter(quiet, system), python);
    assert.deepEqual(commands.map((c) => c.split(" ").slice(0, 2).join(" ")), ["python3 -m", "apt-get update", "apt-get install"]);
    assert.match(commands[2], /python3-nbclient python3-nbformat jupyter-client jupyter-nbconvert$/);
  });

  it("falls back to apt-get when pip succeeds but Jupyter still cannot be found", () => {
    const { system, commands } = fakeSystem({ installs: "apt", apt: true });
    ensureJupyter(quiet, system);
    assert.equal(commands.filter((c) => c.startsWith("apt-get")).length, 2);
  });

  it("stops with a message pointing to environment.md when nothing works", () => {
    const withoutApt = fakeSystem({ statuses: { "python3 -m pip": 1 } });
    assert.throws(() => ensureJupyter(quiet, withoutApt.system), /could not be installed automatically[\s\S]*environment\.md/);
    assert.equal(withoutApt.commands.some((c) => c.startsWith("apt-get")), false, "apt-get must not run without root on Debian");
    const aptFails = fakeSystem({ apt: true, statuses: { "python3 -m pip": 1, "apt-get update": 100 } });
    assert.throws(() => ensureJupyter(quiet, aptFails.system), /LWN_PYTHON/);
    assert.equal(aptFails.commands.some((c) => c.startsWith("apt-get install")), false, "no install after a failed update");
  });
});
