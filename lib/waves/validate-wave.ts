import { DataError } from "../io/data-error";
import { classifyAnswerLabel, labelContradiction } from "./answer-label-meaning";
import { isNotAsked, NOT_ASKED, type ConceptCoding, type ConceptEntry, type NotAskedConcept } from "./codebook";
import { SCALE_CONCEPTS, WAVE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveManifestEntry } from "./manifest";
import type { FileValueLabel, RawCell, RawWaveFile } from "./raw-wave-file";
import type { ExclusionRule, ResolvedFilter, WaveData } from "./wave-data";

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA_NUMBER_PATTERN = /^[+-]?(\d+,?\d*|,\d+)([eE][+-]?\d+)?$/;

/**
 * Validates a raw wave file against its manifest row and codebook coding and
 * recodes it to concepts. `entries` says, concept by concept, how the wave
 * codes it or that it is not asked (conceptEntriesForWave; a map of codings
 * alone, codingForWave, also does): a concept not asked, or absent from the
 * map, is absent from the result's `coding` and `answers`. Checks, each
 * failing with a DataError naming file, row and column:
 *
 * - every column the manifest and the coding name is present ("column-missing", row 0);
 * - for an SPSS file, every code's value label in the file agrees with the
 *   codebook's reading of the code ("label-contradiction", row 0, column =
 *   the variable, naming the code; see {@link labelContradiction}): a scale
 *   coded the other way round, or a "do not know" label on a substantive code,
 *   is refused rather than read backwards;
 * - respondent ids present and unique ("value-missing", "key-duplicate" with the first row);
 * - weights numeric, finite and ≥ 0 ("weight-invalid"; numbers with the CSV's
 *   decimal mark); zero weights are accepted as R's `survey` accepts them:
 *   the row stays in the design (its PSU counts), adds nothing to totals, and is
 *   counted in `zeroWeightRows`; a finite total, and not every weight 0;
 * - stratum and PSU labels present ("design-invalid");
 * - answers are integer codes listed in the coding ("value-unknown-code", with the known codes);
 * - a stratum with a single PSU: under the manifest's `lonely_psu` rule
 *   "fail" (the default, as R) an error naming the stratum and the option;
 *   under "remove", "certainty", "adjust" or "average" accepted and handled
 *   by the variance estimator as R handles it (Lumley 2010 §2.4.1);
 * - at least one row is kept; a filter that keeps none says which values
 *   (with their labels) the filter column holds ("file-empty").
 *
 * The manifest's filter value is a code, or, for a labelled SPSS variable,
 * the label of a code (e.g. `COUNTRY` = `Kazakhstan` keeps the rows whose
 * code is labelled so). Rows outside the filter are excluded and counted
 * (rule "outside-filter"); they are not validated further. Blank answers are
 * kept as NaN and counted per concept (item missing).
 *
 * @example const wave = validateWave(readCsvWave(entry.path), entry, codingForWave(codebook, entry.waveId));
 */
