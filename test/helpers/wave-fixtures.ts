/**
 * Wave fixtures shared by every test that needs respondent-level waves:
 * manifest rows, small valid wave files, and folders holding a manifest, the
 * project's codebook and wave files, all in temporary folders
 * ({@link temporaryFolder}). A test that checks a bad input starts from a
 * valid fixture and changes exactly one thing, so the error it expects is
 * caused by that change.
 */
import { strict as assert } from "node:assert";
import { copyFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError, DataErrorCode } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { codingForWave, loadWaveCodebook, WAVE_CODEBOOK_FILE } from "../../lib/waves/codebook";
import { WAVE_CONCEPTS } from "../../lib/waves/concepts";
import { temporaryFolder } from "./temporary-folder";

/** The header of a manifest written before the optional columns (still valid: they default to fail, "," and "."). */
export const MANIFEST_HEADER = "wave_id,country,field_start,field_end,file,format,respondent_id,weight,strata,psu,filter_column,filter_value,source,licence,synthetic";

/** The optional manifest columns (lonely-PSU rule, CSV delimiter and decimal mark), as data/waves/manifest.csv has them after the others. */
export const OPTIONAL_MANIFEST_HEADER = "lonely_psu,delimiter,decimal_mark";

/** The header of data/waves/manifest.csv: {@link MANIFEST_HEADER} then {@link OPTIONAL_MANIFEST_HEADER}. */
export const FULL_MANIFEST_HEADER = `${MANIFEST_HEADER},${OPTIONAL_MANIFEST_HEADER}`;

/**
 * A {@link manifestRow} with the optional columns appended, for a manifest
 * with {@link FULL_MANIFEST_HEADER} (a comma delimiter is quoted).
 *
 * @example withOptionalColumns(manifestRow("w", "w.csv"), { delimiter: ";", decimal_mark: "," }) // => "w,…,no,,;,,"
 */
export function withOptionalColumns(row: string, options: { readonly lonely_psu?: string; readonly delimiter?: string; readonly decimal_mark?: string } = {}): string {
  const quote = (cell: string) => (cell.includes(",") ? `"${cell}"` : cell);
  return [row, options.lonely_psu ?? "", quote(options.delimiter ?? ""), quote(options.decimal_mark ?? "")].join(",");
}

/** A column of the manifest. */
export type ManifestColumn =
  | "wave_id"
  | "country"
  | "field_start"
  | "field_end"
  | "file"
  | "format"
  | "respondent_id"
  | "weight"
  | "strata"
  | "psu"
  | "filter_column"
  | "filter_value"
  | "source"
  | "licence"
  | "synthetic";

/** Options of {@link manifestRow}. */
export interface ManifestRowOptions {
  /** Default: the file's extension. */
  readonly format?: string;
  /** "yes" or "no" (default). */
  readonly synthetic?: string;
  /** Filter column and value; default none. */
  readonly filter?: readonly [string, string];
  /** Field start (ISO date); the field end is day 28 of the same month. Default 2020-10-01. */
  readonly start?: string;
  /** Any column by name, applied last. */
  readonly fields?: Readonly<Partial<Record<ManifestColumn, string>>>;
}

/**
 * One manifest row (CSV text, no newline) for a wave file: Kazakhstan, the
 * design columns respondent_id, weight, stratum and psu, "test fixture",
 * not synthetic unless said. Cells are written as given (no quoting).
 *
 * @example manifestRow("kz-2020", "kz-2020.sav", { start: "2020-11-01" })
 * // => "kz-2020,Kazakhstan,2020-11-01,2020-11-28,kz-2020.sav,sav,respondent_id,weight,stratum,psu,,,test fixture,test only,no"
 */
export function manifestRow(waveId: string, file: string, options: ManifestRowOptions = {}): string {
  const start = options.start ?? "2020-10-01";
  const [filterColumn, filterValue] = options.filter ?? ["", ""];
  const values: Record<ManifestColumn, string> = {
    wave_id: waveId,
    country: "Kazakhstan",
    field_start: start,
    field_end: `${start.slice(0, 8)}28`,
    file,
    format: options.format ?? path.extname(file).slice(1),
    respondent_id: "respondent_id",
    weight: "weight",
    strata: "stratum",
    psu: "psu",
    filter_column: filterColumn,
    filter_value: filterValue,
    source: "test fixture",
    licence: "test only",
    synthetic: options.synthetic ?? "no",
    ...options.fields,
  };
  return MANIFEST_HEADER.split(",").map((name) => values[name as ManifestColumn]).join(",");
}

