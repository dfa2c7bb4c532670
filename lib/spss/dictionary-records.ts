import { ByteCursor } from "./byte-cursor";
import { emptyExtensionRecords, ExtensionRecords, readExtensionRecord } from "./extension-records";
import { HEADER_LENGTH } from "./header";
import { SavReadError } from "./sav-read-error";

/** One variable record (type 2) as stored: a variable, or a continuation of a long string (type -1). */
export interface RawVariableRecord {
  /** Byte offset of the record in the file. */
  readonly offset: number;
  /** 0 = numeric, 1..255 = string width, -1 = continuation of the previous string. */
  readonly type: number;
  readonly print: number;
  readonly write: number;
  /** The 8-byte short name, space padded. */
  readonly nameBytes: Uint8Array;
  readonly labelBytes: Uint8Array | null;
  /** n_missing_values as stored: 0..3 discrete values, -2 a range, -3 a range plus one value. */
  readonly missingCode: number;
  /** The missing values as numbers (numeric variables). */
  readonly missingNumbers: readonly number[];
  /** The missing values as 8 bytes of text (string variables). */
  readonly missingStrings: readonly Uint8Array[];
}

/** A value label record (type 3) with the variables of its value label variables record (type 4). */
export interface RawValueLabelSet {
  readonly offset: number;
  /** Each value is 8 raw bytes: a double in the file's byte order, or a short string. */
  readonly labels: readonly { readonly valueBytes: Uint8Array; readonly labelBytes: Uint8Array }[];
  /** 1-based dictionary indexes (positions among all variable records, continuations included). */
  readonly dictionaryIndexes: readonly number[];
}

/** Every record before the data, text still as bytes. */
export interface RawDictionary {
  readonly variables: readonly RawVariableRecord[];
  readonly valueLabelSets: readonly RawValueLabelSet[];
  /** 80-byte document lines (type 6). */
  readonly documentLines: readonly Uint8Array[];
  readonly extensions: ExtensionRecords;
  /** Offset of the first byte after the dictionary termination record: where the data begin. */
  readonly dataOffset: number;
}

/**
 * Reads the dictionary: every record from the end of the file header to the
 * dictionary termination record (type 999), in the order the file has them.
 * Each count is checked against the bytes left, so no record can make the
 * reader loop or allocate beyond the file's length.
 *
 * Reference: GNU PSPP manual, "System File Format", B.1 (record structure),
 * B.3 (variable record), B.4 (value labels records), B.5 (document record),
 * B.19 (dictionary termination record); extension records in
 * extension-records.ts.
 *
 * @throws SavReadError "truncated" when the file ends inside the dictionary, "format" for an unknown record type,
 *   an impossible count, a value label record not followed by its variables record, or a missing termination record.
 * @example readDictionaryRecords(bytes, true, "wave.sav").variables.length // => 5
 */
export function readDictionaryRecords(bytes: Uint8Array, littleEndian: boolean, file: string): RawDictionary {
  const cursor = new ByteCursor(bytes, littleEndian, file, HEADER_LENGTH);
  const variables: RawVariableRecord[] = [];
  const valueLabelSets: RawValueLabelSet[] = [];
  const documentLines: Uint8Array[] = [];
  const extensions = emptyExtensionRecords();
  const fail = (offset: number, detail: string) => new SavReadError("format", { file, offset }, detail);
  for (;;) {
    const offset = cursor.offset;
    if (cursor.remaining === 0) throw new SavReadError("truncated", { file, offset }, `the file ends at byte ${offset} inside the dictionary, before its termination record (type 999): the file is truncated`);
    const type = cursor.int32("a record type");
    switch (type) {
      case 2:
        variables.push(readVariableRecord(cursor, offset));
        break;
      case 3:
        valueLabelSets.push(readValueLabels(cursor, offset));
        break;
      case 4:
        throw fail(offset, `a value label variables record (type 4) at byte ${offset} does not follow a value label record (type 3)`);
      case 6: {
        const lines = cursor.int32("the number of document lines");
        if (lines < 0) throw fail(offset, `the document record at byte ${offset} declares ${lines} lines`);
        cursor.need(lines * 80, `the ${lines} document lines of the record at byte ${offset}`);
        for (let i = 0; i < lines; i++) documentLines.push(cursor.take(80, "a document line"));
        break;
      }
      case 7: {
        const subtype = cursor.int32("an extension record subtype");
        const size = cursor.int32("an extension record element size");
        const count = cursor.int32("an extension record element count");
        if (size < 0 || count < 0) throw fail(offset, `extension record ${subtype} at byte ${offset} declares ${count} elements of ${size} bytes`);
        cursor.need(size * count, `extension record ${subtype} (${count} elements of ${size} bytes, from byte ${offset})`);
        readExtensionRecord(cursor, subtype, size, count, extensions, offset);
        break;
      }
      case 999:
        cursor.int32("the dictionary termination filler");
        return { variables, valueLabelSets, documentLines, extensions, dataOffset: cursor.offset };
      default:
        throw fail(offset, `unknown record type ${type} at byte ${offset}: the dictionary is damaged or this is not an SPSS system file`);
    }
  }
}

