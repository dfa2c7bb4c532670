import * as path from "node:path";
import { DataError } from "../io/data-error";
import { TableSchema } from "../io/table-schema";
import { LONELY_PSU_RULES, type LonelyPsuRule } from "../survey/lonely-psu";
import { loadWaveTable } from "./wave-table-file";

/** Project-relative path of the wave manifest (one row per respondent-level wave). */
export const WAVE_MANIFEST_FILE = "data/waves/manifest.csv";

/** File formats a wave can come in: CSV, SPSS system file (.sav) and its zlib-compressed form (.zsav). */
export const WAVE_FORMATS = ["csv", "sav", "zsav"] as const;

/** One of {@link WAVE_FORMATS}. */
export type WaveFormat = (typeof WAVE_FORMATS)[number];

/** Field delimiters a CSV wave may declare in the manifest's `delimiter` column ("tab" for a tab). */
export const CSV_DELIMITERS = [",", ";", "tab", "|"] as const;

/** Decimal marks a CSV wave may declare in the manifest's `decimal_mark` column. */
export const DECIMAL_MARKS = [".", ","] as const;

/** How a CSV wave is written: its field delimiter and decimal mark (R's `read.csv2`: `;` and `,`). */
export interface CsvDialect {
  /** The delimiter character (a tab for "tab"). */
  readonly delimiter: string;
  readonly decimalMark: "." | ",";
}

/**
 * Manifest columns added after the first contract, each optional in the
 * header as in the cells: a manifest written before them is valid and means
 * their defaults (lonely_psu "fail", delimiter ",", decimal mark ".").
 */
export const OPTIONAL_MANIFEST_COLUMNS = ["lonely_psu", "delimiter", "decimal_mark"] as const;

/** Contract of `data/waves/manifest.csv` (documented column by column in `data/waves/README.md`). */
export const WAVE_MANIFEST_SCHEMA: TableSchema = {
  columns: {
    wave_id: { type: "string" },
    country: { type: "string" },
    field_start: { type: "string" },
    field_end: { type: "string" },
    file: { type: "string" },
    format: { type: "string", values: WAVE_FORMATS },
    respondent_id: { type: "string" },
    weight: { type: "string" },
    strata: { type: "string" },
    psu: { type: "string" },
    filter_column: { type: "string", optional: true },
    filter_value: { type: "string", optional: true },
    source: { type: "string" },
    licence: { type: "string" },
    synthetic: { type: "string", values: ["yes", "no"] },
    lonely_psu: { type: "string", optional: true, values: LONELY_PSU_RULES },
    delimiter: { type: "string", optional: true, values: CSV_DELIMITERS },
    decimal_mark: { type: "string", optional: true, values: DECIMAL_MARKS },
  },
  key: ["wave_id"],
};

/** One validated row of the wave manifest. Plain data. */
export interface WaveManifestEntry {
  readonly waveId: string;
  readonly country: string;
  /** Field period, ISO dates (YYYY-MM-DD). */
  readonly fieldStart: string;
  readonly fieldEnd: string;
  /** The wave file as written in the manifest (relative to the manifest's folder). */
  readonly file: string;
  /** The wave file resolved against the manifest's folder (project-relative when the manifest path is). */
  readonly path: string;
  /** The manifest's folder: the wave file must lie inside it once symbolic links are resolved. */
  readonly folder: string;
  readonly format: WaveFormat;
  /** Column names of the respondent id and of the design in the wave file. */
  readonly respondentIdColumn: string;
  readonly weightColumn: string;
  readonly strataColumn: string;
  readonly psuColumn: string;
  /** Optional row filter: rows whose `filterColumn` differs from `filterValue` are excluded (rule "outside-filter") and counted. */
  readonly filter: { readonly column: string; readonly value: string } | null;
  readonly source: string;
  readonly licence: string;
  /** True for generated demonstration data: every output computed from it is labelled SYNTHETIC. */
  readonly synthetic: boolean;
  /** What to do with a stratum holding a single PSU, as R's `options(survey.lonely.psu = …)`; default "fail". */
  readonly lonelyPsu: LonelyPsuRule;
  /** Delimiter and decimal mark of a CSV wave; null for SPSS files. */
  readonly csv: CsvDialect | null;
  /** 1-based row of the manifest, for messages. */
  readonly manifestRow: number;
}

