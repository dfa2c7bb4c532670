import { EmptyDomainError } from "./errors";
import type { SurveyDesign } from "./design";
import { designDegreesOfFreedom } from "./degrees-of-freedom";
import { studentTQuantile, twoSidedPValue } from "./distributions/student-t";
import type { DifferenceEstimate } from "./independent-difference";
import { normaliseNonSubstantive, type NonSubstantiveOption } from "./non-substantive";
import { psuTotalsOfScores, strataPresent } from "./psu-totals";
import { stratifiedVariances } from "./stratified-variance";

/** What {@link surveyProportionDifference} compares. */
export interface ProportionDifferenceSpec {
  /** Answer codes counted as "holding B" (numerator). */
  readonly codes: readonly number[];
  /** Grouping variable (NaN = no group). */
  readonly group: ArrayLike<number>;
  /** The two group codes compared: estimate = p(first) − p(second). */
  readonly groups: readonly [number, number];
  readonly nonSubstantive?: NonSubstantiveOption;
  /** Further sub-population restriction (1/true = in). */
  readonly domain?: ArrayLike<number | boolean>;
  readonly level?: number;
}

/** Result of {@link surveyProportionDifference}: the difference plus both group proportions. */
export interface ProportionDifference extends DifferenceEstimate {
  readonly first: { readonly group: number; readonly estimate: number };
  readonly second: { readonly group: number; readonly estimate: number };
  readonly nonSubstantive: NonSubstantiveOption;
}

/**
 * Difference between the proportions of two groups of the same survey,
 * d = p̂_a − p̂_b, with the linearized variance of the difference of the two
 * domain influence functions, which keeps the covariance between groups that
 * share PSUs: V(d) = V(Σ u_a − Σ u_b), u_gi = 1{i∈g} w_i (y_i − p̂_g)/W_g
 * (Binder 1983; Lumley 2010 §2.6, `svycontrast` on `svyby(…, covmat = TRUE)`).
 * t = d/SE with df = degf of the two groups' answered rows (as svyglm's
 * na.omit design); t-based interval.
 * Equals R's `svyglm(I(y == k) ~ I(g == a), subset(design, g %in% c(a, b)))`
 * slope and SE. (survey 4.1.1's `svyby(covmat = TRUE)` for linearization
 * designs sets between-group covariances to 0; later versions use influence
 * functions as here.) Missing answers (NaN) are excluded; non-substantive
 * answers follow `nonSubstantive` (default: they count in the denominator).
 *
 * @example
 * surveyProportionDifference(design, trust, { codes: [1, 2], group: sex, groups: [1, 2] })
 * // => { estimate, se, statistic, df, pValue, ci, first, second, nonSubstantive }
 */
export function surveyProportionDifference(design: SurveyDesign, item: ArrayLike<number>, spec: ProportionDifferenceSpec): ProportionDifference {
  const { rowCount, weights } = design;
  if (item.length !== rowCount || spec.group.length !== rowCount)
    throw new RangeError(`item and group must have ${rowCount} rows`);
  const nonSubstantive = normaliseNonSubstantive(spec.nonSubstantive);
  const excluded = new Set(nonSubstantive.handling === "exclude" ? nonSubstantive.codes : []);
  const holding = new Set(spec.codes);
  const [groupA, groupB] = spec.groups;
  const level = spec.level ?? 0.95;
  const answered = new Uint8Array(rowCount);
  const weightA = [0, 0];
  const weightB = [0, 0];
  for (let i = 0; i < rowCount; i++) {
    if (spec.domain && !spec.domain[i]) continue;
    const g = spec.group[i];
    if (g !== groupA && g !== groupB) continue;
    const y = item[i];
    if (excluded.has(y)) continue;
    if (y !== y) continue;
    answered[i] = 1;
    const totals = g === groupA ? weightA : weightB;
    totals[0] += weights[i];
    if (holding.has(y)) totals[1] += weights[i];
  }
  if (weightA[0] === 0 || weightB[0] === 0)
    throw new EmptyDomainError({ file: design.source.file }, `group ${weightA[0] === 0 ? groupA : groupB}`, "no answered row with a nonzero weight");
  const pA = weightA[1] / weightA[0];
  const pB = weightB[1] / weightB[0];
  const score = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (!answered[i]) continue;
    const y = holding.has(item[i]) ? 1 : 0;
    score[i] = spec.group[i] === groupA ? (weights[i] * (y - pA)) / weightA[0] : (-weights[i] * (y - pB)) / weightB[0];
  }
  const variance = stratifiedVariances(design, psuTotalsOfScores(design, [score]), 1, strataPresent(design, answered))[0];
  const estimate = pA - pB;
  const se = Math.sqrt(variance);
  const df = designDegreesOfFreedom(design, answered);
  const statistic = estimate / se;
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  return {
    estimate,
    se,
    statistic,
    df,
    pValue: df > 0 ? twoSidedPValue(statistic, df) : NaN,
    ci: { lower: estimate - q * se, upper: estimate + q * se, level, method: "wald" },
    first: { group: groupA, estimate: pA },
    second: { group: groupB, estimate: pB },
    nonSubstantive,
  };
}
