import { relationOutcome, RespondentOutcome, weakestOutcome } from "../claims/respondent-verdict";
import { asFactor, surveyCorrelation, surveyOrdinalRegression, surveyPartialCorrelation } from "../survey";
import type { CorrelationEstimate, Predictor } from "../survey";
import type { WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { NON_SUBSTANTIVE_SCALE_CODE, WaveSample } from "../waves/wave-sample";
import type { Estimate } from "./estimates-file";
import { answersOf, AssociationPair } from "./multivector-estimates";

/**
 * The associations behind MV-05, MV-06 and MV-10 (issue 14, items 8 and 10):
 * two items' design-based partial correlation given the opinion of the
 * country's leadership entered as a factor (and the wave, as a factor, when
 * waves are pooled), with sensitivity runs on other scorings, and a
 * proportional-odds model as a check. Every correlation is a row of
 * output/estimates.csv; the ordinal coefficients are shown, not recorded.
 */

/** How the two items and the leadership opinion enter one run. */
export interface AssociationSpecification {
  /** Measure name in output/estimates.csv. */
  readonly measure: string;
  readonly label: string;
  /** The base in output/estimates.csv: "substantive" when "do not know"/refused are left out, "all" when they are scored. */
  readonly base: "substantive" | "all";
  /** Score of a scale position (−2, −1, +1, +2; 0 non-substantive) for the two items; NaN leaves the answer out. */
  readonly score: (position: number) => number;
  /** How leadership opinion enters: a factor of its answers, a factor with "do not know" as a level of its own, a number, or not at all. */
  readonly leadership: "factor" | "factor with do not know" | "number" | "none";
}

const codebookScore = (p: number): number => (p === NON_SUBSTANTIVE_SCALE_CODE ? NaN : p);
const equalSpacing = (p: number): number => (p === NON_SUBSTANTIVE_SCALE_CODE ? NaN : p < 0 ? p + 3 : p + 2);
const midpoint = (p: number): number => (p === NON_SUBSTANTIVE_SCALE_CODE ? 2.5 : equalSpacing(p));

/**
 * The judged specification first, then the sensitivity runs (issue 14, item 8):
 * - "partial_correlation": the codebook's scale positions −2, −1, +1, +2 (the
 *   middle step twice as wide), "do not know"/refused left out, leadership a factor;
 * - "partial_correlation_equal_spacing": the four answers scored 1–4;
 * - "partial_correlation_dk_midpoint": 1–4 with "do not know"/refused at the
 *   midpoint 2.5, kept; leadership's "do not know" a level of its own;
 * - "partial_correlation_leadership_linear": the earlier specification, leadership entered as its score −2…+2;
 * - "correlation": the zero-order correlation on the scale positions, nothing
 *   partialled out (not even the wave: the association MV-10 is about, in the population the pooled waves represent).
 */
export const ASSOCIATION_SPECIFICATIONS: readonly AssociationSpecification[] = [
  { measure: "partial_correlation", label: "partial r, scores −2, −1, +1, +2, leadership a factor", base: "substantive", score: codebookScore, leadership: "factor" },
  { measure: "partial_correlation_equal_spacing", label: "partial r, scores 1–4 (equal spacing)", base: "substantive", score: equalSpacing, leadership: "factor" },
  { measure: "partial_correlation_dk_midpoint", label: "partial r, scores 1–4, do not know at the midpoint", base: "all", score: midpoint, leadership: "factor with do not know" },
  { measure: "partial_correlation_leadership_linear", label: "partial r, leadership entered as a number (earlier specification)", base: "substantive", score: codebookScore, leadership: "number" },
  { measure: "correlation", label: "zero-order r (nothing partialled out, waves pooled as they are)", base: "substantive", score: codebookScore, leadership: "none" },
];

/** The specification MV-05 and MV-06 are judged on. */
export const JUDGED_SPECIFICATION = ASSOCIATION_SPECIFICATIONS[0];

/**
 * Each respondent's wave, 1 … k in the order the waves are pooled (poolWaves
 * concatenates them in that order): the wave fixed effect of a pooled model.
 *
 * @example waveMembership([wave2017, wave2018]) // => Float64Array [1, 1, …, 2, 2, …]
 */
export function waveMembership(waves: readonly WaveData[]): Float64Array {
  const membership = new Float64Array(waves.reduce((n, wave) => n + wave.respondentIds.length, 0));
  let offset = 0;
  waves.forEach((wave, k) => {
    membership.fill(k + 1, offset, offset + wave.respondentIds.length);
    offset += wave.respondentIds.length;
  });
  return membership;
}

/** One correlation of a pair under one specification, with the rule's outcome (r > 0 beyond sampling error). */
export interface AssociationRun {
  readonly specification: AssociationSpecification;
  readonly correlation: CorrelationEstimate;
  /** The terms partialled out, e.g. ["factor(leadership_opinion)-1", …, "factor(wave)2"]. */
  readonly given: readonly string[];
  readonly outcome: RespondentOutcome;
  /** The row of output/estimates.csv (concept "x;y"). */
  readonly row: Estimate;
}

/** The proportional-odds check of one direction: the log odds ratio of a higher answer on the outcome per step of the predictor. */
export interface OrdinalCheck {
  readonly outcome: WaveConcept;
  readonly predictor: WaveConcept;
  readonly estimate: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly pValue: number;
  readonly df: number;
  readonly n: number;
  readonly result: RespondentOutcome;
}

/** Every run of one pair on one sample. */
export interface PairAssociations {
  readonly pair: AssociationPair;
  readonly sampleLabel: string;
  readonly waveIds: readonly string[];
  readonly synthetic: boolean;
  /** One per {@link ASSOCIATION_SPECIFICATIONS}, in order. */
  readonly runs: readonly AssociationRun[];
  /** svyolr(factor(y) ~ x + factor(leadership) [+ factor(wave)]) and the same with x and y swapped. */
  readonly ordinal: readonly OrdinalCheck[];
}

function scored(sample: WaveSample, concept: WaveConcept, score: (p: number) => number): Float64Array {
  return Float64Array.from(answersOf(sample, concept), (p) => (Number.isNaN(p) ? NaN : score(p)));
}

function covariates(sample: WaveSample, spec: AssociationSpecification, wave: Float64Array | null): Record<string, Predictor> {
  const given: Record<string, Predictor> = {};
  if (spec.leadership === "factor") given.leadership_opinion = asFactor(scored(sample, "leadership_opinion", codebookScore));
  else if (spec.leadership === "factor with do not know") given.leadership_opinion = asFactor(scored(sample, "leadership_opinion", (p) => p));
  else if (spec.leadership === "number") given.leadership_opinion = scored(sample, "leadership_opinion", codebookScore);
  if (wave !== null) given.wave = asFactor(wave);
  return given;
}

/**
 * Every specification of {@link ASSOCIATION_SPECIFICATIONS} for one pair on one
 * sample, and the ordinal check in both directions. `waves` are the waves the
 * sample pools, in order: with more than one, the wave enters every model as
 * a factor (wave fixed effects), the waves being independent samples, each
 * with its own strata and PSUs in the pooled design. The partial correlation
 * is {@link surveyPartialCorrelation} (symmetric in the two items; df = degf −
 * terms partialled out); the zero-order one {@link surveyCorrelation}; the
 * ordinal check {@link surveyOrdinalRegression} (R `svyolr`) with the
 * predictor scored 1–4 and t on R's df.residual. Each outcome by
 * {@link relationOutcome}: positive beyond sampling error, negative, or neither.
 *
 * @throws RangeError when the sample does not ask an item or the leadership opinion
 * @example pairAssociations(sample, { x: "russia_opinion", y: "us_opinion" }, waves).runs[0].correlation.estimate
 */
export function pairAssociations(sample: WaveSample, pair: AssociationPair, waves: readonly WaveData[]): PairAssociations {
  const wave = waves.length > 1 ? waveMembership(waves) : null;
  if (wave !== null && wave.length !== sample.respondents) throw new RangeError(`pairAssociations: ${sample.label} holds ${sample.respondents} respondents, its waves ${wave.length}`);
  const runs = ASSOCIATION_SPECIFICATIONS.map((spec): AssociationRun => {
    const x = scored(sample, pair.x, spec.score);
    const y = scored(sample, pair.y, spec.score);
    const given = covariates(sample, spec, wave);
    const correlation = spec.leadership === "none" ? surveyCorrelation(sample.design, x, y) : surveyPartialCorrelation(sample.design, x, y, given);
    const terms = "given" in correlation ? (correlation as { given: string[] }).given : [];
    return {
      specification: spec,
      correlation,
      given: terms,
      outcome: relationOutcome({ estimate: correlation.estimate, lower: correlation.ci.lower, upper: correlation.ci.upper }),
      row: {
        claimIds: [],
        waves: sample.waveIds,
        synthetic: sample.synthetic,
        concept: `${pair.x};${pair.y}`,
        measure: spec.measure,
        domain: "",
        base: spec.base,
        estimate: correlation.estimate,
        se: correlation.se,
        ciLow: correlation.ci.lower,
        ciHigh: correlation.ci.upper,
        df: correlation.df,
        n: correlation.n,
        deff: null,
      },
    };
  });
  const ordinal = ([[pair.y, pair.x], [pair.x, pair.y]] as const).map(([outcome, predictor]): OrdinalCheck => {
    const fit = surveyOrdinalRegression(sample.design, {
      outcome: scored(sample, outcome, equalSpacing),
      predictors: { [predictor]: scored(sample, predictor, equalSpacing), ...covariates(sample, JUDGED_SPECIFICATION, wave) },
    });
    const beta = fit.coefficients.find((c) => c.term === predictor)!;
    return {
      outcome,
      predictor,
      estimate: beta.estimate,
      se: beta.se,
      lower: beta.ci.lower,
      upper: beta.ci.upper,
      pValue: beta.pValue,
      df: fit.df,
      n: fit.n,
      result: relationOutcome({ estimate: beta.estimate, lower: beta.ci.lower, upper: beta.ci.upper }),
    };
  });
  return { pair, sampleLabel: sample.label, waveIds: sample.waveIds, synthetic: sample.synthetic, runs, ordinal };
}

/** The run of one specification (by measure name). */
export function runOf(associations: PairAssociations, measure: string): AssociationRun {
  const run = associations.runs.find((r) => r.specification.measure === measure);
  if (run === undefined) throw new RangeError(`no association run ${measure}`);
  return run;
}

/**
 * Whether a set of pairs (a claim) holds under each specification and under
 * the ordinal check: the weakest pair's outcome each time, and whether it
 * differs from the judged specification's.
 *
 * @example sensitivityOutcomes(pairs).map((s) => `${s.label}: ${s.outcome}`)
 */
export function sensitivityOutcomes(pairs: readonly PairAssociations[]): { readonly label: string; readonly outcome: RespondentOutcome; readonly changes: boolean }[] {
  if (pairs.length === 0) throw new RangeError("sensitivityOutcomes: no pair");
  const judged = weakestOutcome(pairs.map((p) => runOf(p, JUDGED_SPECIFICATION.measure).outcome));
  const partials = ASSOCIATION_SPECIFICATIONS.filter((s) => s.leadership !== "none").map((spec) => {
    const outcome = weakestOutcome(pairs.map((p) => runOf(p, spec.measure).outcome));
    return { label: spec.label, outcome, changes: outcome !== judged };
  });
  const ordinal = weakestOutcome(pairs.flatMap((p) => p.ordinal.map((o) => o.result)));
  return [...partials, { label: "proportional-odds model, both directions (svyolr)", outcome: ordinal, changes: ordinal !== judged }];
}
