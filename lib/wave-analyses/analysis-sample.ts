import type { AnswerCode, ConceptCoding, WaveCodebook } from "../waves/codebook";
import { codingForWave, DEFAULT_CODING } from "../waves/codebook";
import { SCALE_CONCEPTS, WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { poolWaves, waveSample, WaveSample } from "../waves/wave-sample";
import { asksConcepts } from "./evidence-waves";

/**
 * One wave, or several pooled, ready for the memo's analyses: the harmonised
 * sample (design and scale positions, {@link WaveSample}) plus each concept's
 * answers in the project's default codes, so that a wave whose codes differ
 * (its own codebook rows) is tabulated under the same codes as every other.
 */
export interface AnalysisSample {
  /** The wave id, or the wave ids joined by ";" for a pooling. */
  readonly id: string;
  /** For tables and charts: "kz-2019", "kz-2017 + kz-2018 (pooled)", with "(SYNTHETIC)" when it is. */
  readonly label: string;
  readonly waveIds: readonly string[];
  readonly synthetic: boolean;
  readonly sample: WaveSample;
  readonly waves: readonly WaveData[];
  /** Concepts asked by every wave of the sample. */
  readonly concepts: readonly WaveConcept[];
  /** Answers in the default coding ({@link harmonisedCodes}), NaN for a blank; concepts asked by every wave only. */
  readonly codes: ReadonlyMap<WaveConcept, Float64Array>;
  /** The default coding the codes refer to, by concept. */
  readonly coding: ReadonlyMap<WaveConcept, ConceptCoding>;
}

/**
 * Builds an {@link AnalysisSample} from one wave or several (pooled by
 * {@link poolWaves}: strata and PSUs kept apart per wave, weights rescaled to
 * each wave's sample size), in the order given. Throws a RangeError for no
 * wave, and for waves that mix SYNTHETIC and real data: those are never pooled.
 *
 * @example analysisSample([wave2017, wave2018], collection.codebook).label // => "kz-2017-synthetic + kz-2018-synthetic (pooled, SYNTHETIC)"
 */
export function analysisSample(waves: readonly WaveData[], codebook: WaveCodebook): AnalysisSample {
  if (waves.length === 0) throw new RangeError("analysisSample: no wave");
  const synthetic = waves[0].entry.synthetic;
  if (waves.some((wave) => wave.entry.synthetic !== synthetic)) {
    throw new RangeError(`analysisSample: ${waves.map((w) => w.entry.waveId).join(", ")} mix SYNTHETIC and real waves, which are never pooled`);
  }
  if (!codebook.has(DEFAULT_CODING)) throw new RangeError("analysisSample: the codebook has no default coding (applies_to = *)");
  const defaults = codingForWave(codebook, DEFAULT_CODING);
  const waveIds = waves.map((wave) => wave.entry.waveId);
  const concepts = [...defaults.keys()].filter((concept) => waves.every((wave) => asksConcepts(wave, [concept])));
  const codes = new Map<WaveConcept, Float64Array>();
  for (const concept of concepts) {
    const parts = waves.map((wave) => harmonisedCodes(wave, concept, defaults.get(concept)!));
    const joined = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    codes.set(concept, joined);
  }
  const tag = synthetic ? "SYNTHETIC" : "";
  const label = waves.length === 1 ? `${waveIds[0]}${tag ? ` (${tag})` : ""}` : `${waveIds.join(" + ")} (pooled${tag ? `, ${tag}` : ""})`;
  return {
    id: waveIds.join(";"),
    label,
    waveIds,
    synthetic,
    sample: waves.length === 1 ? waveSample(waves[0]) : poolWaves(waves),
    waves,
    concepts,
    codes,
    coding: defaults,
  };
}

/**
 * The answers of one concept in a wave, recoded to the default coding
 * (codebook rows with applies_to = *): a substantive code of a scale concept
 * to the default code with the same scale position; a non-substantive code to
 * the default non-substantive code with the same label (case and spacing
 * ignored: "do not know" and "refused" stay apart), else to the same code if
 * the default has it as non-substantive; a reason code to the default code
 * with the same label, else the same code. A code with no counterpart keeps
 * its own value (it is then tabulated under it). Blanks stay NaN.
 *
 * @throws RangeError when the wave does not ask the concept
 * @example harmonisedCodes(cabLikeWave, "russia_opinion", defaults.get("russia_opinion")!) // its 4 (very favourable) → 1, its 8 (do not know) → 98
 */
export function harmonisedCodes(wave: WaveData, concept: WaveConcept, defaults: ConceptCoding): Float64Array {
  const raw = wave.answers.get(concept);
  const coding = wave.coding.get(concept);
  if (raw === undefined || coding === undefined) throw new RangeError(`harmonisedCodes: wave ${wave.entry.waveId} does not ask ${concept}`);
  const map = new Map(coding.codes.map((answer) => [answer.code, counterpart(answer, concept, defaults)]));
  return Float64Array.from(raw, (code) => (Number.isNaN(code) ? NaN : (map.get(code) ?? code)));
}

function counterpart(answer: AnswerCode, concept: WaveConcept, defaults: ConceptCoding): number {
  const sameLabel = (candidate: AnswerCode) => normalise(candidate.label) === normalise(answer.label);
  if (SCALE_CONCEPTS.includes(concept) && answer.kind === "substantive") {
    return defaults.codes.find((candidate) => candidate.kind === "substantive" && candidate.scalePosition === answer.scalePosition)?.code ?? answer.code;
  }
  const pool = defaults.codes.filter((candidate) => candidate.kind === answer.kind);
  return (pool.find(sameLabel) ?? pool.find((candidate) => candidate.code === answer.code) ?? answer).code;
}

function normalise(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
