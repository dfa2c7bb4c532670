/** A cell of a wave file as read: number, text, or null for a blank cell (CSV) or system-missing value (SPSS). */
export type RawCell = string | number | null;

/** An answer-code label stored in the file itself (SPSS value labels); CSV files have none. */
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
  readonly format: "csv" | "sav";
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  /** Value labels by column (SPSS only), for display. */
  readonly valueLabels: ReadonlyMap<string, readonly FileValueLabel[]>;
  /** Character encoding declared or assumed ("UTF-8"). */
  readonly encoding: string;
  /** SHA-256 of the file's bytes, for its provenance record (see lib/io/data-provenance.ts). */
  readonly sha256: string;
}
