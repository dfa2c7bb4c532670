import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import { describeDomain, EmptyDomainError } from "./errors";
import type { DifferenceEstimate } from "./independent-difference";
import { linearizedVariances } from "./linearized-variance";
import { tInterval, tTest } from "./t-interval";

/** What {@link surveyTTest} compares. */
export interface TTestSpec {
  /** Grouping variable (e.g. the wave of a pooled design); NaN = in no group. */
  readonly group: ArrayLike<number>;
  /** The two group codes compared: estimate = mean(first) − mean(second). */
  readonly groups: readonly [number, number];
  /** Further sub-population restriction (1/true = in), as R `subset(design, …)`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Name of the grouping variable in an EmptyDomainError ("<groupName> = <code>"), default "group". */
  readonly groupName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/** One group's mean in a {@link SurveyTTest}. Plain data. */
export interface GroupMean {
  readonly group: number;
  readonly estimate: number;
  /** Respondents with y present and nonzero weight. */
  readonly n: number;
  readonly weightedN: number;
}

/** Result of {@link surveyTTest}. Plain data, JSON-serialisable. */
export interface SurveyTTest extends DifferenceEstimate {
  /** Residual df of R's two-sample svyttest: degf of the rows used − 1. */
  readonly df: number;
  readonly first: GroupMean;
  readonly second: GroupMean;
}

/**
 * Design-based two-sample t test of a difference in means (or, for a 0/1 y,
 * in proportions), R's `svyttest(y ~ I(g == first), subset(design, g %in% c(first, second)))`:
 * R fits `svyglm(y ~ group)` and tests the group coefficient,
 *
 *   d = ȳ_first − ȳ_second,   u_i = w_i (y_i − ȳ_g)/W_g (+ for first, − for second),
 *   V(d) = stratified variance of Σ u_i,   t = d / SE(d),   df = degf − 1
 *
 * where degf counts the PSUs and strata with a nonzero-weight row among the
 * rows used (the design after R's na.omit), and the interval is d ± qt(0.975, df)·SE
 * (`confint.svyglm`). Linearization keeps the covariance of groups that share
 * PSUs (Binder 1983; Lumley 2010 §2.6, §5.2). On a pooled design in which each
 * wave keeps its own strata and PSUs (independent samples), the covariance is
 * zero and SE(d)² = SE₁² + SE₂², but the test still uses t on the pooled
 * design's df, not z: this is the design-based comparison of two waves.
 * Rows with y missing (NaN) or outside the two groups are left out.
 *
 * @throws EmptyDomainError naming the group when either group has no row with y present and a nonzero weight
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @throws RangeError when y, group or the domain has another length than the design
 * @example
 * // share positive in wave 3 minus wave 1, on a design pooling the waves
 * surveyTTest(pooled, positive, { group: wave, groups: [3, 1], groupName: "wave" })
 * // => { estimate: 0.12, se: 0.07, statistic: 1.7, df: 13, pValue: 0.11, ci, first, second }
 */
export function surveyTTest(design: SurveyDesign, y: ArrayLike<number>, spec: TTestSpec): SurveyTTest {
  const { rowCount, weights } = design;
  if (y.length !== rowCount || spec.group.length !== rowCount) throw new RangeError(`y and group must have ${rowCount} rows`);
  if (spec.domain && spec.domain.length !== rowCount) throw new RangeError(`domain has ${spec.domain.length} rows, the design has ${rowCount}`);
  const [firstGroup, secondGroup] = spec.groups;
  if (firstGroup === secondGroup || Number.isNaN(firstGroup) || Number.isNaN(secondGroup)) throw new RangeError(`surveyTTest needs two different groups, got ${firstGroup} and ${secondGroup}`);
  const used = new Uint8Array(rowCount);
  const sums = { first: { weight: 0, weighted: 0, n: 0 }, second: { weight: 0, weighted: 0, n: 0 } };
  for (let i = 0; i < rowCount; i++) {
    if (spec.domain && !spec.domain[i]) continue;
    const g = spec.group[i];
    if ((g !== firstGroup && g !== secondGroup) || Number.isNaN(y[i])) continue;
    used[i] = 1;
    const sum = g === firstGroup ? sums.first : sums.second;
    sum.weight += weights[i];
    sum.weighted += weights[i] * y[i];
    if (weights[i] !== 0) sum.n++;
  }
  for (const [code, sum] of [[firstGroup, sums.first], [secondGroup, sums.second]] as const) {
    if (sum.weight === 0) {
      const domain = describeDomain({ domainName: spec.domainName, hasDomain: spec.domain !== undefined, group: `${spec.groupName ?? "group"} = ${code}` });
      throw new EmptyDomainError({ file: design.source.file }, domain, "no row with a value and a nonzero weight");
    }
  }
  const meanFirst = sums.first.weighted / sums.first.weight;
  const meanSecond = sums.second.weighted / sums.second.weight;
  const score = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (!used[i]) continue;
    score[i] = spec.group[i] === firstGroup ? (weights[i] * (y[i] - meanFirst)) / sums.first.weight : (-weights[i] * (y[i] - meanSecond)) / sums.second.weight;
  }
  const estimate = meanFirst - meanSecond;
  const se = Math.sqrt(linearizedVariances(design, [score], used)[0]);
  const df = designDegreesOfFreedom(design, used) - 1;
  return {
    estimate,
    se,
    ...tTest(estimate, se, df),
    ci: tInterval(estimate, se, df, spec.level ?? 0.95),
    first: { group: firstGroup, estimate: meanFirst, n: sums.first.n, weightedN: sums.first.weight },
    second: { group: secondGroup, estimate: meanSecond, n: sums.second.n, weightedN: sums.second.weight },
  };
}