export function validateWave(raw: RawWaveFile, entry: WaveManifestEntry, entries: ReadonlyMap<WaveConcept, ConceptEntry>): WaveData {
  const { file } = raw;
  const coding = new Map<WaveConcept, ConceptCoding>();
  const notAsked: NotAskedConcept[] = [];
  for (const concept of WAVE_CONCEPTS) {
    const conceptEntry = entries.get(concept);
    if (conceptEntry === undefined) notAsked.push({ concept, notAsked: true, note: "", appliesTo: "", codebookRow: 0 });
    else if (isNotAsked(conceptEntry)) notAsked.push(conceptEntry);
    else coding.set(concept, conceptEntry);
  }
  const position = columnPositions(raw, entry, coding);
  checkFileLabels(raw, coding);
  const asked = WAVE_CONCEPTS.filter((concept) => coding.has(concept));
  const number = (cell: RawCell) => cellNumber(cell, raw.decimalMark ?? ".");
  const filter = resolveFilter(raw, entry);
  const excluded: Record<ExclusionRule, number> = { "outside-filter": 0 };
  const respondentIds: string[] = [];
  const fileRows: number[] = [];
  const weights: number[] = [];
  const strata: string[] = [];
  const psu: string[] = [];
  const answers = new Map<WaveConcept, number[]>(asked.map((concept) => [concept, []]));
  const itemMissing: Partial<Record<WaveConcept, number>> = Object.fromEntries(asked.map((concept) => [concept, 0]));
  const knownCodes = new Map(asked.map((concept) => [concept, new Set(coding.get(concept)!.codes.map((c) => c.code))]));
  const firstRowOfId = new Map<string, number>();
  let zeroWeightRows = 0;

  raw.rows.forEach((cells, index) => {
    const row = index + 1;
    const at = (column: string) => ({ file, row, column });
    if (filter !== null && !filter.matches(cells[position.get(filter.column)!])) {
      excluded["outside-filter"]++;
      return;
    }
    const id = cellText(cells[position.get(entry.respondentIdColumn)!]);
    if (id === "") throw new DataError("value-missing", at(entry.respondentIdColumn), "respondent id is blank");
    const first = firstRowOfId.get(id);
    if (first !== undefined) throw new DataError("key-duplicate", at(entry.respondentIdColumn), `respondent id ${JSON.stringify(id)} repeats row ${first}`);
    firstRowOfId.set(id, row);

    const weightCell = cells[position.get(entry.weightColumn)!];
    const weight = number(weightCell);
    if (!(Number.isFinite(weight) && weight >= 0)) {
      const mark = raw.decimalMark === "," ? " with a decimal comma, as the manifest's decimal_mark says" : "";
      throw new DataError("weight-invalid", at(entry.weightColumn), `weight must be a finite number ≥ 0${mark}, got ${JSON.stringify(weightCell)}`);
    }
    if (weight === 0) zeroWeightRows++;
    const stratum = cellText(cells[position.get(entry.strataColumn)!]);
    if (stratum === "") throw new DataError("design-invalid", at(entry.strataColumn), "stratum is blank");
    const cluster = cellText(cells[position.get(entry.psuColumn)!]);
    if (cluster === "") throw new DataError("design-invalid", at(entry.psuColumn), "PSU is blank");

    for (const concept of asked) {
      const { questionId } = coding.get(concept)!;
      const cell = cells[position.get(questionId)!];
      if (cell === null) {
        itemMissing[concept]!++;
        answers.get(concept)!.push(NaN);
        continue;
      }
      const code = number(cell);
      if (!Number.isInteger(code) || !knownCodes.get(concept)!.has(code)) {
        throw new DataError("value-unknown-code", at(questionId), `${JSON.stringify(cell)} is not a code of ${concept} (known: ${[...knownCodes.get(concept)!].join(", ")}; blank = not answered)`);
      }
      answers.get(concept)!.push(code);
    }
    respondentIds.push(id);
    fileRows.push(row);
    weights.push(weight);
    strata.push(stratum);
    psu.push(cluster);
  });

  checkWeightTotal(weights, fileRows, file, entry.weightColumn);
  if (respondentIds.length === 0) {
    if (filter !== null) throw new DataError("file-empty", { file, column: filter.column }, `${filter.describe()} keeps no row (${raw.rows.length} rows read, ${excluded["outside-filter"]} outside the filter); the column holds ${describeHeldValues(raw, position.get(filter.column)!, filter.column)}`);
    throw new DataError("file-empty", { file }, `no respondent left (${raw.rows.length} rows read)`);
  }
  if (zeroWeightRows === respondentIds.length) throw new DataError("weight-invalid", { file, column: entry.weightColumn }, `every weight of the ${respondentIds.length} respondents kept is 0: nothing could be estimated`);
  checkLonelyPsus(strata, psu, fileRows, file, entry, raw.valueLabels.get(entry.strataColumn) ?? []);
  const fileValueLabels = new Map<WaveConcept, readonly FileValueLabel[]>();
  for (const concept of asked) {
    const labels = raw.valueLabels.get(coding.get(concept)!.questionId);
    if (labels) fileValueLabels.set(concept, labels);
  }
  return {
    entry,
    fileSha256: raw.sha256,
    respondentIds,
    fileRows: Int32Array.from(fileRows),
    weights: Float64Array.from(weights),
    strata,
    psu,
    answers: new Map([...answers].map(([concept, codes]) => [concept, Float64Array.from(codes)])),
    coding,
    notAsked,
    accounting: { rowsRead: raw.rows.length, rowsKept: respondentIds.length, rowsExcluded: excluded },
    itemMissing,
    zeroWeightRows,
    filter: filter === null ? null : filter.resolved,
    fileValueLabels,
  };
}

/**
 * The columns a wave file must have, each with its role for messages: the
 * manifest's respondent id, weight, strata, PSU and filter columns, then the
 * codebook's question id of every concept the wave asks. The SPSS reader
 * decodes only these.
 *
 * @example requiredColumns(entry, coding).map(([column]) => column) // => ["respondent_id", "weight", "stratum", "psu", "q_opinion_russia", ...]
 */
