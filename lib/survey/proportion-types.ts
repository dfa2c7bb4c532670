import type { LonelyPsuRule } from "./lonely-psu";
import type { NonSubstantiveOption } from "./non-substantive";
import type { ConfidenceInterval, ProportionIntervalMethod } from "./types";

/** Options shared by {@link surveyProportions} and {@link surveyProportionsByGroup}. */
export interface ProportionOptions {
  /** Substantive answer codes to report, in order (codes with no respondents give 0 ± 0). Default: observed codes, sorted. */
  readonly categories?: readonly number[];
  /** Non-substantive answers and their handling; echoed in the result. Default: none. */
  readonly nonSubstantive?: NonSubstantiveOption;
  /** Sub-population (1/true = in): domain estimation by zeroing weights outside, as R `subset(design, …)`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError (e.g. "russia_opinion = positive"); default "the domain" / "the sample". */
  readonly domainName?: string;
  /** Interval method, default "logit" (see {@link proportionInterval}). */
  readonly intervalMethod?: ProportionIntervalMethod;
  /** Confidence level, default 0.95. */
  readonly level?: number;
  /** Item name for messages (the column of a {@link SurveyInputError}). */
  readonly itemName?: string;
}

/** One answer category of a weighted frequency table. Plain data. */
export interface CategoryProportion {
  readonly code: number;
  /** True when the code is listed as non-substantive (handling "category"). */
  readonly nonSubstantive: boolean;
  /** Weighted proportion p̂ = Σ w·1{y = code} / Σ w over the estimation domain. */
  readonly estimate: number;
  /** Linearized (Taylor) standard error, R `SE(svymean(...))`. */
  readonly se: number;
  readonly ci: ConfidenceInterval;
  /** R `deff = TRUE` (null when undefined). */
  readonly deff: number | null;
  /** R `deff = "replace"` (null when undefined). */
  readonly deffReplace: number | null;
  /** Respondents giving this answer with nonzero weight (unweighted). */
  readonly n: number;
  /** Weighted frequency Σ w·1{y = code}. */
  readonly weightedCount: number;
}

/** A weighted frequency table with design-based SEs. Plain data, JSON-serialisable. */
export interface ProportionTable {
  readonly categories: CategoryProportion[];
  /** Respondents in the estimation domain with nonzero weight. */
  readonly n: number;
  /** Σ w over the estimation domain (denominator of every proportion). */
  readonly weightedN: number;
  /** Rows in the domain with a missing (NaN) answer, excluded like R `na.rm = TRUE`. */
  readonly missing: number;
  /** Design degrees of freedom used for the t quantiles. */
  readonly df: number;
  readonly nonSubstantive: NonSubstantiveOption;
  readonly lonelyPsu: LonelyPsuRule;
}

/** A {@link ProportionTable} for one level of a grouping variable. */
export interface GroupProportionTable extends ProportionTable {
  readonly group: number;
}
