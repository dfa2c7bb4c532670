import { deflateSync } from "node:zlib";

/**
 * A small writer of SPSS system files for unit tests, following the GNU PSPP
 * manual's "System File Format" (the way PSPP's own tests describe files
 * byte by byte). It writes what it is told, including malformed files, so
 * each test can change exactly one thing. Not a general writer: real
 * fixtures come from PSPP and haven (test/fixtures/spss/).
 */

/** One variable: numeric (width 0) or a string of `width` bytes (1-255; wider ones are given as segments). */
export interface TestVariable {
  readonly name: string;
  readonly width: number;
  readonly label?: string;
  /** n_missing_values as stored, and the values (numbers, or strings of up to 8 bytes). */
  readonly missing?: { readonly code: number; readonly values: readonly (number | string)[] };
  readonly print?: number;
}

/** A value of a case: a number (NaN = system-missing), the text of a string variable (written as UTF-8), or its raw bytes. */
export type TestValue = number | string | Uint8Array;

export interface TestSavSpec {
  readonly littleEndian?: boolean;
  /** 0 = uncompressed, 1 = bytecode, 2 = zlib. Default 1. */
  readonly compression?: 0 | 1 | 2;
  /** Declared number of cases; default the number of cases given; -1 = unknown. */
  readonly caseCount?: number;
  readonly weightIndex?: number;
  readonly bias?: number;
  readonly variables: readonly TestVariable[];
  /** Records written after the variable records, before the termination record (use the helpers below). */
  readonly records?: readonly Uint8Array[];
  /** Cases: one value per variable. */
  readonly cases: readonly (readonly TestValue[])[];
  /** Bytecode only: put a no-op code (0) before every value, as ReadStat pads. */
  readonly padWithNoOps?: boolean;
  /** Bytecode only: end the data with code 252. Default true. */
  readonly endCode?: boolean;
  /** Bytes appended after the data. */
  readonly trailing?: Uint8Array;
  /** zlib only: bytes of inflated data per block. Default 4096. */
  readonly zlibBlockSize?: number;
  /** The first 4 bytes; default "$FL2" ("$FL3" for zlib). */
  readonly magic?: Uint8Array;
}

class Writer {
  private readonly parts: Uint8Array[] = [];
  length = 0;
  constructor(private readonly little: boolean) {}
  bytes(bytes: Uint8Array): this {
    this.parts.push(bytes);
    this.length += bytes.length;
    return this;
  }
  int32(value: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, value, this.little);
    return this.bytes(b);
  }
  int64(value: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, BigInt(value), this.little);
    return this.bytes(b);
  }
  float64(value: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, this.little);
    return this.bytes(b);
  }
  text(text: string, length: number, pad = 0x20): this {
    return this.bytes(padded(Buffer.from(text, "utf8"), length, pad));
  }
  done(): Uint8Array {
    return Buffer.concat(this.parts);
  }
}

function padded(bytes: Uint8Array, length: number, pad = 0x20): Uint8Array {
  const out = new Uint8Array(length).fill(pad);
  out.set(bytes.subarray(0, length));
  return out;
}

const SYSMIS = -Number.MAX_VALUE;

/** Encodes a value for one 8-byte element of a variable. */
function elementBytes(value: TestValue, width: number, element: number, little: boolean): Uint8Array {
  if (width === 0) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, typeof value === "number" && !Number.isNaN(value) ? value : SYSMIS, little);
    return b;
  }
  const text = padded(typeof value === "string" ? Buffer.from(value, "utf8") : (value as Uint8Array), Math.ceil(width / 8) * 8);
  return text.subarray(element * 8, element * 8 + 8);
}

/** Writes a test system file. */
export function buildSav(spec: TestSavSpec): Uint8Array {
  const little = spec.littleEndian ?? true;
  const compression = spec.compression ?? 1;
  const bias = spec.bias ?? 100;
  const w = new Writer(little);
  const elements = spec.variables.reduce((sum, v) => sum + (v.width === 0 ? 1 : Math.ceil(v.width / 8)), 0);
  w.bytes(spec.magic ?? Buffer.from(compression === 2 ? "$FL3" : "$FL2", "latin1"));
  w.text("@(#) SPSS DATA FILE test builder", 60);
  w.int32(2).int32(elements).int32(compression).int32(spec.weightIndex ?? 0).int32(spec.caseCount ?? spec.cases.length).float64(bias);
  w.text("01 Jan 26", 9).text("00:00:00", 8).text("", 64).bytes(new Uint8Array(3));
  // Names longer than 8 bytes get short names V1, V2 … and a long variable names record (subtype 13).
  const longNames = spec.variables.some((variable) => Buffer.byteLength(variable.name) > 8);
  spec.variables.forEach((variable, i) => {
    const format = variable.print ?? (variable.width === 0 ? 0x050802 : 0x010000 | (variable.width << 8));
    w.int32(2).int32(variable.width).int32(variable.label === undefined ? 0 : 1).int32(variable.missing?.code ?? 0).int32(format).int32(format).text(longNames ? `V${i + 1}` : variable.name, 8);
    if (variable.label !== undefined) {
      const label = Buffer.from(variable.label, "utf8");
      w.int32(label.length).bytes(padded(label, Math.ceil(label.length / 4) * 4));
    }
    for (const value of variable.missing?.values ?? []) {
      if (typeof value === "number") w.float64(value);
      else w.text(value, 8);
    }
    for (let k = 1; k < Math.ceil(variable.width / 8); k++) w.int32(2).int32(-1).int32(0).int32(0).int32(0).int32(0).text("", 8);
  });
  if (longNames) w.bytes(textRecord(13, Buffer.from(spec.variables.map((variable, i) => `V${i + 1}=${variable.name}`).join("\t"), "utf8"), little));
  for (const record of spec.records ?? []) w.bytes(record);
  w.int32(999).int32(0);
  const caseBytes = (values: readonly TestValue[]): Uint8Array[] => {
    const out: Uint8Array[] = [];
    spec.variables.forEach((variable, i) => {
      const count = variable.width === 0 ? 1 : Math.ceil(variable.width / 8);
      for (let e = 0; e < count; e++) out.push(elementBytes(values[i], variable.width, e, little));
    });
    return out;
  };
  if (compression === 0) {
    for (const values of spec.cases) for (const element of caseBytes(values)) w.bytes(element);
  } else {
    const stream = bytecode(spec, caseBytes, bias);
    if (compression === 1) w.bytes(stream);
    else zlibData(w, stream, bias, spec.zlibBlockSize ?? 4096);
  }
  if (spec.trailing) w.bytes(spec.trailing);
  return w.done();
}

