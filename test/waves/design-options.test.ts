/**
 * R's design options from the manifest, against R's survey 4.1.1 on the same
 * constructed test waves (test/fixtures/waves/make-cab-like-reference.R):
 * zero weights accepted as R accepts them, and every lonely-PSU rule of
 * options(survey.lonely.psu = …), to 1e-9. The CAB-like wave has three zero
 * weights and one stratum with a single PSU; the CSV wave has the zero
 * weights only.
 */
import * as assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { surveyLinearRegression, surveyProportions } from "../../lib/survey";
import { designDegreesOfFreedom } from "../../lib/survey/degrees-of-freedom";
import { answersOf, crossTabShare, MULTIVECTOR_CROSS_TABS, positiveShare } from "../../lib/wave-analyses/multivector-estimates";
import { NON_SUBSTANTIVE_SCALE_CODE, waveSample, WaveSample } from "../../lib/waves/wave-sample";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveData } from "../../lib/waves/wave-data";
import { CAB_LIKE, cabLikeFolder, FULL_MANIFEST_HEADER, manifestRow, temporaryWaveFolder, withOptionalColumns } from "../helpers/wave-fixtures";

interface Interval {
  readonly estimate: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
}

interface REstimates {
  readonly degf: number;
  readonly russiaPositive: Interval;
  readonly usAmongRussiaPositive: Interval;
  readonly russiaShares: { readonly codes: number[]; readonly estimate: number[]; readonly se: number[] };
  readonly slope: Interval;
}

interface RReference {
  readonly cabLike: { readonly respondents: number; readonly zeroWeights: number; readonly rules: Record<string, REstimates | { error: string }> };
  readonly zeroWeights: REstimates & { readonly respondents: number; readonly zeroWeights: number };
}

const reference = JSON.parse(readFileSync(projectPath("test/fixtures/waves/r-cab-like-reference.json"), "utf8")) as RReference;
const TOLERANCE = 1e-9;

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= TOLERANCE, `${what}: ${actual} vs R ${expected} (difference ${actual - expected})`);
}

function closeInterval(actual: { estimate: number; se: number; ci: { lower: number; upper: number } }, expected: Interval, what: string): void {
  close(actual.estimate, expected.estimate, `${what} estimate`);
  close(actual.se, expected.se, `${what} SE`);
  close(actual.ci.lower, expected.lower, `${what} lower`);
  close(actual.ci.upper, expected.upper, `${what} upper`);
}

/** Every estimate of the R script on one loaded wave. */
function matchesR(wave: WaveData, expected: REstimates, what: string): void {
  const sample = waveSample(wave);
  assert.equal(designDegreesOfFreedom(sample.design), expected.degf, `${what} degf`);
  closeInterval(positiveShare(sample, "russia_opinion"), expected.russiaPositive, `${what} share positive on Russia`);
  closeInterval(crossTabShare(sample, MULTIVECTOR_CROSS_TABS[0]), expected.usAmongRussiaPositive, `${what} US positive among Russia positive`);
  const shares = surveyProportions(sample.design, wave.answers.get("russia_opinion")!, { categories: expected.russiaShares.codes });
  shares.categories.forEach((category, i) => {
    close(category.estimate, expected.russiaShares.estimate[i], `${what} share of code ${category.code}`);
    close(category.se, expected.russiaShares.se[i], `${what} SE of code ${category.code}`);
  });
  const slope = slopeOfRussia(sample);
  closeInterval(slope, expected.slope, `${what} svyglm slope`);
}

/** R's svyglm(us ~ ru + lead) on the scale positions, "do not know"/refused left out: the coefficient of ru. */
function slopeOfRussia(sample: WaveSample) {
  const score = (concept: "russia_opinion" | "us_opinion" | "leadership_opinion") =>
    Float64Array.from(answersOf(sample, concept), (p) => (p === NON_SUBSTANTIVE_SCALE_CODE ? NaN : p));
  const fit = surveyLinearRegression(sample.design, { outcome: score("us_opinion"), predictors: { russia_opinion: score("russia_opinion"), leadership_opinion: score("leadership_opinion") } });
  return fit.coefficients.find((c) => c.term === "russia_opinion")!;
}

describe("R's design options in the manifest, against R's survey (constructed test waves)", () => {
  it("the R script saw the same wave: 420 respondents kept by the label filter, 3 of them with weight 0", async () => {
    const { waves } = await loadWaves({ manifestFile: cabLikeFolder("adjust").manifestFile });
    assert.equal(waves[0].accounting.rowsKept, reference.cabLike.respondents);
    assert.equal(waves[0].zeroWeightRows, reference.cabLike.zeroWeights);
    assert.equal(waves[0].accounting.rowsExcluded["outside-filter"], 80);
  });

  it("lonely_psu 'fail' (the default) refuses the wave naming the stratum and the option, where R stops too", async () => {
    assert.match((reference.cabLike.rules.fail as { error: string }).error, /Stratum \(5\) has only one PSU/);
    const folder = cabLikeFolder("");
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.code, "design-invalid");
      assert.equal(error.location.column, "REGION");
      assert.match(error.message, /stratum "5" \("Кызылординская область"\) has a single PSU \(41\).*lonely_psu for wave cab-2021 is "fail".*remove, certainty, adjust or average in manifest row 1/);
      return true;
    });
  });

  for (const rule of ["remove", "certainty", "adjust", "average"]) {
    it(`lonely_psu '${rule}': zero weights and the single-PSU stratum give R's estimates, SEs, intervals and df (1e-9)`, async () => {
      const { waves } = await loadWaves({ manifestFile: cabLikeFolder(rule).manifestFile });
      matchesR(waves[0], reference.cabLike.rules[rule] as REstimates, rule);
    });
  }

  it("zero weights without a single-PSU stratum (default rule) give R's estimates (1e-9), zero-weight PSUs counted as R counts them", async () => {
    const folder = temporaryWaveFolder();
    copyFileSync(projectPath(CAB_LIKE.csv), path.join(folder, "zero-weights.csv"));
    const row = manifestRow("kz-2020-zero", "zero-weights.csv", { fields: { respondent_id: "RESPID", weight: "totwt", strata: "REGION", psu: "PSU" } });
    writeFileSync(path.join(folder, "manifest.csv"), `${FULL_MANIFEST_HEADER}\n${withOptionalColumns(row)}\n`);
    const codebook = path.join(folder, "codebook.csv");
    const rows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n").replace(/^cab-2021,/gm, "kz-2020-zero,");
    writeFileSync(codebook, readFileSync(codebook, "utf8") + rows);
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    assert.equal(waves[0].zeroWeightRows, reference.zeroWeights.zeroWeights);
    assert.equal(waves[0].respondentIds.length, reference.zeroWeights.respondents);
    matchesR(waves[0], reference.zeroWeights, "zero weights");
  });
});
