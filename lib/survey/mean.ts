import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import { estimationRows, respondentsIn, weightedTotalOf } from "./estimation-rows";
import { linearizedVariances } from "./linearized-variance";
import { tInterval } from "./t-interval";
import type { ConfidenceInterval } from "./types";

/** Options of {@link surveyMean} and {@link surveyRatio}. */
export interface DomainEstimateOptions {
  /** Sub-population (1/true = in), as R `subset(design, …)`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError, e.g. "russia_opinion = positive". */
  readonly domainName?: string;
  /** Variable name for messages. */
  readonly variableName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/** A design-based mean, ratio or share with its t interval. Plain data, JSON-serialisable. */
export interface DomainEstimate {
  readonly estimate: number;
  /** Linearized (Taylor) standard error. */
  readonly se: number;
  /** Wald interval on t with `df` degrees of freedom (R `confint(…, df = degf(design))`). */
  readonly ci: ConfidenceInterval;
  /** degf of the domain: PSUs minus strata with a nonzero-weight row in it (rows with missing values included). */
  readonly df: number;
  /** Respondents used (every variable present, nonzero weight). */
  readonly n: number;
  /** Σ w over the rows used. */
  readonly weightedN: number;
  /** Rows in the domain left out for a missing (NaN) value, as R `na.rm = TRUE`. */
  readonly missing: number;
}

/**
 * Design-based mean of a numeric variable, R's
 * `svymean(~y, subset(design, domain), na.rm = TRUE)` with
 * `confint(…, df = degf(subset(design, domain)))`:
 *
 *   ȳ = Σ w_i y_i / Σ w_i,   u_i = w_i (y_i − ȳ) / Σ w,   V(ȳ) = stratified variance of Σ u_i
 *
 * over the domain rows with y present (Taylor linearization of a ratio,
 * Binder 1983; Lumley 2010 §2.2–2.3). Missing values (NaN) are left out as a
 * domain restriction; the t quantile uses the domain's degf with those rows
 * counted, as `svyciprop(…, na.rm = TRUE)` does.
 *
 * @throws EmptyDomainError when no row of the domain has y present and a nonzero weight
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @throws RangeError when y or the domain has another length than the design
 * @example surveyMean(design, age, { domain: women, domainName: "women" }) // => { estimate: 41.2, se: 0.6, ci, df: 148, n: 812, … }
 */
export function surveyMean(design: SurveyDesign, y: ArrayLike<number>, options: DomainEstimateOptions = {}): DomainEstimate {
  const rows = estimationRows(design, [y], options.domain);
  const total = weightedTotalOf(design, rows.complete, { domainName: options.domainName, hasDomain: options.domain !== undefined, column: options.variableName });
  const { weights } = design;
  let sum = 0;
  for (let i = 0; i < design.rowCount; i++) if (rows.complete[i]) sum += weights[i] * y[i];
  const estimate = sum / total;
  const score = new Float64Array(design.rowCount);
  for (let i = 0; i < design.rowCount; i++) if (rows.complete[i]) score[i] = (weights[i] * (y[i] - estimate)) / total;
  const se = Math.sqrt(linearizedVariances(design, [score], rows.complete)[0]);
  const df = designDegreesOfFreedom(design, rows.inDomain);
  return { estimate, se, ci: tInterval(estimate, se, df, options.level ?? 0.95), df, n: respondentsIn(design, rows.complete), weightedN: total, missing: rows.missing };
}
