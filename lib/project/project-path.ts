import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "love-with-nuances-reproduction";

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
 * Resolves a project-relative path such as `data/article/table1.csv`.
 *
 * @example projectPath("data/article/table1.csv") // => "/home/me/lwn/data/article/table1.csv"
 */
export function projectPath(relativePath: string): string {
  return path.join(projectRoot(), relativePath);
}
