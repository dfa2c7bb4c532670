import { constants, inflateSync } from "node:zlib";
import { ByteCursor } from "./byte-cursor";
import type { ChunkSource } from "./bytecode";
import { SavReadError } from "./sav-read-error";

/** One zlib block of a .zsav file, as its trailer describes it. */
export interface ZlibBlock {
  readonly uncompressedOffset: number;
  readonly compressedOffset: number;
  readonly uncompressedSize: number;
  readonly compressedSize: number;
}

/** The zlib data header and trailer of a .zsav file. */
export interface ZlibLayout {
  readonly headerOffset: number;
  readonly trailerOffset: number;
  readonly trailerLength: number;
  readonly blockSize: number;
  readonly blocks: readonly ZlibBlock[];
}

/** Outcome of reading the zlib header and trailer: the layout, or why the file is too short to hold the trailer. */
export type ZlibLayoutResult = { readonly ok: true; readonly layout: ZlibLayout } | { readonly ok: false; readonly truncated: SavReadError; readonly headerOffset: number };

/**
 * Reads and checks the zlib data header (at `dataOffset`) and the trailer it
 * points to: header offset equal to its position; trailer offset + length =
 * file length; bias = −(header bias); (trailer length − 24) / 24 blocks whose
 * compressed and uncompressed offsets follow each other from the header, the
 * last compressed block ending at the trailer; every block but the last of
 * `block_size` bytes once inflated.
 *
 * Reference: GNU PSPP manual, "System File Format" > "Data Record" (ZLIB compression).
 *
 * @returns `ok: false` with a "truncated" error when the file ends before the trailer it declares (the caller
 *   then inflates what is there to count the cases); the layout otherwise.
 * @throws SavReadError "format" for an inconsistent header, trailer or block table; "truncated" inside the header.
 * @example readZlibLayout(bytes, dict.dataOffset, true, 100, "w.zsav")
 */
export function readZlibLayout(bytes: Uint8Array, dataOffset: number, littleEndian: boolean, bias: number, file: string): ZlibLayoutResult {
  const cursor = new ByteCursor(bytes, littleEndian, file, dataOffset);
  const headerOffset = cursor.int64("the zlib data header");
  const trailerOffset = cursor.int64("the zlib data header");
  const trailerLength = cursor.int64("the zlib data header");
  const fail = (detail: string, offset = dataOffset) => new SavReadError("format", { file, offset }, `zlib-compressed data: ${detail}`);
  if (headerOffset !== dataOffset) throw fail(`the zlib header says it starts at byte ${headerOffset}, but it is at byte ${dataOffset}`);
  if (trailerOffset < dataOffset + 24 || trailerLength < 24 || (trailerLength - 24) % 24 !== 0) throw fail(`the trailer is declared at byte ${trailerOffset} with ${trailerLength} bytes, which is impossible`);
  const end = trailerOffset + trailerLength;
  if (end > bytes.length) {
    const truncated = new SavReadError("truncated", { file, offset: bytes.length }, `the file ends at byte ${bytes.length}, but its zlib trailer is declared at bytes ${trailerOffset}-${end}: the file is truncated`);
    return { ok: false, truncated, headerOffset };
  }
  if (end < bytes.length) throw fail(`${bytes.length - end} bytes follow the zlib trailer, which should end the file (at byte ${end})`, end);
  const trailer = new ByteCursor(bytes, littleEndian, file, trailerOffset);
  const trailerBias = trailer.int64("the zlib trailer");
  const zero = trailer.int64("the zlib trailer");
  const blockSize = trailer.int32("the zlib trailer");
  const blockCount = trailer.int32("the zlib trailer");
  if (trailerBias !== -bias) throw fail(`the trailer's bias is ${trailerBias}, not −${bias} as in the header`, trailerOffset);
  if (zero !== 0 || blockSize <= 0 || blockCount !== (trailerLength - 24) / 24) throw fail(`the trailer declares ${blockCount} blocks of ${blockSize} bytes in ${trailerLength} bytes`, trailerOffset);
  const blocks: ZlibBlock[] = [];
  let expectedUncompressed = headerOffset;
  let expectedCompressed = headerOffset + 24;
  for (let i = 0; i < blockCount; i++) {
    const block: ZlibBlock = {
      uncompressedOffset: trailer.int64("a zlib block descriptor"),
      compressedOffset: trailer.int64("a zlib block descriptor"),
      uncompressedSize: trailer.int32("a zlib block descriptor"),
      compressedSize: trailer.int32("a zlib block descriptor"),
    };
    const last = i === blockCount - 1;
    if (
      block.uncompressedOffset !== expectedUncompressed ||
      block.compressedOffset !== expectedCompressed ||
      block.compressedSize <= 0 ||
      block.uncompressedSize < 0 ||
      block.uncompressedSize > blockSize ||
      (!last && block.uncompressedSize !== blockSize)
    ) {
      throw fail(`block ${i + 1} of ${blockCount} is described as ${JSON.stringify(block)}; expected it at uncompressed offset ${expectedUncompressed} and compressed offset ${expectedCompressed}, of at most ${blockSize} bytes`, trailerOffset);
    }
    expectedUncompressed += block.uncompressedSize;
    expectedCompressed += block.compressedSize;
    blocks.push(block);
  }
  if (expectedCompressed !== trailerOffset) throw fail(`the compressed blocks end at byte ${expectedCompressed}, not at the trailer (byte ${trailerOffset})`, trailerOffset);
  return { ok: true, layout: { headerOffset, trailerOffset, trailerLength, blockSize, blocks } };
}

