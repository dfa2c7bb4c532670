import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../project/project-path";

/** A `jupyter` command that has JupyterLab, and where it was found. */
export interface JupyterLabCommand {
  readonly jupyter: string;
  readonly version: string;
  /** "active environment ($VIRTUAL_ENV)", "PATH", "project virtual environment (.venv)", ... */
  readonly foundIn: string;
}

/** What {@link findJupyterLab} needs from the machine; the default is the real one (tests pass a fake). */
export interface LabSystem {
  readonly env: NodeJS.ProcessEnv;
  readonly projectRoot: string;
  exists(file: string): boolean;
  /** The output of `<jupyter> lab --version`, or undefined when it fails. */
  labVersion(jupyter: string): string | undefined;
}

/** Folders, inside the project, where a local virtual environment is looked for (in this order). */
export const LOCAL_VENVS = [".venv", "venv"] as const;

/**
 * Finds a `jupyter` command with JupyterLab. Tried in order, the first whose
 * `jupyter lab --version` succeeds wins:
 * 1. the active virtual environment (`$VIRTUAL_ENV/bin/jupyter`) and the
 *    active conda environment (`$CONDA_PREFIX/bin/jupyter`);
 * 2. `jupyter` on the PATH;
 * 3. a virtual environment in the project: `.venv/bin/jupyter`, then
 *    `venv/bin/jupyter` (what `python3 -m venv .venv && .venv/bin/pip install
 *    jupyterlab` makes; on Windows `Scripts\jupyter.exe`).
 * Returns undefined when none has JupyterLab.
 *
 * @example findJupyterLab()?.jupyter // => "/home/me/lwn/.venv/bin/jupyter"
 */
export function findJupyterLab(system: LabSystem = realLabSystem()): JupyterLabCommand | undefined {
  const bin = process.platform === "win32" ? ["Scripts", "jupyter.exe"] : ["bin", "jupyter"];
  const candidates: { jupyter: string; foundIn: string }[] = [];
  for (const variable of ["VIRTUAL_ENV", "CONDA_PREFIX"]) {
    const prefix = system.env[variable];
    if (prefix) candidates.push({ jupyter: path.join(prefix, ...bin), foundIn: `active environment ($${variable}=${prefix})` });
  }
  candidates.push({ jupyter: "jupyter", foundIn: "PATH" });
  for (const folder of LOCAL_VENVS) candidates.push({ jupyter: path.join(system.projectRoot, folder, ...bin), foundIn: `project virtual environment (${folder}/)` });
  for (const candidate of candidates) {
    if (candidate.jupyter !== "jupyter" && !system.exists(candidate.jupyter)) continue;
    const version = system.labVersion(candidate.jupyter);
    if (version !== undefined) return { ...candidate, version };
  }
  return undefined;
}

/**
 * The arguments `npm run lab` gives `jupyter`: `lab`, then the user's own
 * arguments unchanged, then what the package adds when the user did not say
 * otherwise: `--allow-root` when running as root (JupyterLab refuses to start
 * as root without it), and `--ServerApp.root_dir=<project>/notebooks` so that
 * the file browser opens on the notebooks.
 *
 * @example labArguments(["--port", "8899"], { uid: 0, notebooksDir: "/p/notebooks" })
 * // => ["lab", "--port", "8899", "--allow-root", "--ServerApp.root_dir=/p/notebooks"]
 */
export function labArguments(userArgs: readonly string[], context: { uid: number | undefined; notebooksDir: string }): string[] {
  const args = ["lab", ...userArgs];
  const given = (pattern: RegExp): boolean => userArgs.some((arg) => pattern.test(arg));
  if (context.uid === 0 && !given(/^--(ServerApp\.)?allow[-_]root\b/)) args.push("--allow-root");
  if (!given(/^--(ServerApp\.root_dir|notebook[-_]dir|ServerApp\.notebook_dir|NotebookApp\.notebook_dir)\b/)) args.push(`--ServerApp.root_dir=${context.notebooksDir}`);
  return args;
}

