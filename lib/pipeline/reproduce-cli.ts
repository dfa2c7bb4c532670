/**
 * `npm run reproduce`: runs the main job ({@link reproduce}) and exits 0 when
 * every notebook ran, 1 when any failed (each failure listed at the end), and
 * 2 when the run could not start (e.g. Jupyter missing and not installable).
 */
import { describeSummary, reproduce } from "./reproduce";

try {
  const summary = reproduce((line) => console.log(line));
  const lines = describeSummary(summary);
  (summary.failures.length === 0 ? console.log : console.error)(["", ...lines].join("\n"));
  process.exitCode = summary.failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`[reproduce] ${(error as Error).message}`);
  process.exitCode = 2;
}