function readVariableRecord(cursor: ByteCursor, offset: number): RawVariableRecord {
  const type = cursor.int32("a variable type");
  const hasLabel = cursor.int32("a variable's has-label flag");
  const missingCode = cursor.int32("a variable's missing value count");
  const print = cursor.int32("a print format");
  const write = cursor.int32("a write format");
  const nameBytes = cursor.take(8, "a variable name");
  const fail = (detail: string) => new SavReadError("format", { file: cursor.file, offset }, `variable record at byte ${offset}: ${detail}`);
  if (type < -1 || type > 255) throw fail(`type ${type} is neither numeric (0), a string width (1-255) nor a continuation (-1)`);
  if (hasLabel !== 0 && hasLabel !== 1) throw fail(`has_var_label is ${hasLabel}, not 0 or 1`);
  let labelBytes: Uint8Array | null = null;
  if (hasLabel === 1) {
    const length = cursor.int32("a variable label length");
    if (length < 0) throw fail(`a variable label of ${length} bytes`);
    labelBytes = cursor.take(length, "a variable label");
    cursor.skip((4 - (length % 4)) % 4, "the variable label padding");
  }
  if (missingCode > 3 || missingCode < -3 || missingCode === -1) throw fail(`n_missing_values is ${missingCode}; it must be 0 to 3, -2 (a range) or -3 (a range and a value)`);
  const missingNumbers: number[] = [];
  const missingStrings: Uint8Array[] = [];
  for (let i = 0; i < Math.abs(missingCode); i++) {
    if (type === 0) missingNumbers.push(cursor.float64("a missing value"));
    else missingStrings.push(cursor.take(8, "a missing value"));
  }
  return { offset, type, print, write, nameBytes, labelBytes, missingCode, missingNumbers, missingStrings };
}

function readValueLabels(cursor: ByteCursor, offset: number): RawValueLabelSet {
  const count = cursor.int32("the number of value labels");
  if (count < 0) throw new SavReadError("format", { file: cursor.file, offset }, `the value label record at byte ${offset} declares ${count} labels`);
  cursor.need(count * 9, `the ${count} value labels of the record at byte ${offset}`);
  const labels: { valueBytes: Uint8Array; labelBytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const valueBytes = cursor.take(8, "a labelled value");
    const length = cursor.uint8("a value label length");
    const labelBytes = cursor.take(length, "a value label");
    cursor.skip((8 - ((length + 1) % 8)) % 8, "the value label padding");
    labels.push({ valueBytes, labelBytes });
  }
  const variablesOffset = cursor.offset;
  const recordType = cursor.int32("the value label variables record type");
  if (recordType !== 4) throw new SavReadError("format", { file: cursor.file, offset: variablesOffset }, `the value label record at byte ${offset} is followed by a record of type ${recordType}, not by its value label variables record (type 4)`);
  const variableCount = cursor.int32("the number of labelled variables");
  if (variableCount < 0) throw new SavReadError("format", { file: cursor.file, offset: variablesOffset }, `the value label variables record at byte ${variablesOffset} declares ${variableCount} variables`);
  cursor.need(variableCount * 4, `the ${variableCount} variable indexes of the record at byte ${variablesOffset}`);
  const dictionaryIndexes: number[] = [];
  for (let i = 0; i < variableCount; i++) dictionaryIndexes.push(cursor.int32("a labelled variable index"));
  return { offset, labels, dictionaryIndexes };
}
