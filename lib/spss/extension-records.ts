import { ByteCursor } from "./byte-cursor";
import { SavReadError } from "./sav-read-error";

/** Machine integer info record (subtype 3). */
export interface MachineIntegerInfo {
  readonly versionMajor: number;
  readonly versionMinor: number;
  readonly versionRevision: number;
  readonly machineCode: number;
  /** 1 = IEEE 754, 2 = IBM 370, 3 = DEC VAX E. */
  readonly floatingPointRep: number;
  readonly compressionCode: number;
  /** 1 = big-endian, 2 = little-endian (as the writer claims; the header's layout code decides). */
  readonly endianness: number;
  /** Code page number (1252, 1251, 65001 …) or 1 = EBCDIC, 2/3 = ASCII, 4 = DEC Kanji. */
  readonly characterCode: number;
}

/** Machine floating-point info record (subtype 4). */
export interface MachineFloatInfo {
  readonly sysmis: number;
  readonly highest: number;
  readonly lowest: number;
}

/** Value labels of one long string variable (subtype 21), text still as bytes. */
export interface RawLongStringLabels {
  readonly offset: number;
  readonly nameBytes: Uint8Array;
  readonly width: number;
  readonly labels: readonly { readonly valueBytes: Uint8Array; readonly labelBytes: Uint8Array }[];
}

/** Missing values of one long string variable (subtype 22), text still as bytes. */
export interface RawLongStringMissing {
  readonly offset: number;
  readonly nameBytes: Uint8Array;
  readonly values: readonly Uint8Array[];
}

/** An extension record this reader does not interpret, listed so that `inspect` can show it. */
export interface OtherExtensionRecord {
  readonly subtype: number;
  readonly offset: number;
  readonly bytes: number;
}

/** Everything the extension (type 7) records said, text still as bytes. */
export interface ExtensionRecords {
  machineInteger: MachineIntegerInfo | null;
  machineFloat: MachineFloatInfo | null;
  /** Subtype 11, the raw int32 values (2 or 3 per variable record that is not a continuation). */
  displayParameters: Int32Array | null;
  /** Subtype 13, "SHORT=Long Name" pairs separated by tabs. */
  longNames: Uint8Array | null;
  /** Subtype 14, "SHORT=00600" pairs separated by NUL TAB. */
  veryLongStrings: Uint8Array | null;
  /** Subtype 20, the encoding's name. */
  encoding: Uint8Array | null;
  /** Subtype 10, free text about the product that wrote the file. */
  productInfo: Uint8Array | null;
  /** Subtype 16, the number of cases as a 64-bit integer (-1 = unknown). */
  caseCount64: number | null;
  longStringLabels: RawLongStringLabels[];
  longStringMissing: RawLongStringMissing[];
  other: OtherExtensionRecord[];
  /** Problems in nonessential records, which were then ignored (as the PSPP manual advises). */
  warnings: string[];
}

/** A fresh, empty {@link ExtensionRecords}. @example emptyExtensionRecords().warnings // => [] */
export function emptyExtensionRecords(): ExtensionRecords {
  return {
    machineInteger: null,
    machineFloat: null,
    displayParameters: null,
    longNames: null,
    veryLongStrings: null,
    encoding: null,
    productInfo: null,
    caseCount64: null,
    longStringLabels: [],
    longStringMissing: [],
    other: [],
    warnings: [],
  };
}

/**
 * Reads the body of one extension record (the cursor stands after its
 * subtype/size/count header, `size * count` bytes are known to exist) into
 * `records`. Subtypes 3, 4, 11 and 16 with an unexpected size or count are
 * ignored with a warning (nonessential, PSPP manual B.1); subtypes 13, 14,
 * 20, 21 and 22 carry names, layout, encoding, labels and missing values, so
 * a malformed one is an error.
 *
 * Reference: GNU PSPP manual, "System File Format", sections B.6 to B.18.
 *
 * @throws SavReadError "format" for a malformed long name, very long string,
 *   encoding, long string value label or long string missing value record.
 * @example readExtensionRecord(cursor, 20, 1, 5, records, 1200); records.encoding // bytes of "UTF-8"
 */
