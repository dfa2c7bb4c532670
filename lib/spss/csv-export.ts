import type { SavData } from "./read-sav";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote, CR
 * or LF, or begins or ends with white space (so that no reader trims it);
 * inner quotes doubled.
 *
 * @example csvField('say "hi", ok') // => '"say ""hi"", ok"'
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as CSV text: the shortest decimal that reads back as the same
 * double (ECMAScript Number::toString, e.g. 0.1 → "0.1", 1234.56 →
 * "1234.56", 1e21 → "1e+21"); NaN (system-missing) as an empty field.
 *
 * @example csvNumber(13771987200) // => "13771987200"
 * @example csvNumber(NaN) // => ""
 */
export function csvNumber(value: number): string {
  return Number.isNaN(value) ? "" : String(value);
}

/**
 * Writes the read cases as CSV, in pieces of about `chunkSize` characters so
 * that a large file never needs one huge string: a header of the variable
 * names, then one line per case, fields as {@link csvField} and
 * {@link csvNumber} make them. Values are exported as stored: user-missing
 * values as their codes, dates and times as seconds (since 1582-10-14 for
 * dates), strings with their trailing blanks removed. Lines end with "\n".
 *
 * @param write receives each piece of text, in order (the caller encodes it as UTF-8)
 * @example
 * let csv = ""; writeSavCsv(readSav(bytes), (piece) => { csv += piece; });
 * csv.split("\n")[0] // => "RESPID,REGION,PSU,WEIGHT,Q1"
 */
export function writeSavCsv(data: SavData, write: (piece: string) => void, chunkSize = 1 << 20): void {
  const columns = data.columns;
  let piece = columns.map((column) => csvField(column.variable.name)).join(",") + "\n";
  for (let row = 0; row < data.caseCount; row++) {
    let line = "";
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (c > 0) line += ",";
      line += column.type === "numeric" ? csvNumber(column.values[row]) : csvField(column.values[row]);
    }
    piece += line + "\n";
    if (piece.length >= chunkSize) {
      write(piece);
      piece = "";
    }
  }
  if (piece.length > 0) write(piece);
}

/**
 * The read cases as one CSV text (see {@link writeSavCsv}); for small files and tests.
 * @example savToCsv(readSav(bytes, { variables: ["Q1"] })) // => "Q1\n1\n2\n1\n3\n"
 */
export function savToCsv(data: SavData): string {
  const pieces: string[] = [];
  writeSavCsv(data, (piece) => pieces.push(piece));
  return pieces.join("");
}
