/**
 * The one error type for bad input files.
 *
 * Every problem found while reading a data file names the file, and where it
 * can, the 1-based data row (the header is row 0) and the column, so that a
 * reader can open the file and see the cell at fault.
 */
export interface DataErrorLocation {
  /** Path of the file as given by the caller (relative paths stay relative). */
  readonly file: string;
  /** 1-based data row (header = 0); undefined when the problem is file-wide. */
  readonly row?: number;
  /** Column name (or header position when there is no name); undefined when row- or file-wide. */
  readonly column?: string;
}

/**
 * Machine-readable kind of the problem, stable across releases (tests match on it).
 * "file-refused": a file that is not read at all (a symbolic link out of the data
 * folder, a FIFO or device, a file over the size limit); "label-contradiction":
 * a value label in a data file that contradicts the codebook's reading of the code.
 */
export type DataErrorCode =
  | "file-missing"
  | "file-refused"
  | "file-empty"
  | "encoding"
  | "header-missing"
  | "header-duplicate"
  | "column-missing"
  | "column-unexpected"
  | "column-name-forbidden"
  | "row-width"
  | "value-missing"
  | "value-type"
  | "value-range"
  | "value-unknown-code"
  | "key-duplicate"
  | "weight-invalid"
  | "design-invalid"
  | "checksum-mismatch"
  | "label-contradiction"
  | "format";

/** A problem in an input file, located by file, row and column. */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly location: DataErrorLocation;
  readonly detail: string;

  constructor(code: DataErrorCode, location: DataErrorLocation, detail: string) {
    super(`${formatLocation(location)}: ${detail}`);
    this.name = "DataError";
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}

/**
 * Formats a location as `file`, `file, row 3` or `file, row 3, column "weight"`.
 *
 * @example formatLocation({ file: "data/t1.csv", row: 3, column: "percent" })
 * // => 'data/t1.csv, row 3, column "percent"'
 */
export function formatLocation(location: DataErrorLocation): string {
  let text = location.file;
  if (location.row !== undefined) text += `, row ${location.row}`;
  if (location.column !== undefined) text += `, column "${location.column}"`;
  return text;
}
