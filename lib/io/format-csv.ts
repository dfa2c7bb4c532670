/**
 * Formats rows as RFC 4180 CSV: a header, then one line per row in the given
 * column order; a field is quoted when it holds a comma, a quote, CR or LF
 * (inner quotes doubled) or starts/ends with a space; lines end with "\n"
 * (also after the last one). Numbers are written with String(); missing
 * values (undefined, null) as empty fields. Deterministic: the same rows give
 * the same bytes.
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

/**
 * One CSV field: quoted when needed, inner quotes doubled.
 *
 * @example formatCsvField('say "hi"') // => '"say ""hi"""'
 */
export function formatCsvField(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
