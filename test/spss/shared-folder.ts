import { existsSync } from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../../lib/project/project-path";

/**
 * A path under ../shared (the read-only folder beside the repository that CI
 * provides: field cases, the SPSS corpus). Fails with a clear message when
 * the folder is missing, rather than skipping the tests that need it.
 */
export function sharedPath(...parts: string[]): string {
  const root = path.join(projectRoot(), "..", "shared");
  if (!existsSync(root)) throw new Error(`${root} is missing: these tests read the field cases and the SPSS corpus from ../shared (beside the repository, as CI has it)`);
  return path.join(root, ...parts);
}
