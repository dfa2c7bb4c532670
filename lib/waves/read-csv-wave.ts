import { DataError } from "../io/data-error";
import { sha256Hex } from "../io/data-provenance";
import { parseCsv } from "../io/parse-csv";
import type { CsvDialect } from "./manifest";
import type { RawCell, RawWaveFile } from "./raw-wave-file";
import { readWaveFileBytes } from "./wave-file-access";

/** Options of {@link readCsvWave}. */
export interface ReadCsvWaveOptions {
  /** Delimiter and decimal mark (the manifest's `delimiter`, `decimal_mark`); default `,` and `.`. */
  readonly dialect?: CsvDialect;
  /** The folder the file must lie in once links are resolved (the manifest's folder); see readWaveFileBytes. */
  readonly within?: string;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };
const MANIFEST_DELIMITER: Record<string, string> = { ",": ",", ";": ";", "\t": "tab", "|": "|" };

/**
 * Reads a respondent-level CSV wave (UTF-8, with or without byte-order mark,
 * RFC 4180, a header row of column names) in its dialect: comma-delimited
 * with decimal points by default, or as the manifest declares, e.g.
 * `;` with decimal commas as Excel writes CSV in Russian and Kazakh locales
 * (R's `read.csv2`). Cells are kept as text (numbers are parsed with the
 * decimal mark when validated); blank cells become null (item missing).
 *
 * A file whose header shows another delimiter than the one declared (a
 * semicolon-delimited file read as comma-delimited) is refused with a
 * DataError "format" that says so and what to declare, rather than a
 * row-width error. A UTF-16 file or bytes that are not valid UTF-8 throw
 * "encoding". The file is read through {@link readWaveFileBytes}: inside
 * `within`, a regular file, under the size limit. A relative path is taken
 * from the project root.
 *
 * @throws DataError "file-missing", "file-refused", "encoding", "format" or a parse error naming row and column.
 * @example readCsvWave("data/waves/kz-2019-synthetic.csv").rows.length // => 1500
 */
export function readCsvWave(file: string, options: ReadCsvWaveOptions = {}): RawWaveFile {
  const dialect = options.dialect ?? { delimiter: ",", decimalMark: "." };
  const bytes = readWaveFileBytes(file, { within: options.within });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DataError("encoding", { file, row: 0 }, "the file is UTF-16; save it as UTF-8 (with or without BOM)");
  }
  const text = bytes.toString("utf8");
  checkDelimiter(text, file, dialect);
  const parsed = parseCsv(text, file, { delimiter: dialect.delimiter });
  const rows = parsed.rows.map((row) => row.map((cell): RawCell => (cell.trim() === "" ? null : cell.trim())));
  return { file, format: "csv", columns: parsed.header, rows, valueLabels: new Map(), encoding: "UTF-8", decimalMark: dialect.decimalMark, sha256: sha256Hex(bytes) };
}

/**
 * The delimiter a CSV header line most likely uses: the one of `,`, `;`,
 * tab and `|` that occurs most often outside quotes (null when none does).
 *
 * @example guessDelimiter("RESPID;REGION;PSU;WEIGHT;Q1") // => ";"
 */
export function guessDelimiter(headerLine: string): string | null {
  const counts = new Map<string, number>(Object.keys(DELIMITER_NAMES).map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : null;
}

/** Refuses a file whose header is one column under the declared delimiter but several under another. */
function checkDelimiter(text: string, file: string, dialect: CsvDialect): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerLine = body.split(/\r\n|\r|\n/, 1)[0];
  const guess = guessDelimiter(headerLine);
  if (guess === null || guess === dialect.delimiter || countOutsideQuotes(headerLine, dialect.delimiter) > 0) return;
  const names = headerLine.split(guess).length;
  const decimalCommas = guess === ";" ? firstDecimalComma(body, guess) : null;
  const declare = `delimiter ${JSON.stringify(MANIFEST_DELIMITER[guess])}${decimalCommas ? ' and decimal_mark ","' : ""}`;
  throw new DataError(
    "format",
    { file, row: 0 },
    `the file looks ${DELIMITER_NAMES[guess]}-delimited (its header has ${names} names separated by ${JSON.stringify(guess)} and no ${DELIMITER_NAMES[dialect.delimiter]})` +
      (decimalCommas ? `, with decimal commas (e.g. ${JSON.stringify(decimalCommas.cell)} in row ${decimalCommas.row})` : "") +
      (guess === ";" ? ", as Excel writes CSV in Russian and Kazakh locales" : "") +
      `; declare it in the wave's manifest row: ${declare}${guess === ";" && decimalCommas ? " (as R's read.csv2 reads it)" : ""}`,
  );
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
  }
  return count;
}

/** The first cell that is a number with a decimal comma ("1,5"), in the first 1,000 data lines. */
function firstDecimalComma(text: string, delimiter: string): { cell: string; row: number } | null {
  const lines = text.split(/\r\n|\r|\n/, 1001).slice(1);
  for (let i = 0; i < lines.length; i++) {
    const cell = lines[i].split(delimiter).find((field) => /^\s*[+-]?\d+,\d+\s*$/.test(field));
    if (cell !== undefined) return { cell: cell.trim(), row: i + 1 };
  }
  return null;
}
