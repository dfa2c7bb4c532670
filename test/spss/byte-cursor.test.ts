import { strict as assert } from "node:assert";
import { SavReadError } from "../../lib/spss";
import { ByteCursor } from "../../lib/spss/byte-cursor";

describe("spss/byte-cursor: bounded reads", () => {
  it("reads int32, int64, float64 and bytes in either byte order", () => {
    const bytes = Buffer.alloc(28);
    bytes.writeInt32BE(-2, 0);
    bytes.writeBigInt64BE(5n, 4);
    bytes.writeDoubleBE(100, 12);
    bytes.write("abcdefgh", 20, "latin1");
    const cursor = new ByteCursor(bytes, false, "t");
    assert.deepEqual([cursor.int32("a"), cursor.int64("b"), cursor.float64("c"), Buffer.from(cursor.take(8, "d")).toString("latin1")], [-2, 5, 100, "abcdefgh"]);
    assert.equal(cursor.remaining, 0);
  });

  it("refuses to read past the end, naming what was read and where (truncated)", () => {
    const cursor = new ByteCursor(new Uint8Array(6), true, "w.sav", 4);
    assert.throws(
      () => cursor.int32("the weight index"),
      (error: unknown) => error instanceof SavReadError && error.code === "truncated" && error.location.offset === 4 && /^w\.sav: the file ends at byte 6 while reading the weight index \(4 bytes needed at byte 4\)/.test(error.message),
    );
    assert.throws(() => cursor.take(-1, "a negative length"), /a negative length/);
  });
});