export function readExtensionRecord(cursor: ByteCursor, subtype: number, size: number, count: number, records: ExtensionRecords, recordOffset: number): void {
  const length = size * count;
  const body = new ByteCursor(cursor.take(length, `extension record ${subtype}`), cursor.littleEndian, cursor.file);
  const at = `extension record ${subtype} at byte ${recordOffset}`;
  const ignore = (why: string): void => {
    records.warnings.push(`${at} ignored: ${why}`);
  };
  const requireBytes = () => {
    if (size !== 1) throw new SavReadError("format", { file: cursor.file, offset: recordOffset }, `${at} has elements of ${size} bytes; it must be a byte string (size 1)`);
  };
  switch (subtype) {
    case 3:
      if (size !== 4 || count !== 8) return ignore(`machine integer info must be 8 int32 values, found ${count} of ${size} bytes`);
      records.machineInteger = {
        versionMajor: body.int32("version"),
        versionMinor: body.int32("version"),
        versionRevision: body.int32("version"),
        machineCode: body.int32("machine code"),
        floatingPointRep: body.int32("floating-point representation"),
        compressionCode: body.int32("compression code"),
        endianness: body.int32("endianness"),
        characterCode: body.int32("character code"),
      };
      return;
    case 4:
      if (size !== 8 || count !== 3) return ignore(`machine floating-point info must be 3 flt64 values, found ${count} of ${size} bytes`);
      records.machineFloat = { sysmis: body.float64("sysmis"), highest: body.float64("highest"), lowest: body.float64("lowest") };
      return;
    case 10:
      records.productInfo = body.bytes;
      return;
    case 11: {
      if (size !== 4) return ignore(`variable display parameters must be int32 values, found ${size}-byte values`);
      const values = new Int32Array(count);
      for (let i = 0; i < count; i++) values[i] = body.int32("a display parameter");
      records.displayParameters = values;
      return;
    }
    case 13:
      requireBytes();
      records.longNames = body.bytes;
      return;
    case 14:
      requireBytes();
      records.veryLongStrings = body.bytes;
      return;
    case 16:
      if (size !== 8 || count !== 2) return ignore(`the extended number of cases must be 2 int64 values, found ${count} of ${size} bytes`);
      body.int64("unknown");
      records.caseCount64 = body.int64("ncases64");
      return;
    case 20:
      requireBytes();
      records.encoding = body.bytes;
      return;
    case 21:
      requireBytes();
      readLongStringLabels(body, recordOffset, records.longStringLabels);
      return;
    case 22:
      requireBytes();
      readLongStringMissing(body, recordOffset, records.longStringMissing);
      return;
    default:
      records.other.push({ subtype, offset: recordOffset, bytes: length });
  }
}

function lengthPrefixed(body: ByteCursor, what: string, max: number): Uint8Array {
  const offset = body.offset;
  const length = body.int32(`the length of ${what}`);
  if (length < 0 || length > max) throw new SavReadError("format", { file: body.file, offset }, `${what} has length ${length}`);
  return body.take(length, what);
}

type RecordFailure = (detail: string) => SavReadError;

/**
 * Reads the entries of a record made of variable-length entries (subtypes 21
 * and 22) until its declared length is used up; an entry that runs past that
 * length is a format error naming the record.
 */
function readEntries(body: ByteCursor, recordOffset: number, record: string, readEntry: (fail: RecordFailure) => void): void {
  const fail: RecordFailure = (detail) => new SavReadError("format", { file: body.file, offset: recordOffset }, `${record} at byte ${recordOffset}: ${detail}`);
  try {
    while (body.remaining > 0) readEntry(fail);
  } catch (error) {
    if (error instanceof SavReadError && error.code === "truncated") throw fail("its contents run past its declared length");
    throw error;
  }
}

/** Subtype 21: repeated { int32 name length, name, int32 width, int32 n_labels, n × { int32 len, value, int32 len, label } }. */
function readLongStringLabels(body: ByteCursor, recordOffset: number, out: RawLongStringLabels[]): void {
  readEntries(body, recordOffset, "long string value label record (subtype 21)", (fail) => {
    const nameBytes = lengthPrefixed(body, "a variable name", 256);
    const width = body.int32("the variable width");
    const count = body.int32("the number of labels");
    if (width < 1 || width > 32767 || count < 0) throw fail(`width ${width} and ${count} labels are impossible`);
    const labels: { valueBytes: Uint8Array; labelBytes: Uint8Array }[] = [];
    for (let i = 0; i < count; i++) {
      const valueBytes = lengthPrefixed(body, "a labelled value", 32767);
      const labelBytes = lengthPrefixed(body, "a value label", 65535);
      labels.push({ valueBytes, labelBytes });
    }
    out.push({ offset: recordOffset, nameBytes, width, labels });
  });
}

/**
 * Subtype 22: repeated { int32 name length, name, char n (1-3), int32 value length, n values }.
 * Old PSPP versions wrote the value length before each value; both forms are read.
 */
function readLongStringMissing(body: ByteCursor, recordOffset: number, out: RawLongStringMissing[]): void {
  readEntries(body, recordOffset, "long string missing value record (subtype 22)", (fail) => {
    const nameBytes = lengthPrefixed(body, "a variable name", 256);
    const count = body.uint8("the number of missing values");
    if (count < 1 || count > 3) throw fail(`a variable has ${count} missing values; it must have 1, 2 or 3`);
    const valueLength = body.int32("the missing value length");
    if (valueLength < 0 || valueLength > 32767) throw fail(`a missing value has length ${valueLength}`);
    const values: Uint8Array[] = [body.take(valueLength, "a missing value")];
    for (let i = 1; i < count; i++) {
      const repeatsLength = body.remaining >= 4 && body.view.getInt32(body.offset, body.littleEndian) === valueLength;
      if (repeatsLength) body.skip(4, "a repeated length");
      values.push(body.take(valueLength, "a missing value"));
    }
    out.push({ offset: recordOffset, nameBytes, values });
  });
}
