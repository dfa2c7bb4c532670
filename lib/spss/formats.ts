/** A print or write format of a variable, e.g. F8.2, A40, DATE11. */
export interface SavFormat {
  /** SPSS format name ("F", "A", "DATE", …), or "?n" for a code this reader does not know. */
  readonly type: string;
  readonly width: number;
  readonly decimals: number;
}

/** Format type codes of the system file format, by code (GNU PSPP manual, "System File Format" > "Variable Record"). */
const FORMAT_TYPES: readonly (string | undefined)[] = [
  undefined, "A", "AHEX", "COMMA", "DOLLAR", "F", "IB", "PIBHEX", "P", "PIB", "PK", "RB", "RBHEX", undefined, undefined, "Z", "N", "E",
  undefined, undefined, "DATE", "TIME", "DATETIME", "ADATE", "JDATE", "DTIME", "WKDAY", "MONTH", "MOYR", "QYR", "WKYR", "PCT", "DOT",
  "CCA", "CCB", "CCC", "CCD", "CCE", "EDATE", "SDATE", "MTIME", "YMDHMS",
];

/**
 * Decodes a format as stored in a variable record: the least significant
 * byte is the number of decimals, the next the field width, the next the
 * format type code.
 *
 * Reference: GNU PSPP manual, "System File Format" > "Variable Record" (print and write).
 *
 * @example decodeFormat(0x050802) // => { type: "F", width: 8, decimals: 2 }
 */
export function decodeFormat(code: number): SavFormat {
  const typeCode = (code >>> 16) & 0xff;
  return { type: FORMAT_TYPES[typeCode] ?? `?${typeCode}`, width: (code >>> 8) & 0xff, decimals: code & 0xff };
}

/** Formats whose text always shows the decimals (numeric, non-temporal formats). */
const ALWAYS_DECIMALS = new Set(["F", "COMMA", "DOT", "DOLLAR", "PCT", "E", "N", "Z", "P", "PK", "IB", "PIB", "RB", "CCA", "CCB", "CCC", "CCD", "CCE"]);

/**
 * The format as SPSS writes it in syntax (and haven reports it in
 * `format.spss`): the type and the width, then "." and the decimals for
 * numeric formats (always) and for date and time formats (when there are any).
 *
 * @example formatText({ type: "F", width: 8, decimals: 2 }) // => "F8.2"
 * @example formatText({ type: "F", width: 4, decimals: 0 }) // => "F4.0"
 * @example formatText({ type: "A", width: 40, decimals: 0 }) // => "A40"
 * @example formatText({ type: "DATE", width: 11, decimals: 0 }) // => "DATE11"
 */
export function formatText(format: SavFormat): string {
  return ALWAYS_DECIMALS.has(format.type) || format.decimals > 0 ? `${format.type}${format.width}.${format.decimals}` : `${format.type}${format.width}`;
}

/** Date, time and date-time formats: their values are seconds (since 14 October 1582 for dates). */
const TEMPORAL = new Map<string, "date" | "time" | "datetime">([
  ["DATE", "date"], ["ADATE", "date"], ["EDATE", "date"], ["SDATE", "date"], ["JDATE", "date"], ["MOYR", "date"], ["QYR", "date"], ["WKYR", "date"],
  ["TIME", "time"], ["DTIME", "time"], ["MTIME", "time"],
  ["DATETIME", "datetime"], ["YMDHMS", "datetime"],
]);

/**
 * What a numeric value in this format measures: "date" and "datetime" values
 * are seconds since 1582-10-14 00:00 (the Gregorian epoch), "time" values are
 * seconds; null for every other format. WKDAY and MONTH hold plain numbers (1-7, 1-12).
 *
 * Reference: GNU PSPP manual, "Basic Concepts" > "Values" (time and date values).
 *
 * @example temporalKind({ type: "DATETIME", width: 20, decimals: 0 }) // => "datetime"
 */
export function temporalKind(format: SavFormat): "date" | "time" | "datetime" | null {
  return TEMPORAL.get(format.type) ?? null;
}
