import { Buffer } from "node:buffer";
import { CaseLayout, latin1Key } from "./case-layout";
import type { RawDictionary } from "./dictionary-records";
import type { SavEncoding, TextDecoding } from "./encoding";
import { decodeFormat, SavFormat } from "./formats";
import type { SavByteOrder, SavHeader, SavLayout } from "./header";
import { SavReadError } from "./sav-read-error";

/** User-missing values of a variable, as declared (never applied to the data by this reader). */
export interface SavMissingValues {
  /** Discrete missing values: numbers for numeric variables, strings (trailing blanks removed) for string variables. */
  readonly values: readonly (number | string)[];
  /** A range of missing values (numeric variables only); `low` is −Infinity for LO (LOWEST), `high` +Infinity for HI (HIGHEST). */
  readonly range: { readonly low: number; readonly high: number } | null;
}

/** A value label: a number (numeric variables) or a string (string variables) and its label. */
export interface SavValueLabel {
  readonly value: number | string;
  readonly label: string;
}

/** One variable of the file's dictionary, with every text decoded. Plain data. */
export interface SavVariable {
  /** 0-based position among the file's variables (very long strings count once). */
  readonly index: number;
  /** The variable name (the long name when the file has one). */
  readonly name: string;
  /** The 8-byte short name of the variable record. */
  readonly shortName: string;
  readonly label: string | null;
  readonly type: "numeric" | "string";
  /** String width in bytes; 0 for numeric variables. */
  readonly width: number;
  readonly printFormat: SavFormat;
  readonly writeFormat: SavFormat;
  /** Measurement level from the display parameter record; null when the file does not say. */
  readonly measure: "nominal" | "ordinal" | "scale" | null;
  readonly displayWidth: number | null;
  readonly alignment: "left" | "right" | "centre" | null;
  readonly valueLabels: readonly SavValueLabel[];
  readonly missing: SavMissingValues;
  /** Where the value sits in a case: first 8-byte element (0-based) and how many elements it spans. */
  readonly firstElement: number;
  readonly elementCount: number;
}

/** The machine integer info record, as written. */
export interface SavWriterInfo {
  readonly version: string;
  readonly machineCode: number;
  readonly floatingPointRep: number;
  readonly endianness: number;
  readonly characterCode: number;
}

/** Everything a system file says about its data, every text decoded. Plain data, JSON-serialisable except ±Infinity in ranges. */
export interface SavDictionary {
  /** The file as named by the caller. */
  readonly file: string;
  /** Product name of the header (e.g. "@(#) SPSS DATA FILE GNU pspp 1.6.2 - x86_64-pc-linux-gnu"). */
  readonly product: string;
  /** The extra product info record (subtype 10), when present. */
  readonly productInfo: string | null;
  /** Creation date and time as written ("dd mmm yy hh:mm:ss"). */
  readonly created: string;
  readonly fileLabel: string;
  readonly layout: SavLayout;
  readonly byteOrder: SavByteOrder;
  readonly encoding: SavEncoding;
  /** Cases the file declares (header, or the extended number of cases record); null when unknown. */
  readonly declaredCaseCount: number | null;
  /** 8-byte elements per case. */
  readonly caseSize: number;
  /** Compression bias (100). */
  readonly bias: number;
  /** Name of the weight variable (SPSS WEIGHT BY), or null. */
  readonly weightVariable: string | null;
  readonly variables: readonly SavVariable[];
  /** Document lines (SPSS DOCUMENT), trailing blanks removed. */
  readonly documents: readonly string[];
  readonly writer: SavWriterInfo | null;
  /** Subtypes of extension records present but not interpreted (e.g. 17/18 attributes, 24 XML). */
  readonly otherExtensionRecords: readonly number[];
  /** Problems in nonessential records that were ignored, for the analyst to see (`npm run wave -- inspect`). */
  readonly warnings: readonly string[];
}

const MEASURES = [null, "nominal", "ordinal", "scale"] as const;
const ALIGNMENTS = ["left", "right", "centre"] as const;
/** LOWEST as older writers stored it: the second-largest negative double (PSPP manual, "System File Format"). */
const OLD_LOWEST = -1.7976931348623155e308;

/**
 * Builds the decoded dictionary: names (long names applied), labels, types,
 * widths, formats, display parameters, value labels (short and long string),
 * missing values (discrete, ranges with LO/HI, long string), documents,
 * weight variable and file information, every text decoded whole with the
 * file's encoding.
 *
 * Reference: GNU PSPP manual, "System File Format", B.2-B.5, B.10-B.15.
 *
 * @throws SavReadError "encoding" when a text is not valid in the encoding (naming which text), "format" for value
 *   labels pointing outside the dictionary or at a continuation, a missing value range on a string variable, or two
 *   variables with the same name.
 * @example buildDictionary(raw, header, layout, decoding, "wave.sav").variables[0].name // => "RESPID"
 */