const WAVE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Loads and validates the wave manifest: schema (see {@link WAVE_MANIFEST_SCHEMA}),
 * unique lower-case wave ids, ISO field dates with start ≤ end, a file
 * extension matching the format, a file inside the manifest's folder,
 * filter column/value given together, a lonely-PSU rule of R's
 * (`lonely_psu`: fail, remove, certainty, adjust, average; empty = fail),
 * and a delimiter and decimal mark only for CSV waves (`delimiter`: `,`,
 * `;`, `tab`, `|`; `decimal_mark`: `.` or `,`; a `;`-delimited file with
 * decimal commas is what Excel writes in Russian and Kazakh locales). The
 * last three columns may be absent from the header (older manifests). Entries come back ordered by field
 * start date (then wave id), the order of every trend. The files themselves
 * are read by {@link loadWave}.
 *
 * @throws DataError naming the manifest, row and column of the first problem.
 * @example
 * loadWaveManifest().map((wave) => wave.waveId) // => ["kz-2017-synthetic", "kz-2018-synthetic", "kz-2019-synthetic"]
 */
export function loadWaveManifest(file: string = WAVE_MANIFEST_FILE): WaveManifestEntry[] {
  const rows = loadWaveTable(file, WAVE_MANIFEST_SCHEMA, OPTIONAL_MANIFEST_COLUMNS) as Record<string, string>[];
  const folder = path.dirname(file);
  const entries = rows.map((row, index) => toEntry(row, index + 1, file, folder));
  return entries.sort((a, b) => (a.fieldStart === b.fieldStart ? compareText(a.waveId, b.waveId) : compareText(a.fieldStart, b.fieldStart)));
}

function toEntry(row: Record<string, string>, manifestRow: number, file: string, folder: string): WaveManifestEntry {
  const at = (column: string) => ({ file, row: manifestRow, column });
  if (!WAVE_ID_PATTERN.test(row.wave_id)) throw new DataError("format", at("wave_id"), `wave id ${JSON.stringify(row.wave_id)} must be lower-case letters, digits and hyphens`);
  for (const column of ["field_start", "field_end"]) {
    if (!isIsoDate(row[column])) throw new DataError("format", at(column), `${JSON.stringify(row[column])} is not a date written YYYY-MM-DD`);
  }
  if (row.field_start > row.field_end) throw new DataError("value-range", at("field_end"), `field period ends (${row.field_end}) before it starts (${row.field_start})`);
  const format = row.format as WaveFormat;
  if (path.extname(row.file).toLowerCase() !== `.${format}`) throw new DataError("format", at("file"), `file ${JSON.stringify(row.file)} does not end in .${format} as its format says`);
  if (path.isAbsolute(row.file) || path.normalize(row.file).startsWith("..")) throw new DataError("format", at("file"), "the wave file must be given relative to the manifest's folder, inside it");
  if ((row.filter_column === "") !== (row.filter_value === "")) throw new DataError("value-missing", at(row.filter_column === "" ? "filter_column" : "filter_value"), "filter_column and filter_value go together: give both or neither");
  for (const column of ["delimiter", "decimal_mark"]) {
    if (format !== "csv" && row[column] !== "") throw new DataError("value-range", at(column), `${column} applies to CSV waves only; leave it empty for a ${format} file`);
  }
  if (row.delimiter === "," && row.decimal_mark === ",") throw new DataError("value-range", at("decimal_mark"), "a comma cannot be both the delimiter and the decimal mark; files with decimal commas are delimited by \";\"");
  return {
    waveId: row.wave_id,
    country: row.country,
    fieldStart: row.field_start,
    fieldEnd: row.field_end,
    file: row.file,
    path: path.join(folder, row.file),
    folder,
    format,
    respondentIdColumn: row.respondent_id,
    weightColumn: row.weight,
    strataColumn: row.strata,
    psuColumn: row.psu,
    filter: row.filter_column === "" ? null : { column: row.filter_column, value: row.filter_value },
    source: row.source,
    licence: row.licence,
    synthetic: row.synthetic === "yes",
    lonelyPsu: (row.lonely_psu || "fail") as LonelyPsuRule,
    csv: format === "csv" ? { delimiter: row.delimiter === "tab" ? "\t" : row.delimiter || ",", decimalMark: (row.decimal_mark || ".") as "." | "," } : null,
    manifestRow,
  };
}

function isIsoDate(text: string): boolean {
  if (!ISO_DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
