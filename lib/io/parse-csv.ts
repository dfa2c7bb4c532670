import { DataError, DataErrorLocation } from "./data-error";

/** A parsed CSV file: the header and the data rows, all as strings. */
export interface ParsedCsv {
  readonly file: string;
  readonly header: readonly string[];
  /** Data rows; `rows[i]` is data row i + 1 in error messages (the header is row 0). */
  readonly rows: readonly (readonly string[])[];
}

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field delimiter; default ",". */
  readonly delimiter?: string;
  /** Largest accepted field, in characters (guards against runaway quotes); default 1,000,000. */
  readonly maxFieldLength?: number;
}

/** Header names that would break plain-object maps downstream. */
const FORBIDDEN_COLUMN_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses CSV text strictly (RFC 4180): quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF, LF and CR line endings are accepted;
 * a UTF-8 byte-order mark is removed. Unlike a permissive reader it refuses,
 * with a {@link DataError} naming file, row and column:
 * an empty file, an empty or duplicated header name, a forbidden header name
 * (`__proto__`, `constructor`, `prototype`), a row whose width differs from
 * the header's, an unterminated quote, a stray quote inside an unquoted field,
 * and a field longer than `maxFieldLength`. Blank lines at the end of the file
 * are ignored; a blank line elsewhere is a row-width error.
 *
 * Reference: RFC 4180, "Common Format and MIME Type for CSV Files" (2005).
 *
 * @example
 * parseCsv('a,b\n1,"x,y"\n', "t.csv").rows // => [["1", "x,y"]]
 */
export function parseCsv(text: string, file: string, options: ParseCsvOptions = {}): ParsedCsv {
  const delimiter = options.delimiter ?? ",";
  const maxFieldLength = options.maxFieldLength ?? 1_000_000;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new RangeError(`parseCsv: invalid delimiter ${JSON.stringify(delimiter)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\uFFFD")) {
    throw new DataError("encoding", locateReplacementCharacter(text, file, delimiter), "the file is not valid UTF-8 (replacement character found); save it as UTF-8");
  }
  const records = splitRecords(text, file, delimiter, maxFieldLength);
  while (records.length > 0 && isBlankRecord(records[records.length - 1])) records.pop();
  if (records.length === 0) throw new DataError("file-empty", { file }, "the file is empty; expected a header row");
  const header = records[0].map((name) => name.trim());
  validateHeader(header, file);
  const rows = records.slice(1);
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      const column = row.length > header.length ? `#${header.length + 1}` : header[row.length];
      throw new DataError(
        "row-width",
        { file, row: index + 1, column },
        `expected ${header.length} fields as in the header, found ${row.length}` +
          (header.length > 1 && row.length === 1 ? ` (is the delimiter ${JSON.stringify(delimiter)}?)` : ""),
      );
    }
  });
  return { file, header, rows };
}

/**
 * Where the first U+FFFD (a byte sequence that was not UTF-8) sits: its record
 * (header = 0) and column (header name, or `#position` in the header itself or
 * when the header cell is damaged too). A binary file whose quotes do not
 * balance falls back to the physical line, without a column.
 */
function locateReplacementCharacter(text: string, file: string, delimiter: string): DataErrorLocation {
  try {
    const records = splitRecords(text, file, delimiter, Infinity);
    const row = records.findIndex((record) => record.some((field) => field.includes("\uFFFD")));
    const position = records[row].findIndex((field) => field.includes("\uFFFD"));
    const name = row > 0 ? records[0][position]?.trim() : undefined;
    return { file, row, column: name !== undefined && name !== "" && !name.includes("\uFFFD") ? name : `#${position + 1}` };
  } catch {
    return { file, row: text.slice(0, text.indexOf("\uFFFD")).split(/\r\n|\r|\n/).length - 1 };
  }
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.length === 1 && record[0] === "";
}

function validateHeader(header: readonly string[], file: string): void {
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const column = name === "" ? `#${index + 1}` : name;
    if (name === "") throw new DataError("header-missing", { file, row: 0, column }, "empty column name in the header");
    if (FORBIDDEN_COLUMN_NAMES.has(name)) {
      throw new DataError("column-name-forbidden", { file, row: 0, column }, `column name ${JSON.stringify(name)} is not allowed`);
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new DataError("header-duplicate", { file, row: 0, column }, `column name repeated (positions ${previous + 1} and ${index + 1})`);
    }
    seen.set(name, index);
  });
}

/** Splits text into records of fields, honouring quotes; reports errors with record index (header = 0). */
function splitRecords(text: string, file: string, delimiter: string, maxFieldLength: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldWasQuoted = false;
  let quoteOpenedAtRecord = 0;
  const fail = (code: "format", detail: string): never => {
    throw new DataError(code, { file, row: records.length, column: `#${record.length + 1}` }, detail);
  };
  const endField = (): void => {
    record.push(field);
    field = "";
    fieldWasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== "" || fieldWasQuoted) fail("format", "a quote inside an unquoted field; quote the whole field and double inner quotes");
      inQuotes = true;
      fieldWasQuoted = true;
      quoteOpenedAtRecord = records.length;
    } else if (char === delimiter) {
      endField();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      if (fieldWasQuoted) fail("format", "characters after a closing quote; quote the whole field");
      field += char;
    }
    if (field.length > maxFieldLength) fail("format", `a field longer than ${maxFieldLength} characters (unbalanced quote?)`);
  }
  if (inQuotes) {
    throw new DataError("format", { file, row: quoteOpenedAtRecord, column: `#${record.length + 1}` }, "a quoted field is never closed (truncated file?)");
  }
  if (field !== "" || fieldWasQuoted || record.length > 0) endRecord();
  return records;
}
