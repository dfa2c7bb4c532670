import { strict as assert } from "node:assert";
import { readSav, SavReadError } from "../../lib/spss";
import { readHeader } from "../../lib/spss/header";
import { buildSav } from "./sav-builder";

const SPEC = { variables: [{ name: "X", width: 0 }], cases: [[1], [2]] };

describe("spss/header: the file header record", () => {
  it("takes the byte order from the layout code (2 or 3 in the file's order), whatever else the file says", () => {
    assert.equal(readHeader(buildSav({ ...SPEC, littleEndian: true }), "t").byteOrder, "little-endian");
    const big = readHeader(buildSav({ ...SPEC, littleEndian: false }), "t");
    assert.deepEqual([big.byteOrder, big.caseCount, big.bias, big.layout], ["big-endian", 2, 100, "bytecode"]);
  });

  it("reads the compression code as the layout: 0 uncompressed, 1 bytecode, 2 zlib ($FL3 only)", () => {
    assert.equal(readHeader(buildSav({ ...SPEC, compression: 0 }), "t").layout, "uncompressed");
    assert.equal(readHeader(buildSav({ ...SPEC, compression: 2 }), "t").layout, "zlib");
    assert.throws(() => readHeader(buildSav({ ...SPEC, compression: 2, magic: Buffer.from("$FL2") }), "t"), /compression code is 2, which a \$FL2 \(\.sav\) file must have as 0 or 1/);
  });

  it("refuses an impossible layout code, a NaN bias and a negative weight index as format errors at their offsets", () => {
    const bytes = Buffer.from(buildSav(SPEC));
    bytes.writeInt32LE(7, 64);
    assert.throws(() => readHeader(bytes, "t"), (error: unknown) => error instanceof SavReadError && error.code === "format" && error.location.offset === 64);
    const nanBias = Buffer.from(buildSav(SPEC));
    nanBias.writeDoubleLE(NaN, 84);
    assert.throws(() => readHeader(nanBias, "t"), /bias is NaN/);
    assert.throws(() => readSav(buildSav({ ...SPEC, weightIndex: -1 })), /weight index is -1/);
  });

  it("refuses a file shorter than the 176-byte header as truncated", () => {
    assert.throws(() => readHeader(buildSav(SPEC).subarray(0, 100), "t"), (error: unknown) => error instanceof SavReadError && error.code === "truncated" && /176 bytes/.test(error.message));
  });
});