/**
 * The manifest row {@link writeWaveFolder} writes by default: the single
 * SYNTHETIC fixture wave "test-wave" in wave.csv, fielded in October 2019;
 * `fields` overrides columns by name.
 *
 * @example fixtureManifestRow({ file: "wave.sav", format: "sav" })
 */
export function fixtureManifestRow(fields: Readonly<Partial<Record<ManifestColumn, string>>> = {}): string {
  return manifestRow("test-wave", "wave.csv", {
    synthetic: "yes",
    start: "2019-10-01",
    fields: { field_end: "2019-10-31", source: "reliability test fixture (SYNTHETIC)", licence: "CC0-1.0", ...fields },
  });
}

/**
 * Appends a row to the manifest of a wave folder; a row of
 * {@link manifestRow} (the first fifteen columns) gets empty optional columns
 * when the manifest's header has them (as data/waves/manifest.csv does).
 */
export function addManifestRow(folder: string, row: string): void {
  const manifest = path.join(folder, "manifest.csv");
  const text = readFileSync(manifest, "utf8");
  const header = text.split("\n", 1)[0].trim();
  const padded = header === FULL_MANIFEST_HEADER && fieldCount(row) === MANIFEST_HEADER.split(",").length ? withOptionalColumns(row) : row;
  writeFileSync(manifest, text + padded + "\n");
}

/** Fields of a CSV row (quoted commas do not split). */
function fieldCount(row: string): number {
  let count = 1;
  let quoted = false;
  for (const char of row) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) count++;
  }
  return count;
}

/**
 * A fresh temporary wave folder holding a copy of the project's codebook and
 * either an empty manifest or (`copyProjectWaves`) the project's manifest and
 * its three SYNTHETIC waves.
 */
export function temporaryWaveFolder(copyProjectWaves = false): string {
  const folder = temporaryFolder("waves");
  copyFileSync(projectPath("data/waves/codebook.csv"), path.join(folder, "codebook.csv"));
  if (copyProjectWaves) {
    copyFileSync(projectPath("data/waves/manifest.csv"), path.join(folder, "manifest.csv"));
    for (const year of [2017, 2018, 2019]) copyFileSync(projectPath(`data/waves/kz-${year}-synthetic.csv`), path.join(folder, `kz-${year}-synthetic.csv`));
  } else {
    writeFileSync(path.join(folder, "manifest.csv"), `${MANIFEST_HEADER}\n`);
  }
  return folder;
}

/** Columns of {@link tinyWaveCsv}: the design columns, then the codebook's default question ids. */
export const WAVE_COLUMNS = [
  "respondent_id", "stratum", "psu", "weight",
  "q_opinion_russia", "q_opinion_usa", "q_opinion_china", "q_econ_russia", "q_econ_usa", "q_econ_china", "q_eeu_benefit", "q_opinion_leadership", "q_reason_russia_1", "q_reason_russia_2",
];

/**
 * A tiny valid wave as CSV text: 2 strata × 2 PSUs × 3 respondents, every
 * answer code valid. `edit(rows)` may change cells (rows[0] is the header)
 * before it is written.
 */
export function tinyWaveCsv(edit: (rows: string[][]) => void = () => undefined): string {
  const rows: string[][] = [WAVE_COLUMNS.slice()];
  let id = 0;
  for (const stratum of ["A", "B"]) {
    for (const psu of ["1", "2"]) {
      for (let k = 0; k < 3; k++) {
        id++;
        const answer = String(((id + k) % 4) + 1);
        rows.push([`t${id}`, stratum, psu, (1 + (id % 3) / 4).toFixed(2), answer, "2", "1", answer, "3", "2", "1", "2", id % 2 === 0 ? "1" : "", ""]);
      }
    }
  }
  edit(rows);
  return rows.map((row) => row.join(",")).join("\n") + "\n";
}

/** Text of the project's codebook, copied into every fixture folder. */
export function projectCodebookText(): string {
  return readFileSync(projectPath(WAVE_CODEBOOK_FILE), "utf8");
}

