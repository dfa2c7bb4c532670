/**
 * The one error type of the SPSS reader (lib/spss). It carries a stable
 * machine-readable `code` and, where known, where in the file the problem is:
 * the byte offset, the case (1-based) and the variable. Callers outside
 * lib/spss translate it into their own error types (the package's DataError
 * in lib/waves/read-sav-wave.ts).
 */

/**
 * Kinds of problem, stable across releases (callers and tests match on them):
 *
 * - `"format"`: the bytes break the system-file format (bad record, bad
 *   length, inconsistent dictionary, bytes left over after the declared cases);
 * - `"truncated"`: the file ends before the format or the header says it should
 *   (inside the dictionary, inside a case, or with fewer cases than declared);
 * - `"encoding"`: text that is not valid in the file's declared (or detected)
 *   character encoding, or an encoding that cannot be decoded;
 * - `"unsupported"`: a file this reader recognises but does not read (encrypted
 *   .sav, portable .por, SPSS/PC+, EBCDIC, non-IEEE floating point, not a file).
 */
export type SavReadErrorCode = "format" | "truncated" | "encoding" | "unsupported";

/** Where a problem is; every field is optional except the file. */
export interface SavReadErrorLocation {
  /** The file name as given by the caller (or "<bytes>" when reading a buffer without a name). */
  readonly file: string;
  /** Byte offset in the file (for zlib-compressed data: in the decompressed stream, as stated in the message). */
  readonly offset?: number;
  /** 1-based case (row) number. */
  readonly caseNumber?: number;
  /** Variable (long) name. */
  readonly variable?: string;
  /** Cases the file declares, for count mismatches. */
  readonly expectedCases?: number;
  /** Complete cases found, for count mismatches. */
  readonly foundCases?: number;
}

/**
 * A file the SPSS reader cannot read, with what it is and where the problem is.
 * The message starts with the file name and says what was found.
 *
 * @example
 * new SavReadError("truncated", { file: "w.sav", expectedCases: 7, foundCases: 4 }, "the data end inside case 5").message
 * // => "w.sav: the data end inside case 5"
 */
export class SavReadError extends Error {
  readonly code: SavReadErrorCode;
  readonly location: SavReadErrorLocation;
  /** The message without the file name. */
  readonly detail: string;

  constructor(code: SavReadErrorCode, location: SavReadErrorLocation, detail: string) {
    super(`${location.file}: ${detail}`);
    this.name = "SavReadError";
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}
