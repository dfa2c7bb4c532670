/**
 * `npm run wave -- <verb>`: the analysts' command for SPSS waves (inspect,
 * export, and the verbs registered in lib/cli/wave-verbs.ts).
 * Run: npm run wave -- --help
 */
import { processIo } from "./cli-verb";
import { runWaveCommand } from "./wave-command";

runWaveCommand(process.argv.slice(2), processIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`wave: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
