/**
 * `npm run update-notebooks` (maintainers): copies the executed notebooks of
 * the last complete `npm run reproduce` over notebooks/, so that the
 * committed notebooks carry their outputs and a fresh clone shows every
 * figure and chart without running anything. See {@link updateNotebooks}.
 */
import { resolveFolderOverrides } from "../project/project-path";
import { prepareOutputFolder } from "./folder-checks";
import { acquireOutputLock } from "./output-lock";
import { updateNotebooks } from "./update-notebooks";

async function main(): Promise<number> {
  resolveFolderOverrides(process.env);
  const outputDir = prepareOutputFolder();
  const lock = await acquireOutputLock(outputDir, { command: "npm run update-notebooks" });
  try {
    const result = updateNotebooks(outputDir);
    if (!result.ok) {
      console.error(["[update-notebooks] nothing copied:", ...result.problems.map((problem) => `  ${problem}`)].join("\n"));
      return 1;
    }
    for (const line of result.copied) console.log(`[update-notebooks] ${line}`);
    return 0;
  } finally {
    lock.release();
  }
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(`[update-notebooks] ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
