import * as path from "node:path";
import { checkWaves, passed, WaveCheckReport, WaveCheckResult, WaveCheckSummary } from "./wave-check";

/**
 * The report of `wave check` as text: the folder, manifest and codebook,
 * then one block per wave (its summary, or its first problem), then the
 * problems of the whole folder and a closing line.
 *
 * @example formatWaveCheckReport(await checkWaves(), describeDataFolder()).split("\n")[0] // => "wave check: the data folder … (LWN_DATA_DIR is not set)"
 */
export function formatWaveCheckReport(report: WaveCheckReport, dataFolder: string): string {
  const lines = [`wave check: ${dataFolder}`, `manifest ${report.manifestFile} (${report.listed} wave${report.listed === 1 ? "" : "s"}), codebook ${report.codebookFile}`];
  for (const result of report.results) lines.push("", ...formatResult(result));
  if (report.problems.length > 0) lines.push("", "Problems:", ...report.problems.map((problem) => `  ${problem.message}`));
  const failed = report.results.filter((result) => result.error !== null).length;
  const verdict = passed(report)
    ? `all valid.`
    : `${failed} wave${failed === 1 ? "" : "s"} failed${report.problems.length > 0 ? `, ${report.problems.length} other problem${report.problems.length === 1 ? "" : "s"}` : ""}.`;
  const problemCount = `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}`;
  lines.push(
    "",
    report.results.length === 0 && report.problems.length > 0
      ? `No wave checked (${report.seconds.toFixed(1)} s): fix the ${problemCount} above first.`
      : `${report.results.length} wave${report.results.length === 1 ? "" : "s"} checked in ${report.seconds.toFixed(1)} s: ${verdict}`,
  );
  return `${lines.join("\n")}\n`;
}

function formatResult({ entry, summary, error }: WaveCheckResult): string[] {
  const head = `${entry.waveId}${entry.synthetic ? " (SYNTHETIC)" : ""}: ${path.basename(entry.file)} (${entry.format}), manifest row ${entry.manifestRow}`;
  if (summary === null) return [`${head}: FAILED`, `  ${error?.message ?? "unknown error"}`];
  return [`${head}: OK`, ...formatSummary(summary, entry.lonelyPsu).map((line) => `  ${line}`)];
}

function formatSummary(summary: WaveCheckSummary, lonelyPsu: string): string[] {
  const excluded = Object.entries(summary.rowsExcluded).map(([rule, rows]) => `${rows} ${rule}`).join(", ");
  const filter = summary.filter === null ? "" : `; filter: ${summary.filter.description}`;
  const design = summary.design;
  const perStratum = design.psusPerStratum.min === design.psusPerStratum.max ? `${design.psusPerStratum.min}` : `${design.psusPerStratum.min}–${design.psusPerStratum.max}`;
  const weights = design.weights;
  const missing = Object.entries(summary.itemMissing).filter(([, count]) => (count ?? 0) > 0);
  const lines = [
    `rows: ${summary.rowsRead} read, ${summary.rowsKept} kept, excluded: ${excluded}${filter}`,
    `design: ${design.strata} strata, ${design.psus} PSUs (${perStratum} per stratum), design df ${design.df}; ` +
      `weights sum ${round(weights.sum)}, min ${round(weights.min)}, max ${round(weights.max)}; ` +
      `zero weights: ${summary.zeroWeightRows}${summary.zeroWeightRows > 0 ? " (kept in the design, nothing to totals, as R)" : ""}`,
    `single-PSU strata: ${design.lonelyStrata.length === 0 ? "none" : design.lonelyStrata.map((s) => JSON.stringify(s)).join(", ")} (lonely_psu ${lonelyPsu})`,
    summary.conceptsNotAsked.length === 0
      ? `concepts: all ${summary.conceptsAsked.length} asked`
      : `concepts asked: ${summary.conceptsAsked.join(", ") || "none"}; not asked: ${summary.conceptsNotAsked.join(", ")}`,
    `blank answers: ${missing.length === 0 ? "none" : missing.map(([concept, count]) => `${concept} ${count}`).join(", ")}`,
  ];
  const labels = summary.fileLabels;
  if (labels === null) lines.push("file labels: none (CSV)");
  else {
    lines.push(`file labels: ${labels.checked} codes labelled in the file, ${labels.agreeing} agree with the codebook, ${labels.unrecognised.length} not recognised${labels.unrecognised.length > 0 ? " (review them in notebook 02's coding table)" : ""}`);
    for (const label of labels.unrecognised.slice(0, 20)) lines.push(`  ${label.concept} ${label.code}: ${JSON.stringify(label.label)}`);
    if (labels.unrecognised.length > 20) lines.push(`  … and ${labels.unrecognised.length - 20} more`);
  }
  return lines;
}

function round(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * The check as the main job's first step: runs {@link checkWaves} on the
 * data folder in use and logs one line when every wave is valid; otherwise
 * throws an Error whose message is the whole report (every problem with
 * file, row and column), so the main job stops before any notebook runs and
 * before anything is written.
 *
 * @throws Error with the report when the check fails.
 * @example await requireValidWaves((line) => console.log(line), describeFolder("data"));
 */
export async function requireValidWaves(log: (line: string) => void, dataFolder: string): Promise<void> {
  const report = await checkWaves();
  if (!passed(report)) throw new Error(`the waves of the data folder are not valid, so no notebook was run (npm run wave -- check shows the same):\n${formatWaveCheckReport(report, dataFolder).trimEnd()}`);
  log(`wave check: ${report.results.length} wave${report.results.length === 1 ? "" : "s"} of ${report.manifestFile} valid (${report.seconds.toFixed(1)} s; npm run wave -- check gives the summary per wave)`);
}