export function buildDictionary(raw: RawDictionary, header: SavHeader, layout: CaseLayout, decoding: TextDecoding, file: string): SavDictionary {
  const warnings = [...raw.extensions.warnings];
  const text = (bytes: Uint8Array, what: string, variable?: string): string => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const decoded = decoding.decode(buffer);
    if (decoded === null) throw new SavReadError("encoding", { file, variable }, `${what} is not valid ${decoding.encoding.name} text (encoding ${describeSource(decoding.encoding)})`);
    return decoded;
  };
  const records = raw.variables;
  const longNames = raw.extensions.longNames ? parseLongNames(raw.extensions.longNames) : new Map<string, Uint8Array>();
  const display = displayParameters(raw, warnings);

  const variables = layout.variables.map((slot, index): MutableVariable => {
    const record = records[slot.recordIndex];
    const shortName = text(record.nameBytes, `the name of variable ${index + 1}`);
    const longBytes = longNames.get(slot.shortKey);
    const name = longBytes ? text(longBytes, `the long name of variable ${shortName}`) : shortName;
    if (name === "") throw new SavReadError("format", { file, offset: record.offset }, `variable ${index + 1} has an empty name`);
    const label = record.labelBytes === null ? null : text(record.labelBytes, `the label of variable ${name}`, name);
    const print = decodeFormat(record.print);
    const write = decodeFormat(record.write);
    const widen = (format: SavFormat) => (slot.width > 255 && format.type === "A" ? { ...format, width: slot.width } : format);
    const parameters = display?.[slot.recordIndex];
    return {
      index,
      name,
      shortName,
      label,
      type: slot.type,
      width: slot.width,
      printFormat: widen(print),
      writeFormat: widen(write),
      measure: parameters ? MEASURES[parameters.measure] ?? "nominal" : null,
      displayWidth: parameters?.width ?? null,
      alignment: parameters ? ALIGNMENTS[parameters.alignment] ?? null : null,
      valueLabels: [],
      missing: recordMissing(record, slot.type, name, file, (bytes) => text(bytes, `a missing value of variable ${name}`, name)),
      firstElement: slot.firstElement,
      elementCount: slot.elementCount,
    };
  });
  checkUniqueNames(variables, file);
  applyValueLabels(raw, layout, variables, header.byteOrder === "little-endian", text, warnings, file);
  applyLongStringRecords(raw, layout, variables, text, warnings);

  let weightVariable: string | null = null;
  if (header.weightIndex > 0) {
    const target = layout.variableAtElement[header.weightIndex - 1];
    if (target === undefined || target < 0 || variables[target].type !== "numeric") warnings.push(`the header's weight index ${header.weightIndex} is not the position of a numeric variable; no weight variable is reported`);
    else weightVariable = variables[target].name;
  }
  const machine = raw.extensions.machineInteger;
  if (machine && machine.endianness !== (header.byteOrder === "big-endian" ? 1 : 2)) {
    warnings.push(`the machine integer record says endianness ${machine.endianness} (${machine.endianness === 1 ? "big" : machine.endianness === 2 ? "little" : "unknown"}), but the header's layout code shows a ${header.byteOrder} file; the header is followed`);
  }
  return {
    file,
    product: text(header.productBytes, "the product name of the header"),
    productInfo: raw.extensions.productInfo ? text(raw.extensions.productInfo, "the product info record") : null,
    created: `${text(header.creationDateBytes, "the creation date")} ${text(header.creationTimeBytes, "the creation time")}`,
    fileLabel: text(header.fileLabelBytes, "the file label"),
    layout: header.layout,
    byteOrder: header.byteOrder,
    encoding: decoding.encoding,
    declaredCaseCount: declaredCaseCount(header, raw),
    caseSize: layout.elementCount,
    bias: header.bias,
    weightVariable,
    variables,
    documents: raw.documentLines.map((line, i) => text(line, `document line ${i + 1}`)),
    writer: machine
      ? { version: `${machine.versionMajor}.${machine.versionMinor}.${machine.versionRevision}`, machineCode: machine.machineCode, floatingPointRep: machine.floatingPointRep, endianness: machine.endianness, characterCode: machine.characterCode }
      : null,
    otherExtensionRecords: raw.extensions.other.map((record) => record.subtype),
    warnings,
  };
}

type MutableVariable = Omit<SavVariable, "valueLabels" | "missing"> & { valueLabels: SavValueLabel[]; missing: SavMissingValues };

/**
 * The number of cases the file declares: the header's ncases, or when that is
 * −1 the extended number of cases record (subtype 16); null when unknown.
 * @example declaredCaseCount(header, raw) // => 7
 */
