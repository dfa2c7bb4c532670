import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { caseLayout, CaseLayout } from "./case-layout";
import { streamCases, CaseStreamInput } from "./case-stream";
import { ColumnCollector, SavColumn, utf8Checker } from "./columns";
import { buildDictionary, declaredCaseCount, SavDictionary } from "./dictionary";
import { RawDictionary, readDictionaryRecords } from "./dictionary-records";
import { declaredEncoding, isValidUtf8Text, SavEncoding, TextDecoding, UTF8_DETECTED, WINDOWS_1252_FALLBACK } from "./encoding";
import { requireSystemFile } from "./file-signature";
import { readHeader, SavHeader } from "./header";
import { SavReadError } from "./sav-read-error";

/** Options of {@link openSav} and {@link readSav}. */
export interface SavOpenOptions {
  /** The file's name in messages; default "<bytes>" ({@link readSavFile}: the path as given). */
  readonly fileName?: string;
}

/** Options of {@link SavFile.readCases} and {@link readSav}. */
export interface SavCaseOptions {
  /**
   * Names of the variables to decode (any order; the columns come back in
   * dictionary order). Default: every variable. Only these are decoded, so a
   * 400-variable file costs little when 12 are needed.
   */
  readonly variables?: readonly string[];
}

/** The cases of a file, by column. Plain data. */
export interface SavData {
  readonly dictionary: SavDictionary;
  /** Cases read: the declared number of cases (checked against the data), or every case when none is declared. */
  readonly caseCount: number;
  /** The decoded columns, in dictionary order. */
  readonly columns: readonly SavColumn[];
}

/** An opened system file: its dictionary, and its cases on demand. */
export interface SavFile {
  readonly dictionary: SavDictionary;
  /**
   * Decodes the cases of the chosen variables.
   * @throws SavReadError (truncated, format, encoding) naming the case and variable where known;
   *   RangeError for a variable name the dictionary does not have.
   */
  readCases(options?: SavCaseOptions): SavData;
}

/**
 * Opens an SPSS system file (.sav, uncompressed or bytecode-compressed, or
 * .zsav; little- or big-endian) held in memory: identifies it, reads the
 * header and the dictionary, resolves its character encoding and decodes
 * every text of the dictionary. The cases are decoded by `readCases`.
 *
 * Encoding: the character encoding record, else the machine integer record's
 * code page, else UTF-8 when every text of the file (dictionary and string
 * values) is valid UTF-8, else windows-1252.
 *
 * Reference: GNU PSPP manual, "System File Format" (see lib/spss/README.md for
 * the section each module follows).
 *
 * @throws SavReadError "unsupported" (encrypted, portable, SPSS/PC+, EBCDIC, non-IEEE numbers), "format",
 *   "truncated" (inside the dictionary), "encoding".
 * @example
 * const sav = openSav(readFileSync("wave.sav"), { fileName: "wave.sav" });
 * sav.dictionary.variables.map((v) => v.name); // => ["RESPID", "REGION", "PSU", "WEIGHT", "Q1"]
 * sav.readCases({ variables: ["Q1"] }).columns[0].values; // => Float64Array [1, 2, 1, 3]
 */
export function openSav(bytes: Uint8Array, options: SavOpenOptions = {}): SavFile {
  const file = options.fileName ?? "<bytes>";
  requireSystemFile(bytes, file);
  const header = readHeader(bytes, file);
  const raw = readDictionaryRecords(bytes, header.byteOrder === "little-endian", file);
  const floatRep = raw.extensions.machineInteger?.floatingPointRep ?? 1;
  if (floatRep !== 1) throw new SavReadError("unsupported", { file }, `the file stores numbers in ${floatRep === 2 ? "IBM 370" : floatRep === 3 ? "DEC VAX" : `format ${floatRep}`} floating point, which this reader does not read (only IEEE 754)`);
  const layout = caseLayout(raw, file);
  const streamInput: CaseStreamInput = {
    bytes,
    file,
    layout: header.layout,
    littleEndian: header.byteOrder === "little-endian",
    bias: header.bias,
    dataOffset: raw.dataOffset,
    elementCount: layout.elementCount,
    declaredCases: declaredCaseCount(header, raw),
  };
  const encoding = resolveEncoding(raw, header, layout, streamInput, file);
  const decoding = new TextDecoding(encoding);
  const dictionary = buildDictionary(raw, header, layout, decoding, file);
  const sysmis = raw.extensions.machineFloat?.sysmis;
  const alternativeSysmis = sysmis !== undefined && sysmis !== -Number.MAX_VALUE && !Number.isNaN(sysmis) ? sysmis : null;
  return {
    dictionary,
    readCases(caseOptions: SavCaseOptions = {}): SavData {
      const chosen = chooseVariables(dictionary, caseOptions.variables);
      const capacity = initialCapacity(streamInput, bytes.length);
      const collector = new ColumnCollector(chosen, chosen.map((variable) => layout.variables[variable.index]), decoding, capacity, streamInput.littleEndian, alternativeSysmis, file);
      const caseCount = streamCases(streamInput, collector.visitor);
      return { dictionary, caseCount, columns: collector.columns(caseCount) };
    },
  };
}

