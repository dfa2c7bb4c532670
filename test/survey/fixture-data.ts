/** Test helper: the R-generated CSV datasets and reference outputs in test/fixtures/survey. */
import { readFileSync } from "node:fs";
import * as assert from "node:assert/strict";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";
import type { RegressionResult } from "../../lib/survey/glm/regression-types";

/** Columns of a fixture CSV: numbers (empty cell = NaN) or strings. */
export interface FixtureTable {
  readonly rowCount: number;
  number(name: string): Float64Array;
  text(name: string): string[];
}

/** Reads test/fixtures/survey/<name>.csv written by make-fixtures.R. */
export function loadFixtureTable(name: string): FixtureTable {
  const file = projectPath(`test/fixtures/survey/${name}.csv`);
  const csv = parseCsv(readFileSync(file, "utf8"), file);
  const columnIndex = (column: string): number => {
    const index = csv.header.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${name}.csv`);
    return index;
  };
  return {
    rowCount: csv.rows.length,
    number: (column) => Float64Array.from(csv.rows, (row) => (row[columnIndex(column)] === "" ? NaN : Number(row[columnIndex(column)]))),
    text: (column) => csv.rows.map((row) => row[columnIndex(column)]),
  };
}

/** The parsed r-reference.json (R and survey versions under `meta`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON written by R
export type RReference = Record<string, any>;

let cached: RReference | undefined;
/** Loads test/fixtures/survey/r-reference.json once. */
export function rReference(): RReference {
  cached ??= JSON.parse(readFileSync(projectPath("test/fixtures/survey/r-reference.json"), "utf8")) as RReference;
  return cached;
}

let cachedEstimators: RReference | undefined;
/** Loads test/fixtures/survey/r-reference-estimators.json (written by make-estimator-fixtures.R) once. */
export function rEstimators(): RReference {
  cachedEstimators ??= JSON.parse(readFileSync(projectPath("test/fixtures/survey/r-reference-estimators.json"), "utf8")) as RReference;
  return cachedEstimators;
}

/** Tolerance of all comparisons with R: |actual − expected| ≤ 1e-9 · max(1, |expected|) (absolute below 1, relative above). */
export const TOLERANCE = 1e-9;

/** Asserts |actual − expected| ≤ TOLERANCE · max(1, |expected|); null expected (R NA/NaN) must match null/NaN. */
export function assertClose(actual: number | null, expected: number | null, what: string): void {
  if (expected === null) {
    assert.ok(actual === null || Number.isNaN(actual), `${what}: expected NA, got ${actual}`);
    return;
  }
  assert.ok(actual !== null, `${what}: got null, expected ${expected}`);
  const bound = TOLERANCE * Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= bound, `${what}: ${actual} vs R ${expected} (diff ${Math.abs(actual - expected)})`);
}

/** Element-wise {@link assertClose}. */
export function assertAllClose(actual: ArrayLike<number | null>, expected: ArrayLike<number | null>, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) assertClose(actual[i], expected[i], `${what}[${i}]`);
}

/** R's svyglm output saved in a fixture: coefficients (with their term names when saved), vcov, residual df, confint bounds, p-values. */
export interface SvyglmReference {
  terms?: string[];
  coef: number[];
  vcov: number[][];
  df: number;
  lower: number[];
  upper: number[];
  p: number[];
}

/** Asserts a fit equals R's svyglm on every saved quantity (term names when saved; numbers to 1e-9, see assertAllClose). */
export function assertMatchesSvyglm(fit: RegressionResult, r: SvyglmReference): void {
  if (r.terms !== undefined) assert.deepEqual(fit.coefficients.map((c) => c.term), r.terms);
  assertAllClose(fit.coefficients.map((c) => c.estimate), r.coef, "coef");
  fit.vcov.forEach((row, i) => assertAllClose(row, r.vcov[i], `vcov row ${i}`));
  assert.equal(fit.df, r.df);
  assertAllClose(fit.coefficients.map((c) => c.ci.lower), r.lower, "lower");
  assertAllClose(fit.coefficients.map((c) => c.ci.upper), r.upper, "upper");
  assertAllClose(fit.coefficients.map((c) => c.pValue), r.p, "p");
}

/** R's numbers for a vector of estimates (e.g. one per category): estimates, SEs and interval bounds, element by element. */
export interface REstimates {
  estimate: number[];
  se: number[];
  lower: number[];
  upper: number[];
}

/** Asserts each estimate, SE and interval bound of `actual` equals R's, element by element, to {@link TOLERANCE}. */
export function assertEstimates(actual: readonly { estimate: number; se: number; ci: { lower: number; upper: number } }[], r: REstimates, what: string): void {
  assertAllClose(actual.map((e) => e.estimate), r.estimate, `${what}: estimate`);
  assertAllClose(actual.map((e) => e.se), r.se, `${what}: se`);
  assertAllClose(actual.map((e) => e.ci.lower), r.lower, `${what}: lower`);
  assertAllClose(actual.map((e) => e.ci.upper), r.upper, `${what}: upper`);
}

/** R's numbers for one estimate: any of estimate, se, lower, upper (interval), df, statistic, p. */
export interface REstimate {
  estimate?: number;
  se?: number;
  lower?: number;
  upper?: number;
  df?: number;
  statistic?: number;
  p?: number;
}

/** Asserts every number R gave for an estimate (estimate, SE, interval, df, statistic, p) to {@link TOLERANCE}. */
export function assertEstimate(
  actual: { estimate: number; se?: number; ci?: { lower: number; upper: number }; df?: number | null; statistic?: number; pValue?: number },
  r: REstimate,
  what: string,
): void {
  if (r.estimate !== undefined) assertClose(actual.estimate, r.estimate, `${what}: estimate`);
  if (r.se !== undefined) assertClose(actual.se ?? NaN, r.se, `${what}: se`);
  if (r.lower !== undefined) assertClose(actual.ci?.lower ?? NaN, r.lower, `${what}: lower`);
  if (r.upper !== undefined) assertClose(actual.ci?.upper ?? NaN, r.upper, `${what}: upper`);
  if (r.df !== undefined) assert.equal(actual.df, r.df, `${what}: df`);
  if (r.statistic !== undefined) assertClose(actual.statistic ?? NaN, r.statistic, `${what}: statistic`);
  if (r.p !== undefined) assertClose(actual.pValue ?? NaN, r.p, `${what}: p`);
}