export function declaredCaseCount(header: SavHeader, raw: RawDictionary): number | null {
  if (header.caseCount >= 0) return header.caseCount;
  const extended = raw.extensions.caseCount64;
  return extended !== null && extended >= 0 ? extended : null;
}

/** How the encoding was determined, in words. @example describeSource(encoding) // => "from the character encoding record" */
export function describeSource(encoding: SavEncoding): string {
  switch (encoding.source) {
    case "encoding-record":
      return `declared by the character encoding record as ${JSON.stringify(encoding.declared)}`;
    case "character-code":
      return `declared as ${encoding.declared} in the machine integer record`;
    case "detected-utf-8":
      return "not declared; every text is valid UTF-8";
    case "fallback-windows-1252":
      return "not declared; some text is not valid UTF-8, so windows-1252 is assumed";
  }
}

/** Long variable names record: "SHORT=Long Name" tuples separated by TAB; keys as Latin-1 byte strings, values as bytes. */
function parseLongNames(bytes: Uint8Array): Map<string, Uint8Array> {
  const names = new Map<string, Uint8Array>();
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x09) continue;
    const tuple = bytes.subarray(start, i);
    const equals = tuple.indexOf(0x3d);
    if (equals > 0) names.set(latin1Key(tuple.subarray(0, equals)), tuple.subarray(equals + 1));
    start = i + 1;
  }
  return names;
}

interface DisplayParameter {
  readonly measure: number;
  readonly width: number | null;
  readonly alignment: number;
}

/** Display parameters by raw record index of each segment's first record; null when absent or of the wrong length. */
function displayParameters(raw: RawDictionary, warnings: string[]): (DisplayParameter | undefined)[] | null {
  const values = raw.extensions.displayParameters;
  if (values === null) return null;
  const starts = raw.variables.map((record, index) => (record.type === -1 ? -1 : index)).filter((index) => index >= 0);
  const perVariable = values.length === starts.length * 3 ? 3 : values.length === starts.length * 2 ? 2 : 0;
  if (perVariable === 0) {
    warnings.push(`the variable display parameter record holds ${values.length} values, not 2 or 3 for each of the ${starts.length} variable records; measurement levels are not reported`);
    return null;
  }
  const byRecord: (DisplayParameter | undefined)[] = new Array(raw.variables.length);
  starts.forEach((recordIndex, k) => {
    const base = k * perVariable;
    byRecord[recordIndex] = perVariable === 3 ? { measure: values[base], width: values[base + 1], alignment: values[base + 2] } : { measure: values[base], width: null, alignment: values[base + 1] };
  });
  return byRecord;
}

function recordMissing(record: RawDictionary["variables"][number], type: "numeric" | "string", name: string, file: string, text: (bytes: Uint8Array) => string): SavMissingValues {
  if (record.missingCode === 0) return { values: [], range: null };
  if (type === "string") {
    if (record.missingCode < 0) throw new SavReadError("format", { file, offset: record.offset, variable: name }, `the string variable ${name} declares a range of missing values, which only numeric variables can have`);
    return { values: record.missingStrings.map(text), range: null };
  }
  const numbers = record.missingNumbers;
  if (record.missingCode > 0) return { values: [...numbers], range: null };
  const low = numbers[0] <= OLD_LOWEST ? -Infinity : numbers[0];
  const high = numbers[1] === Number.MAX_VALUE ? Infinity : numbers[1];
  return { values: record.missingCode === -3 ? [numbers[2]] : [], range: { low, high } };
}

function checkUniqueNames(variables: readonly MutableVariable[], file: string): void {
  const seen = new Map<string, number>();
  for (const variable of variables) {
    const first = seen.get(variable.name);
    if (first !== undefined) throw new SavReadError("format", { file, variable: variable.name }, `variables ${first + 1} and ${variable.index + 1} are both named ${JSON.stringify(variable.name)}`);
    seen.set(variable.name, variable.index);
  }
}

type Decode = (bytes: Uint8Array, what: string, variable?: string) => string;

/**
 * Value label records (types 3 and 4): each value is a double (numeric
 * variables) or 8 bytes of text (strings up to 8 bytes). Each record's labels
 * are decoded once and shared by the variables it names (a record may name
 * thousands), so the work grows with the file, not with labels × variables.
 */
