import { createSurveyDesign, SurveyDesign } from "../survey";
import type { LonelyPsuRule } from "../survey/lonely-psu";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveData } from "./wave-data";

/** Harmonised code of a non-substantive answer ("do not know", refused) on the scale concepts. */
export const NON_SUBSTANTIVE_SCALE_CODE = 0;

/**
 * Respondents ready for estimation: one wave, or several pooled, with their
 * design and their answers in harmonised codes. Scale concepts hold the scale
 * position (−2, −1, +1, +2), {@link NON_SUBSTANTIVE_SCALE_CODE} for a
 * non-substantive answer and NaN for a blank; reasons keep the wave's codes.
 * `answers` holds only the concepts asked (in every pooled wave): for any
 * other, `get` returns undefined.
 */
export interface WaveSample {
  /** Wave id, or "pooled" for a pooled sample. */
  readonly id: string;
  /** For tables and charts, e.g. "kz-2019-synthetic (SYNTHETIC)". */
  readonly label: string;
  /** True when the waves in it are synthetic (real and synthetic waves are never pooled). */
  readonly synthetic: boolean;
  readonly waveIds: readonly string[];
  readonly design: SurveyDesign;
  readonly answers: ReadonlyMap<WaveConcept, Float64Array>;
  /** Respondents kept (after documented exclusions), zero-weight respondents included. */
  readonly respondents: number;
}

/**
 * Turns a validated wave into a {@link WaveSample}: answers harmonised through
 * the wave's coding (so waves with different codes can be compared), design
 * R `svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE)`
 * with the manifest's lonely-PSU rule (R `options(survey.lonely.psu = …)`).
 * Zero-weight respondents stay in the design, as in R.
 *
 * @example waveSample(wave).design.psuCount // => 150
 */
export function waveSample(wave: WaveData): WaveSample {
  const answers = new Map<WaveConcept, Float64Array>();
  for (const concept of wave.answers.keys()) answers.set(concept, harmonise(wave, concept));
  const { entry } = wave;
  return {
    id: entry.waveId,
    label: entry.synthetic ? `${entry.waveId} (SYNTHETIC)` : entry.waveId,
    synthetic: entry.synthetic,
    waveIds: [entry.waveId],
    design: createSurveyDesign({
      weights: wave.weights,
      strata: wave.strata,
      psu: wave.psu,
      lonelyPsu: entry.lonelyPsu,
      source: { file: entry.path, weights: entry.weightColumn, strata: entry.strataColumn, psu: entry.psuColumn },
    }),
    answers,
    respondents: wave.respondentIds.length,
  };
}

function harmonise(wave: WaveData, concept: WaveConcept): Float64Array {
  const codes = wave.answers.get(concept)!;
  if (!SCALE_CONCEPTS.includes(concept)) return Float64Array.from(codes);
  const positionOf = new Map(wave.coding.get(concept)!.codes.map((c) => [c.code, c.scalePosition ?? NON_SUBSTANTIVE_SCALE_CODE]));
  return Float64Array.from(codes, (code) => (Number.isNaN(code) ? NaN : positionOf.get(code)!));
}

/**
 * Pools waves into one sample for pooled estimates: strata and PSUs are kept
 * apart per wave (labels prefixed by the wave id: the waves are independent
 * samples, so each wave's strata are strata of the pooled design and the
 * pooled variance is the sum of the waves' variances, no covariance between
 * waves; a model on pooled waves should carry the wave as a factor, as the
 * associations of lib/wave-analyses/association-models.ts do), and each
 * wave's weights are rescaled to sum to its number of respondents with a
 * nonzero weight, so every wave counts in proportion to its sample size
 * whatever the scale of its weights (Kish 1999, "Cumulating/combining
 * population surveys", Survey Methodology 25); zero weights stay 0.
 *
 * The pooled sample has the concepts every pooled wave asks (pool the waves
 * that ask a concept to estimate it). Reason codes are pooled as they are, so
 * they must be coded alike in every wave. Single-PSU strata keep the rule of
 * their wave; waves with single-PSU strata under different rules cannot be
 * pooled into one design (R applies one `survey.lonely.psu` to a design).
 *
 * @throws RangeError for no wave, SYNTHETIC and real waves together (synthetic
 *   data is never pooled with real data), reasons coded differently, or
 *   single-PSU strata under different rules.
 * @example poolWaves(waves).respondents // => 4500
 */
