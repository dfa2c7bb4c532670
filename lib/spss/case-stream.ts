import { Buffer } from "node:buffer";
import { BytecodeDecoder, ChunkSource, singleChunk } from "./bytecode";
import type { SavLayout } from "./header";
import { SavReadError } from "./sav-read-error";
import { readZlibLayout, salvageZlibChunks, zlibChunks } from "./zlib-data";

/** Receives each complete case: its bytes are `bytes[base, base + 8 × elementCount)`, in the file's byte order. */
export type CaseVisitor = (bytes: Buffer, view: DataView, base: number, caseIndex: number) => void;

/** What {@link streamCases} needs to know about the file. */
export interface CaseStreamInput {
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly layout: SavLayout;
  readonly littleEndian: boolean;
  readonly bias: number;
  /** Offset of the first byte after the dictionary termination record. */
  readonly dataOffset: number;
  /** 8-byte elements per case. */
  readonly elementCount: number;
  /** Cases the file declares, or null when unknown. */
  readonly declaredCases: number | null;
}

/**
 * Reads every case of the file in order and hands it to `visit`, checking
 * the number of cases against the header: a file that ends before the
 * declared cases, ends inside a case, or holds more data than the declared
 * cases is refused, naming the expected and found counts. When the file
 * declares no count, every complete case is read and a partial last case is
 * refused. The work is bounded by the length of the data: every case
 * consumes bytes, and a file without variables has no cases to read.
 *
 * Reference: GNU PSPP manual, "System File Format" > "File Header Record"
 * (ncases) and "Data Record" (the three layouts).
 *
 * @returns the number of cases read.
 * @throws SavReadError "truncated" (fewer cases, or a partial case), "format" (bytes left over, bad zlib structure).
 * @example const cases = streamCases(input, (bytes, view, base) => sums += view.getFloat64(base, true));
 */
export function streamCases(input: CaseStreamInput, visit: CaseVisitor): number {
  const { bytes, elementCount, declaredCases, dataOffset } = input;
  if (elementCount === 0) {
    if (bytes.length > dataOffset && input.layout === "uncompressed") {
      throw new SavReadError("format", { file: input.file, offset: dataOffset }, `${bytes.length - dataOffset} bytes of data follow a dictionary that has no variables: the file has bytes left over`);
    }
    return declaredCases ?? 0;
  }
  if (input.layout === "uncompressed") return streamUncompressed(input, visit);
  if (input.layout === "bytecode") return streamBytecode(input, singleChunk(bytes.subarray(dataOffset)), visit, "");
  const zlib = readZlibLayout(bytes, dataOffset, input.littleEndian, input.bias, input.file);
  if (!zlib.ok) {
    let found = 0;
    try {
      found = streamBytecode({ ...input, declaredCases: null }, salvageZlibChunks(bytes, dataOffset + 24), () => undefined, "");
    } catch (error) {
      if (!(error instanceof SavReadError)) throw error;
      found = error.location.foundCases ?? 0;
    }
    const expected = declaredCases === null ? "" : `the header declares ${declaredCases} cases; `;
    throw new SavReadError("truncated", { ...zlib.truncated.location, expectedCases: declaredCases ?? undefined, foundCases: found }, `${expected}${zlib.truncated.detail} (${found} complete cases can be inflated from what is there)`);
  }
  return streamBytecode(input, zlibChunks(bytes, zlib.layout, input.file), visit, " of the inflated zlib data");
}

function streamUncompressed(input: CaseStreamInput, visit: CaseVisitor): number {
  const { bytes, dataOffset, elementCount, declaredCases } = input;
  const caseLength = elementCount * 8;
  const available = bytes.length - dataOffset;
  const complete = Math.floor(available / caseLength);
  const rest = available % caseLength;
  if (declaredCases !== null && complete < declaredCases) throw tooFew(input, complete, rest > 0, dataOffset + complete * caseLength + rest);
  if (declaredCases !== null && (complete > declaredCases || rest > 0)) throw leftOver(input, complete, available - declaredCases * caseLength, rest > 0 ? `and ${rest} bytes of a further case` : "");
  if (declaredCases === null && rest > 0) throw tooFew(input, complete, true, bytes.length);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < complete; i++) visit(buffer, view, dataOffset + i * caseLength, i);
  return complete;
}

function streamBytecode(input: CaseStreamInput, source: ChunkSource, visit: CaseVisitor, streamName: string): number {
  const { elementCount, declaredCases, littleEndian, bias } = input;
  const decoder = new BytecodeDecoder(source, bias, littleEndian);
  const scratch = Buffer.from(new ArrayBuffer(elementCount * 8)); // 8-byte aligned, so numbers can be read through a Float64Array
  const view = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);
  const limit = declaredCases ?? Number.POSITIVE_INFINITY;
  const where = () => input.dataOffset + decoder.streamOffset;
  let cases = 0;
  while (cases < limit) {
    const filled = decoder.readCase(scratch, view, elementCount);
    if (filled === elementCount) {
      visit(scratch, view, 0, cases++);
      continue;
    }
    const inside = filled > 0 || decoder.end === "partial-block" || decoder.end === "missing-value-bytes";
    if (declaredCases === null && !inside) return cases;
    throw tooFew(input, cases, inside, where(), streamName);
  }
  const filled = decoder.readCase(scratch, view, elementCount);
  if (filled > 0) {
    let extra = filled === elementCount ? 1 : 0;
    let partial = filled < elementCount;
    while (!partial) {
      const more = decoder.readCase(scratch, view, elementCount);
      if (more === elementCount) extra++;
      else {
        partial = more > 0;
        break;
      }
    }
    throw leftOver(input, cases + extra, null, partial ? "and part of a further case" : "");
  }
  if (decoder.end === "partial-block" || decoder.end === "missing-value-bytes") {
    throw new SavReadError("truncated", { file: input.file, offset: where(), expectedCases: cases, foundCases: cases }, `all ${cases} declared cases are present, but the data end inside a block of compression codes at byte ${where()}${streamName}: the file is truncated`);
  }
  if (decoder.end === "end-code") {
    const after = decoder.nonZeroBytesAfterEnd();
    if (after > 0) {
      throw new SavReadError("format", { file: input.file, offset: where(), expectedCases: cases, foundCases: cases }, `${after} bytes follow the end-of-data code after the ${cases} declared cases: the file has bytes left over`);
    }
  }
  return cases;
}

function tooFew(input: CaseStreamInput, found: number, insideCase: boolean, offset: number, streamName = ""): SavReadError {
  const expected = input.declaredCases;
  const head = expected === null ? "the file does not declare its number of cases, and" : `the header declares ${expected} cases, but`;
  const detail = insideCase
    ? `${head} the data end inside case ${found + 1} (byte ${offset}${streamName}), after ${found} complete cases: the file is truncated`
    : `${head} the data end after case ${found} (byte ${offset}${streamName}): the file is truncated`;
  return new SavReadError("truncated", { file: input.file, offset, caseNumber: insideCase ? found + 1 : undefined, expectedCases: expected ?? undefined, foundCases: found }, detail);
}

function leftOver(input: CaseStreamInput, found: number, bytes: number | null, what: string): SavReadError {
  const expected = input.declaredCases ?? 0;
  const amount = bytes === null ? "" : ` (${bytes} bytes more than ${expected} cases take)`;
  return new SavReadError(
    "format",
    { file: input.file, expectedCases: expected, foundCases: found },
    `the header declares ${expected} cases, but the data hold ${found}${what === "" ? "" : ` ${what}`}${amount}: the header and the data disagree`,
  );
}