function applyValueLabels(raw: RawDictionary, layout: CaseLayout, variables: MutableVariable[], littleEndian: boolean, text: Decode, warnings: string[], file: string): void {
  const indexes = new WeakMap<MutableVariable, Map<string, SavValueLabel>>();
  for (const set of raw.valueLabelSets) {
    const targets = [...new Set(set.dictionaryIndexes)].map((index) => {
      const variable = index >= 1 && index <= layout.elementCount ? layout.variableAtElement[index - 1] : -1;
      if (variable < 0) throw new SavReadError("format", { file, offset: set.offset }, `the value labels at byte ${set.offset} apply to dictionary index ${index}, which is not the first element of a variable (the dictionary has ${layout.elementCount} elements)`);
      return variables[variable];
    });
    if (targets.length === 0) {
      warnings.push(`the value labels at byte ${set.offset} apply to no variable and were ignored`);
      continue;
    }
    if (new Set(targets.map((variable) => variable.type)).size > 1) throw new SavReadError("format", { file, offset: set.offset }, `the value labels at byte ${set.offset} apply to both numeric and string variables`);
    const labels = set.labels.map(({ labelBytes }) => text(labelBytes, `a value label of ${targets[0].name}`, targets[0].name));
    const lists = new Map<number, SavValueLabel[]>();
    const listFor = (variable: MutableVariable): SavValueLabel[] => {
      const width = variable.type === "numeric" ? 0 : variable.width;
      let list = lists.get(width);
      if (list === undefined) {
        const entries = set.labels.map(({ valueBytes }, i): SavValueLabel => ({
          value: width === 0 ? new DataView(valueBytes.buffer, valueBytes.byteOffset, 8).getFloat64(0, littleEndian) : text(valueBytes.subarray(0, width), `a labelled value of variable ${variable.name}`, variable.name),
          label: labels[i],
        }));
        list = [];
        const index = new Map<string, SavValueLabel>();
        for (const entry of entries) addLabel(list, index, variable.name, entry, warnings);
        lists.set(width, list);
      }
      return list;
    };
    for (const variable of targets) {
      if (variable.type === "string" && variable.width > 8) {
        warnings.push(`the value labels at byte ${set.offset} apply to the long string variable ${variable.name}, which this record cannot label; they were ignored for it`);
        continue;
      }
      const list = listFor(variable);
      if (variable.valueLabels.length === 0) {
        variable.valueLabels = list;
        continue;
      }
      if (!indexes.has(variable)) {
        variable.valueLabels = [...variable.valueLabels];
        indexes.set(variable, new Map(variable.valueLabels.map((entry) => [labelKey(entry.value), entry])));
      }
      for (const entry of list) addLabel(variable.valueLabels, indexes.get(variable)!, variable.name, entry, warnings);
    }
  }
}

/** A value as a map key that tells numbers from strings. */
function labelKey(value: number | string): string {
  return typeof value === "number" ? `n${value}` : `s${value}`;
}

/** Adds a label unless the value already has one (the first label is kept; a different second label is reported). */
function addLabel(list: SavValueLabel[], index: Map<string, SavValueLabel>, name: string, entry: SavValueLabel, warnings: string[]): void {
  const key = labelKey(entry.value);
  const existing = index.get(key);
  if (existing === undefined) {
    index.set(key, entry);
    list.push(entry);
  } else if (existing.label !== entry.label) {
    warnings.push(`variable ${name} labels the value ${JSON.stringify(entry.value)} twice; the first label (${JSON.stringify(existing.label)}) is kept`);
  }
}

/** Long string value labels (subtype 21) and missing values (subtype 22), matched by long name (else short name). */
function applyLongStringRecords(raw: RawDictionary, layout: CaseLayout, variables: MutableVariable[], text: Decode, warnings: string[]): void {
  const byName = new Map<string, MutableVariable>();
  variables.forEach((variable) => byName.set(variable.name, variable));
  const find = (nameBytes: Uint8Array, what: string): MutableVariable | undefined => {
    const name = text(nameBytes, `the variable name of a ${what} record`);
    const variable = byName.get(name) ?? variables.find((candidate) => layout.variables[candidate.index].shortKey === latin1Key(nameBytes));
    if (variable === undefined) warnings.push(`the ${what} record names ${JSON.stringify(name)}, which is not a variable of the dictionary; ignored`);
    else if (variable.type !== "string") {
      warnings.push(`the ${what} record names the numeric variable ${variable.name}; ignored`);
      return undefined;
    }
    return variable;
  };
  for (const entry of raw.extensions.longStringLabels) {
    const variable = find(entry.nameBytes, "long string value label");
    if (variable === undefined) continue;
    const list = [...variable.valueLabels];
    const index = new Map(list.map((label) => [labelKey(label.value), label]));
    for (const { valueBytes, labelBytes } of entry.labels) {
      const label = { value: text(valueBytes, `a labelled value of variable ${variable.name}`, variable.name), label: text(labelBytes, `a value label of variable ${variable.name}`, variable.name) };
      addLabel(list, index, variable.name, label, warnings);
    }
    variable.valueLabels = list;
  }
  for (const entry of raw.extensions.longStringMissing) {
    const variable = find(entry.nameBytes, "long string missing value");
    if (variable === undefined) continue;
    variable.missing = { values: entry.values.map((bytes) => text(bytes, `a missing value of variable ${variable.name}`, variable.name)), range: null };
  }
}
