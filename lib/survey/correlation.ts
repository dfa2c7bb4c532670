import type { SurveyDesign } from "./design";
import { designDegreesOfFreedom } from "./degrees-of-freedom";
import { studentTQuantile } from "./distributions/student-t";
import { estimationRows, respondentsIn, weightedTotalOf } from "./estimation-rows";
import { linearizedVariances } from "./linearized-variance";
import { tTest } from "./t-interval";
import type { ConfidenceInterval, TestResult } from "./types";

/** A design-based weighted Pearson correlation. Plain data. */
export interface CorrelationEstimate extends TestResult {
  readonly estimate: number;
  readonly se: number;
  /** Fisher-z interval: tanh(atanh r ± q·se/(1 − r²)), q = qt(1 − α/2, df). */
  readonly ci: ConfidenceInterval;
  /** df = degf of the complete-case rows (for a partial correlation, minus the parameters partialled out). */
  readonly df: number;
  readonly n: number;
  readonly weightedN: number;
}

/** Options of {@link surveyCorrelation}. */
export interface CorrelationOptions {
  /** Sub-population (1/true = in). */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/**
 * Weighted Pearson correlation of two scored (e.g. ordinal) items with a
 * design-based standard error by Taylor linearization:
 *
 *   r = S_xy / √(S_xx S_yy),  S_ab = Σ w (a − ā)(b − b̄) / Σw,
 *   influence u_i = w_i/W · (ξ_i η_i − r(ξ_i² + η_i²)/2),  ξ = (x − x̄)/√S_xx, η = (y − ȳ)/√S_yy,
 *   V(r) = stratified with-replacement variance of Σ u_i (Binder 1983).
 *
 * This equals the delta-method SE R gives for
 * `svycontrast(svymean(~x + y + I(x^2) + I(y^2) + I(x*y), design), quote((xy - x*y)/sqrt((xx - x^2)*(yy - y^2))))`
 * (Lumley 2010 §3.4, Woodruff 1971). The statistic is t = r/se with df = degf;
 * the interval uses Fisher's z so it stays in [−1, 1]. Rows with a NaN in either
 * item are excluded (complete cases, as a domain: weights zeroed).
 *
 * @throws EmptyDomainError when no complete row has a nonzero weight
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example surveyCorrelation(design, trustRussia, trustChina) // => { estimate: 0.41, se: 0.03, ci, statistic, df, pValue, n, weightedN }
 */
export function surveyCorrelation(design: SurveyDesign, x: ArrayLike<number>, y: ArrayLike<number>, options: CorrelationOptions = {}): CorrelationEstimate {
  const rows = estimationRows(design, [x, y], options.domain);
  weightedTotalOf(design, rows.complete, { domainName: options.domainName, hasDomain: options.domain !== undefined });
  return correlationOverRows(design, x, y, rows.complete, designDegreesOfFreedom(design, rows.complete), options.level ?? 0.95);
}

/**
 * The correlation of x and y over the rows of `complete`, with t test and
 * Fisher-z interval on `df` degrees of freedom.
 *
 * @internal shared by surveyCorrelation and surveyPartialCorrelation
 * @example correlationOverRows(design, x, y, complete, 14, 0.95)
 */
export function correlationOverRows(
  design: SurveyDesign,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  complete: Uint8Array,
  df: number,
  level: number,
): CorrelationEstimate {
  const { rowCount, weights } = design;
  let total = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    total += weights[i];
    sumX += weights[i] * x[i];
    sumY += weights[i] * y[i];
  }
  const meanX = sumX / total;
  const meanY = sumY / total;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += weights[i] * dx * dx;
    syy += weights[i] * dy * dy;
    sxy += weights[i] * dx * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  const sdX = Math.sqrt(sxx / total);
  const sdY = Math.sqrt(syy / total);
  const score = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (!complete[i]) continue;
    const u = (x[i] - meanX) / sdX;
    const v = (y[i] - meanY) / sdY;
    score[i] = (weights[i] / total) * (u * v - (r * (u * u + v * v)) / 2);
  }
  const se = Math.sqrt(linearizedVariances(design, [score], complete)[0]);
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  const z = Math.atanh(r);
  const halfWidth = (q * se) / (1 - r * r);
  return {
    estimate: r,
    se,
    ci: { lower: Math.tanh(z - halfWidth), upper: Math.tanh(z + halfWidth), level, method: "fisher-z" },
    ...tTest(r, se, df),
    n: respondentsIn(design, complete),
    weightedN: total,
  };
}
