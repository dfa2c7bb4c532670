import type { WaveConcept } from "./concepts";
import type { WaveData } from "./wave-data";

/** One answer code of one concept as a wave is read: a row of {@link codingTable}. */
export interface CodingRow {
  readonly wave: string;
  readonly concept: string;
  readonly question_id: string;
  readonly code: number;
  readonly label: string;
  readonly kind: "substantive" | "nonsubstantive";
  /** −2 … +2 on the balanced scales; null for non-substantive codes and unordered items. */
  readonly scale_position: number | null;
  /** "*" for the codebook's default coding, or the wave id of the wave's own rows. */
  readonly coding: string;
}

/**
 * The coding each wave was read with, one row per wave, concept and answer
 * code, in codebook order: what a reviewer checks against the wave's
 * questionnaire. Labels come from data/waves/codebook.csv and are shown as
 * text (display helpers escape them).
 *
 * @example codingTable(waves).filter((r) => r.concept === "russia_opinion").length // => 6 per wave (4 answers, "do not know", refused)
 */
export function codingTable(waves: readonly WaveData[]): CodingRow[] {
  return waves.flatMap((wave) =>
    [...wave.coding.values()].flatMap((coding) =>
      coding.codes.map((answer) => ({
        wave: wave.entry.waveId,
        concept: coding.concept,
        question_id: coding.questionId,
        code: answer.code,
        label: answer.label,
        kind: answer.kind,
        scale_position: answer.scalePosition,
        coding: coding.appliesTo,
      })),
    ),
  );
}

/**
 * The label of each answer code of one concept as a wave is read (its
 * codebook rows): code → label. Throws a RangeError when the wave has no
 * coding for the concept.
 *
 * @example answerLabels(wave, "russia_positive_reason_1").get(1) // => "RU domestic qualities"
 */
export function answerLabels(wave: WaveData, concept: WaveConcept): Map<number, string> {
  const coding = wave.coding.get(concept);
  if (coding === undefined) throw new RangeError(`answerLabels: wave ${wave.entry.waveId} has no coding for ${concept}`);
  return new Map(coding.codes.map((answer) => [answer.code, answer.label]));
}
