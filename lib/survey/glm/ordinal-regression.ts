import { designDegreesOfFreedom } from "../degrees-of-freedom";
import type { SurveyDesign } from "../design";
import { SurveyInputError } from "../errors";
import { estimationRows, respondentsIn, weightedTotalOf } from "../estimation-rows";
import { linearizedCovariance } from "../linearized-variance";
import { invertSymmetricPositiveDefinite } from "../small-matrix";
import { tInterval, tTest } from "../t-interval";
import { modelMatrix, predictorValues, type asFactor, type Predictor } from "./model-matrix";
import type { RegressionCoefficient } from "./regression-types";

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-13;

/** Inputs of {@link surveyOrdinalRegression}. */
export interface OrdinalRegressionSpec {
  /** Ordered outcome codes (NaN = missing); its levels are the codes observed among complete rows, sorted (R `factor(y)`). */
  readonly outcome: ArrayLike<number>;
  /** Named predictors, numeric or {@link asFactor}; no intercept (the thresholds take its place). Term order = key order. */
  readonly predictors: Readonly<Record<string, Predictor>>;
  /** Sub-population (1/true = in), as R `svyolr(…, subset(design, …))`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/** A fitted proportional-odds model. Plain data, JSON-serialisable. */
export interface OrdinalRegressionResult {
  /** Outcome levels, lowest first. */
  readonly levels: number[];
  /** β: log odds ratios of a higher rather than a lower outcome per unit of each term (R `coef(fit)` without zeta). */
  readonly coefficients: RegressionCoefficient[];
  /** ζ_j, the thresholds ("intercepts") between level j and j + 1, named as R: "1|2", "2|3", … (R `fit$zeta`). */
  readonly thresholds: RegressionCoefficient[];
  /** Sandwich covariance matrix of (β, ζ), R `vcov(fit)`. */
  readonly vcov: number[][];
  /** R `fit$df.residual`: degf of the complete rows − number of β. */
  readonly df: number;
  /** Complete rows with nonzero weight, and their weight sum. */
  readonly n: number;
  readonly weightedN: number;
  /** Weighted log-likelihood at the estimate, Σ w_i log P(y_i). */
  readonly logLikelihood: number;
  /** R's `fit$deviance`: −2 · logLikelihood / mean weight of the complete rows (zero weights included). */
  readonly deviance: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Design-based proportional-odds (ordinal logistic) regression, R's
 * `svyolr(factor(y) ~ x1 + factor(z), design)`:
 *
 *   logit P(Y ≤ j | x) = ζ_j − xᵀβ,   j = 1 … K − 1,  ζ_1 < … < ζ_{K−1},
 *
 * fitted by maximising the weighted pseudo-log-likelihood Σ w_i log P(y_i | x_i)
 * (McCullagh 1980; Lumley 2010 §6.3.2). R maximises with `optim` (BFGS, a
 * numerical Hessian); this function uses Newton–Raphson with the analytic
 * Hessian, to |Δθ| ≤ 1e-13·(1 + |θ|), i.e. to the exact optimum. The SEs are
 * the sandwich of R's `svyolr`: influence functions U_i H⁻¹ (U_i the row score,
 * H the Hessian of −log-likelihood), then the stratified with-replacement
 * variance (Binder 1983). Tests and intervals are on t with df = degf − p
 * (R's `df.residual`; `summary.svyolr` prints t values only). Rows with the
 * outcome or a predictor missing are left out as a domain (R `na.omit`).
 *
 * Against R, the estimates and SEs agree to the precision of R's optimiser,
 * 1e-7 (relative): near the optimum the likelihood is flat, so BFGS stops
 * where the deviance no longer changes in its 17th digit, which leaves the
 * parameters uncertain at about √ε ≈ 1e-8 of their scale even with R's
 * control tightened (reltol 1e-16, a restart from its own solution, parscale,
 * ndeps 1e-5 for its numerical Hessian; make-estimator-fixtures.R). The
 * deviance, which does not depend on that last digit, agrees to 1e-9.
 *
 * @throws EmptyDomainError when no complete row has a nonzero weight
 * @throws SurveyInputError "value-range" when the outcome has fewer than 3 levels (R: "response must have 3 or more levels")
 * @throws RangeError when the predictors are collinear or the fit does not converge
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * const fit = surveyOrdinalRegression(design, { outcome: opinionUs, predictors: { russia: opinionRussia, leadership: asFactor(leadership) } });
 * fit.coefficients[0] // => { term: "russia", estimate: 0.41, se: 0.06, statistic, df, pValue, ci }
 * fit.thresholds.map((t) => t.term) // => ["1|2", "2|3", "3|4"]
 */
export function surveyOrdinalRegression(design: SurveyDesign, spec: OrdinalRegressionSpec): OrdinalRegressionResult {
  const { rowCount, weights } = design;
  if (spec.outcome.length !== rowCount) throw new RangeError(`outcome has ${spec.outcome.length} rows, the design has ${rowCount}`);
  const rows = estimationRows(design, [spec.outcome, ...predictorValues(spec.predictors)], spec.domain);
  const complete = rows.complete;
  const weightedN = weightedTotalOf(design, complete, { domainName: spec.domainName, hasDomain: spec.domain !== undefined });
  const { terms, columns } = modelMatrix(spec.predictors, rowCount, { intercept: false, levelRows: spec.domain, file: design.source.file });
  const levels = outcomeLevels(design, spec.outcome, complete);
  const levelOf = new Map(levels.map((level, j) => [level, j]));
  const category = Int32Array.from(spec.outcome, (code, i) => (complete[i] ? levelOf.get(code)! : -1));
  const p = columns.length;
  const q = levels.length - 1;
  const model: OrdinalModel = { columns, category, complete, weights, p, q };

  let theta = startingValues(model, weightedN);
  let current = evaluate(model, theta);
  let iterations = 0;
  let converged = false;
  while (iterations < MAX_ITERATIONS && !converged) {
    iterations++;
    const inverse = invertSymmetricPositiveDefinite(current.hessian, p + q);
    const step = new Float64Array(p + q);
    for (let a = 0; a < p + q; a++) for (let b = 0; b < p + q; b++) step[a] -= inverse[a * (p + q) + b] * current.gradient[b];
    // Newton step, halved until the thresholds stay ordered and −log-likelihood does not increase
    let scale = 1;
    let next = theta.map((value, a) => value + step[a]);
    let trial = evaluate(model, next);
    while (!(trial.negativeLogLikelihood <= current.negativeLogLikelihood) && scale > 1e-10) {
      scale /= 2;
      next = theta.map((value, a) => value + scale * step[a]);
      trial = evaluate(model, next);
    }
    converged = next.every((value, a) => Math.abs(value - theta[a]) <= TOLERANCE * (1 + Math.abs(value)));
    theta = next;
    current = trial;
  }
  if (!converged) throw new RangeError(`surveyOrdinalRegression did not converge in ${MAX_ITERATIONS} Newton steps (separation, or an outcome level explained perfectly?)`);

  // sandwich: influence h_i = H⁻¹ U_i, U_i the row score of −log-likelihood
  const k = p + q;
  const inverse = invertSymmetricPositiveDefinite(current.hessian, k);
  const influence = Array.from({ length: k }, () => new Float64Array(rowCount));
  const score = new Float64Array(k);
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    rowDerivatives(model, theta, i, score, null);
    for (let a = 0; a < k; a++) {
      let value = 0;
      for (let b = 0; b < k; b++) value += inverse[a * k + b] * score[b];
      influence[a][i] = value;
    }
  }
  const covariance = linearizedCovariance(design, influence, complete);
  const df = designDegreesOfFreedom(design, complete) - p;
  const level = spec.level ?? 0.95;
  const names = [...terms, ...levels.slice(0, q).map((lower, j) => `${lower}|${levels[j + 1]}`)];
  const estimates: RegressionCoefficient[] = names.map((term, a) => {
    const se = Math.sqrt(covariance[a * k + a]);
    return { term, estimate: theta[a], se, ...tTest(theta[a], se, df), ci: tInterval(theta[a], se, df, level) };
  });
  return {
    levels,
    coefficients: estimates.slice(0, p),
    thresholds: estimates.slice(p),
    vcov: names.map((_, a) => names.map((__, b) => covariance[a * k + b])),
    df,
    n: respondentsIn(design, complete),
    weightedN,
    logLikelihood: -current.negativeLogLikelihood,
    deviance: (2 * current.negativeLogLikelihood) / (weightedN / countOnes(complete)),
    iterations,
    converged,
  };
}

function countOnes(mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  return count;
}

/** The data of the likelihood: design-matrix columns, outcome level index per row (−1 = not used), weights. */
interface OrdinalModel {
  readonly columns: readonly Float64Array[];
  readonly category: Int32Array;
  readonly complete: Uint8Array;
  readonly weights: Float64Array;
  /** Number of β. */
  readonly p: number;
  /** Number of thresholds ζ (levels − 1). */
  readonly q: number;
}

function outcomeLevels(design: SurveyDesign, outcome: ArrayLike<number>, complete: Uint8Array): number[] {
  const weightOf = new Map<number, number>();
  for (let i = 0; i < outcome.length; i++) if (complete[i]) weightOf.set(outcome[i], (weightOf.get(outcome[i]) ?? 0) + design.weights[i]);
  const levels = [...weightOf.keys()].sort((a, b) => a - b);
  if (levels.length < 3)
    throw new SurveyInputError("value-range", { file: design.source.file }, `the ordinal outcome has ${levels.length} level(s) [${levels.join(", ")}] among the complete rows; a proportional-odds model needs 3 or more`);
  const empty = levels.filter((level) => weightOf.get(level) === 0);
  if (empty.length > 0)
    throw new SurveyInputError("value-range", { file: design.source.file }, `outcome level(s) ${empty.join(", ")} occur only with weight 0: their thresholds cannot be estimated`);
  return levels;
}

/** β = 0 and ζ_j = logit of the weighted cumulative share up to level j: the maximum for β = 0. */
function startingValues(model: OrdinalModel, weightedN: number): number[] {
  const shares = new Float64Array(model.q + 1);
  for (let i = 0; i < model.category.length; i++) if (model.complete[i]) shares[model.category[i]] += model.weights[i] / weightedN;
  const theta = new Array<number>(model.p + model.q).fill(0);
  let cumulative = 0;
  for (let j = 0; j < model.q; j++) {
    cumulative += shares[j];
    theta[model.p + j] = Math.log(cumulative / (1 - cumulative));
  }
  return theta;
}

/** −log-likelihood, its gradient and Hessian at θ = (β, ζ); Infinity when the thresholds are not increasing. */
function evaluate(model: OrdinalModel, theta: readonly number[]): { negativeLogLikelihood: number; gradient: Float64Array; hessian: Float64Array } {
  const k = model.p + model.q;
  const gradient = new Float64Array(k);
  const hessian = new Float64Array(k * k);
  for (let j = 1; j < model.q; j++) {
    if (!(theta[model.p + j] > theta[model.p + j - 1])) return { negativeLogLikelihood: Infinity, gradient, hessian };
  }
  let negativeLogLikelihood = 0;
  const score = new Float64Array(k);
  for (let i = 0; i < model.category.length; i++) {
    if (!model.complete[i]) continue;
    const logP = rowDerivatives(model, theta, i, score, hessian);
    negativeLogLikelihood -= model.weights[i] * logP;
    for (let a = 0; a < k; a++) gradient[a] += score[a];
  }
  return { negativeLogLikelihood, gradient, hessian };
}

/**
 * Row i's contribution: writes its score of −log-likelihood, −w_i ∂log P_i/∂θ, into `score`, adds its
 * Hessian −w_i ∂²log P_i/∂θ∂θᵀ into `hessian` (when given), and returns log P_i. With a = ζ_j − η and
 * b = ζ_{j−1} − η (η = xᵀβ, y_i = level j), P = F(a) − F(b), F logistic, f = F', f' = f(1 − 2F):
 * ∂log P/∂ζ_j = f(a)/P, ∂log P/∂ζ_{j−1} = −f(b)/P, ∂log P/∂β = −x (f(a) − f(b))/P, and the second
 * derivatives follow (R's `svyolr` gradient `gmini`; McCullagh 1980).
 */
function rowDerivatives(model: OrdinalModel, theta: readonly number[], i: number, score: Float64Array, hessian: Float64Array | null): number {
  const { p, q, columns } = model;
  const k = p + q;
  const w = model.weights[i];
  const j = model.category[i];
  let eta = 0;
  for (let a = 0; a < p; a++) eta += theta[a] * columns[a][i];
  const upper = j < q ? logisticParts(theta[p + j] - eta) : { F: 1, f: 0, df: 0 };
  const lower = j > 0 ? logisticParts(theta[p + j - 1] - eta) : { F: 0, f: 0, df: 0 };
  const P = upper.F - lower.F;
  const ga = upper.f / P;
  const gb = lower.f / P;
  score.fill(0);
  for (let a = 0; a < p; a++) score[a] = w * columns[a][i] * (ga - gb); // −w ∂log P/∂β
  if (j < q) score[p + j] = -w * ga;
  if (j > 0) score[p + j - 1] = w * gb;
  if (hessian) {
    const ha = upper.df / P;
    const hb = lower.df / P;
    const betaBeta = -w * (ha - hb - (ga - gb) * (ga - gb)); // −w ∂²log P/∂η², per x xᵀ
    const betaUpper = -w * (-ha + ga * (ga - gb)); // −w ∂²log P/∂β∂ζ_j, per x
    const betaLower = -w * (hb - gb * (ga - gb));
    for (let a = 0; a < p; a++) {
      const xa = columns[a][i];
      for (let b = 0; b < p; b++) hessian[a * k + b] += betaBeta * xa * columns[b][i];
      if (j < q) {
        hessian[a * k + p + j] += betaUpper * xa;
        hessian[(p + j) * k + a] += betaUpper * xa;
      }
      if (j > 0) {
        hessian[a * k + p + j - 1] += betaLower * xa;
        hessian[(p + j - 1) * k + a] += betaLower * xa;
      }
    }
    if (j < q) hessian[(p + j) * k + p + j] += -w * (ha - ga * ga);
    if (j > 0) hessian[(p + j - 1) * k + p + j - 1] += -w * (-hb - gb * gb);
    if (j < q && j > 0) {
      hessian[(p + j) * k + p + j - 1] += -w * ga * gb;
      hessian[(p + j - 1) * k + p + j] += -w * ga * gb;
    }
  }
  return Math.log(P);
}

/** F(t) = 1/(1 + e^−t), its density f = F(1 − F) and the density's derivative f(1 − 2F). */
function logisticParts(t: number): { F: number; f: number; df: number } {
  const F = 1 / (1 + Math.exp(-t));
  const f = F * (1 - F);
  return { F, f, df: f * (1 - 2 * F) };
}
