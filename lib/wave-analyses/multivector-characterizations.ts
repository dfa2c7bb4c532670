import { surveyMean, surveyProportions } from "../survey";
import type { WaveConcept } from "../waves/concepts";
import { NON_SUBSTANTIVE_SCALE_CODE, WaveSample } from "../waves/wave-sample";
import type { Estimate } from "./estimates-file";
import { CrossTab, MULTIVECTOR_CROSS_TABS, positiveOn } from "./multivector-estimates";

/**
 * The respondent-level estimates of the first section's characterizations
 * (issue 14, item 1) that the cross-tabulations do not already give:
 * positive minus negative on the US or China item among those positive on
 * Russia (MV-08), the share not favouring a Russia-only policy (MV-09), and
 * the share holding opposed views of the US and Russia (MV-10). Each is a row
 * of output/estimates.csv.
 */

/** Names of the measures in output/estimates.csv. */
export const CHARACTERIZATION_MEASURES = {
  netPositive: "positive_minus_negative",
  notRussiaOnly: "not_russia_only",
  opposedViews: "opposed_views",
} as const;

/** The three items of a Russia-only policy: closer economic relations with Russia, and with neither the US nor China. */
export const RUSSIA_ONLY_CONCEPTS: readonly WaveConcept[] = ["russia_economic_relations", "us_economic_relations", "china_economic_relations"];

function answers(sample: WaveSample, concept: WaveConcept): Float64Array {
  const found = sample.answers.get(concept);
  if (found === undefined) throw new RangeError(`${sample.label} does not ask ${concept}`);
  return found;
}

function share(sample: WaveSample, indicator: Float64Array, id: { claimIds: readonly string[]; concept: string; measure: string; domain: string }, domain?: { mask: Uint8Array; name: string }): Estimate {
  const table = surveyProportions(sample.design, indicator, { categories: [1, 0], domain: domain?.mask, domainName: domain?.name, intervalMethod: "logit", itemName: id.concept });
  const one = table.categories.find((c) => c.code === 1)!;
  return {
    claimIds: id.claimIds,
    waves: sample.waveIds,
    synthetic: sample.synthetic,
    concept: id.concept,
    measure: id.measure,
    domain: id.domain,
    base: "all",
    estimate: one.estimate,
    se: one.se,
    ciLow: one.ci.lower,
    ciHigh: one.ci.upper,
    df: table.df,
    n: table.n,
    deff: one.deffReplace,
  };
}

/**
 * Among those positive on the cross-tabulation's anchor (Russia), the share
 * positive on its target (the US or China item) minus the share negative on
 * it, "do not know"/refused in the base (scored 0): the mean of
 * 1{target > 0} − 1{target < 0} in the domain, R `svymean(~z, subset(design,
 * anchor positive), na.rm = TRUE)` with `confint(…, df = degf(subset))`.
 *
 * @example netPositive(sample, MULTIVECTOR_CROSS_TABS[0]).estimate // > 0 when more are positive on the US than negative
 */
export function netPositive(sample: WaveSample, crossTab: CrossTab): Estimate {
  const z = Float64Array.from(answers(sample, crossTab.target), (p) => (Number.isNaN(p) ? NaN : p > 0 ? 1 : p < 0 ? -1 : 0));
  const mean = surveyMean(sample.design, z, { domain: positiveOn(sample, crossTab.anchor), domainName: `${crossTab.anchor} positive`, variableName: crossTab.target });
  return {
    claimIds: ["MV-08"],
    waves: sample.waveIds,
    synthetic: sample.synthetic,
    concept: crossTab.target,
    measure: CHARACTERIZATION_MEASURES.netPositive,
    domain: `${crossTab.anchor}=positive`,
    base: "all",
    estimate: mean.estimate,
    se: mean.se,
    ciLow: mean.ci.lower,
    ciHigh: mean.ci.upper,
    df: mean.df,
    n: mean.n,
    deff: null,
  };
}

