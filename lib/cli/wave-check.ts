import * as path from "node:path";
import { FOLDER_OVERRIDES, projectPath } from "../project/project-path";
import { checkWaves, passed, WaveCheckReport, WaveCheckResult, WaveCheckSummary } from "../waves/wave-check";
import { parseVerbArguments, UsageError } from "./cli-arguments";
import type { CliVerb } from "./cli-verb";

const USAGE = `Usage: npm run wave -- check [WAVE...]

Checks the waves of the data folder in use (data/, or LWN_DATA_DIR, as the
main job reads it) without running a notebook: the manifest
(data/waves/manifest.csv), the codebook (data/waves/codebook.csv) and every
wave file the manifest lists, or only the waves named (by wave id or by
file), loaded exactly as the notebooks load them. Every problem is reported
with file, row and column, the first of each wave; then, per wave, rows
read, kept and excluded by rule, the design (strata, PSUs, degrees of
freedom, weight sum and range, zero weights, the lonely-PSU rule and the
single-PSU strata), the concepts asked and not asked, blank answers per
concept, and the file's value labels against the codebook. Waves listed
twice and waves that cannot be pooled are reported too.
npm run reproduce runs this check first and stops before any notebook when it fails.
Exit status: 0 everything valid, 1 a problem found, 2 usage error.
`;

/** `check [WAVE...]`: validates the data folder's manifest, codebook and waves and summarises each wave. */
export const checkVerb: CliVerb = {
  name: "check",
  summary: "check the data folder's manifest, codebook and waves (or those named) as the notebooks load them; summary per wave",
  usage: USAGE,
  async run(args, io) {
    let only: string[];
    try {
      only = parseVerbArguments(args, {}, 0).files;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`wave check: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const report = await checkWaves({ only, cwd: io.cwd });
    const text = formatWaveCheckReport(report, describeDataFolder());
    (passed(report) ? io.stdout : io.stderr)(text);
    return passed(report) ? 0 : 1;
  },
};

/**
 * The data folder as messages name it: `LWN_DATA_DIR=<path>`, or the
 * project's data folder and that the variable is not set.
 *
 * @example describeDataFolder() // => "the data folder /home/me/lwn/data (LWN_DATA_DIR is not set)"
 */
export function describeDataFolder(): string {
  const variable = FOLDER_OVERRIDES.data;
  return process.env[variable] ? `${variable}=${projectPath("data")}` : `the data folder ${projectPath("data")} (${variable} is not set)`;
}

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
  lines.push("", `${report.results.length} wave${report.results.length === 1 ? "" : "s"} checked in ${report.seconds.toFixed(1)} s: ${verdict}`);
  return `${lines.join("\n")}\n`;
}

function formatResult({ entry, summary, error }: WaveCheckResult): string[] {
  const head = `${entry.waveId}${entry.synthetic ? " (SYNTHETIC)" : ""}: ${path.basename(entry.file)} (${entry.format}), manifest row ${entry.manifestRow}`;
  if (summary === null) return [`${head}: FAILED`, `  ${error?.message ?? "unknown error"}`];
  return [`${head}: OK`, ...formatSummary(summary, entry.lonelyPsu).map((line) => `  ${line}`)];
}

function formatSummary(summary: WaveCheckSummary, lonelyPsu: string): string[] {
  const excluded = Object.entries(summary.rowsExcluded).map(([rule, rows]) => `${rows} ${rule}`).join(", ");
  const filter = summary.filter === null ? "" : ` (filter ${summary.filter.description})`;
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
