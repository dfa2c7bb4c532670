/**
 * `npm run reproduce`: runs the main job ({@link reproduce}) and exits 0 when
 * every notebook and step ran, 1 when any failed (each failure listed at the
 * end), and 2 when the run could not start (e.g. Jupyter missing and not
 * installable).
 */
import { describeSummary, reproduce, succeeded } from "./reproduce";

try {
  const summary = reproduce((line) => console.log(line));
  const ok = succeeded(summary);
  (ok ? console.log : console.error)(["", ...describeSummary(summary)].join("\n"));
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`[reproduce] ${(error as Error).message}`);
  process.exitCode = 2;
}
