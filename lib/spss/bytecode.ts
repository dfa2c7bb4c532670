/**
 * A source of decompressed data bytes in pieces: one piece for a .sav file
 * (the bytes after the dictionary), one piece per zlib block for a .zsav.
 */
export interface ChunkSource {
  /** The next piece, or null when there is none. */
  next(): Uint8Array | null;
}

/** A {@link ChunkSource} of one piece. @example singleChunk(bytes.subarray(dataOffset)) */
export function singleChunk(bytes: Uint8Array): ChunkSource {
  let given = false;
  return {
    next: () => {
      if (given) return null;
      given = true;
      return bytes;
    },
  };
}

/** Why the data stopped, when they did. */
export type BytecodeEnd =
  | "running" // not ended yet
  | "end-code" // code 252 (end of data)
  | "exhausted" // no bytes left, at the boundary of a command block
  | "partial-block" // fewer than 8 bytes left where a command block should start (not all zero)
  | "missing-value-bytes"; // a code 253 whose 8 bytes are not there

const SPACES = 0x2020202020202020n;
/** Bytes kept together across chunk boundaries: one command block and its (at most 8) 8-byte values. */
const BLOCK_SPAN = 72;

/**
 * Decompresses bytecode-compressed case data, one case at a time, into a
 * buffer of 8-byte elements in the file's byte order. Command blocks of 8
 * one-byte codes are each followed by the 8-byte values of their code-253
 * entries. Codes: 0 ignored (padding, as ReadStat writes within and after
 * cases), 1-251 the number code − bias, 252 end of data, 253 the next 8
 * bytes as stored, 254 eight spaces, 255 system-missing (−DBL_MAX). Every
 * step consumes input, so the decoder ends on any input.
 *
 * Reference: GNU PSPP manual, "System File Format" > "Data Record" (bytecode compression).
 */
export class BytecodeDecoder {
  /** Why the data ended ("running" while data remain). */
  end: BytecodeEnd = "running";
  private buffer: Uint8Array = new Uint8Array(0);
  private position = 0;
  /** Stream offset of buffer[0]. */
  private bufferStart = 0;
  private readonly codes = new Uint8Array(8);
  private codeIndex = 8;
  private moreChunks = true;
  private readonly source: ChunkSource;
  private readonly bias: number;
  private readonly littleEndian: boolean;

  /**
   * @param source the decompressed data stream
   * @param bias the header's compression bias (100)
   * @param littleEndian the file's byte order, used to store numbers 1-251 and system-missing
   * @example const decoder = new BytecodeDecoder(singleChunk(data), 100, true);
   */
  constructor(source: ChunkSource, bias: number, littleEndian: boolean) {
    this.source = source;
    this.bias = bias;
    this.littleEndian = littleEndian;
  }

  /** Offset in the decompressed stream of the next unread byte. @example decoder.streamOffset // => 1280 */
  get streamOffset(): number {
    return this.bufferStart + this.position;
  }

  /**
   * Decodes the next case into elements [0, elementCount) of `target`;
   * returns how many elements were filled before the data ended (elementCount
   * when the case is complete, 0 when the data ended before it began).
   *
   * @example decoder.readCase(caseBytes, caseView, 5) // => 5
   */
  readCase(target: Uint8Array, view: DataView, elementCount: number): number {
    const { codes, bias, littleEndian } = this;
    let element = 0;
    while (element < elementCount) {
      if (this.codeIndex === 8 && !this.nextBlock()) return element;
      const code = codes[this.codeIndex++];
      const at = element * 8;
      if (code === 0) continue;
      if (code <= 251) {
        view.setFloat64(at, code - bias, littleEndian);
      } else if (code === 253) {
        if (this.buffer.length - this.position < 8 && !this.refill(8)) {
          this.end = "missing-value-bytes";
          return element;
        }
        const buffer = this.buffer;
        const p = this.position;
        for (let i = 0; i < 8; i++) target[at + i] = buffer[p + i];
        this.position = p + 8;
      } else if (code === 254) {
        view.setBigUint64(at, SPACES);
      } else if (code === 255) {
        view.setFloat64(at, -Number.MAX_VALUE, littleEndian);
      } else {
        this.end = "end-code";
        this.codeIndex = 8;
        return element;
      }
      element++;
    }
    return element;
  }

  /**
   * Bytes left in the stream after the data ended; all of them zero is
   * reported as 0 (zero padding after the end). @example decoder.nonZeroBytesAfterEnd() // => 0
   */
  nonZeroBytesAfterEnd(): number {
    let count = 0;
    let any = false;
    for (;;) {
      for (let i = this.position; i < this.buffer.length; i++) {
        count++;
        if (this.buffer[i] !== 0) any = true;
      }
      this.bufferStart += this.buffer.length;
      this.buffer = new Uint8Array(0);
      this.position = 0;
      if (!this.moreChunks) break;
      const chunk = this.source.next();
      if (chunk === null) this.moreChunks = false;
      else this.buffer = chunk;
    }
    return any ? count : 0;
  }

  /** Loads the next command block; false (with `end` set) when there is none. */
  private nextBlock(): boolean {
    if (this.end !== "running") return false;
    if (this.buffer.length - this.position < BLOCK_SPAN) this.refill(BLOCK_SPAN);
    const left = this.buffer.length - this.position;
    if (left < 8) {
      let zeros = true;
      for (let i = this.position; i < this.buffer.length; i++) if (this.buffer[i] !== 0) zeros = false;
      this.end = left === 0 || zeros ? "exhausted" : "partial-block";
      return false;
    }
    const buffer = this.buffer;
    const codes = this.codes;
    const p = this.position;
    for (let i = 0; i < 8; i++) codes[i] = buffer[p + i];
    this.position = p + 8;
    this.codeIndex = 0;
    return true;
  }

  /** Joins the unread bytes with further chunks until `wanted` bytes are available or the source is exhausted. */
  private refill(wanted: number): boolean {
    while (this.buffer.length - this.position < wanted && this.moreChunks) {
      const chunk = this.source.next();
      if (chunk === null) {
        this.moreChunks = false;
        break;
      }
      const rest = this.buffer.subarray(this.position);
      const joined = new Uint8Array(rest.length + chunk.length);
      joined.set(rest, 0);
      joined.set(chunk, rest.length);
      this.bufferStart += this.position;
      this.buffer = joined;
      this.position = 0;
    }
    return this.buffer.length - this.position >= wanted;
  }
}
