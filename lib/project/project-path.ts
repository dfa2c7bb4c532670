import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "love-with-nuances-reproduction";

/**
 * Environment variables that move the two folders an analysis reads and
 * writes: `LWN_DATA_DIR` replaces `data/` (e.g. a copy with a new wave) and
 * `LWN_OUTPUT_DIR` replaces `output/`. Both default to the project's own.
 */
export const FOLDER_OVERRIDES = { data: "LWN_DATA_DIR", output: "LWN_OUTPUT_DIR" } as const;

/** The two movable folders. */
export type MovableFolder = keyof typeof FOLDER_OVERRIDES;

let cachedRoot: string | undefined;

/**
 * Absolute path of the project root: the nearest folder above the compiled
 * lib whose package.json is this package's. Notebooks run with their own
 * folder as working directory, tests with the root; this makes `data/...`
 * paths mean the same thing everywhere.
 */
export function projectRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === PACKAGE_NAME) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`projectRoot: no package.json named ${PACKAGE_NAME} above ${__dirname}`);
    dir = parent;
  }
}

/**
 * Resolves a project-relative path such as `data/article/table1.csv`. Paths
 * under `data/` and `output/` follow `LWN_DATA_DIR` and `LWN_OUTPUT_DIR`
 * when those are set (see {@link FOLDER_OVERRIDES}); compiled code under
 * output/build always stays in the project.
 *
 * @example projectPath("data/article/table1.csv") // => "/home/me/lwn/data/article/table1.csv"
 */
export function projectPath(relativePath: string): string {
  const normalised = relativePath.split(path.sep).join("/");
  for (const folder of Object.keys(FOLDER_OVERRIDES) as MovableFolder[]) {
    const inside = normalised === folder || normalised.startsWith(`${folder}/`);
    const override = inside && !normalised.startsWith("output/build") ? folderOverride(folder) : undefined;
    if (override !== undefined) return path.join(override, normalised.slice(folder.length + 1));
  }
  return path.join(projectRoot(), relativePath);
}

/**
 * The absolute folder that `LWN_DATA_DIR` / `LWN_OUTPUT_DIR` names, or
 * undefined when the variable is unset or empty. An absolute value is used as
 * it is. A relative value means "relative to where the command was started":
 * npm runs scripts in the package root and records the starting folder in
 * `INIT_CWD`, so a relative value is resolved against `INIT_CWD`. Without
 * `INIT_CWD` (a kernel started by the user's own Jupyter, whose working
 * folder is the notebook's) there is no way to tell, so it throws, naming
 * the variable. Command-line entry points call {@link resolveFolderOverrides}
 * first, which makes the values absolute for everything they start.
 *
 * @example folderOverride("data") // LWN_DATA_DIR=copy, INIT_CWD=/home/me => "/home/me/copy"
 */
export function folderOverride(folder: MovableFolder, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const variable = FOLDER_OVERRIDES[folder];
  const value = env[variable];
  if (value === undefined || value === "") return undefined;
  if (path.isAbsolute(value)) return path.resolve(value);
  const startDir = env.INIT_CWD;
  if (startDir !== undefined && path.isAbsolute(startDir)) return path.resolve(startDir, value);
  throw new Error(
    `${variable}=${value} is a relative path, and this process (working folder ${process.cwd()}) cannot tell what it is relative to. ` +
      `Set ${variable} to an absolute path, or start the command with npm run from the folder the path is relative to.`,
  );
}

/**
 * Makes `LWN_DATA_DIR` and `LWN_OUTPUT_DIR` absolute in `env` (resolved
 * against `INIT_CWD` when npm set it, else against `startDir`, the folder
 * the command was started from), so that every process started with `env`
 * (kernels run in the notebooks' folder) reads the same folders. Returns one
 * line per variable it changed, for the log.
 *
 * @example resolveFolderOverrides(process.env) // LWN_OUTPUT_DIR=out from /home/me => ["LWN_OUTPUT_DIR=out -> /home/me/out"]
 */
export function resolveFolderOverrides(env: NodeJS.ProcessEnv = process.env, startDir: string = process.cwd()): string[] {
  const changed: string[] = [];
  for (const folder of Object.keys(FOLDER_OVERRIDES) as MovableFolder[]) {
    const variable = FOLDER_OVERRIDES[folder];
    const value = env[variable];
    if (value === undefined || value === "" || path.isAbsolute(value)) continue;
    const resolved = folderOverride(folder, { ...env, INIT_CWD: env.INIT_CWD ?? startDir });
    if (resolved === undefined) continue;
    env[variable] = resolved;
    changed.push(`${variable}=${value} -> ${resolved} (relative to ${env.INIT_CWD ?? startDir}, where the command was started)`);
  }
  return changed;
}

/**
 * How messages name a movable folder: the variable and the path when the
 * variable is set, else the default path and that the variable is unset.
 *
 * @example describeFolder("output") // => 'LWN_OUTPUT_DIR=/tmp/out' or 'the output folder /home/me/lwn/output (LWN_OUTPUT_DIR is not set)'
 */
export function describeFolder(folder: MovableFolder, env: NodeJS.ProcessEnv = process.env): string {
  const override = folderOverride(folder, env);
  const variable = FOLDER_OVERRIDES[folder];
  return override !== undefined ? `${variable}=${override}` : `the ${folder} folder ${path.join(projectRoot(), folder)} (${variable} is not set)`;
}
