import * as path from "node:path";
import { DataError } from "../io/data-error";
import { formatCsvField } from "../io/format-csv";
import { openSav, SavReadError, SavVariable } from "../spss";
import { classifyAnswerLabel, describeAnswerLabelMeaning, impliedScalePosition, labelContradiction } from "./answer-label-meaning";
import { DEFAULT_CODING, isNotAsked, NOT_ASKED, WaveCodebook } from "./codebook";
import { CONCEPT_WORDING, conceptsOfLabel, DESIGN_COLUMN_CUES, KAZAKHSTAN, KNOWN_CAB_ITEM_NAMES } from "./concept-cues";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import { readCsvWave, guessDelimiter } from "./read-csv-wave";
import { savReadErrorToDataError } from "./read-sav-wave";
import { readWaveFileBytes } from "./wave-file-access";

/** The columns of data/waves/codebook.csv, in order. */
export const CODEBOOK_COLUMNS = ["applies_to", "concept", "question_id", "wording", "code", "label", "kind", "scale_position"] as const;

/** One drafted codebook row: the codebook's columns as text ("" = empty, to be filled in where the review says). */
export type DraftCodebookRow = Readonly<Record<(typeof CODEBOOK_COLUMNS)[number], string>>;

/** One variable of the file as the drafter sees it. */
interface FileVariable {
  readonly name: string;
  readonly label: string | null;
  /** Numeric value labels. */
  readonly valueLabels: ReadonlyMap<number, string>;
  /** Declared user-missing codes (SPSS). */
  readonly missing: (code: number) => boolean;
}

/** Where the drafter placed a concept, and why. */
export interface ConceptPlacement {
  readonly concept: WaveConcept;
  readonly variable: string;
  /** "known CAB item name", "question id of the codebook (coding …)", or "variable label …". */
  readonly why: string;
  /** Other variables that matched the concept less well, for the review. */
  readonly alternatives: readonly string[];
}

/** The distinct values of one column (CSV) with their counts, most frequent first (at most 30). */
export interface DistinctCodes {
  readonly column: string;
  readonly values: readonly { readonly value: string; readonly rows: number }[];
  readonly more: number;
}

/** What draft-codebook proposes for one wave file. Plain data. */
export interface CodebookDraft {
  readonly file: string;
  readonly waveId: string;
  readonly format: "csv" | "sav" | "zsav";
  readonly cases: number;
  /** The file's encoding as read (SPSS), "UTF-8" for CSV. */
  readonly encoding: string;
  readonly rows: readonly DraftCodebookRow[];
  readonly placements: readonly ConceptPlacement[];
  /** Concepts no variable could be placed on (drafted as "not asked" rows, to confirm). */
  readonly notPlaced: readonly WaveConcept[];
  /** Points a person must settle before the rows go into the codebook. */
  readonly review: readonly string[];
  /** A manifest row to start from: guessed columns, `<…>` where a person must fill in. */
  readonly manifestRow: Readonly<Record<string, string>>;
  /** CSV files: the distinct codes of every column. */
  readonly distinctCodes: readonly DistinctCodes[];
}

/** Options of {@link draftCodebook}. */
export interface DraftCodebookOptions {
  /** The wave id the rows apply to; default from the file name ("CAB 2021.sav" → "cab-2021"). */
  readonly waveId?: string;
  /** The data folder's codebook: its question ids are known item names too. */
  readonly codebook?: WaveCodebook;
}

/**
 * Drafts codebook rows for a wave file, for a person to review before they
 * go into data/waves/codebook.csv (nothing is written):
 *
 * - which variable holds each concept: a known CAB item name (OpinionRussia,
 *   E1b, …; lib/waves/concept-cues.ts), a question id the codebook already
 *   uses, or the variable label's wording in English, Russian or Kazakh;
 * - for an SPSS file, the rows of each placed concept from its value labels:
 *   kind ("do not know", refused and labels declared user-missing are
 *   non-substantive) and, on the scales, the scale position from each
 *   label's direction and strength ({@link classifyAnswerLabel}), so a scale
 *   coded 1 = very unfavourable is drafted the right way round. A label
 *   not recognised, a code in the data without a label, or a scale that is
 *   not four positions leaves `kind` or `scale_position` empty, which the
 *   codebook refuses until a person fills it in;
 * - for a CSV file (no labels), the distinct codes of every column, and rows
 *   for the placed concepts with label and kind left empty;
 * - concepts it could not place as "not asked" rows, listed for the review;
 * - a manifest row with the design columns guessed (totwt for the weight,
 *   names and labels for id, strata and PSU; a country variable labelling
 *   Kazakhstan as the filter, by its label).
 *
 * @throws DataError for a file that cannot be read (missing, not a regular file, too large, not a wave file).
 * @example (await draftCodebook("cab-2021.sav")).rows.filter((r) => r.concept === "russia_opinion").map((r) => r.scale_position) // => ["2", "1", "-1", "-2", "", ""]
 */
