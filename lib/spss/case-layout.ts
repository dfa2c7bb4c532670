import type { RawDictionary, RawVariableRecord } from "./dictionary-records";
import { SavReadError } from "./sav-read-error";

/** One piece of a string variable's bytes in a case: `take` bytes starting `byteOffset` bytes into the case. */
export interface StringSegment {
  readonly byteOffset: number;
  readonly take: number;
}

/** Where one variable's value sits in a case (8-byte elements), before any text is decoded. */
export interface VariableLayout {
  /** Index in {@link RawDictionary.variables} of the variable's (first segment's) record. */
  readonly recordIndex: number;
  /** Index in the raw variable records of each segment's first record (one entry unless a very long string). */
  readonly segmentRecords: readonly number[];
  /** The short name's bytes as a Latin-1 string, trailing spaces removed: compared byte for byte with names in other records. */
  readonly shortKey: string;
  readonly type: "numeric" | "string";
  /** String width in bytes (up to 32767 for very long strings); 0 for numeric variables. */
  readonly width: number;
  /** 0-based index of the variable's first 8-byte element in a case. */
  readonly firstElement: number;
  /** Number of 8-byte elements the variable occupies (all segments). */
  readonly elementCount: number;
  /** For string variables, the bytes that make up the value, in order (see the very long string rule). */
  readonly segments: readonly StringSegment[];
}

/** The case layout of a file: its variables in dictionary order and the number of 8-byte elements per case. */
export interface CaseLayout {
  readonly variables: readonly VariableLayout[];
  readonly elementCount: number;
  /** For each 8-byte element (= raw variable record, 0-based): the index of the variable starting there, or -1. */
  readonly variableAtElement: Int32Array;
}

/** Bytes of one very long string segment used for data: 255 of each 256-byte segment (PSPP manual B.12). */
const SEGMENT_DATA_BYTES = 255;
/** Width of very long string covered by each segment (PSPP manual B.12: n = (w + 251) / 252 segments). */
const SEGMENT_WIDTH = 252;

/** Latin-1 view of bytes without trailing spaces and NULs, for byte-exact name matching. @example latin1Key(bytes) // => "RESPID" */
export function latin1Key(bytes: Uint8Array): string {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  let key = "";
  for (let i = 0; i < end; i++) key += String.fromCharCode(bytes[i]);
  return key;
}

/**
 * Parses the very long string record (subtype 14): "NAME=00600" tuples
 * separated by NUL TAB, as byte strings. @example parseVeryLongStrings(bytes) // => Map { "LONGTEXT" => 600 }
 */
export function parseVeryLongStrings(bytes: Uint8Array, file: string): Map<string, number> {
  const widths = new Map<string, number>();
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  for (const tuple of text.split(/[\0\t]+/)) {
    if (tuple.trim() === "") continue;
    const match = /^(.+)=0*(\d+)$/.exec(tuple);
    const width = match ? Number(match[2]) : NaN;
    if (!match || !(width >= 256 && width <= 32767)) throw new SavReadError("format", { file }, `the very long string record has an entry ${JSON.stringify(tuple)}, not NAME=width with a width of 256 to 32767`);
    widths.set(match[1].replace(/ +$/, ""), width);
  }
  return widths;
}

/**
 * Works out where every variable's value sits in a case: numeric variables
 * take one 8-byte element; a string of width w takes ceil(w/8) elements (its
 * record plus ceil(w/8) − 1 continuation records); a very long string
 * (width > 255) is the named segment variable followed by the other
 * (w + 251) / 252 − 1 segments, each of which stores 255 bytes of the value
 * in 256 allocated bytes, the value being the first w of those bytes. The
 * dictionary index of a record (1-based) is its element index plus one.
 *
 * Reference: GNU PSPP manual, "System File Format", B.3 (variable record,
 * dictionary index) and B.12 (very long string record).
 *
 * @throws SavReadError "format" when continuation records do not match the string widths, or a very long string's
 *   segments are missing or of the wrong width.
 * @example caseLayout(raw, "wave.sav").elementCount // => 12
 */