/** Question ids of the ten concepts under the default coding, in concept order. */
export function defaultQuestionIds(): string[] {
  const coding = codingForWave(loadWaveCodebook(), "any-wave");
  return WAVE_CONCEPTS.map((concept) => coding.get(concept)!.questionId);
}

/** Design columns of {@link validWaveRows}. */
export const DESIGN_COLUMNS = ["respondent_id", "stratum", "psu", "weight"] as const;
/** Column of the multi-country fixture used by the manifest filter. */
export const COUNTRY_COLUMN = "country";

/** One respondent of a generated wave, as CSV cells. */
export type WaveRow = Record<string, string>;

/**
 * A valid wave as rows: 2 strata × 2 PSUs × `perPsu` respondents, weights
 * 0.5…2, answers cycling through the codes 1–4 (and 98 now and then),
 * reasons blank for every third respondent (not asked).
 */
export function validWaveRows(perPsu = 3): WaveRow[] {
  const questions = defaultQuestionIds();
  const rows: WaveRow[] = [];
  let i = 0;
  for (const stratum of ["S1", "S2"]) {
    for (const psu of ["P1", "P2"]) {
      for (let k = 0; k < perPsu; k++, i++) {
        const row: WaveRow = {
          respondent_id: `r${String(i + 1).padStart(4, "0")}`,
          stratum,
          psu: `${stratum}-${psu}`,
          weight: String(0.5 + ((i * 7) % 16) / 10),
          [COUNTRY_COLUMN]: "KZ",
        };
        questions.forEach((question, q) => {
          const isReason = question.includes("reason");
          row[question] = isReason && i % 3 === 0 ? "" : i % 11 === q ? "98" : String(1 + ((i + q) % 4));
        });
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The header of {@link validWaveRows}: design columns, question ids, then the country column. */
export function waveHeader(): string[] {
  return [...DESIGN_COLUMNS, ...defaultQuestionIds(), COUNTRY_COLUMN];
}

/** Serialises rows as RFC 4180 CSV (fields quoted only when needed), LF line endings unless `eol` says otherwise. */
export function toCsv(header: readonly string[], rows: readonly WaveRow[], eol = "\n"): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [header.map(quote).join(","), ...rows.map((row) => header.map((name) => quote(row[name] ?? "")).join(","))].join(eol) + eol;
}

/** A wave folder written by {@link writeWaveFolder}. */
export interface WaveFolder {
  readonly dir: string;
  readonly manifestFile: string;
  readonly codebookFile: string;
  /** Absolute path of the wave file as the manifest resolves it. */
  readonly waveFile: string;
}

/** Contents of a wave folder; anything omitted is the valid default. */
export interface WaveFolderContents {
  readonly wave?: string | Buffer;
  readonly waveFileName?: string;
  readonly manifest?: string | Buffer;
  readonly codebook?: string | Buffer;
}

/**
 * Writes a wave folder in a fresh temporary folder: manifest.csv (by default
 * one {@link fixtureManifestRow} for the wave file), codebook.csv (the
 * project's) and the wave file when given.
 */
export function writeWaveFolder(contents: WaveFolderContents = {}): WaveFolder {
  const dir = temporaryFolder("wave-folder");
  const waveFileName = contents.waveFileName ?? "wave.csv";
  const manifestFile = path.join(dir, "manifest.csv");
  const codebookFile = path.join(dir, "codebook.csv");
  writeFileSync(manifestFile, contents.manifest ?? `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: waveFileName })}\n`);
  writeFileSync(codebookFile, contents.codebook ?? projectCodebookText());
  const waveFile = path.join(dir, waveFileName);
  if (contents.wave !== undefined) writeFileSync(waveFile, contents.wave);
  return { dir, manifestFile, codebookFile, waveFile };
}

/** The expected code and location of a DataError (file always; row/column where given, `null` = must be absent). */
export interface ExpectedDataError {
  readonly code: DataErrorCode;
  readonly file: string;
  readonly row?: number | null;
  readonly column?: string | null;
}

/** Awaits `run` and checks it rejects with a DataError of the expected code and location, its message starting with the file. */
export async function expectDataError(run: () => unknown, expected: ExpectedDataError): Promise<DataError> {
  let error: unknown;
  try {
    await run();
  } catch (caught) {
    error = caught;
  }
  assert.ok(error !== undefined, `expected DataError ${expected.code}, but the load succeeded`);
  assert.ok(error instanceof DataError, `expected a DataError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  assert.equal(error.code, expected.code, `code (message: ${error.message})`);
  assert.equal(error.location.file, expected.file, `file (message: ${error.message})`);
  if (expected.row !== undefined) assert.equal(error.location.row, expected.row ?? undefined, `row (message: ${error.message})`);
  if (expected.column !== undefined) assert.equal(error.location.column, expected.column ?? undefined, `column (message: ${error.message})`);
  assert.ok(error.message.startsWith(expected.file), "the message starts with the file");
  return error;
}

/** The CAB-like constructed test waves (test/fixtures/waves/make-cab-like-fixtures.sps) and their reviewed codebook rows. */
export const CAB_LIKE = {
  sav: "test/fixtures/waves/cab-like-2021.sav",
  reversed: "test/fixtures/waves/cab-like-2021-reversed.sav",
  csv: "test/fixtures/waves/zero-weights-2020.csv",
  codebookRows: "test/fixtures/waves/cab-like-2021-codebook.csv",
  waveId: "cab-2021",
} as const;

/**
 * The manifest row of the CAB-like wave: Kazakhstan kept by the label of
 * COUNTRY, weight totwt, strata REGION, PSUs PSU, with a lonely-PSU rule
 * (for a manifest with {@link FULL_MANIFEST_HEADER}).
 *
 * @example cabLikeManifestRow("adjust") // => "cab-2021,Kazakhstan,2021-09-01,2021-10-15,cab-2021.sav,sav,RESPID,totwt,REGION,PSU,COUNTRY,Kazakhstan,…,adjust,,"
 */
export function cabLikeManifestRow(lonelyPsu: string, options: { readonly waveId?: string; readonly file?: string; readonly start?: string } = {}): string {
  const start = options.start ?? "2021-09-01";
  const row = manifestRow(options.waveId ?? CAB_LIKE.waveId, options.file ?? "cab-2021.sav", {
    start,
    filter: ["COUNTRY", "Kazakhstan"],
    fields: { field_end: `${start.slice(0, 8)}28`, respondent_id: "RESPID", weight: "totwt", strata: "REGION", psu: "PSU", source: "constructed test wave (test/fixtures/waves)" },
  });
  return withOptionalColumns(row, { lonely_psu: lonelyPsu });
}

/**
 * A wave folder (temporary) holding the CAB-like wave as `cab-2021.sav`
 * (or another of its fixtures), the project's codebook with the wave's
 * reviewed rows, and a manifest listing only that wave under `lonelyPsu`.
 */
export function cabLikeFolder(lonelyPsu = "adjust", fixture: string = CAB_LIKE.sav): WaveFolder {
  const dir = temporaryFolder("cab-like");
  const manifestFile = path.join(dir, "manifest.csv");
  const codebookFile = path.join(dir, "codebook.csv");
  const waveFile = path.join(dir, "cab-2021.sav");
  copyFileSync(projectPath(fixture), waveFile);
  writeFileSync(manifestFile, `${FULL_MANIFEST_HEADER}\n${cabLikeManifestRow(lonelyPsu)}\n`);
  const rows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n");
  writeFileSync(codebookFile, projectCodebookText() + rows);
  return { dir, manifestFile, codebookFile, waveFile };
}

/**
 * A copy of the project's data/ folder in a fresh temporary folder, to point
 * LWN_DATA_DIR at (the main job and `npm run wave -- check` read it as they
 * read data/).
 *
 * @example const data = temporaryDataFolder(); // => "/tmp/lwn-test-AbC123/7-data/data"
 */
export function temporaryDataFolder(): string {
  const data = path.join(temporaryFolder("data"), "data");
  cpSync(projectPath("data"), data, { recursive: true });
  return data;
}

/**
 * Runs `run` with environment variables set (undefined = unset), restoring them after.
 *
 * @example await withEnvironment({ LWN_DATA_DIR: data }, () => runWaveCommand(["check"], io))
 */
export async function withEnvironment<T>(variables: Readonly<Record<string, string | undefined>>, run: () => T | Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  set({ ...variables });
  try {
    return await run();
  } finally {
    set(saved);
  }
}
