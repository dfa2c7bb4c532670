/**
 * Benchmark of the design-based survey core (lib/survey) on 1,000,000 seeded
 * synthetic respondents (10 strata, 50,000 PSUs), against R's survey package
 * when Rscript is available. Prints a table, writes BENCHMARKS.md, and exits
 * non-zero when a time target is missed or TS and R estimates disagree.
 * Run: npm run bench
 * (`npm run bench -- main-job`: the main job's benchmark, bench/main-job.ts;
 * `npm run bench -- wave-check`: the wave check's, bench/wave-check.ts.)
 */
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { projectPath } from "../lib/project/project-path";
import { createSurveyDesign, rakeWeights, surveyProportions, surveyProportionsByGroup, type RakingMargin } from "../lib/survey";
import { keepMainJobSection, runMainJobBenchmark } from "./main-job";
import { runRComparison, type RComparison } from "./r-comparison";
import { runSavReaderBenchmark } from "./sav-reader";
import { runWaveCheckBenchmark } from "./wave-check";
import { generateSyntheticSurvey, SYNTHETIC_SIZES } from "./synthetic-survey";
import { medianTime } from "./timing";

interface Row {
  readonly task: string;
  readonly ms: number;
  readonly targetMs: number | null;
  readonly rSeconds: number | null;
}

const SEED = 20240501;
const CATEGORIES = [1, 2, 3, 4, 5];
const POPULATIONS = { sex: [4_800_000, 5_200_000], ageGroup: [2_600_000, 2_700_000, 2_500_000, 2_200_000], group: [1_800_000, 2_100_000, 2_000_000, 2_200_000, 1_900_000] };
const AGREEMENT = 1e-9;

function main(): void {
  console.log(`generating ${SYNTHETIC_SIZES.rows.toLocaleString("en")} respondents (seed ${SEED}) …`);
  const survey = generateSyntheticSurvey(SEED);
  const build = () => createSurveyDesign({ weights: survey.weight, strata: survey.stratum, psu: survey.psu, lonelyPsu: "fail" });
  const construction = medianTime(build, 1, 5);
  const design = construction.result;
  const overall = medianTime(() => surveyProportions(design, survey.item, { categories: CATEGORIES }), 3, 9);
  const byGroup = medianTime(() => surveyProportionsByGroup(design, survey.item, survey.group, { categories: CATEGORIES, groups: [1, 2, 3, 4, 5] }), 3, 9);
  const margins: RakingMargin[] = [
    { name: "sex", values: survey.sex, population: { codes: [1, 2], totals: POPULATIONS.sex } },
    { name: "age", values: survey.ageGroup, population: { codes: [1, 2, 3, 4], totals: POPULATIONS.ageGroup } },
    { name: "group", values: survey.group, population: { codes: [1, 2, 3, 4, 5], totals: POPULATIONS.group } },
  ];
  const raking = medianTime(() => rakeWeights(design.weights, margins), 1, 5);

  console.log("running R survey for comparison (skipped without Rscript) …");
  const r = runRComparison(survey, POPULATIONS);
  const rows: Row[] = [
    { task: "design construction (validate + factorize)", ms: construction.medianMs, targetMs: null, rSeconds: null },
    { task: "proportions, 5 categories, linearized SEs", ms: overall.medianMs, targetMs: 100, rSeconds: r?.seconds.svymean ?? null },
    { task: "same by 5-level group", ms: byGroup.medianMs, targetMs: 150, rSeconds: r?.seconds.svyby ?? null },
    { task: `raking to 3 margins (${raking.result.report.iterations} passes)`, ms: raking.medianMs, targetMs: 1000, rSeconds: r?.seconds.rake ?? null },
  ];

  const disagreements = r ? compareWithR(r, overall.result, byGroup.result, raking.result.weights) : [];
  const table = formatTable(rows);
  console.log(table);
  disagreements.forEach((message) => console.error(`DISAGREEMENT: ${message}`));
  if (r) console.log(disagreements.length === 0 ? `TS and R agree (|diff| ≤ ${AGREEMENT}·max(1,|R|)) on proportions, SEs and raked weights.` : "");
  const missed = rows.filter((row) => row.targetMs !== null && row.ms > row.targetMs);
  missed.forEach((row) => console.error(`TARGET MISSED: ${row.task}: ${row.ms.toFixed(1)} ms > ${row.targetMs} ms`));
  writeBenchmarksMarkdown(table, r, disagreements.length === 0);
  if (missed.length > 0 || disagreements.length > 0) process.exitCode = 1;
  if (!runSavReaderBenchmark()) process.exitCode = 1;
  if (!runWaveCheckBenchmark()) process.exitCode = 1;
}

