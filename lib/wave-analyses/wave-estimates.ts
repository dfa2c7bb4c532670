import { surveyProportions, surveyRatio, tTest } from "../survey";
import type { CategoryProportion, DomainEstimate, ProportionTable } from "../survey";
import type { AnalysisSample } from "./analysis-sample";
import type { Estimate, EstimateBase } from "./estimates-file";

/**
 * The building blocks every analysis of the waves shares: design-based
 * estimates turned into rows of output/estimates.csv ({@link Estimate}) with
 * what a table shows beside them, and the differences with their t tests.
 */

/** An estimate with the label a table shows for its measure. */
export interface LabelledEstimate extends Estimate {
  /** e.g. "Very favorable (code 1)", "positive (very + somewhat)". */
  readonly label: string;
}

/** A difference (or any contrast) with its two-sided t test on the design df. */
export interface TestedEstimate extends LabelledEstimate {
  /** t = estimate / se. */
  readonly t: number;
  /** Two-sided p-value on `df` design degrees of freedom. */
  readonly pValue: number;
}

/** What identifies an estimate besides its numbers. */
export interface EstimateIdentity {
  readonly claimIds?: readonly string[];
  readonly concept: string;
  readonly measure: string;
  readonly domain?: string;
  readonly base: EstimateBase;
  readonly label: string;
}

/**
 * The estimate of one category of a proportion table (logit interval,
 * design effect "replace"), for `sample`.
 *
 * @example categoryEstimate(sample, table, table.categories[0], { concept: "russia_opinion", measure: "1", base: "all", label: "Very favorable" })
 */
export function categoryEstimate(sample: AnalysisSample, table: ProportionTable, category: CategoryProportion, id: EstimateIdentity): LabelledEstimate {
  return {
    ...identity(sample, id),
    estimate: category.estimate,
    se: category.se,
    ciLow: category.ci.lower,
    ciHigh: category.ci.upper,
    df: table.df,
    n: table.n,
    deff: category.deffReplace,
  };
}

/**
 * The estimate of a mean or ratio ({@link DomainEstimate}: Wald interval on
 * t), no design effect.
 *
 * @example domainEstimate(sample, surveyRatio(design, y, x), { concept: "…", measure: "…", base: "mentions", label: "…" })
 */
export function domainEstimate(sample: AnalysisSample, estimate: DomainEstimate, id: EstimateIdentity): LabelledEstimate {
  return { ...identity(sample, id), estimate: estimate.estimate, se: estimate.se, ciLow: estimate.ci.lower, ciHigh: estimate.ci.upper, df: estimate.df, n: estimate.n, deff: null };
}

/**
 * Share of respondents with `indicator` = 1 among those with 0 or 1, and
 * those with the non-substantive marker 9 either in the base ("all") or left
 * out ("substantive"), within an optional domain: R
 * `svyciprop(~I(x == 1), design, method = "logit")` (on the subset without
 * the marker for "substantive"), with `svymean(…, deff = "replace")`.
 * NaN (blank) is left out.
 *
 * @example indicatorShare(sample, positive, "all", { concept: "russia_opinion", measure: "positive", base: "all", label: "positive" })
 */
export function indicatorShare(
  sample: AnalysisSample,
  indicator: Float64Array,
  base: "all" | "substantive",
  id: EstimateIdentity,
  domain?: { readonly mask: Uint8Array; readonly name: string },
): LabelledEstimate {
  const table = surveyProportions(sample.sample.design, indicator, {
    categories: [1, 0],
    nonSubstantive: { codes: [NON_SUBSTANTIVE_MARK], handling: base === "all" ? "category" : "exclude" },
    domain: domain?.mask,
    domainName: domain?.name,
    intervalMethod: "logit",
    itemName: id.concept,
  });
  return categoryEstimate(sample, table, table.categories.find((c) => c.code === 1)!, id);
}

/** Marker of a non-substantive answer in the 0/1 indicators of {@link indicatorShare}. */
export const NON_SUBSTANTIVE_MARK = 9;

/**
 * A ratio of two per-respondent totals (R `svyratio(~y, ~x, subset(design,
 * domain))`, Wald interval on t with the domain's degf) with its t test of 0.
 *
 * @example testedRatio(sample, benignMinusStrong, categorizable, id, positiveOnRussia)
 */
export function testedRatio(sample: AnalysisSample, numerator: Float64Array, denominator: Float64Array, id: EstimateIdentity, domain?: { readonly mask: Uint8Array; readonly name: string }): TestedEstimate {
  const ratio = surveyRatio(sample.sample.design, numerator, denominator, { domain: domain?.mask, domainName: domain?.name, variableName: id.concept });
  return withTest(domainEstimate(sample, ratio, id));
}

/**
 * Adds the t test of 0 to an estimate: t = estimate / se, two-sided p on its df.
 *
 * @example withTest(estimate).pValue
 */
export function withTest(estimate: LabelledEstimate): TestedEstimate {
  const test = tTest(estimate.estimate, estimate.se, estimate.df);
  return { ...estimate, t: test.statistic, pValue: test.pValue };
}

function identity(sample: AnalysisSample, id: EstimateIdentity): Omit<LabelledEstimate, "estimate" | "se" | "ciLow" | "ciHigh" | "df" | "n" | "deff"> {
  return {
    claimIds: id.claimIds ?? [],
    waves: sample.waveIds,
    synthetic: sample.synthetic,
    concept: id.concept,
    measure: id.measure,
    domain: id.domain ?? "",
    base: id.base,
    label: id.label,
  };
}

/**
 * Strips what only a table shows, leaving the row of output/estimates.csv.
 *
 * @example toEstimate(labelled) // has no label, t or pValue
 */
export function toEstimate(e: Estimate): Estimate {
  return {
    claimIds: e.claimIds,
    waves: e.waves,
    synthetic: e.synthetic,
    concept: e.concept,
    measure: e.measure,
    domain: e.domain,
    base: e.base,
    estimate: e.estimate,
    se: e.se,
    ciLow: e.ciLow,
    ciHigh: e.ciHigh,
    df: e.df,
    n: e.n,
    deff: e.deff,
  };
}
