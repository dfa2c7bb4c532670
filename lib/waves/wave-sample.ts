import { createSurveyDesign, SurveyDesign } from "../survey";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveData } from "./wave-data";

/** Harmonised code of a non-substantive answer ("do not know", refused) on the scale concepts. */
export const NON_SUBSTANTIVE_SCALE_CODE = 0;

/**
 * Respondents ready for estimation: one wave, or several pooled, with their
 * design and their answers in harmonised codes. Scale concepts hold the scale
 * position (−2, −1, +1, +2), {@link NON_SUBSTANTIVE_SCALE_CODE} for a
 * non-substantive answer and NaN for a blank; reasons keep the wave's codes.
 */
export interface WaveSample {
  /** Wave id, or "pooled" for a pooled sample. */
  readonly id: string;
  /** For tables and charts, e.g. "kz-2019-synthetic (SYNTHETIC)". */
  readonly label: string;
  /** True when any wave in it is synthetic. */
  readonly synthetic: boolean;
  readonly waveIds: readonly string[];
  readonly design: SurveyDesign;
  readonly answers: ReadonlyMap<WaveConcept, Float64Array>;
  /** Respondents kept (after documented exclusions). */
  readonly respondents: number;
}

/**
 * Turns a validated wave into a {@link WaveSample}: answers harmonised through
 * the wave's coding (so waves with different codes can be compared), design
 * R `svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE)`.
 *
 * @example waveSample(wave).design.psuCount // => 150
 */
export function waveSample(wave: WaveData): WaveSample {
  const answers = new Map<WaveConcept, Float64Array>();
  for (const concept of WAVE_CONCEPTS) answers.set(concept, harmonise(wave, concept));
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
 * samples, so each wave's strata are strata of the pooled design), and each
 * wave's weights are rescaled to sum to its number of respondents, so every
 * wave counts in proportion to its sample size whatever the scale of its
 * weights (Kish 1999, "Cumulating/combining population surveys", Survey
 * Methodology 25). Reason codes are pooled as they are, so they must be coded
 * alike in every wave (a RangeError names the first wave that differs).
 *
 * @example poolWaves(waves).respondents // => 4500
 */
export function poolWaves(waves: readonly WaveData[]): WaveSample {
  if (waves.length === 0) throw new RangeError("poolWaves: no wave to pool");
  checkSameReasonCodes(waves);
  const weights: number[] = [];
  const strata: string[] = [];
  const psu: string[] = [];
  for (const wave of waves) {
    const sum = wave.weights.reduce((a, b) => a + b, 0);
    wave.weights.forEach((w, i) => {
      weights.push((w * wave.weights.length) / sum);
      strata.push(`${wave.entry.waveId}|${wave.strata[i]}`);
      psu.push(`${wave.entry.waveId}|${wave.psu[i]}`);
    });
  }
  const answers = new Map<WaveConcept, Float64Array>();
  const samples = waves.map(waveSample);
  for (const concept of WAVE_CONCEPTS) {
    const parts = samples.map((sample) => sample.answers.get(concept)!);
    const joined = new Float64Array(weights.length);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    answers.set(concept, joined);
  }
  const synthetic = waves.some((wave) => wave.entry.synthetic);
  return {
    id: "pooled",
    label: `pooled ${waves.length} wave${waves.length === 1 ? "" : "s"}${synthetic ? " (SYNTHETIC)" : ""}`,
    synthetic,
    waveIds: waves.map((wave) => wave.entry.waveId),
    design: createSurveyDesign({ weights, strata, psu, source: { file: waves.map((wave) => wave.entry.path).join(" + "), weights: "weight (rescaled per wave)", strata: "wave|stratum", psu: "wave|psu" } }),
    answers,
    respondents: weights.length,
  };
}

function checkSameReasonCodes(waves: readonly WaveData[]): void {
  const signature = (wave: WaveData) => JSON.stringify(WAVE_CONCEPTS.filter((c) => !SCALE_CONCEPTS.includes(c)).map((c) => wave.coding.get(c)!.codes.map((code) => [code.code, code.label])));
  const first = signature(waves[0]);
  const different = waves.find((wave) => signature(wave) !== first);
  if (different) throw new RangeError(`poolWaves: the reasons of ${different.entry.waveId} are coded differently from ${waves[0].entry.waveId}; recode them alike before pooling`);
}
