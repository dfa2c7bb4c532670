import { surveyProportions } from "../survey";
import type { ConfidenceInterval } from "../survey";
import type { WaveConcept } from "../waves/concepts";
import { NON_SUBSTANTIVE_SCALE_CODE, WaveSample } from "../waves/wave-sample";
import type { Estimate, EstimateBase } from "./estimates-file";

/** How "do not know"/refused answers on the target item enter a conditional share. */
export type NonSubstantiveBase = "in base" | "excluded";

/** A design-based share with its interval, in fractions. Plain data. */
export interface ShareEstimate {
  readonly estimate: number;
  readonly se: number;
  readonly ci: ConfidenceInterval;
  /** Respondents in the base (unweighted) and the weighted base. */
  readonly n: number;
  readonly weightedN: number;
  readonly df: number;
  /** Design effect against simple random sampling with replacement (R `deff = "replace"`). */
  readonly deff: number | null;
}

/** One of the memo's cross-tabulations: share positive on `target` among those positive on `anchor`. */
export interface CrossTab {
  readonly claimId: string;
  readonly target: WaveConcept;
  readonly anchor: WaveConcept;
  /** figure_id of the memo's value in data/article/text-figures.csv. */
  readonly memoFigureId: string;
}

/** The memo's four cross-tabulations (claims MV-01..MV-04). */
export const MULTIVECTOR_CROSS_TABS: readonly CrossTab[] = [
  { claimId: "MV-01", target: "us_opinion", anchor: "russia_opinion", memoFigureId: "mv_russia_fav_us_fav" },
  { claimId: "MV-02", target: "china_opinion", anchor: "russia_opinion", memoFigureId: "mv_russia_fav_china_fav" },
  { claimId: "MV-03", target: "us_economic_relations", anchor: "russia_economic_relations", memoFigureId: "mv_russia_rel_us_rel" },
  { claimId: "MV-04", target: "china_economic_relations", anchor: "russia_economic_relations", memoFigureId: "mv_russia_rel_china_rel" },
];

/**
 * The row of output/estimates.csv ({@link Estimate}) for a share of
 * "positive" answers on `sample`: measure "positive", the share's estimate,
 * SE, 95% interval, design df, unweighted n and design effect, as they are.
 *
 * @example positiveShareEstimate(sample, positiveShare(sample, "russia_opinion"), { claimIds: ["T1-01"], concept: "russia_opinion", domain: "", base: "all" }).measure // => "positive"
 */
export function positiveShareEstimate(
  sample: WaveSample,
  share: ShareEstimate,
  id: { readonly claimIds: readonly string[]; readonly concept: string; readonly domain: string; readonly base: EstimateBase },
): Estimate {
  return {
    claimIds: id.claimIds,
    waves: sample.waveIds,
    synthetic: sample.synthetic,
    concept: id.concept,
    measure: "positive",
    domain: id.domain,
    base: id.base,
    estimate: share.estimate,
    se: share.se,
    ciLow: share.ci.lower,
    ciHigh: share.ci.upper,
    df: share.df,
    n: share.n,
    deff: share.deff,
  };
}

/**
 * Weighted share positive (scale position > 0) on `concept`, within an
 * optional domain, with a design-based (Taylor-linearized) SE and a logit
 * interval with t quantiles on the design df (R `svyciprop(method = "logit")`):
 * p̂ = Σ_D w·1{y > 0} / Σ_D w. With base "in base", non-substantive answers
 * count as not positive (the convention of the memo's Table 1, whose
 * percentages include "do not know"); with "excluded" they are left out of
 * the base by domain estimation. Blank answers are excluded (na.rm).
 *
 * @example positiveShare(sample, "us_opinion", { domain: positiveOn(sample, "russia_opinion") }).estimate // => 0.55…
 */
