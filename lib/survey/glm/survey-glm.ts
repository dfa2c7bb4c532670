import { SurveyInputError } from "../errors";
import type { SurveyDesign } from "../design";
import { designDegreesOfFreedom } from "../degrees-of-freedom";
import { studentTQuantile, twoSidedPValue } from "../distributions/student-t";
import { psuTotalsOfScores, strataPresent } from "../psu-totals";
import { invertSymmetricPositiveDefinite } from "../small-matrix";
import { stratifiedCovariance } from "../stratified-variance";
import { describeDomain, EmptyDomainError } from "../errors";
import { modelMatrix, predictorValues } from "./model-matrix";
import type { RegressionCoefficient, RegressionResult, RegressionSpec } from "./regression-types";
import { weightedLeastSquares } from "./weighted-least-squares";

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-13;

/**
 * Design-based GLM fit shared by the linear and logistic models: weighted
 * (IRLS) estimating equations Σ w_i x_i (y_i − μ_i) = 0 and the sandwich
 * covariance V(β̂) = A⁻¹ V(Σ U_i) A⁻¹ computed as the stratified
 * with-replacement variance of the influence functions h_i = A⁻¹ x_i w_i (y_i − μ_i),
 * A = Σ w_i v(μ_i) x_i x_iᵀ — exactly R's `survey:::svy.varcoef`
 * (Binder 1983; Lumley 2010 §5.2). Weight rescaling cancels and is not applied.
 *
 * @internal use surveyLinearRegression / surveyLogisticRegression
 * @example fitSurveyGlm(design, { outcome: y, predictors: { x } }, "gaussian")
 */
export function fitSurveyGlm(design: SurveyDesign, spec: RegressionSpec, family: RegressionResult["family"]): RegressionResult {
  const { rowCount, weights } = design;
  const y = spec.outcome;
  if (y.length !== rowCount) throw new RangeError(`outcome has ${y.length} rows, the design has ${rowCount}`);
  if (spec.domain && spec.domain.length !== rowCount) throw new RangeError(`domain has ${spec.domain.length} rows, the design has ${rowCount}`);
  checkNotEmpty(design, completeCases(design, spec, predictorValues(spec.predictors)), spec);
  const { terms, columns } = modelMatrix(spec.predictors, rowCount, { levelRows: spec.domain, file: design.source.file });
  const p = terms.length;
  const complete = completeCases(design, spec, columns);
  if (family === "quasibinomial") checkBinaryOutcome(design, y, complete);

  const beta = new Float64Array(p);
  const mu = new Float64Array(rowCount);
  let iterations = 0;
  let converged = false;
  if (family === "gaussian") {
    beta.set(weightedLeastSquares(columns, y, complete, weights));
    iterations = 1;
    converged = true;
  } else {
    const working = new Float64Array(rowCount);
    const workingResponse = new Float64Array(rowCount);
    for (let i = 0; i < rowCount; i++) mu[i] = complete[i] ? (y[i] + 0.5) / 2 : 0.5;
    for (let i = 0; i < rowCount; i++) workingResponse[i] = Math.log(mu[i] / (1 - mu[i]));
    const previous = new Float64Array(p);
    while (iterations < MAX_ITERATIONS && !converged) {
      iterations++;
      for (let i = 0; i < rowCount; i++) {
        if (!complete[i]) continue;
        const variance = mu[i] * (1 - mu[i]);
        working[i] = weights[i] * variance;
        workingResponse[i] = Math.log(mu[i] / (1 - mu[i])) + (y[i] - mu[i]) / variance;
      }
      previous.set(beta);
      beta.set(weightedLeastSquares(columns, workingResponse, complete, working));
      updateMeans(columns, beta, complete, mu, true);
      converged = beta.every((b, j) => Math.abs(b - previous[j]) <= TOLERANCE * (1 + Math.abs(b)));
    }
  }
  if (family === "gaussian") updateMeans(columns, beta, complete, mu, false);

  const information = new Float64Array(p * p);
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    const v = family === "gaussian" ? weights[i] : weights[i] * mu[i] * (1 - mu[i]);
    for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) information[a * p + b] += v * columns[a][i] * columns[b][i];
  }
  symmetrize(information, p);
  const inverse = invertSymmetricPositiveDefinite(information, p);
  const influence = Array.from({ length: p }, () => new Float64Array(rowCount));
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    const residual = weights[i] * (y[i] - mu[i]);
    for (let a = 0; a < p; a++) {
      let value = 0;
      for (let b = 0; b < p; b++) value += inverse[a * p + b] * columns[b][i];
      influence[a][i] = value * residual;
    }
  }
  const covariance = stratifiedCovariance(design, psuTotalsOfScores(design, influence), p, strataPresent(design, complete));
  const df = designDegreesOfFreedom(design, complete) + 1 - p;
  const level = spec.level ?? 0.95;
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  const coefficients: RegressionCoefficient[] = terms.map((term, j) => {
    const se = Math.sqrt(covariance[j * p + j]);
    const statistic = beta[j] / se;
    return {
      term,
      estimate: beta[j],
      se,
      statistic,
      df,
      pValue: df > 0 ? twoSidedPValue(statistic, df) : NaN,
      ci: { lower: beta[j] - q * se, upper: beta[j] + q * se, level, method: "wald" },
    };
  });
  let n = 0;
  let weightedN = 0;
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    weightedN += weights[i];
    if (weights[i] !== 0) n++;
  }
  const vcov = terms.map((_, a) => terms.map((__, b) => covariance[a * p + b]));
  return { family, coefficients, vcov, df, n, weightedN, iterations, converged };
}

function completeCases(design: SurveyDesign, spec: RegressionSpec, columns: readonly ArrayLike<number>[]): Uint8Array {
  const complete = new Uint8Array(design.rowCount);
  for (let i = 0; i < design.rowCount; i++) {
    if (spec.domain && !spec.domain[i]) continue;
    if (Number.isNaN(spec.outcome[i])) continue;
    if (columns.some((column) => Number.isNaN(column[i]))) continue;
    complete[i] = 1;
  }
  return complete;
}

function checkNotEmpty(design: SurveyDesign, complete: Uint8Array, spec: RegressionSpec): void {
  let total = 0;
  for (let i = 0; i < complete.length; i++) if (complete[i]) total += design.weights[i];
  if (total === 0)
    throw new EmptyDomainError({ file: design.source.file }, describeDomain({ domainName: spec.domainName, hasDomain: spec.domain !== undefined }), "no row with the outcome and every predictor present and a nonzero weight");
}

function checkBinaryOutcome(design: SurveyDesign, y: ArrayLike<number>, complete: Uint8Array): void {
  for (let i = 0; i < y.length; i++) {
    if (complete[i] && !(y[i] >= 0 && y[i] <= 1))
      throw new SurveyInputError("value-range", { file: design.source.file, row: i + 1 }, `logistic outcome must be in [0, 1], got ${y[i]}`);
  }
}

function updateMeans(columns: Float64Array[], beta: Float64Array, complete: Uint8Array, mu: Float64Array, logistic: boolean): void {
  for (let i = 0; i < complete.length; i++) {
    if (!complete[i]) continue;
    let eta = 0;
    for (let a = 0; a < columns.length; a++) eta += beta[a] * columns[a][i];
    mu[i] = logistic ? 1 / (1 + Math.exp(-eta)) : eta;
  }
}

function symmetrize(matrix: Float64Array, size: number): void {
  for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) matrix[a * size + b] = matrix[b * size + a];
}