export async function draftCodebook(file: string, options: DraftCodebookOptions = {}): Promise<CodebookDraft> {
  const waveId = options.waveId ?? waveIdFromFile(file);
  const format = fileFormat(file);
  const read = format === "csv" ? readCsvVariables(file) : readSavVariables(file);
  const review: string[] = [];
  const placements = placeConcepts(read.variables, options.codebook);
  const rows: DraftCodebookRow[] = [];
  for (const concept of WAVE_CONCEPTS) {
    const placement = placements.find((p) => p.concept === concept);
    if (placement === undefined) {
      rows.push(row(waveId, concept, "", "", `draft-codebook found no question for it in ${path.basename(file)}`, NOT_ASKED, ""));
      continue;
    }
    const variable = read.variables.find((v) => v.name === placement.variable)!;
    rows.push(...conceptRows(waveId, concept, variable, read.observed(variable.name), format === "csv", review));
    noteDefaultCoding(concept, variable, read.observed(variable.name), options.codebook, review);
  }
  const notPlaced = WAVE_CONCEPTS.filter((concept) => !placements.some((p) => p.concept === concept));
  if (notPlaced.length > 0) review.push(`could not place ${notPlaced.join(", ")}: drafted as "${NOT_ASKED}"; check the questionnaire, and if the wave asks them, replace each row with its codes`);
  for (const placement of placements) if (placement.alternatives.length > 0) review.push(`${placement.concept}: placed on ${placement.variable} (${placement.why}); also matched ${placement.alternatives.join(", ")}`);
  return {
    file,
    waveId,
    format,
    cases: read.cases,
    encoding: read.encoding,
    rows,
    placements,
    notPlaced,
    review,
    manifestRow: suggestManifestRow(file, waveId, format, read),
    distinctCodes: format === "csv" ? read.variables.map((v) => distinctCodes(v.name, read.observed(v.name))) : [],
  };
}

/**
 * The drafted rows as CSV text with the codebook's header (RFC 4180; labels
 * as the file gives them, quoted where needed).
 *
 * @example formatDraftRows(draft.rows).split("\n")[0] // => "applies_to,concept,question_id,wording,code,label,kind,scale_position"
 */
export function formatDraftRows(rows: readonly DraftCodebookRow[]): string {
  const lines = [CODEBOOK_COLUMNS.join(","), ...rows.map((r) => CODEBOOK_COLUMNS.map((column) => formatCsvField(r[column])).join(","))];
  return `${lines.join("\n")}\n`;
}

/**
 * A wave id from a file name: lower-case letters, digits and hyphens.
 *
 * @example waveIdFromFile("data/waves/CAB 2021_KZ.sav") // => "cab-2021-kz"
 */
export function waveIdFromFile(file: string): string {
  const id = path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id === "" ? "new-wave" : id;
}

interface ReadVariables {
  readonly variables: readonly FileVariable[];
  readonly cases: number;
  readonly encoding: string;
  /** Counts of each value held by a variable (numbers as text). */
  readonly observed: (name: string) => ReadonlyMap<string, number>;
}

function fileFormat(file: string): "csv" | "sav" | "zsav" {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".csv" || extension === ".sav" || extension === ".zsav") return extension.slice(1) as "csv" | "sav" | "zsav";
  throw new DataError("format", { file }, `draft-codebook reads .sav, .zsav and .csv files; ${JSON.stringify(extension || "no extension")} is neither`);
}

