import { DataError } from "../io/data-error";
import { TableSchema } from "../io/table-schema";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import { loadWaveTable } from "./wave-table-file";

/** Project-relative path of the wave codebook. */
export const WAVE_CODEBOOK_FILE = "data/waves/codebook.csv";

/** `applies_to` value of the default coding, used by every wave without rows of its own for a concept. */
export const DEFAULT_CODING = "*";

/** `kind` of a codebook row that says a wave does not ask a concept (one row, no code). */
export const NOT_ASKED = "not asked";

/** Kinds of codebook rows: an answer code (substantive or not), or the one row of a concept a wave does not ask. */
export const CODEBOOK_KINDS = ["substantive", "nonsubstantive", NOT_ASKED] as const;

/** Contract of `data/waves/codebook.csv`: one row per (coding, concept, answer code), or one "not asked" row per (coding, concept). */
export const WAVE_CODEBOOK_SCHEMA: TableSchema = {
  columns: {
    applies_to: { type: "string" },
    concept: { type: "string", values: WAVE_CONCEPTS },
    question_id: { type: "string", optional: true },
    wording: { type: "string" },
    code: { type: "integer", optional: true },
    label: { type: "string", optional: true },
    kind: { type: "string", values: CODEBOOK_KINDS },
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
  /** 1-based data row of the code in the codebook, for messages. */
  readonly codebookRow: number;
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

/** A concept that a coding says is not asked (a codebook row of kind "not asked"). Plain data. */
export interface NotAskedConcept {
  readonly concept: WaveConcept;
  readonly notAsked: true;
  /** The row's wording and label, e.g. "no question on reasons in this wave's questionnaire". */
  readonly note: string;
  readonly appliesTo: string;
  readonly codebookRow: number;
}

/** What a coding says of one concept: how it is asked and coded, or that it is not asked. */
export type ConceptEntry = ConceptCoding | NotAskedConcept;

/** The whole codebook: entries by `applies_to` then concept. */
export type WaveCodebook = ReadonlyMap<string, ReadonlyMap<WaveConcept, ConceptEntry>>;

/**
 * True when the entry says the concept is not asked.
 *
 * @example isNotAsked({ concept: "eeu_benefit", notAsked: true, note: "", appliesTo: "kz-2018", codebookRow: 70 }) // => true
 */
export function isNotAsked(entry: ConceptEntry): entry is NotAskedConcept {
  return "notAsked" in entry;
}

interface CodebookRow {
  applies_to: string;
  concept: WaveConcept;
  question_id: string;
  wording: string;
  code: number;
  label: string;
  kind: (typeof CODEBOOK_KINDS)[number];
  scale_position: number;
}

/**
 * Loads and validates the wave codebook. Rows with `applies_to = "*"` are the
 * default coding and must cover every concept of {@link WAVE_CONCEPTS}; rows
 * with a wave id override the default for that wave, concept by concept
 * (a wave whose question ids or codes differ adds rows for just those
 * concepts). Within a coding, a concept has one question id and one wording;
 * scale concepts have exactly the substantive positions −2, −1, +1, +2 and
 * non-substantive codes without a position; reasons have no positions.
 *
 * A concept a wave does not ask is one row of kind "not asked" (no question
 * id, code or position; wording and label may say why), and no other row of
 * that concept in the same coding: the wave then has no answers for it, and
 * every estimate that needs it leaves the wave out. Answer rows need a
 * question id, a code and a label.
 *
 * @throws DataError naming the codebook, row and column of the first problem.
 * @example
 * codingForWave(loadWaveCodebook(), "kz-2019-synthetic").get("russia_opinion")?.questionId // => "q_opinion_russia"
 */
export function loadWaveCodebook(file: string = WAVE_CODEBOOK_FILE): WaveCodebook {
  const rows = loadWaveTable(file, WAVE_CODEBOOK_SCHEMA) as unknown as CodebookRow[];
  const codebook = new Map<string, Map<WaveConcept, ConceptEntry & { codes?: AnswerCode[] }>>();
  rows.forEach((row, index) => {
    const codebookRow = index + 1;
    const at = (column: string) => ({ file, row: codebookRow, column });
    const coding = codebook.get(row.applies_to) ?? new Map();
    codebook.set(row.applies_to, coding);
    const existing = coding.get(row.concept);
    const where = `${row.concept} (applies_to ${row.applies_to})`;
    if (row.kind === NOT_ASKED) {
      for (const column of ["question_id", "code", "scale_position"] as const) {
        if (row[column] !== "" && !Number.isNaN(row[column])) throw new DataError("value-range", at(column), `a "${NOT_ASKED}" row has no ${column}: it says the wave has no question for ${row.concept}`);
      }
      if (existing !== undefined) throw new DataError("key-duplicate", at("kind"), `${where} is "${NOT_ASKED}" here but has answer codes from row ${firstRowOf(existing)}; a concept is either asked (its codes) or not asked (one row)`);
      coding.set(row.concept, { concept: row.concept, notAsked: true, note: [row.wording, row.label].filter((text) => text !== "").join(": "), appliesTo: row.applies_to, codebookRow });
      return;
    }
    const answer = toAnswerCode(row, codebookRow, file);
    if (existing === undefined) {
      coding.set(row.concept, { concept: row.concept, questionId: row.question_id, wording: row.wording, codes: [answer], appliesTo: row.applies_to });
      return;
    }
    if (isNotAsked(existing)) throw new DataError("key-duplicate", at("kind"), `${where} is "${NOT_ASKED}" in row ${existing.codebookRow}; a concept is either asked (its codes) or not asked (one row)`);
    for (const [column, value, expected] of [["question_id", row.question_id, existing.questionId], ["wording", row.wording, existing.wording]] as const) {
      if (value !== expected) throw new DataError("value-range", at(column), `${where} has ${column} ${JSON.stringify(expected)} in row ${firstRowOf(existing)}; one concept has one ${column} per coding`);
    }
    (existing.codes as AnswerCode[]).push(answer);
  });
  const defaults = codebook.get(DEFAULT_CODING);
  const missing = WAVE_CONCEPTS.filter((concept) => !defaults?.has(concept));
  if (missing.length > 0) throw new DataError("value-missing", { file, column: "concept" }, `the default coding (applies_to "*") lacks ${missing.join(", ")} (give its codes, or one "${NOT_ASKED}" row)`);
  for (const coding of codebook.values()) for (const entry of coding.values()) if (!isNotAsked(entry)) checkScale(entry, file);
  return codebook;
}

function firstRowOf(entry: ConceptEntry): number {
  return isNotAsked(entry) ? entry.codebookRow : entry.codes[0].codebookRow;
}

function toAnswerCode(row: CodebookRow, codebookRow: number, file: string): AnswerCode {
  const at = (column: string) => ({ file, row: codebookRow, column });
  if (row.question_id === "") throw new DataError("value-missing", at("question_id"), `an answer code of ${row.concept} needs the question id (the column in the wave file); a concept the wave does not ask is one row of kind "${NOT_ASKED}"`);
  if (Number.isNaN(row.code)) throw new DataError("value-missing", at("code"), `a ${row.kind} row needs its answer code`);
  if (row.label === "") throw new DataError("value-missing", at("label"), "an answer code needs its label");
  const kind = row.kind as AnswerCode["kind"];
  const scalePosition = Number.isNaN(row.scale_position) ? null : row.scale_position;
  const isScale = SCALE_CONCEPTS.includes(row.concept);
  if (isScale && kind === "substantive" && (scalePosition === null || scalePosition === 0)) {
    throw new DataError("value-range", at("scale_position"), `a substantive code of ${row.concept} needs a scale position −2, −1, +1 or +2`);
  }
  if ((!isScale || kind === "nonsubstantive") && scalePosition !== null) {
    throw new DataError("value-range", at("scale_position"), `${kind === "nonsubstantive" ? "a non-substantive code" : `an answer of ${row.concept}`} has no scale position`);
  }
  return { code: row.code, label: row.label, kind, scalePosition, codebookRow };
}

function checkScale(coding: ConceptCoding, file: string): void {
  if (!SCALE_CONCEPTS.includes(coding.concept)) return;
  const positions = coding.codes.filter((c) => c.scalePosition !== null).map((c) => c.scalePosition as number).sort((a, b) => a - b);
  if (positions.join() !== "-2,-1,1,2") {
    throw new DataError("value-range", { file, column: "scale_position" }, `${coding.concept} (applies_to ${coding.appliesTo}) must have scale positions -2, -1, 1, 2 once each; found ${positions.join(", ") || "none"}`);
  }
}

/**
 * What the codebook says of every concept for one wave: the wave's own rows
 * where it has them, the default coding otherwise; each entry is a coding or
 * "not asked".
 *
 * @example conceptEntriesForWave(codebook, "kz-2019-synthetic").size // => 10
 */
export function conceptEntriesForWave(codebook: WaveCodebook, waveId: string): ReadonlyMap<WaveConcept, ConceptEntry> {
  const own = codebook.get(waveId);
  const defaults = codebook.get(DEFAULT_CODING)!;
  return new Map(WAVE_CONCEPTS.map((concept) => [concept, own?.get(concept) ?? defaults.get(concept)!]));
}

/**
 * The coding of every concept one wave asks (the wave's own rows where it has
 * them, the default coding otherwise), in concept order. A concept the wave
 * does not ask (a "not asked" row) is absent: `get` returns undefined.
 *
 * @example codingForWave(codebook, "kz-2019-synthetic").size // => 10
 */
export function codingForWave(codebook: WaveCodebook, waveId: string): ReadonlyMap<WaveConcept, ConceptCoding> {
  const asked = new Map<WaveConcept, ConceptCoding>();
  for (const [concept, entry] of conceptEntriesForWave(codebook, waveId)) if (!isNotAsked(entry)) asked.set(concept, entry);
  return asked;
}

/**
 * The concepts one wave does not ask, with the codebook's note, in concept order.
 *
 * @example notAskedForWave(codebook, "cab-2021").map((n) => n.concept) // => ["russia_positive_reason_1", "russia_positive_reason_2"]
 */
export function notAskedForWave(codebook: WaveCodebook, waveId: string): NotAskedConcept[] {
  return [...conceptEntriesForWave(codebook, waveId).values()].filter(isNotAsked);
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

