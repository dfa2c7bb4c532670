import { SurveyInputError } from "./errors";
import { createCodeLookup } from "./code-lookup";

/** One raking margin: a categorical variable and its population totals per code. */
export interface RakingMargin {
  /** Variable name, for messages. */
  readonly name: string;
  /** Code of each row (NaN not allowed, as R's `na.fail`). */
  readonly values: ArrayLike<number>;
  /** Population total for each code, e.g. { codes: [1, 2], totals: [5200, 4800] }. */
  readonly population: { readonly codes: readonly number[]; readonly totals: readonly number[] };
}

/** Raking control, R's `rake(control = list(maxit, epsilon))`. */
export interface RakingControl {
  /** Maximum full passes over all margins, default 10 (R maxit). */
  readonly maxIterations?: number;
  /** Convergence threshold on the joint table change; < 1 means a fraction of Σ initial weights (R epsilon). Default 1. */
  readonly epsilon?: number;
}

/** Convergence report of {@link rakeWeights}. Plain data. */
export interface RakingReport {
  /** Full passes over all margins that were performed. */
  readonly iterations: number;
  readonly converged: boolean;
  /** max over margins and codes of |Σ raked weights − population total| after the last pass. */
  readonly maxAbsMarginDiff: number;
  /** Absolute convergence threshold actually used. */
  readonly epsilon: number;
}

/**
 * Raking (iterative proportional fitting, Deming & Stephan 1940) of weights
 * to known population margins, reproducing R's `rake()`
 * (Lumley 2010 §7.4): each pass post-stratifies on every margin in turn,
 * w_i ← w_i · N_c / Σ_{j∈c} w_j; passes stop when the largest change of the
 * weighted joint table of all margin variables between passes is below
 * epsilon (epsilon < 1 is relative to Σ initial weights), or after
 * `maxIterations` passes. Zero weights stay zero.
 *
 * The returned weights are final weights; SEs computed from a design built on
 * them treat them as fixed (conservative; R's raked design also removes the
 * margin components from the variance).
 *
 * @throws SurveyInputError "value-missing" (NaN code), "value-unknown-code" (code absent from the population),
 *   "value-range" (a population cell with no weighted sample)
 * @example
 * const { weights, report } = rakeWeights(design.weights, [
 *   { name: "sex", values: sex, population: { codes: [1, 2], totals: [4_800_000, 5_200_000] } },
 * ]);
 */
export function rakeWeights(
  initialWeights: ArrayLike<number>,
  margins: readonly RakingMargin[],
  control: RakingControl = {},
): { weights: Float64Array; report: RakingReport } {
  const rowCount = initialWeights.length;
  const weights = Float64Array.from(initialWeights);
  const maxIterations = control.maxIterations ?? 10;
  const cells = margins.map((margin) => cellIndex(margin, rowCount));
  const jointCell = jointCellIndex(cells, margins);
  let sumWeights = 0;
  for (let i = 0; i < rowCount; i++) sumWeights += weights[i];
  const epsilon = (control.epsilon ?? 1) < 1 ? (control.epsilon ?? 1) * sumWeights : control.epsilon ?? 1;

  let previous = jointTable(weights, jointCell.index, jointCell.size);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    margins.forEach((margin, m) => postStratify(weights, cells[m], margin));
    const current = jointTable(weights, jointCell.index, jointCell.size);
    let delta = 0;
    for (let c = 0; c < current.length; c++) delta = Math.max(delta, Math.abs(current[c] - previous[c]));
    previous = current;
    if (delta < epsilon) {
      converged = true;
      break;
    }
  }
  let maxAbsMarginDiff = 0;
  margins.forEach((margin, m) => {
    const totals = cellTotals(weights, cells[m], margin.population.codes.length);
    margin.population.totals.forEach((target, c) => (maxAbsMarginDiff = Math.max(maxAbsMarginDiff, Math.abs(totals[c] - target))));
  });
  return { weights, report: { iterations, converged, maxAbsMarginDiff, epsilon } };
}

function cellIndex(margin: RakingMargin, rowCount: number): Int32Array {
  if (margin.values.length !== rowCount) throw new RangeError(`margin "${margin.name}" has ${margin.values.length} rows, weights have ${rowCount}`);
  if (margin.population.codes.length !== margin.population.totals.length)
    throw new RangeError(`margin "${margin.name}": population codes and totals differ in length`);
  const lookup = createCodeLookup(margin.population.codes);
  const index = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const code = margin.values[i];
    if (code !== code) throw new SurveyInputError("value-missing", { file: "raking", row: i + 1, column: margin.name }, "raking variable is missing");
    index[i] = lookup(code);
    if (index[i] < 0)
      throw new SurveyInputError("value-unknown-code", { file: "raking", row: i + 1, column: margin.name }, `code ${code} has no population total`);
  }
  return index;
}

function jointCellIndex(cells: Int32Array[], margins: readonly RakingMargin[]): { index: Int32Array; size: number } {
  const rowCount = cells.length ? cells[0].length : 0;
  const index = new Int32Array(rowCount);
  let size = 1;
  cells.forEach((cell, m) => {
    const levels = margins[m].population.codes.length;
    for (let i = 0; i < rowCount; i++) index[i] = index[i] * levels + cell[i];
    size *= levels;
  });
  return { index, size };
}

function cellTotals(weights: Float64Array, cell: Int32Array, levels: number): Float64Array {
  const totals = new Float64Array(levels);
  for (let i = 0; i < weights.length; i++) totals[cell[i]] += weights[i];
  return totals;
}

function jointTable(weights: Float64Array, index: Int32Array, size: number): Float64Array {
  return cellTotals(weights, index, size);
}

function postStratify(weights: Float64Array, cell: Int32Array, margin: RakingMargin): void {
  const { codes, totals: targets } = margin.population;
  const totals = cellTotals(weights, cell, codes.length);
  const factor = new Float64Array(codes.length);
  for (let c = 0; c < codes.length; c++) {
    if (totals[c] === 0 && targets[c] > 0)
      throw new SurveyInputError("value-range", { file: "raking", column: margin.name }, `code ${codes[c]} has population total ${targets[c]} but no weighted sample`);
    factor[c] = totals[c] === 0 ? 1 : targets[c] / totals[c];
  }
  for (let i = 0; i < weights.length; i++) weights[i] *= factor[cell[i]];
}
