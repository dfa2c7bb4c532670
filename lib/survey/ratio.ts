import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import { describeDomain, SurveyInputError } from "./errors";
import { estimationRows, respondentsIn, weightedTotalOf } from "./estimation-rows";
import { linearizedVariances } from "./linearized-variance";
import type { DomainEstimate, DomainEstimateOptions } from "./mean";
import { tInterval } from "./t-interval";

/** A ratio estimate: {@link DomainEstimate} plus the two estimated totals. */
export interface RatioEstimate extends DomainEstimate {
  /** Ŷ = Σ w y over the rows used. */
  readonly numeratorTotal: number;
  /** X̂ = Σ w x over the rows used. */
  readonly denominatorTotal: number;
}

/**
 * Ratio of two estimated totals, R = Ŷ / X̂ = Σ w_i y_i / Σ w_i x_i, with the
 * linearized SE of R's `svyratio(~y, ~x, design)` (and, with a domain,
 * `svyratio(~y, ~x, subset(design, domain))`):
 *
 *   u_i = w_i (y_i − R̂ x_i) / X̂,   V(R̂) = stratified variance of Σ u_i
 *
 * (Cochran 1977 §6.3; Binder 1983; Lumley 2010 §3.4). The interval is Wald on
 * t with the domain's degf, R's `confint(r, df = degf(subset(design, domain)))`.
 * Rows with y or x missing (NaN) are left out as a domain restriction (R
 * `na.rm = TRUE`). A respondent is the unit: for multiple responses, y and x
 * are per-respondent counts (see {@link surveyMentionShares}).
 *
 * @throws EmptyDomainError when no row of the domain has both values and a nonzero weight
 * @throws SurveyInputError "value-range" when X̂ = 0 (the ratio is undefined)
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @throws RangeError when y, x or the domain has another length than the design
 * @example
 * // share of all mentions that fall in category 3, among positive respondents
 * surveyRatio(design, mentionsOf3, allMentions, { domain: positive, domainName: "positive on Russia" })
 * // => { estimate: 0.21, se: 0.02, ci, df: 148, n: 1012, numeratorTotal, denominatorTotal, … }
 */
export function surveyRatio(
  design: SurveyDesign,
  numerator: ArrayLike<number>,
  denominator: ArrayLike<number>,
  options: DomainEstimateOptions = {},
): RatioEstimate {
  const rows = estimationRows(design, [numerator, denominator], options.domain);
  const naming = { domainName: options.domainName, hasDomain: options.domain !== undefined, column: options.variableName };
  const weightedN = weightedTotalOf(design, rows.complete, naming);
  const { weights } = design;
  let numeratorTotal = 0;
  let denominatorTotal = 0;
  for (let i = 0; i < design.rowCount; i++) {
    if (!rows.complete[i]) continue;
    numeratorTotal += weights[i] * numerator[i];
    denominatorTotal += weights[i] * denominator[i];
  }
  if (denominatorTotal === 0)
    throw new SurveyInputError("value-range", { file: design.source.file, column: options.variableName }, `the denominator sums to 0 over ${describeDomain(naming)}: the ratio is undefined`);
  const estimate = numeratorTotal / denominatorTotal;
  const score = new Float64Array(design.rowCount);
  for (let i = 0; i < design.rowCount; i++) if (rows.complete[i]) score[i] = (weights[i] * (numerator[i] - estimate * denominator[i])) / denominatorTotal;
  const se = Math.sqrt(linearizedVariances(design, [score], rows.complete)[0]);
  const df = designDegreesOfFreedom(design, rows.inDomain);
  return {
    estimate,
    se,
    ci: tInterval(estimate, se, df, options.level ?? 0.95),
    df,
    n: respondentsIn(design, rows.complete),
    weightedN,
    missing: rows.missing,
    numeratorTotal,
    denominatorTotal,
  };
}