function compareWithR(
  r: RComparison,
  overall: ReturnType<typeof surveyProportions>,
  byGroup: ReturnType<typeof surveyProportionsByGroup>,
  weights: Float64Array,
): string[] {
  const problems: string[] = [];
  const check = (actual: number, expected: number, what: string) => {
    if (!(Math.abs(actual - expected) <= AGREEMENT * Math.max(1, Math.abs(expected)))) problems.push(`${what}: TS ${actual} vs R ${expected}`);
  };
  overall.categories.forEach((c, k) => {
    check(c.estimate, r.svymean.estimate[k], `svymean estimate ${c.code}`);
    check(c.se, r.svymean.se[k], `svymean se ${c.code}`);
  });
  byGroup.forEach((table, g) =>
    table.categories.forEach((c, k) => {
      check(c.estimate, r.svyby.estimate[g][k], `svyby estimate g${table.group} ${c.code}`);
      check(c.se, r.svyby.se[g][k], `svyby se g${table.group} ${c.code}`);
    }),
  );
  r.rake.firstWeights.forEach((w, i) => check(weights[i], w, `raked weight ${i}`));
  check(weights.reduce((a, b) => a + b, 0), r.rake.sum, "sum of raked weights");
  return problems;
}

function formatTable(rows: readonly Row[]): string {
  const lines = [
    "| task (1,000,000 rows, 10 strata, 50,000 PSUs) | TS median ms | target ms | R survey ms | TS/R |",
    "|---|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const rMs = row.rSeconds === null ? null : row.rSeconds * 1000;
    lines.push(
      `| ${row.task} | ${row.ms.toFixed(1)} | ${row.targetMs ?? "–"} | ${rMs === null ? "–" : rMs.toFixed(0)} | ${rMs === null ? "–" : (row.ms / rMs).toFixed(4)} |`,
    );
  }
  return lines.join("\n");
}

function writeBenchmarksMarkdown(table: string, r: RComparison | null, agree: boolean): void {
  const shell = (command: string) => {
    try {
      return execSync(command, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  const cpuModel = /model name\s*:\s*(.*)/.exec(safeRead("/proc/cpuinfo"))?.[1] ?? cpus()[0]?.model ?? "unknown";
  const text = `# Benchmarks

Generated by \`npm run bench\` (bench/run.ts). Warm timings: median of several
runs after warm-up. R timings: one \`system.time()\` run of \`svymean\`,
\`svyby(~y, ~g, design, svymean)\` and \`rake()\` (maxit 10, epsilon 1) inside R
on the same generated data (written to a temporary CSV).

- date: ${shell("date")}
- machine: ${shell("nproc")} CPUs, ${cpuModel}
- node: ${process.version}
- R: ${r ? `${r.version}, survey ${r.surveyVersion}` : "not available"}
- TS/R agreement on estimates, SEs and raked weights (1e-9): ${r ? (agree ? "yes" : "NO") : "not checked"}

${table}
`;
  writeFileSync(projectPath("BENCHMARKS.md"), keepMainJobSection(text, safeRead(projectPath("BENCHMARKS.md"))));
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

if (process.argv[2] === "main-job") void runMainJobBenchmark(process.argv.slice(3)).then((status) => (process.exitCode = status));
else if (process.argv[2] === "wave-check") process.exitCode = runWaveCheckBenchmark() ? 0 : 1;
else main();
