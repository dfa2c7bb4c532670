import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { projectPath } from "../project/project-path";

/** Where the project-local kernelspec lives; JUPYTER_PATH points here, the user's Jupyter is untouched. */
export const JUPYTER_DATA_DIR = "output/jupyter/share/jupyter";
/** Name of the kernelspec the notebooks declare in their metadata. */
export const KERNEL_NAME = "tslab";
/** Python modules the headless executor needs. */
const REQUIRED_MODULES = ["nbclient", "nbformat", "jupyter_client"];
/** Debian/Ubuntu packages that provide them (plus nbconvert for users' own use). */
const APT_PACKAGES = ["python3-nbclient", "python3-nbformat", "jupyter-client", "jupyter-nbconvert"];
/** PyPI packages that provide them. */
const PIP_PACKAGES = ["nbclient", "nbformat", "jupyter_client", "nbconvert"];

/** A Python interpreter that can drive Jupyter kernels. */
export interface JupyterPython {
  readonly python: string;
  readonly nbclientVersion: string;
}

type Log = (line: string) => void;

/**
 * Finds a Python that imports nbclient, nbformat and jupyter_client. Tried in
 * order: $LWN_PYTHON, the interpreter of the `jupyter` command on PATH (its
 * shebang), `python3`, `/usr/bin/python3`, `python`. Returns undefined when none does.
 */
export function findJupyterPython(): JupyterPython | undefined {
  for (const python of pythonCandidates()) {
    const probe = spawnSync(python, ["-c", `import ${REQUIRED_MODULES.join(", ")}; print(nbclient.__version__)`], { encoding: "utf8" });
    if (probe.status === 0) return { python, nbclientVersion: probe.stdout.trim() };
  }
  return undefined;
}

/**
 * The Python that {@link findJupyterPython} would try first ($LWN_PYTHON, the
 * `jupyter` command's interpreter, else `python3`), without starting it: the
 * main job starts its executor with it straight away, and sets Jupyter up
 * ({@link ensureJupyter}) only when the executor reports that it cannot
 * import Jupyter's client libraries.
 *
 * @example preferredPython() // => "python3"
 */
export function preferredPython(): string {
  return pythonCandidates()[0];
}

function pythonCandidates(): string[] {
  const candidates: string[] = [];
  if (process.env.LWN_PYTHON) candidates.push(process.env.LWN_PYTHON);
  const jupyter = spawnSync("sh", ["-c", "command -v jupyter"], { encoding: "utf8" }).stdout.trim();
  if (jupyter !== "") {
    const shebang = readFileSync(jupyter, "utf8").split("\n", 1)[0];
    const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(shebang);
    if (match) candidates.push(match[1].endsWith("/env") && match[2] ? match[2] : match[1]);
  }
  candidates.push("python3", "/usr/bin/python3", "python");
  return [...new Set(candidates)];
}

/** What {@link ensureJupyter} needs from the machine; the default is the real one (tests pass a fake). */
export interface JupyterSystem {
  /** A Python with Jupyter's client libraries, or undefined ({@link findJupyterPython}). */
  findPython(): JupyterPython | undefined;
  /** Runs a command with inherited output and returns its exit status. */
  run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): number | null;
  /** True when installing system packages with apt-get is possible: root on Debian/Ubuntu. */
  canUseApt(): boolean;
}

/** The real machine. */
export const REAL_SYSTEM: JupyterSystem = {
  findPython: findJupyterPython,
  run: (command, args, env) => spawnSync(command, [...args], { stdio: "inherit", env: env ?? process.env }).status,
  canUseApt: () => typeof process.getuid === "function" && process.getuid() === 0 && existsSync("/etc/debian_version"),
};

/**
 * Returns a Python able to run notebooks, installing Jupyter's client
 * libraries when none is found: first with pip (`--user`, no retries, so an
 * unreachable index fails in seconds), then with apt-get when running as root
 * on Debian/Ubuntu. Otherwise throws with a pointer to environment.md.
 */
export function ensureJupyter(log: Log, system: JupyterSystem = REAL_SYSTEM): JupyterPython {
  const found = system.findPython();
  if (found) return found;
  log("[jupyter] no Python with nbclient/nbformat/jupyter_client found; trying pip ...");
  if (system.run("python3", ["-m", "pip", "install", "--user", "--retries", "0", "--timeout", "15", ...PIP_PACKAGES]) === 0) {
    const viaPip = system.findPython();
    if (viaPip) return viaPip;
  }
  if (system.canUseApt()) {
    log(`[jupyter] pip did not work; installing ${APT_PACKAGES.join(" ")} with apt-get ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (system.run("apt-get", ["update", "-qq"], env) === 0 && system.run("apt-get", ["install", "-y", "-qq", ...APT_PACKAGES], env) === 0) {
      const viaApt = system.findPython();
      if (viaApt) return viaApt;
    }
  }
  throw new Error(
    "Jupyter is missing and could not be installed automatically (pip failed; apt-get needs root on Debian/Ubuntu).\n" +
      `Install it yourself (pip install ${PIP_PACKAGES.join(" ")}, or conda install -c conda-forge nbclient nbconvert),\n` +
      "or set LWN_PYTHON to a Python that has it. See environment.md, section Prerequisites.",
  );
}

/** The compiled kernel launcher (lib/pipeline/tslab-kernel.ts): tslab's `kernel` command plus a parent watch. */
export const KERNEL_LAUNCHER = "output/build/lib/pipeline/tslab-kernel.js";

/**
 * Writes the project-local tslab kernelspec under output/jupyter and returns
 * the environment that makes Jupyter see it first:
 * JUPYTER_PATH=<project>/output/jupyter/share/jupyter prepended. The
 * kernelspec runs this Node.js on the kernel launcher
 * (lib/pipeline/tslab-kernel.ts), which runs this project's tslab exactly as
 * `tslab kernel --config-path {connection_file}` (what `tslab install`
 * registers) and ends the kernel when the process that started it is gone.
 *
 * @example registerKernel().JUPYTER_PATH // => "/home/me/lwn/output/jupyter/share/jupyter"
 */
export function registerKernel(): NodeJS.ProcessEnv {
  const dataDir = projectPath(JUPYTER_DATA_DIR);
  const kernelDir = path.join(dataDir, "kernels", KERNEL_NAME);
  mkdirSync(kernelDir, { recursive: true });
  const kernelSpec = {
    argv: [process.execPath, projectPath(KERNEL_LAUNCHER), "--config-path", "{connection_file}"],
    display_name: "TypeScript (tslab)",
    language: "typescript",
  };
  writeFileAtomic(path.join(kernelDir, "kernel.json"), JSON.stringify(kernelSpec, null, 2) + "\n");
  const inherited = process.env.JUPYTER_PATH;
  return { ...process.env, JUPYTER_PATH: inherited ? `${dataDir}${path.delimiter}${inherited}` : dataDir };
}