export function poolWaves(waves: readonly WaveData[]): WaveSample {
  if (waves.length === 0) throw new RangeError("poolWaves: no wave to pool");
  const synthetic = waves.filter((wave) => wave.entry.synthetic);
  if (synthetic.length > 0 && synthetic.length < waves.length) {
    throw new RangeError(`poolWaves: SYNTHETIC waves (${synthetic.map((w) => w.entry.waveId).join(", ")}) cannot be pooled with real ones (${waves.filter((w) => !w.entry.synthetic).map((w) => w.entry.waveId).join(", ")})`);
  }
  const concepts = WAVE_CONCEPTS.filter((concept) => waves.every((wave) => wave.answers.has(concept)));
  checkSameReasonCodes(waves, concepts);
  const lonelyPsu = pooledLonelyPsuRule(waves);
  const weights: number[] = [];
  const strata: string[] = [];
  const psu: string[] = [];
  for (const wave of waves) {
    const sum = wave.weights.reduce((a, b) => a + b, 0);
    const weighted = wave.weights.length - wave.zeroWeightRows;
    wave.weights.forEach((w, i) => {
      weights.push((w * weighted) / sum);
      strata.push(`${wave.entry.waveId}|${wave.strata[i]}`);
      psu.push(`${wave.entry.waveId}|${wave.psu[i]}`);
    });
  }
  const answers = new Map<WaveConcept, Float64Array>();
  const samples = waves.map(waveSample);
  for (const concept of concepts) {
    const joined = new Float64Array(weights.length);
    let offset = 0;
    for (const sample of samples) {
      const part = sample.answers.get(concept)!;
      joined.set(part, offset);
      offset += part.length;
    }
    answers.set(concept, joined);
  }
  const isSynthetic = synthetic.length > 0;
  return {
    id: "pooled",
    label: `pooled ${waves.length} wave${waves.length === 1 ? "" : "s"}${isSynthetic ? " (SYNTHETIC)" : ""}`,
    synthetic: isSynthetic,
    waveIds: waves.map((wave) => wave.entry.waveId),
    design: createSurveyDesign({ weights, strata, psu, lonelyPsu, source: { file: waves.map((wave) => wave.entry.path).join(" + "), weights: "weight (rescaled per wave)", strata: "wave|stratum", psu: "wave|psu" } }),
    answers,
    respondents: weights.length,
  };
}

/** The rule of the pooled design: the one rule of the waves that have single-PSU strata ("fail" when none has). */
function pooledLonelyPsuRule(waves: readonly WaveData[]): LonelyPsuRule {
  const rules = new Set(waves.filter(hasLonelyStratum).map((wave) => wave.entry.lonelyPsu));
  if (rules.size > 1) throw new RangeError(`poolWaves: waves with single-PSU strata use different lonely_psu rules (${[...rules].join(", ")}); one pooled design takes one rule, so give them the same rule in the manifest`);
  return rules.size === 1 ? [...rules][0] : "fail";
}

function hasLonelyStratum(wave: WaveData): boolean {
  const psusOfStratum = new Map<string, Set<string>>();
  wave.strata.forEach((stratum, i) => {
    const psus = psusOfStratum.get(stratum) ?? new Set<string>();
    psus.add(wave.psu[i]);
    psusOfStratum.set(stratum, psus);
  });
  return [...psusOfStratum.values()].some((psus) => psus.size < 2);
}

function checkSameReasonCodes(waves: readonly WaveData[], concepts: readonly WaveConcept[]): void {
  const reasons = concepts.filter((c) => !SCALE_CONCEPTS.includes(c));
  const signature = (wave: WaveData) => JSON.stringify(reasons.map((c) => wave.coding.get(c)!.codes.map((code) => [code.code, code.label])));
  const first = signature(waves[0]);
  const different = waves.find((wave) => signature(wave) !== first);
  if (different) throw new RangeError(`poolWaves: the reasons of ${different.entry.waveId} are coded differently from ${waves[0].entry.waveId}; recode them alike before pooling`);
}
