import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strict as assert } from "node:assert";
import { DataError, DataErrorCode } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { codingForWave, loadWaveCodebook, WAVE_CODEBOOK_FILE } from "../../lib/waves/codebook";
import { WAVE_CONCEPTS } from "../../lib/waves/concepts";

/**
 * Builders of small, fully valid wave folders (manifest + codebook + one wave
 * file) in a temporary directory, and of the corruptions the reliability
 * suite applies to them. Every bad-input test starts from a valid folder and
 * changes exactly one thing, so the error it expects is caused by that change.
 */

/** Text of the project's codebook, copied into every fixture folder. */
export function projectCodebookText(): string {
  return readFileSync(projectPath(WAVE_CODEBOOK_FILE), "utf8");
}

/** Question ids of the ten concepts under the default coding, in concept order. */
export function defaultQuestionIds(): string[] {
  const coding = codingForWave(loadWaveCodebook(), "any-wave");
  return WAVE_CONCEPTS.map((concept) => coding.get(concept)!.questionId);
}

export const DESIGN_COLUMNS = ["respondent_id", "stratum", "psu", "weight"] as const;
/** Column of the multi-country fixture used by the manifest filter. */
export const COUNTRY_COLUMN = "country";

/** One respondent of a generated wave, as CSV cells. */
export type WaveRow = Record<string, string>;

/**
 * A valid wave: 2 strata × 2 PSUs × `perPsu` respondents, weights 0.5…2,
 * answers cycling through the codes 1–4 (and 98 now and then), reasons blank
 * for every third respondent (not asked).
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

/** The header of generated waves: design columns, question ids, then the country column. */
export function waveHeader(): string[] {
  return [...DESIGN_COLUMNS, ...defaultQuestionIds(), COUNTRY_COLUMN];
}

/** Serialises rows as RFC 4180 CSV (fields quoted only when needed), LF line endings. */
export function toCsv(header: readonly string[], rows: readonly WaveRow[], eol = "\n"): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [header.map(quote).join(","), ...rows.map((row) => header.map((name) => quote(row[name] ?? "")).join(","))].join(eol) + eol;
}

export const MANIFEST_HEADER = "wave_id,country,field_start,field_end,file,format,respondent_id,weight,strata,psu,filter_column,filter_value,source,licence,synthetic";

/** One manifest row; `fields` overrides columns by name. */
export function manifestRow(fields: Partial<Record<string, string>> = {}): string {
  const defaults: Record<string, string> = {
    wave_id: "test-wave",
    country: "Kazakhstan",
    field_start: "2019-10-01",
    field_end: "2019-10-31",
    file: "wave.csv",
    format: "csv",
    respondent_id: "respondent_id",
    weight: "weight",
    strata: "stratum",
    psu: "psu",
    filter_column: "",
    filter_value: "",
    source: "reliability test fixture (SYNTHETIC)",
    licence: "CC0-1.0",
    synthetic: "yes",
  };
  const values = { ...defaults, ...fields };
  return MANIFEST_HEADER.split(",").map((name) => values[name]).join(",");
}

/** A temporary wave folder; `remove()` deletes it. */
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

let folderRoot: string | undefined;

/** Root of all fixture folders of this test run (one mkdtemp, cleaned by {@link removeWaveFolders}). */
function fixtureRoot(): string {
  folderRoot ??= mkdtempSync(path.join(tmpdir(), "lwn-reliability-"));
  return folderRoot;
}

let folderCount = 0;

/** Writes a wave folder: manifest.csv, codebook.csv and the wave file. */
export function writeWaveFolder(contents: WaveFolderContents = {}): WaveFolder {
  const dir = path.join(fixtureRoot(), `case-${++folderCount}`);
  mkdirSync(dir, { recursive: true });
  const waveFileName = contents.waveFileName ?? "wave.csv";
  const manifestFile = path.join(dir, "manifest.csv");
  const codebookFile = path.join(dir, "codebook.csv");
  writeFileSync(manifestFile, contents.manifest ?? `${MANIFEST_HEADER}\n${manifestRow({ file: waveFileName })}\n`);
  writeFileSync(codebookFile, contents.codebook ?? projectCodebookText());
  const waveFile = path.join(dir, waveFileName);
  if (contents.wave !== undefined) writeFileSync(waveFile, contents.wave);
  return { dir, manifestFile, codebookFile, waveFile };
}

/** Deletes every folder written by {@link writeWaveFolder} in this run. */
export function removeWaveFolders(): void {
  if (folderRoot !== undefined) rmSync(folderRoot, { recursive: true, force: true });
  folderRoot = undefined;
}

/** The expected code and location of a DataError (file always; row/column where given, `null` = must be absent). */
export interface ExpectedDataError {
  readonly code: DataErrorCode;
  readonly file: string;
  readonly row?: number | null;
  readonly column?: string | null;
}

/** Awaits `run` and checks it rejects with a DataError of the expected code and location. */
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