/**
 * Reads an SPSS system file held in memory: {@link openSav} then `readCases`.
 *
 * @throws SavReadError (see {@link openSav} and {@link SavFile.readCases}); RangeError for an unknown variable name.
 * @example readSav(bytes, { fileName: "w.sav", variables: ["WEIGHT"] }).columns[0].values // => Float64Array [1, 1, 1, 3]
 */
export function readSav(bytes: Uint8Array, options: SavOpenOptions & SavCaseOptions = {}): SavData {
  return openSav(bytes, options).readCases(options);
}

/**
 * Reads an SPSS system file from disk (the whole file is read into memory
 * first). The path, as given, names the file in messages.
 *
 * @throws SavReadError as {@link readSav}; Node's file system error (ENOENT …) when the file cannot be read.
 * @example readSavFile("test/fixtures/spss/cyrillic-utf8.sav").caseCount // => 5
 */
export function readSavFile(path: string, options: SavCaseOptions = {}): SavData {
  return readSav(readFileSync(path), { ...options, fileName: path });
}

/**
 * The column of a variable in read data, or undefined when it was not read.
 * @example savColumn(data, "Q1")?.values // => Float64Array [1, 2, 1, 3]
 */
export function savColumn(data: SavData, name: string): SavColumn | undefined {
  return data.columns.find((column) => column.variable.name === name);
}

function chooseVariables(dictionary: SavDictionary, names: readonly string[] | undefined): SavDictionary["variables"] {
  if (names === undefined) return dictionary.variables;
  const wanted = new Set(names);
  const unknown = names.filter((name) => !dictionary.variables.some((variable) => variable.name === name));
  if (unknown.length > 0) throw new RangeError(`${dictionary.file}: no variable named ${unknown.map((name) => JSON.stringify(name)).join(", ")} in the file`);
  return dictionary.variables.filter((variable) => wanted.has(variable.name));
}

/** Cases to allocate for: the declared count, never more than the data could hold (each 8-byte element needs at least one byte). */
function initialCapacity(input: CaseStreamInput, fileLength: number): number {
  const dataBytes = Math.max(0, fileLength - input.dataOffset);
  const bound = input.elementCount === 0 ? 0 : Math.floor(dataBytes / (input.layout === "uncompressed" ? input.elementCount * 8 : input.elementCount));
  if (input.declaredCases !== null && input.layout !== "zlib") return Math.min(input.declaredCases, bound);
  if (input.declaredCases !== null) return Math.min(input.declaredCases, 1 << 16);
  return Math.min(bound, 1 << 16);
}

/**
 * The encoding the file declares, else UTF-8 when every text (dictionary and
 * string values) is valid UTF-8, else windows-1252. A truncated or damaged
 * data section does not stop the detection: what can be read decides, and
 * the damage is reported when the cases are read.
 */
function resolveEncoding(raw: RawDictionary, header: SavHeader, layout: CaseLayout, input: CaseStreamInput, file: string): SavEncoding {
  const recordText = raw.extensions.encoding ? Buffer.from(raw.extensions.encoding).toString("latin1") : null;
  const declared = declaredEncoding(recordText, raw.extensions.machineInteger?.characterCode ?? null, file);
  if (declared !== null) return declared;
  if (!dictionaryTexts(raw, header, layout).every((bytes) => isValidUtf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length))) return WINDOWS_1252_FALLBACK;
  const checker = utf8Checker(layout.variables);
  try {
    streamCases(input, checker.visitor);
  } catch (error) {
    if (!(error instanceof SavReadError)) throw error;
  }
  return checker.valid() ? UTF8_DETECTED : WINDOWS_1252_FALLBACK;
}

/** Every text of the dictionary, as bytes (values of value labels only for string variables). */
function dictionaryTexts(raw: RawDictionary, header: SavHeader, layout: CaseLayout): Uint8Array[] {
  const texts: Uint8Array[] = [header.productBytes, header.fileLabelBytes, ...raw.documentLines];
  for (const record of raw.variables) {
    texts.push(record.nameBytes, ...record.missingStrings);
    if (record.labelBytes) texts.push(record.labelBytes);
  }
  for (const set of raw.valueLabelSets) {
    const first = layout.variableAtElement[(set.dictionaryIndexes[0] ?? 0) - 1] ?? -1;
    const stringValues = first >= 0 && layout.variables[first].type === "string";
    for (const label of set.labels) texts.push(label.labelBytes, ...(stringValues ? [label.valueBytes] : []));
  }
  const { longNames, veryLongStrings, productInfo, longStringLabels, longStringMissing } = raw.extensions;
  for (const bytes of [longNames, veryLongStrings, productInfo]) if (bytes) texts.push(bytes);
  for (const entry of longStringLabels) {
    texts.push(entry.nameBytes);
    for (const label of entry.labels) texts.push(label.valueBytes, label.labelBytes);
  }
  for (const entry of longStringMissing) texts.push(entry.nameBytes, ...entry.values);
  return texts;
}
