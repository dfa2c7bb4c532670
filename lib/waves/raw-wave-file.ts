/** A cell of a wave file as read: number, text, or null for a blank cell (CSV) or system-missing value (SPSS). */
export type RawCell = string | number | null;

/** An answer-code label stored in the file itself (SPSS value labels of numeric variables); CSV files have none. */
export interface FileValueLabel {
  readonly code: number;
  readonly label: string;
}

/**
 * A respondent-level file read into memory, before any validation against
 * the manifest and the codebook. Row i of `rows` is data row i + 1 in error
 * messages (the header, or the dictionary of a .sav file, is row 0).
 */
export interface RawWaveFile {
  /** The file as given by the caller (used in every error message). */
  readonly file: string;
  readonly format: "csv" | "sav" | "zsav";
  /** The columns read, in file order: every column of a CSV; for SPSS files read with a column selection, only the selected ones. */
  readonly columns: readonly string[];
  /** Every column of the file, in file order, when `columns` holds only a selection (for messages); absent when they are the same. */
  readonly fileColumns?: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  /** Value labels by column (SPSS numeric variables only), for display. */
  readonly valueLabels: ReadonlyMap<string, readonly FileValueLabel[]>;
  /** Variable labels by column (SPSS only; absent for CSV). */
  readonly variableLabels?: ReadonlyMap<string, string>;
  /** Character encoding the text was decoded with, e.g. "UTF-8" (CSV), "utf-8" or "windows-1251" (SPSS, WHATWG names). */
  readonly encoding: string;
  /** How the encoding was determined (SPSS: declared by the file, or detected), for provenance; absent for CSV. */
  readonly encodingSource?: string;
  /** Decimal mark of numbers written as text (CSV: as the manifest declares, default "."); absent for SPSS files, whose numbers are binary. */
  readonly decimalMark?: "." | ",";
  /** SHA-256 of the file's bytes, for its provenance record (see lib/io/data-provenance.ts). */
  readonly sha256: string;
}