/**
 * The inflated blocks of a .zsav file, one chunk per block, inflated only
 * when asked for (so at most one block is held at a time besides the output).
 * Each block must inflate to exactly its declared size.
 *
 * @throws SavReadError "format" when a block is not valid zlib data or inflates to another size.
 * @example const chunks = zlibChunks(bytes, layout, "w.zsav"); chunks.next()?.length // => 4190208
 */
export function zlibChunks(bytes: Uint8Array, layout: ZlibLayout, file: string): ChunkSource {
  let index = 0;
  return {
    next: () => {
      if (index >= layout.blocks.length) return null;
      const block = layout.blocks[index++];
      const compressed = bytes.subarray(block.compressedOffset, block.compressedOffset + block.compressedSize);
      let inflated: Buffer;
      try {
        inflated = inflateSync(compressed, { maxOutputLength: Math.max(1, block.uncompressedSize) });
      } catch (error) {
        throw new SavReadError("format", { file, offset: block.compressedOffset }, `zlib block ${index} (byte ${block.compressedOffset}) cannot be inflated to its declared ${block.uncompressedSize} bytes: ${(error as Error).message}`);
      }
      if (inflated.length !== block.uncompressedSize) throw new SavReadError("format", { file, offset: block.compressedOffset }, `zlib block ${index} (byte ${block.compressedOffset}) inflates to ${inflated.length} bytes, not the ${block.uncompressedSize} its descriptor declares`);
      return inflated;
    },
  };
}

/**
 * For a truncated .zsav (no trailer): inflates the zlib streams that follow
 * the header one after another, as far as the bytes go, so that the cases
 * still there can be counted for the error message. Never used to return data.
 *
 * @example const chunks = salvageZlibChunks(bytes, dataOffset + 24);
 */
export function salvageZlibChunks(bytes: Uint8Array, firstBlockOffset: number): ChunkSource {
  let position = firstBlockOffset;
  return {
    next: () => {
      if (position >= bytes.length) return null;
      try {
        const result = inflateSync(bytes.subarray(position), { info: true, finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 64 * 1024 * 1024 }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        if (result.engine.bytesWritten <= 0) return null;
        position += result.engine.bytesWritten;
        return result.buffer.length > 0 ? result.buffer : null;
      } catch {
        return null;
      }
    },
  };
}