/**
 * The share not favouring a Russia-only policy: 1 − 1{positive on closer
 * relations with Russia, and positive on neither the US nor China}, "do not
 * know"/refused counted as not positive, a blank on any of the three items
 * left out; of all respondents, or (`amongSupporters`) of those positive on
 * closer relations with Russia. A proportion with its logit interval (R
 * `svyciprop(~I(1 - russia_only), design, method = "logit")`).
 *
 * @example notRussiaOnly(sample).estimate // ≈ 0.8
 */
export function notRussiaOnly(sample: WaveSample, amongSupporters = false): Estimate {
  const [russia, us, china] = RUSSIA_ONLY_CONCEPTS.map((c) => answers(sample, c));
  const indicator = Float64Array.from(russia, (r, i) => (Number.isNaN(r) || Number.isNaN(us[i]) || Number.isNaN(china[i]) ? NaN : r > 0 && !(us[i] > 0) && !(china[i] > 0) ? 0 : 1));
  const domain = amongSupporters ? { mask: positiveOn(sample, "russia_economic_relations"), name: "russia_economic_relations positive" } : undefined;
  return share(sample, indicator, { claimIds: ["MV-09"], concept: RUSSIA_ONLY_CONCEPTS.join(";"), measure: CHARACTERIZATION_MEASURES.notRussiaOnly, domain: amongSupporters ? "russia_economic_relations=positive" : "" }, domain);
}

/**
 * The share holding opposed views of Russia and the US (positive on one,
 * negative on the other), "do not know"/refused in the base (not opposed),
 * blanks left out; a proportion with its logit interval.
 *
 * @example opposedViews(sample).estimate // ≈ 0.2
 */
export function opposedViews(sample: WaveSample): Estimate {
  const russia = answers(sample, "russia_opinion");
  const us = answers(sample, "us_opinion");
  const sign = (p: number) => (p === NON_SUBSTANTIVE_SCALE_CODE ? 0 : Math.sign(p));
  const indicator = Float64Array.from(russia, (r, i) => (Number.isNaN(r) || Number.isNaN(us[i]) ? NaN : sign(r) * sign(us[i]) < 0 ? 1 : 0));
  return share(sample, indicator, { claimIds: ["MV-10"], concept: "russia_opinion;us_opinion", measure: CHARACTERIZATION_MEASURES.opposedViews, domain: "" });
}

/** Every characterization estimate of one sample: the four net-positive shares, not Russia-only (all; supporters), opposed views. */
export interface Characterizations {
  readonly sampleLabel: string;
  readonly netPositive: readonly { readonly crossTab: CrossTab; readonly estimate: Estimate }[];
  readonly notRussiaOnly: Estimate;
  readonly notRussiaOnlyAmongSupporters: Estimate;
  readonly opposedViews: Estimate;
}

/**
 * {@link netPositive} for the memo's four cross-tabulations, {@link notRussiaOnly}
 * of all and among supporters, and {@link opposedViews}, on one sample.
 *
 * @example characterizations(sample).netPositive.length // => 4
 */
export function characterizations(sample: WaveSample): Characterizations {
  return {
    sampleLabel: sample.label,
    netPositive: MULTIVECTOR_CROSS_TABS.map((crossTab) => ({ crossTab, estimate: netPositive(sample, crossTab) })),
    notRussiaOnly: notRussiaOnly(sample),
    notRussiaOnlyAmongSupporters: notRussiaOnly(sample, true),
    opposedViews: opposedViews(sample),
  };
}

/**
 * The rows of output/estimates.csv of {@link characterizations}.
 *
 * @example characterizationEstimates(characterizations(sample)).length // => 7
 */
export function characterizationEstimates(c: Characterizations): Estimate[] {
  return [...c.netPositive.map((n) => n.estimate), c.notRussiaOnly, c.notRussiaOnlyAmongSupporters, c.opposedViews];
}
