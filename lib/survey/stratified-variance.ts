import { SurveyInputError } from "./errors";
import type { SurveyDesign } from "./design";

/**
 * Covariance matrix of estimated totals from PSU totals of linearization
 * scores (influence functions), with-replacement PSUs, no fpc:
 *
 *   V = Σ_h n_h/(n_h − 1) Σ_{i∈h} (z_hi − z̄_h)(z_hi − z̄_h)ᵀ
 *
 * where z_hi is the PSU total of the scores and n_h counts every PSU of
 * stratum h in the full design (PSUs outside a domain have z = 0), exactly as
 * R's `survey:::onestrat`/`onestage` (Binder 1983; Wolter 2007 §1.5;
 * Lumley 2010 §2.2). Single-PSU strata follow `design.lonelyPsu`.
 *
 * @param psuTotals row-major psuCount × columns array of z_hi
 * @param strataInDomain 1 for strata with at least one row in the (sub)population
 *   (only those can fail or count for the "average" rule, as in R's subset designs)
 * @returns row-major columns × columns covariance matrix
 * @example
 * // two strata with two PSUs each, one score column
 * stratifiedCovariance(design, Float64Array.of(1, 3, 2, 2), 1, Uint8Array.of(1, 1)) // => Float64Array [4]
 */
export function stratifiedCovariance(
  design: SurveyDesign,
  psuTotals: Float64Array,
  columns: number,
  strataInDomain: Uint8Array,
): Float64Array {
  return accumulate(design, psuTotals, columns, strataInDomain, false);
}

/**
 * Diagonal of {@link stratifiedCovariance} (the variances only), cheaper when
 * covariances between columns are not needed (e.g. one proportion per category).
 *
 * @example stratifiedVariances(design, Float64Array.of(1, 3, 2, 2), 1, Uint8Array.of(1, 1)) // => Float64Array [4]
 */
export function stratifiedVariances(
  design: SurveyDesign,
  psuTotals: Float64Array,
  columns: number,
  strataInDomain: Uint8Array,
): Float64Array {
  return accumulate(design, psuTotals, columns, strataInDomain, true);
}

function accumulate(
  design: SurveyDesign,
  psuTotals: Float64Array,
  columns: number,
  strataInDomain: Uint8Array,
  diagonalOnly: boolean,
): Float64Array {
  const { stratumOfPsu, psuCountOfStratum, stratumCount, psuCount, lonelyPsu } = design;
  if (psuTotals.length !== psuCount * columns) throw new RangeError("psuTotals must have psuCount × columns entries");
  const means = new Float64Array(stratumCount * columns);
  for (let p = 0; p < psuCount; p++) {
    const base = stratumOfPsu[p] * columns;
    for (let c = 0; c < columns; c++) means[base + c] += psuTotals[p * columns + c];
  }
  let presentStrata = 0;
  let usableStrata = 0;
  for (let h = 0; h < stratumCount; h++) {
    const n = psuCountOfStratum[h];
    for (let c = 0; c < columns; c++) means[h * columns + c] /= n;
    if (!strataInDomain[h]) continue;
    presentStrata++;
    if (n > 1) usableStrata++;
    else if (lonelyPsu === "fail") throw lonelyStratumError(design, h);
  }
  const out = new Float64Array(columns * columns);
  const deviation = new Float64Array(columns);
  for (let p = 0; p < psuCount; p++) {
    const h = stratumOfPsu[p];
    const n = psuCountOfStratum[h];
    let scale: number;
    if (n > 1) {
      scale = n / (n - 1);
      for (let c = 0; c < columns; c++) deviation[c] = psuTotals[p * columns + c] - means[h * columns + c];
    } else {
      if (lonelyPsu !== "adjust" || !strataInDomain[h]) continue; // remove, certainty, average: no contribution
      scale = 1;
      for (let c = 0; c < columns; c++) deviation[c] = psuTotals[p * columns + c]; // centred at the overall mean
    }
    if (diagonalOnly) {
      for (let c = 0; c < columns; c++) out[c * columns + c] += scale * deviation[c] * deviation[c];
    } else {
      for (let a = 0; a < columns; a++) {
        const da = scale * deviation[a];
        for (let b = 0; b < columns; b++) out[a * columns + b] += da * deviation[b];
      }
    }
  }
  const result = diagonalOnly ? diagonal(out, columns) : out;
  if (lonelyPsu === "average" && usableStrata < presentStrata) {
    const factor = presentStrata / usableStrata;
    for (let i = 0; i < result.length; i++) result[i] *= factor;
  }
  return result;
}

function diagonal(matrix: Float64Array, columns: number): Float64Array {
  const out = new Float64Array(columns);
  for (let c = 0; c < columns; c++) out[c] = matrix[c * columns + c];
  return out;
}

function lonelyStratumError(design: SurveyDesign, stratum: number): SurveyInputError {
  const row = design.stratumOfRow.indexOf(stratum) + 1;
  const label = design.stratumLabels[stratum];
  return new SurveyInputError(
    "lonely-psu",
    { file: design.source.file, row, column: design.source.strata },
    `stratum "${label}" has only one PSU; choose lonelyPsu "remove", "certainty", "adjust" or "average"`,
  );
}