function readSavVariables(file: string): ReadVariables {
  const bytes = readWaveFileBytes(file);
  try {
    const sav = openSav(bytes, { fileName: file });
    const data = sav.readCases();
    const counts = new Map<string, Map<string, number>>();
    for (const column of data.columns) {
      const tally = new Map<string, number>();
      for (const value of Array.from(column.values as ArrayLike<number | string>)) {
        const key = typeof value === "number" ? (Number.isNaN(value) ? "" : String(value)) : value.trim();
        if (key !== "") tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      counts.set(column.variable.name, tally);
    }
    return { variables: sav.dictionary.variables.map(toFileVariable), cases: data.caseCount, encoding: sav.dictionary.encoding.name, observed: (name) => counts.get(name) ?? new Map() };
  } catch (error) {
    if (error instanceof SavReadError) throw savReadErrorToDataError(error, file);
    throw error;
  }
}

function toFileVariable(variable: SavVariable): FileVariable {
  const labels = new Map<number, string>();
  for (const entry of variable.valueLabels) if (typeof entry.value === "number") labels.set(entry.value, entry.label);
  const { values, range } = variable.missing;
  return {
    name: variable.name,
    label: variable.label,
    valueLabels: labels,
    missing: (code) => values.includes(code) || (range !== null && code >= range.low && code <= range.high),
  };
}

function readCsvVariables(file: string): ReadVariables {
  const head = readWaveFileBytes(file).toString("utf8").split(/\r\n|\r|\n/, 1)[0].replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(head) ?? ",";
  const raw = readCsvWave(file, { dialect: { delimiter, decimalMark: delimiter === ";" ? "," : "." } });
  const counts = raw.columns.map(() => new Map<string, number>());
  for (const cells of raw.rows) cells.forEach((cell, c) => cell !== null && counts[c].set(String(cell), (counts[c].get(String(cell)) ?? 0) + 1));
  return {
    variables: raw.columns.map((name) => ({ name, label: null, valueLabels: new Map(), missing: () => false })),
    cases: raw.rows.length,
    encoding: raw.encoding,
    observed: (name) => counts[raw.columns.indexOf(name)] ?? new Map(),
  };
}

/** Each concept on the variable that matches it best: a known CAB name (3), a question id of the codebook (2), label wording (1). */
function placeConcepts(variables: readonly FileVariable[], codebook: WaveCodebook | undefined): ConceptPlacement[] {
  const candidates = new Map<WaveConcept, { variable: string; score: number; why: string }[]>(WAVE_CONCEPTS.map((c) => [c, []]));
  const codebookIds = codebookQuestionIds(codebook);
  for (const variable of variables) {
    for (const concept of WAVE_CONCEPTS) {
      if (KNOWN_CAB_ITEM_NAMES[concept].some((name) => name.toLowerCase() === variable.name.toLowerCase())) candidates.get(concept)!.push({ variable: variable.name, score: 3, why: "known CAB item name" });
      const coding = codebookIds.get(`${concept}|${variable.name.toLowerCase()}`);
      if (coding !== undefined) candidates.get(concept)!.push({ variable: variable.name, score: 2, why: `question id of the codebook (applies_to ${coding})` });
    }
    if (variable.label !== null) for (const concept of conceptsOfLabel(variable.label, variable.name)) candidates.get(concept)!.push({ variable: variable.name, score: 1, why: `variable label ${JSON.stringify(variable.label)}` });
  }
  const taken = new Set<string>();
  const placements: ConceptPlacement[] = [];
  for (const concept of WAVE_CONCEPTS) {
    const ranked = candidates.get(concept)!.filter((c) => !taken.has(c.variable)).sort((a, b) => b.score - a.score);
    if (ranked.length === 0) continue;
    const [best] = ranked;
    taken.add(best.variable);
    const alternatives = [...new Set(ranked.slice(1).map((c) => c.variable).filter((name) => name !== best.variable))];
    placements.push({ concept, variable: best.variable, why: best.why, alternatives });
  }
  return placements;
}

function codebookQuestionIds(codebook: WaveCodebook | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  if (codebook === undefined) return ids;
  for (const [appliesTo, coding] of codebook) for (const entry of coding.values()) if (!isNotAsked(entry)) ids.set(`${entry.concept}|${entry.questionId.toLowerCase()}`, appliesTo);
  return ids;
}

function conceptRows(waveId: string, concept: WaveConcept, variable: FileVariable, observed: ReadonlyMap<string, number>, isCsv: boolean, review: string[]): DraftCodebookRow[] {
  const scaled = SCALE_CONCEPTS.includes(concept);
  const codes = new Set<number>([...variable.valueLabels.keys()]);
  for (const value of observed.keys()) if (/^-?\d+(\.\d+)?$/.test(value)) codes.add(Number(value));
  const nonInteger = [...observed.keys()].filter((value) => !/^-?\d+$/.test(value));
  if (nonInteger.length > 0) review.push(`${concept} (${variable.name}): values that are not integer codes: ${nonInteger.slice(0, 5).map((v) => JSON.stringify(v)).join(", ")}; answers must be integer codes`);
  const rows: DraftCodebookRow[] = [];
  const positions: number[] = [];
  const unlabelled: string[] = [];
  for (const code of [...codes].sort((a, b) => a - b)) {
    if (!Number.isInteger(code)) continue;
    const label = variable.valueLabels.get(code);
    if (label === undefined) {
      unlabelled.push(`${code} (${observed.get(String(code)) ?? 0} respondents)`);
      rows.push(row(waveId, concept, variable.name, String(code), "", "", ""));
      continue;
    }
    const meaning = classifyAnswerLabel(label);
    if (meaning.kind === "nonsubstantive" || (meaning.kind === "unrecognised" && variable.missing(code))) {
      if (meaning.kind === "unrecognised") review.push(`${concept} (${variable.name}): code ${code} ${JSON.stringify(label)} not recognised; drafted non-substantive because the file declares it user-missing`);
      rows.push(row(waveId, concept, variable.name, String(code), label, "nonsubstantive", ""));
      continue;
    }
    if (meaning.kind === "unrecognised") {
      review.push(`${concept} (${variable.name}): code ${code} ${JSON.stringify(label)}: label not recognised; give its kind${scaled ? " and scale position" : ""}`);
      rows.push(row(waveId, concept, variable.name, String(code), label, "", ""));
      continue;
    }
    if (!scaled) {
      rows.push(row(waveId, concept, variable.name, String(code), label, "substantive", ""));
      continue;
    }
    const position = impliedScalePosition(meaning);
    if (position === null) review.push(`${concept} (${variable.name}): code ${code} ${JSON.stringify(label)} reads ${describeAnswerLabelMeaning(meaning)}: give its scale position (−2, −1, +1, +2), or make it non-substantive`);
    else positions.push(position);
    rows.push(row(waveId, concept, variable.name, String(code), label, position === null ? "" : "substantive", position === null ? "" : String(position)));
  }
  const what = `label and kind${scaled ? " (and scale position)" : ""}`;
  if (unlabelled.length > 0) {
    review.push(`${concept} (${variable.name}): ${isCsv ? "a CSV has no labels; codes" : "codes without a label in the file"}: ${unlabelled.join(", ")}: give each its ${what} from the questionnaire`);
  }
  if (scaled && variable.valueLabels.size > 0 && [...positions].sort((a, b) => a - b).join() !== "-2,-1,1,2") {
    review.push(`${concept} (${variable.name}): the labels give scale positions ${positions.join(", ") || "none"}; the codebook needs −2, −1, +1, +2 once each`);
  }
  return rows;
}

/** A concept whose variable is the default coding's question id, holding only its codes (with agreeing labels), needs no rows of its own. */
function noteDefaultCoding(concept: WaveConcept, variable: FileVariable, observed: ReadonlyMap<string, number>, codebook: WaveCodebook | undefined, review: string[]): void {
  const entry = codebook?.get(DEFAULT_CODING)?.get(concept);
  if (entry === undefined || isNotAsked(entry) || entry.questionId !== variable.name) return;
  const codes = new Set(entry.codes.map((answer) => String(answer.code)));
  if (![...observed.keys()].every((value) => codes.has(value))) return;
  const scaled = SCALE_CONCEPTS.includes(concept);
  const agrees = entry.codes.every((answer) => {
    const label = variable.valueLabels.get(answer.code);
    return label === undefined || labelContradiction(classifyAnswerLabel(label), { kind: answer.kind, scalePosition: scaled ? answer.scalePosition : null }) === null;
  });
  if (agrees) review.push(`${concept} (${variable.name}): the default coding (applies_to "*") has this question id and these codes${variable.valueLabels.size > 0 ? ", and the file's labels agree with it" : ""}: if the questionnaire agrees, the wave needs no rows of its own for ${concept}`);
}

function row(waveId: string, concept: WaveConcept, questionId: string, code: string, label: string, kind: string, scalePosition: string): DraftCodebookRow {
  return { applies_to: waveId, concept, question_id: questionId, wording: CONCEPT_WORDING[concept], code, label, kind, scale_position: scalePosition };
}

function distinctCodes(column: string, observed: ReadonlyMap<string, number>): DistinctCodes {
  const values = [...observed].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0])).map(([value, rows]) => ({ value, rows }));
  return { column, values: values.slice(0, 30), more: Math.max(0, values.length - 30) };
}

