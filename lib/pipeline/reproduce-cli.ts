/**
 * `npm run reproduce [-- --wait] [-- --jobs N]`: runs the main job
 * ({@link reproduce}). Exit status: 0 every notebook and step ran and the
 * outputs were replaced; 1 something failed (each failure listed at the end;
 * the previous outputs are untouched); 2 the run could not start (a folder
 * unusable, another main job on the same output folder, Jupyter missing);
 * 130 / 143 interrupted by SIGINT / SIGTERM (kernels stopped, partial output
 * set aside). `--wait` waits for another main job on the same output folder
 * instead of stopping; `--jobs N` runs N notebooks at once (default: the
 * number of cores). A second SIGINT/SIGTERM exits at once. When the process
 * that started it (npm) is gone, it stops as on SIGTERM.
 */
import { watchParent } from "./parent-watch";
import { describeSummary, reproduce, succeeded } from "./reproduce";

const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function parseArguments(args: readonly string[]): { wait: boolean; jobs: number | undefined } {
  let wait = false;
  let jobs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--wait") wait = true;
    else if (args[i] === "--jobs" && /^[1-9]\d*$/.test(args[i + 1] ?? "")) jobs = Number(args[++i]);
    else throw new Error(`unknown argument ${JSON.stringify(args[i])} (accepted: --wait, --jobs N)`);
  }
  return { wait, jobs };
}

async function main(): Promise<number> {
  const { wait, jobs } = parseArguments(process.argv.slice(2));
  const controller = new AbortController();
  for (const signal of Object.keys(SIGNAL_STATUS)) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(SIGNAL_STATUS[signal]);
      console.error(`[reproduce] ${signal}: stopping the notebooks and their kernels (again to quit at once) ...`);
      controller.abort(signal);
    });
  }
  // The command that started this one (npm) was killed: stop as on SIGTERM rather than run on orphaned.
  watchParent((parent) => {
    console.error(`[reproduce] the process that started this job (pid ${parent}) is gone: stopping the notebooks and their kernels ...`);
    controller.abort("SIGTERM");
  });
  const summary = await reproduce((line) => console.log(line), { signal: controller.signal, waitForLock: wait, concurrency: jobs });
  const ok = succeeded(summary);
  (ok ? console.log : console.error)(["", ...describeSummary(summary)].join("\n"));
  if (summary.outcome === "interrupted") return SIGNAL_STATUS[String(controller.signal.reason ?? summary.interruption)] ?? 130;
  return ok ? 0 : 1;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(`[reproduce] ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
