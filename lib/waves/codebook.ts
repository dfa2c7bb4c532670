import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";

/** Project-relative path of the wave codebook. */
export const WAVE_CODEBOOK_FILE = "data/waves/codebook.csv";

/** `applies_to` value of the default coding, used by every wave without rows of its own for a concept. */
export const DEFAULT_CODING = "*";

/** Contract of `data/waves/codebook.csv`: one row per (coding, concept, answer code). */
export const WAVE_CODEBOOK_SCHEMA: TableSchema = {
  columns: {
    applies_to: { type: "string" },
    concept: { type: "string", values: WAVE_CONCEPTS },
    question_id: { type: "string" },
    wording: { type: "string" },
    code: { type: "integer" },
    label: { type: "string" },
    kind: { type: "string", values: ["substantive", "nonsubstantive"] },
    scale_position: { type: "integer", optional: true, min: -2, max: 2 },
  },
  key: ["applies_to", "concept", "code"],
};

/** One answer code of a concept. */
export interface AnswerCode {
  readonly code: number;
  readonly label: string;
  readonly kind: "substantive" | "nonsubstantive";
  /** −2, −1, +1, +2 on the balanced scales; null for non-substantive codes and for unordered items (reasons). */
  readonly scalePosition: number | null;
}

/** How one concept is asked and coded in a wave. Plain data. */
export interface ConceptCoding {
  readonly concept: WaveConcept;
  /** Column of the concept in the wave file. */
  readonly questionId: string;
  /** Short description of the question (not CAB's verbatim wording). */
  readonly wording: string;
  readonly codes: readonly AnswerCode[];
  /** "*" (default coding) or the wave id whose own rows these are. */
  readonly appliesTo: string;
}

/** The whole codebook: codings by `applies_to` then concept. */
export type WaveCodebook = ReadonlyMap<string, ReadonlyMap<WaveConcept, ConceptCoding>>;

/**
 * Loads and validates the wave codebook. Rows with `applies_to = "*"` are the
 * default coding and must cover every concept of {@link WAVE_CONCEPTS}; rows
 * with a wave id override the default for that wave, concept by concept
 * (a wave whose question ids or codes differ adds rows for just those
 * concepts). Within a coding, a concept has one question id and one wording;
 * scale concepts have exactly the substantive positions −2, −1, +1, +2 and
 * non-substantive codes without a position; reasons have no positions.
 *
 * @throws DataError naming the codebook, row and column of the first problem.
 * @example
 * codingForWave(loadWaveCodebook(), "kz-2019-synthetic").get("russia_opinion")?.questionId // => "q_opinion_russia"
 */
export function loadWaveCodebook(file: string = WAVE_CODEBOOK_FILE): WaveCodebook {
  const rows = loadTidyCsv(file, WAVE_CODEBOOK_SCHEMA).objects() as {
    applies_to: string;
    concept: WaveConcept;
    question_id: string;
    wording: string;
    code: number;
    label: string;
    kind: "substantive" | "nonsubstantive";
    scale_position: number;
  }[];
  const codebook = new Map<string, Map<WaveConcept, ConceptCoding & { codes: AnswerCode[] }>>();
  const firstRow = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = (column: string) => ({ file, row: index + 1, column });
    const scalePosition = Number.isNaN(row.scale_position) ? null : row.scale_position;
    const isScale = SCALE_CONCEPTS.includes(row.concept);
    if (isScale && row.kind === "substantive" && (scalePosition === null || scalePosition === 0)) {
      throw new DataError("value-range", at("scale_position"), `a substantive code of ${row.concept} needs a scale position −2, −1, +1 or +2`);
    }
    if ((!isScale || row.kind === "nonsubstantive") && scalePosition !== null) {
      throw new DataError("value-range", at("scale_position"), `${row.kind === "nonsubstantive" ? "a non-substantive code" : `an answer of ${row.concept}`} has no scale position`);
    }
    const coding = codebook.get(row.applies_to) ?? new Map();
    codebook.set(row.applies_to, coding);
    const existing = coding.get(row.concept);
    if (existing === undefined) {
      coding.set(row.concept, { concept: row.concept, questionId: row.question_id, wording: row.wording, codes: [], appliesTo: row.applies_to });
      firstRow.set(`${row.applies_to}|${row.concept}`, index + 1);
    } else {
      for (const [column, value, expected] of [["question_id", row.question_id, existing.questionId], ["wording", row.wording, existing.wording]] as const) {
        if (value !== expected) throw new DataError("value-range", at(column), `${row.concept} (applies_to ${row.applies_to}) has ${column} ${JSON.stringify(expected)} in row ${firstRow.get(`${row.applies_to}|${row.concept}`)}; one concept has one ${column} per coding`);
      }
    }
    coding.get(row.concept)!.codes.push({ code: row.code, label: row.label, kind: row.kind, scalePosition });
  });
  const defaults = codebook.get(DEFAULT_CODING);
  const missing = WAVE_CONCEPTS.filter((concept) => !defaults?.has(concept));
  if (missing.length > 0) throw new DataError("value-missing", { file, column: "concept" }, `the default coding (applies_to "*") lacks ${missing.join(", ")}`);
  for (const coding of codebook.values()) for (const concept of coding.values()) checkScale(concept, file);
  return codebook;
}

function checkScale(coding: ConceptCoding, file: string): void {
  if (!SCALE_CONCEPTS.includes(coding.concept)) return;
  const positions = coding.codes.filter((c) => c.scalePosition !== null).map((c) => c.scalePosition as number).sort((a, b) => a - b);
  if (positions.join() !== "-2,-1,1,2") {
    throw new DataError("value-range", { file, column: "scale_position" }, `${coding.concept} (applies_to ${coding.appliesTo}) must have scale positions -2, -1, 1, 2 once each; found ${positions.join(", ") || "none"}`);
  }
}

/**
 * The coding of every concept for one wave: the wave's own rows where it has
 * them, the default coding otherwise.
 *
 * @example codingForWave(codebook, "kz-2019-synthetic").size // => 10
 */
export function codingForWave(codebook: WaveCodebook, waveId: string): ReadonlyMap<WaveConcept, ConceptCoding> {
  const own = codebook.get(waveId);
  const defaults = codebook.get(DEFAULT_CODING)!;
  return new Map(WAVE_CONCEPTS.map((concept) => [concept, own?.get(concept) ?? defaults.get(concept)!]));
}

/**
 * Checks that every `applies_to` of the codebook is "*" or a wave of the manifest
 * (a typo would otherwise silently leave a wave on the default coding).
 *
 * @throws DataError naming the codebook and the `applies_to` column.
 * @example checkCodebookWaves(codebook, ["kz-2019-synthetic"], "data/waves/codebook.csv")
 */
export function checkCodebookWaves(codebook: WaveCodebook, waveIds: readonly string[], file: string = WAVE_CODEBOOK_FILE): void {
  for (const appliesTo of codebook.keys()) {
    if (appliesTo !== DEFAULT_CODING && !waveIds.includes(appliesTo)) {
      throw new DataError("value-unknown-code", { file, column: "applies_to" }, `applies_to ${JSON.stringify(appliesTo)} is neither "*" nor a wave of the manifest (${waveIds.join(", ")})`);
    }
  }
}

/** Codes of a coding that are non-substantive ("do not know", refused). @example nonSubstantiveCodes(coding) // => [98, 99] */
export function nonSubstantiveCodes(coding: ConceptCoding): number[] {
  return coding.codes.filter((c) => c.kind === "nonsubstantive").map((c) => c.code);
}

