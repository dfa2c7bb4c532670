import { DataError } from "../io/data-error";
import type { ConceptCoding } from "./codebook";
import { WAVE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveManifestEntry } from "./manifest";
import type { FileValueLabel, RawCell, RawWaveFile } from "./raw-wave-file";
import type { ExclusionRule, WaveData } from "./wave-data";

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Validates a raw wave file against its manifest row and codebook coding and
 * recodes it to concepts. Checks, each failing with a DataError naming file,
 * row and column:
 *
 * - every column the manifest and the coding name is present ("column-missing", row 0);
 * - respondent ids present and unique ("value-missing", "key-duplicate" with the first row);
 * - weights numeric, finite and > 0 ("weight-invalid": a zero weight would silently drop a respondent),
 *   and a finite total ("weight-invalid" at the row where the sum overflows);
 * - stratum and PSU labels present ("design-invalid");
 * - answers are integer codes listed in the coding ("value-unknown-code", with the known codes);
 * - every stratum has at least two PSUs ("design-invalid": its variance cannot be estimated; Lumley 2010 §2.4.1);
 * - at least one row is kept.
 *
 * Rows outside the manifest's filter are excluded and counted (rule
 * "outside-filter"); they are not validated further. Blank answers are kept
 * as NaN and counted per concept (item missing).
 *
 * @example const wave = validateWave(readCsvWave(entry.path), entry, codingForWave(codebook, entry.waveId));
 */
export function validateWave(raw: RawWaveFile, entry: WaveManifestEntry, coding: ReadonlyMap<WaveConcept, ConceptCoding>): WaveData {
  const { file } = raw;
  const position = columnPositions(raw, entry, coding);
  const excluded: Record<ExclusionRule, number> = { "outside-filter": 0 };
  const respondentIds: string[] = [];
  const fileRows: number[] = [];
  const weights: number[] = [];
  const strata: string[] = [];
  const psu: string[] = [];
  const answers = new Map<WaveConcept, number[]>(WAVE_CONCEPTS.map((concept) => [concept, []]));
  const itemMissing = Object.fromEntries(WAVE_CONCEPTS.map((concept) => [concept, 0])) as Record<WaveConcept, number>;
  const knownCodes = new Map(WAVE_CONCEPTS.map((concept) => [concept, new Set(coding.get(concept)!.codes.map((c) => c.code))]));
  const firstRowOfId = new Map<string, number>();

  raw.rows.forEach((cells, index) => {
    const row = index + 1;
    const at = (column: string) => ({ file, row, column });
    if (entry.filter !== null && cellText(cells[position.get(entry.filter.column)!]) !== entry.filter.value) {
      excluded["outside-filter"]++;
      return;
    }
    const id = cellText(cells[position.get(entry.respondentIdColumn)!]);
    if (id === "") throw new DataError("value-missing", at(entry.respondentIdColumn), "respondent id is blank");
    const first = firstRowOfId.get(id);
    if (first !== undefined) throw new DataError("key-duplicate", at(entry.respondentIdColumn), `respondent id ${JSON.stringify(id)} repeats row ${first}`);
    firstRowOfId.set(id, row);

    const weight = cellNumber(cells[position.get(entry.weightColumn)!]);
    if (!(Number.isFinite(weight) && weight > 0)) {
      throw new DataError("weight-invalid", at(entry.weightColumn), `weight must be a finite number > 0, got ${JSON.stringify(cells[position.get(entry.weightColumn)!])}`);
    }
    const stratum = cellText(cells[position.get(entry.strataColumn)!]);
    if (stratum === "") throw new DataError("design-invalid", at(entry.strataColumn), "stratum is blank");
    const cluster = cellText(cells[position.get(entry.psuColumn)!]);
    if (cluster === "") throw new DataError("design-invalid", at(entry.psuColumn), "PSU is blank");

    for (const concept of WAVE_CONCEPTS) {
      const { questionId } = coding.get(concept)!;
      const cell = cells[position.get(questionId)!];
      if (cell === null) {
        itemMissing[concept]++;
        answers.get(concept)!.push(NaN);
        continue;
      }
      const code = cellNumber(cell);
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
  if (respondentIds.length === 0) throw new DataError("file-empty", { file }, `no respondent left (${raw.rows.length} rows read, ${excluded["outside-filter"]} outside the filter)`);
  checkTwoPsusPerStratum(strata, psu, fileRows, file, entry.strataColumn);
  const fileValueLabels = new Map<WaveConcept, readonly FileValueLabel[]>();
  for (const concept of WAVE_CONCEPTS) {
    const labels = raw.valueLabels.get(coding.get(concept)!.questionId);
    if (labels) fileValueLabels.set(concept, labels);
  }
  return {
    entry,
    respondentIds,
    fileRows: Int32Array.from(fileRows),
    weights: Float64Array.from(weights),
    strata,
    psu,
    answers: new Map([...answers].map(([concept, codes]) => [concept, Float64Array.from(codes)])),
    coding,
    accounting: { rowsRead: raw.rows.length, rowsKept: respondentIds.length, rowsExcluded: excluded },
    itemMissing,
    fileValueLabels,
  };
}

/**
 * The columns a wave file must have, each with its role for messages: the
 * manifest's respondent id, weight, strata, PSU and filter columns, then the
 * codebook's question id of every concept. The SPSS reader decodes only these.
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
    ...WAVE_CONCEPTS.map((concept): [string, string] => [coding.get(concept)!.questionId, `concept ${concept} (codebook question_id, applies_to ${coding.get(concept)!.appliesTo})`]),
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

function cellText(cell: RawCell): string {
  return cell === null ? "" : String(cell).trim();
}

function cellNumber(cell: RawCell): number {
  if (cell === null) return NaN;
  if (typeof cell === "number") return cell;
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

function checkTwoPsusPerStratum(strata: readonly string[], psu: readonly string[], fileRows: readonly number[], file: string, column: string): void {
  const psusOfStratum = new Map<string, Set<string>>();
  const firstRowOfStratum = new Map<string, number>();
  strata.forEach((stratum, i) => {
    if (!psusOfStratum.has(stratum)) {
      psusOfStratum.set(stratum, new Set());
      firstRowOfStratum.set(stratum, fileRows[i]);
    }
    psusOfStratum.get(stratum)!.add(psu[i]);
  });
  for (const [stratum, psus] of psusOfStratum) {
    if (psus.size < 2) {
      throw new DataError("design-invalid", { file, row: firstRowOfStratum.get(stratum), column }, `stratum ${JSON.stringify(stratum)} has a single PSU (${[...psus][0]}); its sampling variance cannot be estimated — merge it with a neighbouring stratum in the file (collapsed strata)`);
    }
  }
}
