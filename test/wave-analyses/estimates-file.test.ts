import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseCsv } from "../../lib/io/parse-csv";
import { Estimate, EstimateRecorder, ESTIMATES_COLUMNS, estimateKey, estimateRow, readEstimateResults, validateEstimate, writeEstimates } from "../../lib/wave-analyses/estimates-file";
import { temporaryFolder } from "../helpers/temporary-folder";

const estimate: Estimate = {
  claimIds: ["T1-01"],
  waves: ["kz-2018", "kz-2019"],
  synthetic: false,
  concept: "russia_opinion",
  measure: "positive",
  domain: "",
  base: "all",
  estimate: 0.8700436612937765,
  se: 0.005929614082171834,
  ciLow: 0.8583,
  ciHigh: 0.8809,
  df: 426,
  n: 4500,
  deff: 1.3138430755681356,
};

describe("validateEstimate", () => {
  it("accepts a well-formed estimate", () => {
    assert.equal(validateEstimate(estimate), estimate);
    assert.equal(validateEstimate({ ...estimate, estimate: -0.04, ciLow: -0.07, ciHigh: -0.01, deff: null }).deff, null);
  });
  it("refuses no wave, an unknown base, an estimate outside its interval, a negative SE, fractional df or n", () => {
    assert.throws(() => validateEstimate({ ...estimate, waves: [] }), /no wave/);
    assert.throws(() => validateEstimate({ ...estimate, base: "people" as never }), /unknown base "people"/);
    assert.throws(() => validateEstimate({ ...estimate, estimate: 0.9 }), /ci_low ≤ estimate ≤ ci_high/);
    assert.throws(() => validateEstimate({ ...estimate, se: -1 }), /SE ≥ 0/);
    assert.throws(() => validateEstimate({ ...estimate, df: 1.5 }), /whole numbers/);
    assert.throws(() => validateEstimate({ ...estimate, measure: "" }), /must not be empty/);
    assert.throws(() => validateEstimate({ ...estimate, deff: NaN }), /deff/);
  });
});

describe("estimateRow and estimateKey", () => {
  it("joins waves and claims with ';', says yes/no for SYNTHETIC, keeps numbers at full precision", () => {
    const row = estimateRow("01-a.ipynb", { ...estimate, claimIds: ["T1-14", "T1-01", "T1-01"] });
    assert.deepEqual(Object.keys(row), [...ESTIMATES_COLUMNS]);
    assert.equal(row.claim_id, "T1-01;T1-14");
    assert.equal(row.waves, "kz-2018;kz-2019");
    assert.equal(row.synthetic, "no");
    assert.equal(row.estimate, 0.8700436612937765);
    assert.equal(estimateKey(estimate), "kz-2018;kz-2019|russia_opinion|positive||all");
  });
});

describe("EstimateRecorder and writeEstimates", () => {
  function recorded(folder: string, notebook: string, estimates: readonly Estimate[]): void {
    const recorder = new EstimateRecorder(notebook, { resultsDir: path.join(folder, "estimates") });
    recorder.add(...estimates);
    recorder.record();
  }

  it("merges an estimate added twice for two claims into one row, and refuses two different values under one name", () => {
    const recorder = new EstimateRecorder("01-a.ipynb", { resultsDir: temporaryFolder() });
    recorder.add(estimate, { ...estimate, claimIds: ["T1-13"] }, { ...estimate, base: "substantive" });
    assert.equal(recorder.estimates.length, 2);
    assert.deepEqual(recorder.estimates[0].claimIds, ["T1-01", "T1-13"]);
    assert.throws(() => recorder.add({ ...estimate, se: 0.006 }), /two different values for kz-2018;kz-2019\|russia_opinion\|positive\|\|all/);
    assert.throws(() => new EstimateRecorder("../x.ipynb"), /not a notebook file name/);
  });

  it("merges the notebooks' estimates into one CSV, notebooks in name order, each in its own order, byte for byte the same on a re-run", () => {
    const folder = temporaryFolder();
    recorded(folder, "03-b.ipynb", [{ ...estimate, concept: "russia_positive_reason_1;russia_positive_reason_2", measure: "ru_domestic", domain: "russia_opinion=positive", base: "mentions", deff: null }]);
    recorded(folder, "01-a.ipynb", [estimate, { ...estimate, synthetic: true, waves: ["kz-2017-synthetic"], estimate: 0.87, ciLow: 0.85, ciHigh: 0.89, se: 1e-7 }]);
    const file = path.join(folder, "estimates.csv");
    assert.deepEqual(writeEstimates({ resultsDir: path.join(folder, "estimates"), estimatesFile: file }), { file, rows: 3 });
    const first = readFileSync(file, "utf8");
    writeEstimates({ resultsDir: path.join(folder, "estimates"), estimatesFile: file });
    assert.equal(readFileSync(file, "utf8"), first);
    const parsed = parseCsv(first, file);
    assert.deepEqual(parsed.header, [...ESTIMATES_COLUMNS]);
    assert.deepEqual(parsed.rows.map((r) => r[0]), ["01-a.ipynb", "01-a.ipynb", "03-b.ipynb"]);
    assert.equal(parsed.rows[0][8], "0.8700436612937765", "full precision, never rounded");
    assert.equal(parsed.rows[1][3], "yes");
    assert.equal(parsed.rows[1][9], "1e-7");
    assert.equal(parsed.rows[2][14], "", "no design effect for a ratio");
    assert.equal(parsed.rows[2][6], "russia_opinion=positive");
  });

  it("writes the header only when no notebook recorded estimates, and refuses a malformed results file naming it", () => {
    const folder = temporaryFolder();
    const file = path.join(folder, "estimates.csv");
    assert.deepEqual(writeEstimates({ resultsDir: path.join(folder, "absent"), estimatesFile: file }), { file, rows: 0 });
    assert.equal(readFileSync(file, "utf8"), `${ESTIMATES_COLUMNS.join(",")}\n`);
    const results = path.join(folder, "estimates");
    mkdirSync(results);
    writeFileSync(path.join(results, "01-a.json"), "{}");
    assert.throws(() => readEstimateResults(results), /01-a.json is not a list of estimates/);
    writeFileSync(path.join(results, "01-a.json"), JSON.stringify([{ ...estimateRow("01-a.ipynb", estimate), base: "people" }]));
    assert.throws(() => readEstimateResults(results), /01-a.json, row 1: estimate .*unknown base "people"/);
    writeFileSync(path.join(results, "01-a.json"), JSON.stringify([{ ...estimateRow("01-a.ipynb", estimate), extra: 1 }]));
    assert.throws(() => readEstimateResults(results), /has the fields/);
  });
});
