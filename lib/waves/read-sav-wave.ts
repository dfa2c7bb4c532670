import { DataError } from "../io/data-error";
import { sha256Hex } from "../io/data-provenance";
import { describeSource, openSav, SavData, SavReadError } from "../spss";
import type { FileValueLabel, RawCell, RawWaveFile } from "./raw-wave-file";
import { readWaveFileBytes } from "./wave-file-access";

/** Options of {@link readSavWave}. */
export interface ReadSavWaveOptions {
  /**
   * The columns the caller needs (the manifest's design columns and the
   * codebook's question ids): only those present in the file are decoded, so
   * a 400-variable file costs little. Names the file lacks are left for the
   * caller's validation to report. Default: every column.
   */
  readonly columns?: readonly string[];
  /** The folder the file must lie in once links are resolved (the manifest's folder); see readWaveFileBytes. */
  readonly within?: string;
}

/**
 * Reads an SPSS wave (.sav, uncompressed or bytecode-compressed, or .zsav;
 * little- or big-endian) with the package's own reader (lib/spss). Every
 * text is decoded in the file's declared encoding (the character encoding
 * record, else the code page of the machine integer record; UTF-8 when the
 * file declares none and its text is valid UTF-8, else windows-1252), so
 * Cyrillic and Kazakh text of UTF-8 and windows-1251 files alike is read as
 * is. System-missing values become null (item missing); user-missing codes
 * (e.g. 98, 99) stay as codes, since the codebook says what they mean;
 * strings are trimmed and an empty string is null. The file is read
 * through {@link readWaveFileBytes} (inside `within`, a regular file, under
 * the size limit). A relative path is taken from the project root.
 *
 * The reader's refusals become DataErrors naming the file, and the row (case)
 * and column (variable) where known: "encoding" for text that is not valid in
 * the file's encoding, "format" for everything else (not a system file,
 * encrypted or portable files, a damaged dictionary, a truncated file or one
 * whose data hold more or fewer cases than its header declares).
 *
 * Reference: GNU PSPP manual, "System File Format"; lib/spss/README.md.
 *
 * @throws DataError "file-missing", "file-refused", "format" or "encoding".
 * @example (await readSavWave("test/fixtures/waves/extra-wave.sav")).columns // => ["respondent_id", "stratum", ...]
 */
export async function readSavWave(file: string, options: ReadSavWaveOptions = {}): Promise<RawWaveFile> {
  const bytes = readWaveFileBytes(file, { within: options.within });
  let data: SavData;
  try {
    const sav = openSav(bytes, { fileName: file });
    const wanted = options.columns === undefined ? undefined : new Set(options.columns);
    const variables = wanted === undefined ? undefined : sav.dictionary.variables.filter((variable) => wanted.has(variable.name)).map((variable) => variable.name);
    data = sav.readCases({ variables });
  } catch (error) {
    if (error instanceof SavReadError) throw savReadErrorToDataError(error, file);
    throw error;
  }
  return toRawWaveFile(data, file, bytes);
}

/**
 * The package's DataError for a reader error: code "encoding" stays
 * "encoding", every other code is "format"; the case becomes the row and the
 * variable the column.
 *
 * @example savReadErrorToDataError(new SavReadError("truncated", { file: "w.sav", caseNumber: 5 }, "the data end inside case 5"), "w.sav").location.row // => 5
 */
export function savReadErrorToDataError(error: SavReadError, file: string): DataError {
  const { caseNumber, variable } = error.location;
  const row = caseNumber ?? (variable !== undefined ? 0 : undefined);
  return new DataError(error.code === "encoding" ? "encoding" : "format", { file, row, column: variable }, error.detail);
}

function toRawWaveFile(data: SavData, file: string, bytes: Buffer): RawWaveFile {
  const { dictionary, columns, caseCount } = data;
  const rows: RawCell[][] = [];
  for (let row = 0; row < caseCount; row++) {
    const cells: RawCell[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (column.type === "numeric") {
        const value = column.values[row];
        cells[c] = Number.isNaN(value) ? null : value;
      } else {
        const text = column.values[row].trim();
        cells[c] = text === "" ? null : text;
      }
    }
    rows.push(cells);
  }
  const valueLabels = new Map<string, FileValueLabel[]>();
  const variableLabels = new Map<string, string>();
  for (const { variable } of columns) {
    const labels = variable.valueLabels.filter((entry): entry is { value: number; label: string } => typeof entry.value === "number").map((entry) => ({ code: entry.value, label: entry.label }));
    if (labels.length > 0) valueLabels.set(variable.name, labels);
    if (variable.label !== null) variableLabels.set(variable.name, variable.label);
  }
  const allColumns = dictionary.variables.map((variable) => variable.name);
  return {
    file,
    format: dictionary.layout === "zlib" ? "zsav" : "sav",
    columns: columns.map((column) => column.variable.name),
    ...(allColumns.length === columns.length ? {} : { fileColumns: allColumns }),
    rows,
    valueLabels,
    variableLabels,
    encoding: dictionary.encoding.name,
    encodingSource: describeSource(dictionary.encoding),
    sha256: sha256Hex(bytes),
  };
}
