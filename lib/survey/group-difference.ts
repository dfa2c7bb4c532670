import type { SurveyDesign } from "./design";
import type { DifferenceEstimate } from "./independent-difference";
import { normaliseNonSubstantive, type NonSubstantiveOption } from "./non-substantive";
import { surveyTTest } from "./t-test";

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
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Name of the grouping variable in an EmptyDomainError, default "group". */
  readonly groupName?: string;
  readonly level?: number;
}

/** Result of {@link surveyProportionDifference}: the difference plus both group proportions. */
export interface ProportionDifference extends DifferenceEstimate {
  readonly first: { readonly group: number; readonly estimate: number };
  readonly second: { readonly group: number; readonly estimate: number };
  readonly nonSubstantive: NonSubstantiveOption;
}

/**
 * Difference between the proportions holding `codes` in two groups of the same
 * survey (or two waves of a pooled design), d = p̂_first − p̂_second: the
 * {@link surveyTTest} of the indicator y = 1{answer ∈ codes}, i.e. R's
 * `svyttest(I(y %in% codes) ~ I(g == first), subset(design, g %in% c(first, second)))`
 * (equivalently the slope of `svyglm(I(y %in% codes) ~ I(g == first), …)`).
 * Linearization keeps the covariance between groups that share PSUs
 * (Binder 1983; Lumley 2010 §2.6); t = d/SE with df = degf − 1 of the answered
 * rows of the two groups (R's residual df); t-based interval. Missing answers
 * (NaN) are excluded; non-substantive answers follow `nonSubstantive`
 * (default: they count in the denominator).
 *
 * @throws EmptyDomainError naming the group when a group has no answered row with a nonzero weight
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * surveyProportionDifference(design, trust, { codes: [1, 2], group: sex, groups: [1, 2] })
 * // => { estimate, se, statistic, df, pValue, ci, first, second, nonSubstantive }
 */
export function surveyProportionDifference(design: SurveyDesign, item: ArrayLike<number>, spec: ProportionDifferenceSpec): ProportionDifference {
  if (item.length !== design.rowCount) throw new RangeError(`item must have ${design.rowCount} rows`);
  const nonSubstantive = normaliseNonSubstantive(spec.nonSubstantive);
  const excluded = new Set(nonSubstantive.handling === "exclude" ? nonSubstantive.codes : []);
  const holding = new Set(spec.codes);
  const indicator = Float64Array.from(item, (answer) => (Number.isNaN(answer) || excluded.has(answer) ? NaN : holding.has(answer) ? 1 : 0));
  const { first, second, ...difference } = surveyTTest(design, indicator, {
    group: spec.group,
    groups: spec.groups,
    domain: spec.domain,
    domainName: spec.domainName,
    groupName: spec.groupName,
    level: spec.level,
  });
  return { ...difference, first: { group: first.group, estimate: first.estimate }, second: { group: second.group, estimate: second.estimate }, nonSubstantive };
}
