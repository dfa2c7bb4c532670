/**
 * Formats rows as RFC 4180 CSV: a header, then one line per row in the given
 * column order; every field goes through {@link formatCsvField} (quoting, and
 * neutralising text a spreadsheet would run as a formula); lines end with
 * "\n" (also after the last one). Deterministic: the same rows give the same
 * bytes.
 *
 * Reference: RFC 4180, "Common Format and MIME Type for CSV Files" (2005).
 *
 * @example formatCsv([{ id: "T1-01", reported: "39 + 48, 87%" }], ["id", "reported"])
 * // => 'id,reported\nT1-01,"39 + 48, 87%"\n'
 */
export function formatCsv(rows: readonly Readonly<Record<string, unknown>>[], columns: readonly string[]): string {
  const lines = [columns.map(formatCsvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => formatCsvField(row[column])).join(","));
  return `${lines.join("\n")}\n`;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP), plus the escape character itself. */
const FORMULA_START = /^[=+\-@\t\r']/;
/** A text that is a plain decimal number ("-0.5", "+3", "1e-4"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises a text that a spreadsheet (Excel, LibreOffice, Google Sheets)
 * would evaluate as a formula: when it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return, a single quote is put in front, so the cell shows as
 * text ("CSV injection", OWASP). Texts that are plain numbers ("-0.5") are
 * left alone, as they cannot hold a formula. A text that already starts with
 * a single quote gets one more, so that {@link restoreCsvText} gives back
 * every text exactly.
 *
 * Reference: OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection):
 * prefix such cells with a single quote and quote the field.
 *
 * @example neutraliseFormula('=HYPERLINK("http://x")') // => `'=HYPERLINK("http://x")`
 * @example neutraliseFormula("-0.5") // => "-0.5"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The text {@link neutraliseFormula} was given: one leading single quote
 * removed, if present. For readers of the package's own CSV outputs.
 *
 * @example restoreCsvText(`'=1+1`) // => "=1+1"
 */
export function restoreCsvText(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * One CSV field. Numbers, bigints and booleans are written with String() and
 * stay numbers; missing values (undefined, null) are empty fields. Texts (and
 * anything else, through String()) are
 * neutralised against formula injection ({@link neutraliseFormula}), and
 * quoted when they hold a comma, a quote, CR or LF, start or end with
 * white space, or were neutralised (inner quotes doubled), as OWASP advises.
 *
 * @example formatCsvField('say "hi"') // => '"say ""hi"""'
 * @example formatCsvField("=1+1") // => `"'=1+1"`
 * @example formatCsvField(-0.5) // => "-0.5"
 */
export function formatCsvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const raw = String(value);
  const text = neutraliseFormula(raw);
  return text !== raw || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