function bytecode(spec: TestSavSpec, caseBytes: (values: readonly TestValue[]) => Uint8Array[], bias: number): Uint8Array {
  const codes: number[] = [];
  const raws: Uint8Array[][] = [];
  const out: Uint8Array[] = [];
  const flush = () => {
    while (codes.length < 8) codes.push(0);
    out.push(Uint8Array.from(codes), ...raws.flat());
    codes.length = 0;
    raws.length = 0;
  };
  const push = (code: number, raw?: Uint8Array) => {
    if (codes.length === 0) raws.push([]);
    codes.push(code);
    if (raw) raws[raws.length - 1].push(raw);
    if (codes.length === 8) flush();
  };
  for (const values of spec.cases) {
    let element = 0;
    spec.variables.forEach((variable, i) => {
      const count = variable.width === 0 ? 1 : Math.ceil(variable.width / 8);
      const bytes = caseBytes(values).slice(element, element + count);
      element += count;
      for (const chunk of bytes) {
        if (spec.padWithNoOps) push(0);
        if (variable.width === 0) {
          const value = values[i] as number;
          if (Number.isNaN(value)) push(255);
          else if (Number.isInteger(value) && value + bias >= 1 && value + bias <= 251) push(value + bias);
          else push(253, chunk);
        } else if (chunk.every((b) => b === 0x20)) push(254);
        else push(253, chunk);
      }
    });
  }
  if (spec.endCode ?? true) push(252);
  if (codes.length > 0) flush();
  return Buffer.concat(out);
}

function zlibData(w: Writer, stream: Uint8Array, bias: number, blockSize: number): void {
  const headerOffset = w.length;
  const blocks: { raw: Uint8Array; compressed: Uint8Array }[] = [];
  for (let start = 0; start < stream.length; start += blockSize) {
    const raw = stream.subarray(start, start + blockSize);
    blocks.push({ raw, compressed: deflateSync(raw) });
  }
  const compressedLength = blocks.reduce((sum, block) => sum + block.compressed.length, 0);
  const trailerOffset = headerOffset + 24 + compressedLength;
  const trailerLength = 24 + 24 * blocks.length;
  w.int64(headerOffset).int64(trailerOffset).int64(trailerLength);
  for (const block of blocks) w.bytes(block.compressed);
  w.int64(-bias).int64(0).int32(blockSize).int32(blocks.length);
  let uncompressed = headerOffset;
  let compressed = headerOffset + 24;
  for (const block of blocks) {
    w.int64(uncompressed).int64(compressed).int32(block.raw.length).int32(block.compressed.length);
    uncompressed += block.raw.length;
    compressed += block.compressed.length;
  }
}

/** An extension record (type 7). */
export function extensionRecord(subtype: number, size: number, data: Uint8Array, littleEndian = true): Uint8Array {
  const w = new Writer(littleEndian);
  return w.int32(7).int32(subtype).int32(size).int32(data.length / size).bytes(data).done();
}

/** The machine integer info record (subtype 3) with the given character code and endianness field. */
export function machineIntegerRecord(characterCode: number, options: { littleEndian?: boolean; floatingPointRep?: number } = {}): Uint8Array {
  const little = options.littleEndian ?? true;
  const w = new Writer(little);
  w.int32(1).int32(0).int32(0).int32(-1).int32(options.floatingPointRep ?? 1).int32(1).int32(little ? 2 : 1).int32(characterCode);
  return extensionRecord(3, 4, w.done(), little);
}

/** The character encoding record (subtype 20). */
export function encodingRecord(name: string, littleEndian = true): Uint8Array {
  return extensionRecord(20, 1, Buffer.from(name, "latin1"), littleEndian);
}

/** A byte-string extension record of raw bytes (long names 13, very long strings 14 …). */
export function textRecord(subtype: number, bytes: Uint8Array, littleEndian = true): Uint8Array {
  return extensionRecord(subtype, 1, bytes, littleEndian);
}

/** A value label record (type 3) and its variables record (type 4). */
export function valueLabelRecords(labels: readonly { value: number | string; label: string }[], dictionaryIndexes: readonly number[], littleEndian = true): Uint8Array {
  const w = new Writer(littleEndian);
  w.int32(3).int32(labels.length);
  for (const { value, label } of labels) {
    if (typeof value === "number") w.float64(value);
    else w.text(value, 8);
    const bytes = Buffer.from(label, "utf8");
    w.bytes(Uint8Array.of(bytes.length)).bytes(padded(bytes, Math.ceil((bytes.length + 1) / 8) * 8 - 1));
  }
  w.int32(4).int32(dictionaryIndexes.length);
  for (const index of dictionaryIndexes) w.int32(index);
  return w.done();
}

/** An int32 in the given byte order. */
export function int32Bytes(value: number, littleEndian = true): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, value, littleEndian);
  return b;
}
