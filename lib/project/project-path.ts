import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "love-with-nuances-reproduction";

/**
 * Environment variables that move the two folders an analysis reads and
 * writes: `LWN_DATA_DIR` replaces `data/` (e.g. a copy with a new wave) and
 * `LWN_OUTPUT_DIR` replaces `output/`. Both default to the project's own.
 */
export const FOLDER_OVERRIDES = { data: "LWN_DATA_DIR", output: "LWN_OUTPUT_DIR" } as const;

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
  for (const [folder, variable] of Object.entries(FOLDER_OVERRIDES)) {
    const override = process.env[variable];
    const inside = normalised === folder || normalised.startsWith(`${folder}/`);
    if (override && inside && !normalised.startsWith("output/build")) {
      return path.join(path.resolve(override), normalised.slice(folder.length + 1));
    }
  }
  return path.join(projectRoot(), relativePath);
}
