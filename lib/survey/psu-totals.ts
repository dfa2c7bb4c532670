import type { SurveyDesign } from "./design";

/**
 * Sums per-row score columns within PSUs: z_pc = Σ_{i∈p} u_ic, the input of
 * {@link stratifiedCovariance} (R: `rowsum(x, cluster)` in `survey:::onestrat`).
 *
 * @param scores one Float64Array per column, each of length design.rowCount
 * @returns row-major psuCount × scores.length array
 * @example psuTotalsOfScores(design, [Float64Array.of(1, 2, 3)]) // PSU totals of one score column
 */
export function psuTotalsOfScores(design: SurveyDesign, scores: readonly Float64Array[]): Float64Array {
  const columns = scores.length;
  const totals = new Float64Array(design.psuCount * columns);
  const { psuOfRow, rowCount } = design;
  for (let c = 0; c < columns; c++) {
    const column = scores[c];
    if (column.length !== rowCount) throw new RangeError(`score column ${c} has ${column.length} rows, design has ${rowCount}`);
    for (let i = 0; i < rowCount; i++) totals[psuOfRow[i] * columns + c] += column[i];
  }
  return totals;
}

/**
 * Flags the strata that hold at least one row of a (sub)population, given as a
 * 0/1 row mask (all rows when omitted).
 *
 * @example strataPresent(design, Uint8Array.of(1, 0, 0, 0)) // => Uint8Array [1, 0] for two strata
 */
export function strataPresent(design: SurveyDesign, rowMask?: Uint8Array): Uint8Array {
  const present = new Uint8Array(design.stratumCount);
  for (let i = 0; i < design.rowCount; i++) if (!rowMask || rowMask[i]) present[design.stratumOfRow[i]] = 1;
  return present;
}