export function requiredColumns(entry: WaveManifestEntry, coding: ReadonlyMap<WaveConcept, ConceptCoding>): [column: string, role: string][] {
  return [
    [entry.respondentIdColumn, "respondent id (manifest respondent_id)"],
    [entry.weightColumn, "weight (manifest weight)"],
    [entry.strataColumn, "strata (manifest strata)"],
    [entry.psuColumn, "PSU (manifest psu)"],
    ...(entry.filter ? [[entry.filter.column, "filter (manifest filter_column)"] as [string, string]] : []),
    ...[...coding.values()].map((concept): [string, string] => [
      concept.questionId,
      `concept ${concept.concept} (codebook question_id, applies_to ${concept.appliesTo}; if the wave does not ask it, give the concept one row of kind "${NOT_ASKED}" for this wave)`,
    ]),
  ];
}

function columnPositions(raw: RawWaveFile, entry: WaveManifestEntry, coding: ReadonlyMap<WaveConcept, ConceptCoding>): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [column, role] of requiredColumns(entry, coding)) {
    const index = raw.columns.indexOf(column);
    if (index < 0) throw new DataError("column-missing", { file: raw.file, row: 0, column }, `column for the ${role} is missing (file has: ${(raw.fileColumns ?? raw.columns).join(", ")})`);
    positions.set(column, index);
  }
  return positions;
}

/** The file's value labels of every coded concept against the codebook's reading of each code (SPSS files; CSV files have none). */
function checkFileLabels(raw: RawWaveFile, coding: ReadonlyMap<WaveConcept, ConceptCoding>): void {
  for (const concept of coding.values()) {
    const labels = raw.valueLabels.get(concept.questionId);
    if (labels === undefined) continue;
    const labelOf = new Map(labels.map((label) => [label.code, label.label]));
    const scaled = SCALE_CONCEPTS.includes(concept.concept);
    for (const answer of concept.codes) {
      const fileLabel = labelOf.get(answer.code);
      if (fileLabel === undefined) continue;
      const reason = labelContradiction(classifyAnswerLabel(fileLabel), { kind: answer.kind, scalePosition: scaled ? answer.scalePosition : null });
      if (reason === null) continue;
      throw new DataError(
        "label-contradiction",
        { file: raw.file, row: 0, column: concept.questionId },
        `code ${answer.code} of ${concept.concept} is labelled ${JSON.stringify(fileLabel)} in the file, but the codebook (row ${answer.codebookRow}, applies_to ${concept.appliesTo}) reads it as ${JSON.stringify(answer.label)}: ${reason}. ` +
          `If the file's codes run another way, give this wave its own codebook rows (applies_to = the wave id) that follow the file's labels`,
      );
    }
  }
}

interface FilterRule {
  readonly column: string;
  readonly matches: (cell: RawCell) => boolean;
  readonly describe: () => string;
  readonly resolved: ResolvedFilter;
}

/**
 * The manifest's filter as a test on cells: the filter value is a code (or
 * text) compared with the cell, numerically when both are numbers; when it
 * is not a number and the file labels the column's codes, it is the label of
 * one or more codes (compared after trimming, case-insensitively).
 */
function resolveFilter(raw: RawWaveFile, entry: WaveManifestEntry): FilterRule | null {
  if (entry.filter === null) return null;
  const { column, value } = entry.filter;
  const labels = raw.valueLabels.get(column) ?? [];
  const wanted = normaliseLabel(value);
  const labelled = NUMBER_PATTERN.test(value.trim()) ? [] : labels.filter((label) => normaliseLabel(label.label) === wanted);
  const codes = labelled.length > 0 ? labelled.map((label) => label.code) : null;
  const numeric = NUMBER_PATTERN.test(value.trim()) ? Number(value.trim()) : null;
  const matches = (cell: RawCell): boolean => {
    if (cell === null) return false;
    if (codes !== null) return typeof cell === "number" && codes.includes(cell);
    if (typeof cell === "number" && numeric !== null) return cell === numeric;
    return cellText(cell) === value.trim();
  };
  const byLabel = codes === null ? "" : ` (code${codes.length > 1 ? "s" : ""} ${codes.join(", ")} by ${codes.length > 1 ? "their" : "its"} value label)`;
  return {
    column,
    matches,
    describe: () => `the filter ${column} = ${JSON.stringify(value)} (manifest row ${entry.manifestRow}, filter_value)`,
    resolved: { column, value, codes: codes ?? [], description: `${column} = ${JSON.stringify(value)}${byLabel}` },
  };
}

function normaliseLabel(text: string): string {
  return text.normalize("NFC").trim().toLocaleLowerCase();
}

