import type { SurveyDesign } from "./design";
import { psuTotalsOfScores, strataPresent } from "./psu-totals";
import { stratifiedCovariance, stratifiedVariances } from "./stratified-variance";

/**
 * Variances of estimators from their per-row linearization scores (influence
 * functions) u_ic: the PSU totals z_pc = Σ_{i∈p} u_ic enter the stratified
 * with-replacement variance V_c = Σ_h n_h/(n_h − 1) Σ_p (z_pc − z̄_hc)²
 * (Binder 1983; Lumley 2010 §2.2), with the lonely-PSU rule applied to the
 * strata that hold a row of `rows` (the rows of the (sub)population the
 * estimate uses, as R's subset designs; Lumley 2010 §2.6).
 *
 * @param scores one column per estimator, each of length design.rowCount (0 outside `rows`)
 * @param rows 0/1 mask of the rows the estimate uses
 * @returns V_c for every column
 * @throws SurveyInputError "lonely-psu" under the rule "fail" when a used stratum has one PSU
 * @example linearizedVariances(design, [score], complete)[0] // variance of one estimator
 */
export function linearizedVariances(design: SurveyDesign, scores: readonly Float64Array[], rows: Uint8Array): Float64Array {
  return stratifiedVariances(design, psuTotalsOfScores(design, scores), scores.length, strataPresent(design, rows));
}

/**
 * Covariance matrix (row-major, columns × columns) of estimators from their
 * linearization scores, as {@link linearizedVariances}: Σ_h n_h/(n_h − 1) Σ_p (z_p − z̄_h)(z_p − z̄_h)ᵀ.
 *
 * @throws SurveyInputError "lonely-psu" under the rule "fail" when a used stratum has one PSU
 * @example linearizedCovariance(design, [scoreA, scoreB], complete) // Float64Array of 4 entries
 */
export function linearizedCovariance(design: SurveyDesign, scores: readonly Float64Array[], rows: Uint8Array): Float64Array {
  return stratifiedCovariance(design, psuTotalsOfScores(design, scores), scores.length, strataPresent(design, rows));
}
