import { correlationOverRows, type CorrelationEstimate, type CorrelationOptions } from "./correlation";
import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import { estimationRows, weightedTotalOf } from "./estimation-rows";
import { modelMatrix, predictorValues, type asFactor, type Predictor } from "./glm/model-matrix";
import { weightedLeastSquares } from "./glm/weighted-least-squares";

/** A design-based partial correlation: {@link CorrelationEstimate} plus what was partialled out. */
export interface PartialCorrelationEstimate extends CorrelationEstimate {
  /** Terms partialled out (model-matrix columns without the intercept), e.g. ["factor(leadership)2", …]. */
  readonly given: string[];
}

/**
 * Design-based partial correlation of x and y given covariates (numeric, or
 * factors by {@link asFactor}), symmetric in x and y: the weighted correlation
 * of the residuals of x and of y after each is regressed on the covariates by
 * weighted least squares over the complete rows (x, y and every covariate
 * present, inside the domain):
 *
 *   e_x = x − Z β̂_x,  e_y = y − Z β̂_y,  Z = [1, covariates],  r_xy·z = corr_w(e_x, e_y)
 *
 * (Cramér 1946 §23.4; for a factor covariate, the correlation of the
 * within-level deviations). The SE is the linearization of
 * {@link surveyCorrelation} applied to the residuals: the estimated β̂'s add
 * nothing to it at first order, since the weighted residuals are orthogonal
 * to Z. R has no function for it; the R fixture computes it as
 * `svycontrast` of the `svymean` moments of the `svyglm` residuals. The t test
 * (r/SE) and the Fisher-z interval use df = degf − q, q the number of columns
 * partialled out (intercept aside), so that each estimated covariate
 * parameter costs one df as in the classical test (n − 2 − q) and q = 0 gives
 * surveyCorrelation's df.
 *
 * @throws EmptyDomainError when no complete row has a nonzero weight
 * @throws RangeError when the covariates are collinear
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * surveyPartialCorrelation(design, opinionUs, opinionRussia, { leadership: asFactor(leadership) })
 * // => { estimate: 0.18, se: 0.03, ci, statistic, df: 142, pValue, n, weightedN, given: ["factor(leadership)2", …] }
 */
export function surveyPartialCorrelation(
  design: SurveyDesign,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  given: Readonly<Record<string, Predictor>>,
  options: CorrelationOptions = {},
): PartialCorrelationEstimate {
  const rows = estimationRows(design, [x, y, ...predictorValues(given)], options.domain);
  weightedTotalOf(design, rows.complete, { domainName: options.domainName, hasDomain: options.domain !== undefined });
  const { terms, columns } = modelMatrix(given, design.rowCount, { levelRows: options.domain, file: design.source.file });
  const residualX = residuals(x, columns, rows.complete, design.weights);
  const residualY = residuals(y, columns, rows.complete, design.weights);
  const partialledOut = terms.length - 1;
  const df = designDegreesOfFreedom(design, rows.complete) - partialledOut;
  return { ...correlationOverRows(design, residualX, residualY, rows.complete, df, options.level ?? 0.95), given: terms.slice(1) };
}

function residuals(values: ArrayLike<number>, columns: readonly Float64Array[], rows: Uint8Array, weights: Float64Array): Float64Array {
  const beta = weightedLeastSquares(columns, values, rows, weights);
  return Float64Array.from(values, (value, i) => {
    if (!rows[i]) return NaN;
    let fitted = 0;
    for (let c = 0; c < columns.length; c++) fitted += beta[c] * columns[c][i];
    return value - fitted;
  });
}