function compareCodes(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? (a < b ? -1 : a > b ? 1 : 0) : x - y;
}

function suggestManifestRow(file: string, waveId: string, format: string, read: ReadVariables): Record<string, string> {
  const guess = (column: string): string => {
    const cue = DESIGN_COLUMN_CUES.find((c) => c.column === column)!;
    const byName = read.variables.find((v) => cue.names.test(v.name));
    const byLabel = read.variables.find((v) => v.label !== null && cue.labels.test(v.label));
    return (byName ?? byLabel)?.name ?? `<${column} column>`;
  };
  const country = read.variables.find((v) => [...v.valueLabels.values()].some((label) => KAZAKHSTAN.test(label)) && read.observed(v.name).size > 1);
  const kazakhstan = country === undefined ? undefined : [...country.valueLabels.values()].find((label) => KAZAKHSTAN.test(label));
  return {
    wave_id: waveId,
    country: "Kazakhstan",
    field_start: "<YYYY-MM-DD>",
    field_end: "<YYYY-MM-DD>",
    file: path.basename(file),
    format,
    respondent_id: guess("respondent_id"),
    weight: guess("weight"),
    strata: guess("strata"),
    psu: guess("psu"),
    filter_column: country?.name ?? "",
    filter_value: kazakhstan ?? "",
    source: "<source>",
    licence: "<licence>",
    synthetic: "no",
    lonely_psu: "",
    delimiter: "",
    decimal_mark: "",
  };
}
