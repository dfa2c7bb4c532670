/** Runs the R `survey` package on the benchmark data (when Rscript exists) and returns its timings and estimates. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SyntheticSurvey } from "./synthetic-survey";

/** What the R run reports (seconds from `system.time(...)["elapsed"]`). */
export interface RComparison {
  readonly version: string;
  readonly surveyVersion: string;
  readonly seconds: { readonly svymean: number; readonly svyby: number; readonly rake: number };
  readonly svymean: { readonly estimate: number[]; readonly se: number[] };
  readonly svyby: { readonly estimate: number[][]; readonly se: number[][] };
  readonly rake: { readonly firstWeights: number[]; readonly sum: number };
}

/** True when `Rscript` with the survey and jsonlite packages can be run. */
export function rAvailable(): boolean {
  const probe = spawnSync("Rscript", ["-e", "suppressPackageStartupMessages({library(survey); library(jsonlite)})"], { stdio: "ignore" });
  return probe.status === 0;
}

/**
 * Writes the survey to a temporary CSV and times svymean, svyby (5 groups) and
 * rake (3 margins, default control) in R. Returns null when R is missing.
 *
 * @example const r = runRComparison(survey, margins); r?.seconds.svymean
 */
export function runRComparison(survey: SyntheticSurvey, populations: { sex: number[]; ageGroup: number[]; group: number[] }): RComparison | null {
  if (!rAvailable()) return null;
  const directory = mkdtempSync(join(tmpdir(), "survey-bench-"));
  try {
    const csv = join(directory, "survey.csv");
    writeFileSync(csv, toCsv(survey));
    const script = join(directory, "bench.R");
    writeFileSync(script, rScript(csv, populations));
    const output = execFileSync("Rscript", [script], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(output.slice(output.indexOf("{"))) as RComparison;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function toCsv(survey: SyntheticSurvey): string {
  const lines = ["stratum,psu,w,y,g,sex,age"];
  for (let i = 0; i < survey.weight.length; i++) {
    lines.push(`${survey.stratum[i]},${survey.psu[i]},${survey.weight[i]},${survey.item[i]},${survey.group[i]},${survey.sex[i]},${survey.ageGroup[i]}`);
  }
  return lines.join("\n") + "\n";
}

function rScript(csv: string, populations: { sex: number[]; ageGroup: number[]; group: number[] }): string {
  const vector = (values: number[]) => `c(${values.join(", ")})`;
  return `
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
d <- read.csv(${JSON.stringify(csv)})
d$y <- factor(d$y, levels = 1:5)
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
t_mean <- system.time(m <- svymean(~y, des))[["elapsed"]]
t_by <- system.time(b <- svyby(~y, ~g, des, svymean))[["elapsed"]]
pop <- list(data.frame(sex = 1:2, Freq = ${vector(populations.sex)}),
            data.frame(age = 1:4, Freq = ${vector(populations.ageGroup)}),
            data.frame(g = 1:5, Freq = ${vector(populations.group)}))
t_rake <- system.time(r <- rake(des, list(~sex, ~age, ~g), pop))[["elapsed"]]
rw <- weights(r)
out <- list(version = R.version.string, surveyVersion = as.character(packageVersion("survey")),
  seconds = list(svymean = t_mean, svyby = t_by, rake = t_rake),
  svymean = list(estimate = unname(coef(m)), se = unname(SE(m))),
  svyby = list(estimate = unname(as.matrix(b[, 2:6])), se = unname(as.matrix(b[, 7:11]))),
  rake = list(firstWeights = unname(rw[1:1000]), sum = sum(rw)))
cat(toJSON(out, digits = NA, auto_unbox = TRUE))
`;
}