/**
 * What to tell a user who has no JupyterLab: how to install it in a project
 * virtual environment (found automatically next time) or with conda, and how
 * to use the kernel from another front end.
 *
 * @example console.error(installAdvice("/home/me/lwn/output/jupyter/share/jupyter").join("\n"))
 */
export function installAdvice(jupyterPath: string): string[] {
  return [
    "JupyterLab was not found (looked in the active virtual or conda environment, on the PATH, and in .venv/ and venv/ of the project).",
    "Install it, with plotly (whose JupyterLab extension makes the charts interactive), in a virtual environment inside the project, where `npm run lab` finds it:",
    "  python3 -m venv .venv && .venv/bin/pip install jupyterlab plotly",
    "or with conda (then activate the environment before `npm run lab`):",
    "  conda install -c conda-forge jupyterlab plotly",
    "To use the kernel from a JupyterLab, classic notebook or VS Code of your own instead, run `npm run kernel` and start it with",
    `  JUPYTER_PATH=${jupyterPath}`,
    'and pick the kernel "TypeScript (tslab)". See environment.md, section "Opening the notebooks".',
  ];
}

/** Name of the JupyterLab extension, shipped in the `plotly` pip and conda packages, that renders Plotly figures (application/vnd.plotly.v1+json). */
export const PLOTLY_LABEXTENSION = "jupyterlab-plotly";

/**
 * Whether the JupyterLab of `jupyter` has the Plotly renderer: a folder
 * `labextensions/jupyterlab-plotly/` in one of its data folders (`jupyter
 * --paths --json`, which honours JUPYTER_PATH and the environment's prefix).
 * Undefined when the folders cannot be listed.
 *
 * @example hasPlotlyRenderer("/home/me/lwn/.venv/bin/jupyter") // => true after `.venv/bin/pip install plotly`
 */
export function hasPlotlyRenderer(jupyter: string, env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  const listed = spawnSync(jupyter, ["--paths", "--json"], { encoding: "utf8", env, timeout: 60_000 });
  if (listed.status !== 0) return undefined;
  try {
    const { data } = JSON.parse(listed.stdout) as { data?: string[] };
    return (data ?? []).some((folder) => existsSync(path.join(folder, "labextensions", PLOTLY_LABEXTENSION, "package.json")));
  } catch {
    return undefined;
  }
}

/**
 * What to tell a user whose JupyterLab has no Plotly renderer: the charts
 * show as static pictures, and how to add it to that JupyterLab's environment.
 *
 * @example plotlyAdvice("/home/me/lwn/.venv/bin/jupyter") // => ["... static pictures ...", "  /home/me/lwn/.venv/bin/pip install plotly", ...]
 */
export function plotlyAdvice(jupyter: string): string[] {
  const pip = path.isAbsolute(jupyter) ? path.join(path.dirname(jupyter), process.platform === "win32" ? "pip.exe" : "pip") : "pip";
  return [
    "The Plotly renderer (JupyterLab extension jupyterlab-plotly, part of the plotly package) is not installed with this JupyterLab:",
    "the charts show as static pictures. For interactive charts (hover, zoom), install it in JupyterLab's environment and restart:",
    `  ${pip} install plotly    (or: conda install -c conda-forge plotly)`,
  ];
}

/**
 * The real machine: this process's environment, this project, `jupyter lab --version`.
 *
 * @example findJupyterLab(realLabSystem())
 */
export function realLabSystem(): LabSystem {
  return {
    env: process.env,
    projectRoot: projectRoot(),
    exists: existsSync,
    labVersion: (jupyter) => {
      const result = spawnSync(jupyter, ["lab", "--version"], { encoding: "utf8", timeout: 60_000 });
      return result.status === 0 ? result.stdout.trim().split("\n").pop() : undefined;
    },
  };
}
