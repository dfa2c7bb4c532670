import { classifyAnswerLabel, describeAnswerLabelMeaning, labelContradiction } from "./answer-label-meaning";
import { NOT_ASKED } from "./codebook";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveData } from "./wave-data";

/** What the file's own label of a code says against the codebook's reading: a column of {@link codingTable}. */
export type LabelCheck =
  | "agrees"
  | "not recognised: review"
  | "no label in the file"
  | "file has no labels (CSV)"
  | "in the file only"
  | "contradicts the codebook"
  | "–";

/** One answer code of one concept as a wave is read, with the file's own label beside the codebook's: a row of {@link codingTable}. */
export interface CodingRow {
  readonly wave: string;
  readonly concept: string;
  /** The column in the wave file; "" for a concept the wave does not ask. */
  readonly question_id: string;
  /** Null for a concept the wave does not ask. */
  readonly code: number | null;
  /** The codebook's label ("" for a code only the file labels); for a concept not asked, the codebook's note. */
  readonly label: string;
  readonly kind: "substantive" | "nonsubstantive" | typeof NOT_ASKED | "";
  /** −2 … +2 on the balanced scales; null for non-substantive codes, unordered items and concepts not asked. */
  readonly scale_position: number | null;
  /** The value label the wave file (SPSS) gives the code; null when it gives none (always for CSV). */
  readonly file_label: string | null;
  /** How the file's label reads ("positive, strong", "do not know / refused / no answer", "not recognised"); "" without one. */
  readonly file_label_reads: string;
  readonly label_check: LabelCheck;
  /** "*" for the codebook's default coding, or the wave id of the wave's own rows. */
  readonly coding: string;
}

/**
 * The coding each wave was read with, one row per wave, concept and answer
 * code, in concept and codebook order: what a reviewer checks against the
 * wave's questionnaire. Beside each codebook label stands the file's own
 * value label for the code (SPSS files; CSV files have none), how that label
 * reads, and whether it agrees with the codebook's reading (a contradiction
 * never gets here: loading refuses it; "not recognised: review" is a label
 * whose wording the classifier does not know). Codes the file labels but the
 * codebook does not list come after the concept's codes ("in the file
 * only": no respondent has them, or loading would have refused the wave). A
 * concept the wave does not ask is one row of kind "not asked". Labels are
 * shown as text (display helpers escape them).
 *
 * @example codingTable(waves).filter((r) => r.concept === "russia_opinion").length // => 6 per wave (4 answers, "do not know", refused)
 */
export function codingTable(waves: readonly WaveData[]): CodingRow[] {
  return waves.flatMap((wave) => WAVE_CONCEPTS.flatMap((concept) => conceptRows(wave, concept)));
}

function conceptRows(wave: WaveData, concept: WaveConcept): CodingRow[] {
  const waveId = wave.entry.waveId;
  const coding = wave.coding.get(concept);
  if (coding === undefined) {
    const notAsked = wave.notAsked.find((n) => n.concept === concept);
    if (notAsked === undefined) return [];
    return [{ wave: waveId, concept, question_id: "", code: null, label: notAsked.note, kind: NOT_ASKED, scale_position: null, file_label: null, file_label_reads: "", label_check: "–", coding: notAsked.appliesTo }];
  }
  const isCsv = wave.entry.format === "csv";
  const fileLabels = new Map((wave.fileValueLabels.get(concept) ?? []).map((label) => [label.code, label.label]));
  const scaled = SCALE_CONCEPTS.includes(concept);
  const rows: CodingRow[] = coding.codes.map((answer) => {
    const fileLabel = fileLabels.get(answer.code) ?? null;
    const meaning = fileLabel === null ? null : classifyAnswerLabel(fileLabel);
    const check: LabelCheck =
      meaning === null
        ? isCsv ? "file has no labels (CSV)" : "no label in the file"
        : meaning.kind === "unrecognised"
          ? "not recognised: review"
          : labelContradiction(meaning, { kind: answer.kind, scalePosition: scaled ? answer.scalePosition : null }) === null
            ? "agrees"
            : "contradicts the codebook";
    return {
      wave: waveId,
      concept,
      question_id: coding.questionId,
      code: answer.code,
      label: answer.label,
      kind: answer.kind,
      scale_position: answer.scalePosition,
      file_label: fileLabel,
      file_label_reads: meaning === null ? "" : describeAnswerLabelMeaning(meaning),
      label_check: check,
      coding: coding.appliesTo,
    };
  });
  const listed = new Set(coding.codes.map((answer) => answer.code));
  for (const [code, fileLabel] of fileLabels) {
    if (listed.has(code)) continue;
    rows.push({
      wave: waveId,
      concept,
      question_id: coding.questionId,
      code,
      label: "",
      kind: "",
      scale_position: null,
      file_label: fileLabel,
      file_label_reads: describeAnswerLabelMeaning(classifyAnswerLabel(fileLabel)),
      label_check: "in the file only",
      coding: coding.appliesTo,
    });
  }
  return rows;
}

/**
 * The label of each answer code of one concept as a wave is read (its
 * codebook rows): code → label. Throws a RangeError when the wave has no
 * coding for the concept (it does not ask it).
 *
 * @example answerLabels(wave, "russia_positive_reason_1").get(1) // => "RU domestic qualities"
 */
export function answerLabels(wave: WaveData, concept: WaveConcept): Map<number, string> {
  const coding = wave.coding.get(concept);
  if (coding === undefined) throw new RangeError(`answerLabels: wave ${wave.entry.waveId} has no coding for ${concept}`);
  return new Map(coding.codes.map((answer) => [answer.code, answer.label]));
}