export function positiveShare(sample: WaveSample, concept: WaveConcept, options: { domain?: Uint8Array; base?: NonSubstantiveBase } = {}): ShareEstimate {
  const indicator = positiveIndicator(answersOf(sample, concept));
  const table = surveyProportions(sample.design, indicator, {
    categories: [1, 0],
    nonSubstantive: { codes: [NON_SUBSTANTIVE_INDICATOR], handling: options.base === "excluded" ? "exclude" : "category" },
    domain: options.domain,
    intervalMethod: "logit",
    itemName: concept,
  });
  const positive = table.categories[0];
  return { estimate: positive.estimate, se: positive.se, ci: positive.ci, n: table.n, weightedN: table.weightedN, df: table.df, deff: positive.deffReplace };
}

/**
 * Weighted share of each answer of a scale concept: strong positive,
 * moderate positive, non-substantive, moderate negative, strong negative
 * (Table 1's layout, non-substantive answers in the base), with logit intervals.
 *
 * @example answerShares(sample, "russia_opinion").map((s) => s.position) // => [2, 1, 0, -1, -2]
 */
export function answerShares(sample: WaveSample, concept: WaveConcept): (ShareEstimate & { position: number })[] {
  const table = surveyProportions(sample.design, answersOf(sample, concept), { categories: [2, 1, NON_SUBSTANTIVE_SCALE_CODE, -1, -2], intervalMethod: "logit", itemName: concept });
  return table.categories.map((c) => ({ position: c.code, estimate: c.estimate, se: c.se, ci: c.ci, n: table.n, weightedN: table.weightedN, df: table.df, deff: c.deffReplace }));
}

/**
 * 0/1 mask of respondents positive (scale position > 0) on `concept`: the domain of a cross-tabulation.
 *
 * @example positiveOn(sample, "russia_opinion") // => Uint8Array [1, 1, 0, …]
 */
export function positiveOn(sample: WaveSample, concept: WaveConcept): Uint8Array {
  return Uint8Array.from(answersOf(sample, concept), (position) => (position > 0 ? 1 : 0));
}

/** The cross-tabulation's share: positive on the target among those positive on the anchor. @example crossTabShare(sample, MULTIVECTOR_CROSS_TABS[0]).estimate */
export function crossTabShare(sample: WaveSample, crossTab: CrossTab, base: NonSubstantiveBase = "in base"): ShareEstimate {
  return positiveShare(sample, crossTab.target, { domain: positiveOn(sample, crossTab.anchor), base });
}

const NON_SUBSTANTIVE_INDICATOR = 9;

/**
 * The harmonised answers of a concept in a sample.
 *
 * @throws RangeError naming the sample and the concept when the sample does not ask it (leave such waves out first).
 * @example answersOf(sample, "us_opinion").length // => sample.respondents
 */
export function answersOf(sample: WaveSample, concept: WaveConcept): Float64Array {
  const answers = sample.answers.get(concept);
  if (answers === undefined) throw new RangeError(`${sample.label} does not ask ${concept} (its codebook rows say "not asked"); leave it out of estimates that need ${concept}`);
  return answers;
}

function positiveIndicator(positions: Float64Array): Float64Array {
  return Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p === NON_SUBSTANTIVE_SCALE_CODE ? NON_SUBSTANTIVE_INDICATOR : p > 0 ? 1 : 0));
}

/** A pair of concepts whose association the memo says is positive given leadership opinion. */
export interface AssociationPair {
  readonly x: WaveConcept;
  readonly y: WaveConcept;
}

/** Opinions of, and closer economic relations with, Russia, the US and China: every pair (claim MV-05); the first of each trio is US–Russia (MV-06). */
export const MULTIVECTOR_PAIRS: readonly AssociationPair[] = [
  { x: "russia_opinion", y: "us_opinion" },
  { x: "russia_opinion", y: "china_opinion" },
  { x: "us_opinion", y: "china_opinion" },
  { x: "russia_economic_relations", y: "us_economic_relations" },
  { x: "russia_economic_relations", y: "china_economic_relations" },
  { x: "us_economic_relations", y: "china_economic_relations" },
];