export function caseLayout(raw: RawDictionary, file: string): CaseLayout {
  const records = raw.variables;
  const starts: number[] = []; // indexes of the records that start a physical variable (a segment)
  for (let r = 0; r < records.length; ) {
    const record = records[r];
    if (record.type === -1) throw recordError(file, record, "a continuation record (type -1) that does not follow a string variable");
    starts.push(r);
    const elements = elementsOf(record);
    for (let k = 1; k < elements; k++) {
      if (records[r + k]?.type !== -1) throw recordError(file, record, `a string of width ${record.type} needs ${elements - 1} continuation records after it, found ${k - 1}`);
    }
    r += elements;
  }
  const veryLong = raw.extensions.veryLongStrings ? parseVeryLongStrings(raw.extensions.veryLongStrings, file) : new Map<string, number>();
  const variables: VariableLayout[] = [];
  const variableAtElement = new Int32Array(records.length).fill(-1);
  for (let s = 0; s < starts.length; ) {
    const r = starts[s];
    const record = records[r];
    const shortKey = latin1Key(record.nameBytes);
    const longWidth = record.type > 0 ? veryLong.get(shortKey) : undefined;
    const segmentCount = longWidth === undefined ? 1 : Math.floor((longWidth + SEGMENT_WIDTH - 1) / SEGMENT_WIDTH);
    const segmentRecords = starts.slice(s, s + segmentCount);
    if (segmentRecords.length < segmentCount) throw recordError(file, record, `the very long string ${shortKey} of width ${longWidth} needs ${segmentCount} segments, the dictionary ends after ${segmentRecords.length}`);
    const width = longWidth ?? Math.max(record.type, 0);
    const segments = record.type === 0 ? [] : stringSegments(records, segmentRecords, width, longWidth !== undefined, shortKey, file);
    const lastRecord = segmentRecords[segmentRecords.length - 1];
    variableAtElement[r] = variables.length;
    variables.push({
      recordIndex: r,
      segmentRecords,
      shortKey,
      type: record.type === 0 ? "numeric" : "string",
      width,
      firstElement: r,
      elementCount: lastRecord + elementsOf(records[lastRecord]) - r,
      segments,
    });
    s += segmentCount;
  }
  for (const key of veryLong.keys()) {
    if (!variables.some((variable) => variable.shortKey === key && variable.width > 255)) throw new SavReadError("format", { file }, `the very long string record names ${JSON.stringify(key)}, which is not a string variable of the dictionary`);
  }
  return { variables, elementCount: records.length, variableAtElement };
}

function elementsOf(record: RawVariableRecord): number {
  return record.type === 0 ? 1 : Math.ceil(record.type / 8);
}

/** The bytes of a string value: the whole width of an ordinary string; 255 bytes of each segment of a very long one. */
function stringSegments(records: readonly RawVariableRecord[], segmentRecords: readonly number[], width: number, veryLong: boolean, name: string, file: string): StringSegment[] {
  const segments: StringSegment[] = [];
  let taken = 0;
  segmentRecords.forEach((index, k) => {
    const segment = records[index];
    const isLast = k === segmentRecords.length - 1;
    if (veryLong && (segment.type <= 0 || (!isLast && segment.type !== 255))) {
      throw recordError(file, segment, `segment ${k + 1} of the very long string ${name} has type ${segment.type}; every segment but the last must be a string of width 255`);
    }
    const take = Math.min(veryLong ? SEGMENT_DATA_BYTES : width, elementsOf(segment) * 8, width - taken);
    if (take > 0) segments.push({ byteOffset: index * 8, take });
    taken += Math.max(take, 0);
  });
  if (taken < width) throw recordError(file, records[segmentRecords[0]], `the very long string ${name} of width ${width} has segments holding only ${taken} bytes`);
  return segments;
}

function recordError(file: string, record: RawVariableRecord, detail: string): SavReadError {
  return new SavReadError("format", { file, offset: record.offset }, `variable record at byte ${record.offset}: ${detail}`);
}