/** "1 \"Kyrgyzstan\" (12 rows), 3 \"Kazakhstan\" (8 rows)": the distinct values of a column (first 20, most frequent first), with their labels. */
function describeHeldValues(raw: RawWaveFile, position: number, column: string): string {
  const counts = new Map<string, { cell: RawCell; rows: number }>();
  for (const cells of raw.rows) {
    const cell = cells[position];
    const key = cell === null ? "" : typeof cell === "number" ? `n${cell}` : `s${cell.trim()}`;
    const seen = counts.get(key) ?? { cell, rows: 0 };
    seen.rows++;
    counts.set(key, seen);
  }
  const labelOf = new Map((raw.valueLabels.get(column) ?? []).map((label) => [label.code, label.label]));
  const shown = [...counts.values()].sort((a, b) => b.rows - a.rows).slice(0, 20);
  const text = shown.map(({ cell, rows }) => {
    const value = cell === null ? "(blank)" : JSON.stringify(typeof cell === "number" ? cell : cell.trim());
    const label = typeof cell === "number" && labelOf.has(cell) ? ` ${JSON.stringify(labelOf.get(cell))}` : "";
    return `${value}${label} (${rows} row${rows === 1 ? "" : "s"})`;
  });
  const more = counts.size > shown.length ? `, and ${counts.size - shown.length} other values` : "";
  return `${text.join(", ")}${more}`;
}

function cellText(cell: RawCell): string {
  return cell === null ? "" : String(cell).trim();
}

/**
 * A cell as a number: numbers as they are; text written with the file's
 * decimal mark ("1.5", or "1,5" when the manifest says decimal_mark ","),
 * anything else NaN.
 */
function cellNumber(cell: RawCell, decimalMark: "." | ","): number {
  if (cell === null) return NaN;
  if (typeof cell === "number") return cell;
  if (decimalMark === ",") return DECIMAL_COMMA_NUMBER_PATTERN.test(cell) ? Number(cell.replace(",", ".")) : NaN;
  return NUMBER_PATTERN.test(cell) ? Number(cell) : NaN;
}

/** Weights so large that their sum overflows would turn every estimate into NaN: refuse them at the row where the sum stops being finite. */
function checkWeightTotal(weights: readonly number[], fileRows: readonly number[], file: string, column: string): void {
  let total = 0;
  weights.forEach((weight, i) => {
    total += weight;
    if (!Number.isFinite(total)) throw new DataError("weight-invalid", { file, row: fileRows[i], column }, `the weights add up to more than the largest number (${weight} here); rescale them`);
  });
}

/** Under the rule "fail" (R's default), the first stratum with a single PSU is an error that names the manifest's option. */
function checkLonelyPsus(strata: readonly string[], psu: readonly string[], fileRows: readonly number[], file: string, entry: WaveManifestEntry, labels: readonly FileValueLabel[]): void {
  if (entry.lonelyPsu !== "fail") return;
  const psusOfStratum = new Map<string, Set<string>>();
  const firstRowOfStratum = new Map<string, number>();
  strata.forEach((stratum, i) => {
    if (!psusOfStratum.has(stratum)) {
      psusOfStratum.set(stratum, new Set());
      firstRowOfStratum.set(stratum, fileRows[i]);
    }
    psusOfStratum.get(stratum)!.add(psu[i]);
  });
  const lonely = [...psusOfStratum].filter(([, psus]) => psus.size < 2);
  if (lonely.length === 0) return;
  const [stratum, psus] = lonely[0];
  const label = labels.find((l) => String(l.code) === stratum)?.label;
  const others = lonely.length > 1 ? ` (and ${lonely.length - 1} other stratum${lonely.length > 2 ? "s" : ""}: ${lonely.slice(1, 6).map(([s]) => JSON.stringify(s)).join(", ")}${lonely.length > 6 ? ", …" : ""})` : "";
  throw new DataError(
    "design-invalid",
    { file, row: firstRowOfStratum.get(stratum), column: entry.strataColumn },
    `stratum ${JSON.stringify(stratum)}${label === undefined ? "" : ` (${JSON.stringify(label)})`} has a single PSU (${[...psus][0]})${others}; its sampling variance cannot be estimated, and the manifest's lonely_psu for wave ${entry.waveId} is "fail" (the default). ` +
      `Choose how to treat it as R's options(survey.lonely.psu = …) does: set lonely_psu to remove, certainty, adjust or average in manifest row ${entry.manifestRow}, or merge the stratum with a neighbouring one in the file (collapsed strata)`,
  );
}
