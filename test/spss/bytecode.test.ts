import { strict as assert } from "node:assert";
import { BytecodeDecoder, ChunkSource, singleChunk } from "../../lib/spss/bytecode";

function decoderOf(bytes: number[] | Uint8Array, chunkSizes?: number[]): BytecodeDecoder {
  const all = Uint8Array.from(bytes);
  if (chunkSizes === undefined) return new BytecodeDecoder(singleChunk(all), 100, true);
  let at = 0;
  let k = 0;
  const source: ChunkSource = {
    next: () => {
      if (at >= all.length) return null;
      const size = chunkSizes[k++ % chunkSizes.length];
      const chunk = all.subarray(at, at + size);
      at += size;
      return chunk;
    },
  };
  return new BytecodeDecoder(source, 100, true);
}

function readOne(decoder: BytecodeDecoder, elements: number): { filled: number; bytes: Buffer } {
  const bytes = Buffer.alloc(elements * 8);
  const filled = decoder.readCase(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.length), elements);
  return { filled, bytes };
}

const raw = (text: string) => [...Buffer.from(text.padEnd(8, " "), "latin1")];

describe("spss/bytecode: the compressed data stream (PSPP manual, Data Record)", () => {
  it("decodes codes 1-251 as code − bias, 253 as the next raw 8 bytes, 254 as spaces and 255 as system-missing", () => {
    const decoder = decoderOf([101, 253, 254, 255, 1, 251, 0, 0, ...raw("abcdefgh")]);
    const { filled, bytes } = readOne(decoder, 6);
    assert.equal(filled, 6);
    assert.deepEqual([bytes.readDoubleLE(0), bytes.toString("latin1", 8, 16), bytes.toString("latin1", 16, 24), bytes.readDoubleLE(24), bytes.readDoubleLE(32), bytes.readDoubleLE(40)], [1, "abcdefgh", "        ", -Number.MAX_VALUE, -99, 151]);
  });

  it("skips no-op codes (0) anywhere, including inside a case, and a case may span command blocks", () => {
    const decoder = decoderOf([0, 101, 0, 102, 0, 0, 0, 103, 0, 104, 252, 0, 0, 0, 0, 0]);
    assert.equal(readOne(decoder, 4).filled, 4);
    assert.equal(readOne(decoder, 4).filled, 0);
    assert.equal(decoder.end, "end-code");
  });

  it("ends cleanly at the end of the stream between blocks, and reports a partial block or a missing raw value", () => {
    const clean = decoderOf([101, 102, 0, 0, 0, 0, 0, 0]);
    assert.equal(readOne(clean, 2).filled, 2);
    assert.equal(readOne(clean, 2).filled, 0);
    assert.equal(clean.end, "exhausted");
    const partial = decoderOf([101, 102, 0, 0, 0, 0, 0, 0, 103, 104]);
    readOne(partial, 2);
    assert.equal(readOne(partial, 2).filled, 0);
    assert.equal(partial.end, "partial-block");
    const zeros = decoderOf([101, 102, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    readOne(zeros, 2);
    readOne(zeros, 2);
    assert.equal(zeros.end, "exhausted", "zero bytes after the last block are padding");
    const missing = decoderOf([253, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    assert.equal(readOne(missing, 1).filled, 0);
    assert.equal(missing.end, "missing-value-bytes");
  });

  it("reads the same values whatever the chunk boundaries (blocks and raw values split across zlib blocks)", () => {
    const stream = [101, 253, 255, 253, 102, 254, 253, 252, ...raw("first   "), ...raw("second  "), ...raw("third   ")];
    const whole = readOne(decoderOf(stream), 7).bytes;
    for (const sizes of [[1], [3], [5, 7], [9], [16]]) assert.deepEqual(readOne(decoderOf(stream, sizes), 7).bytes, whole, `chunks of ${sizes}`);
  });

  it("counts non-zero bytes left after the end code (zero padding does not count)", () => {
    const decoder = decoderOf([101, 252, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0]);
    readOne(decoder, 1);
    readOne(decoder, 1);
    assert.equal(decoder.nonZeroBytesAfterEnd(), 4);
    const padded = decoderOf([101, 252, 0, 0, 0, 0, 0, 0, 0, 0]);
    readOne(padded, 1);
    readOne(padded, 1);
    assert.equal(padded.nonZeroBytesAfterEnd(), 0);
  });
});
