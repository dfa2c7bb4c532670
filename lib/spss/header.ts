import { ByteCursor } from "./byte-cursor";
import { SavReadError } from "./sav-read-error";

/** How the case data are stored (file header `compression`). */
export type SavLayout = "uncompressed" | "bytecode" | "zlib";

/** Byte order of integers and floating-point numbers. */
export type SavByteOrder = "little-endian" | "big-endian";

/** The file header record, with its text fields still as bytes (decoded once the encoding is known). */
export interface SavHeader {
  readonly layout: SavLayout;
  readonly byteOrder: SavByteOrder;
  /** 8-byte elements per case as declared (unreliable: some writers put -1 or 0). */
  readonly nominalCaseSize: number;
  /** 1-based dictionary index of the weight variable, 0 when unweighted. */
  readonly weightIndex: number;
  /** Declared number of cases, or -1 when unknown. */
  readonly caseCount: number;
  /** Compression bias (100 in every known file). */
  readonly bias: number;
  readonly productBytes: Uint8Array;
  readonly creationDateBytes: Uint8Array;
  readonly creationTimeBytes: Uint8Array;
  readonly fileLabelBytes: Uint8Array;
}

/** Length of the file header record in bytes. */
export const HEADER_LENGTH = 176;

/**
 * Reads the 176-byte file header record. The byte order is the one in which
 * `layout_code` reads as 2 or 3; `compression` must be 0 or 1 for `$FL2` and
 * 2 for `$FL3`; the bias must be a finite number.
 *
 * Reference: GNU PSPP manual, "System File Format" > "File Header Record".
 *
 * @param bytes the whole file (already identified as a system file, see file-signature.ts)
 * @throws SavReadError "truncated" when the file is shorter than the header, "format" for an impossible layout code,
 *   compression or bias.
 * @example readHeader(bytes, "wave.sav").layout // => "bytecode"
 */
export function readHeader(bytes: Uint8Array, file: string): SavHeader {
  const probe = new ByteCursor(bytes, true, file);
  probe.need(HEADER_LENGTH, "the file header record (176 bytes)");
  const layoutLittle = probe.view.getInt32(64, true);
  const layoutBig = probe.view.getInt32(64, false);
  let littleEndian: boolean;
  if (layoutLittle === 2 || layoutLittle === 3) littleEndian = true;
  else if (layoutBig === 2 || layoutBig === 3) littleEndian = false;
  else throw new SavReadError("format", { file, offset: 64 }, `the header's layout code is ${layoutLittle} (little-endian) or ${layoutBig} (big-endian), not 2 or 3: not a readable SPSS system file`);

  const cursor = new ByteCursor(bytes, littleEndian, file);
  const recType = cursor.take(4, "the record type");
  const productBytes = cursor.take(60, "the product name");
  cursor.int32("the layout code");
  const nominalCaseSize = cursor.int32("the nominal case size");
  const compressionOffset = cursor.offset;
  const compression = cursor.int32("the compression code");
  const weightIndex = cursor.int32("the weight index");
  const caseCount = cursor.int32("the number of cases");
  const bias = cursor.float64("the compression bias");
  const creationDateBytes = cursor.take(9, "the creation date");
  const creationTimeBytes = cursor.take(8, "the creation time");
  const fileLabelBytes = cursor.take(64, "the file label");

  const zlibFile = recType[3] === 0x33; // "$FL3"
  const layout: SavLayout | undefined = zlibFile ? (compression === 2 ? "zlib" : undefined) : compression === 0 ? "uncompressed" : compression === 1 ? "bytecode" : undefined;
  if (layout === undefined) {
    throw new SavReadError("format", { file, offset: compressionOffset }, `the header's compression code is ${compression}, which a ${zlibFile ? "$FL3 (.zsav) file must have as 2" : "$FL2 (.sav) file must have as 0 or 1"}`);
  }
  if (!Number.isFinite(bias)) throw new SavReadError("format", { file, offset: 84 }, `the header's compression bias is ${bias}, not a number: not a readable SPSS system file`);
  if (weightIndex < 0) throw new SavReadError("format", { file, offset: 76 }, `the header's weight index is ${weightIndex}, which cannot be negative`);
  return {
    layout,
    byteOrder: littleEndian ? "little-endian" : "big-endian",
    nominalCaseSize,
    weightIndex,
    caseCount: caseCount < 0 ? -1 : caseCount,
    bias,
    productBytes,
    creationDateBytes,
    creationTimeBytes,
    fileLabelBytes,
  };
}
