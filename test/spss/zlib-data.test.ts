import { strict as assert } from "node:assert";
import { readSav } from "../../lib/spss";
import { readDictionaryRecords } from "../../lib/spss/dictionary-records";
import { refusal } from "./refusal";
import { buildSav, TestSavSpec } from "./sav-builder";

const SPEC: TestSavSpec = {
  compression: 2,
  zlibBlockSize: 16,
  variables: [{ name: "ID", width: 0 }, { name: "S", width: 8 }],
  cases: [[1, "one"], [2, "two"], [3, "three"]],
};


/** Offsets of the zlib header (where the data begin) and of the trailer it points to. */
function zlibOffsets(bytes: Buffer): { header: number; trailer: number } {
  const header = readDictionaryRecords(bytes, true, "t").dataOffset;
  return { header, trailer: Number(bytes.readBigInt64LE(header + 8)) };
}

describe("spss/zlib-data: .zsav header, trailer and blocks", () => {
  it("reads the cases from several zlib blocks", () => {
    const data = readSav(buildSav(SPEC));
    assert.equal(data.dictionary.layout, "zlib");
    assert.deepEqual(data.columns[1].values, ["one", "two", "three"]);
  });

  it("refuses bytes after the trailer, a trailer bias that is not −bias, and a block that does not inflate to its size", () => {
    assert.match(refusal(Buffer.concat([buildSav(SPEC), Buffer.from("xx")])).message, /2 bytes follow the zlib trailer/);
    const bytes = Buffer.from(buildSav(SPEC));
    const { trailer } = zlibOffsets(bytes);
    const badBias = Buffer.from(bytes);
    badBias.writeBigInt64LE(-50n, trailer);
    assert.match(refusal(badBias).message, /trailer's bias is -50, not −100/);
    const badSize = Buffer.from(bytes);
    badSize.writeInt32LE(15, trailer + 24 + 16);
    assert.match(refusal(badSize).message, /block 1 of \d+ is described as/);
    const corrupt = Buffer.from(bytes);
    const { header } = zlibOffsets(bytes);
    corrupt.fill(0xff, header + 26, header + 30);
    assert.equal(refusal(corrupt).code, "format");
  });

  it("refuses a zlib header that does not point at itself", () => {
    const bytes = Buffer.from(buildSav(SPEC));
    const { header } = zlibOffsets(bytes);
    bytes.writeBigInt64LE(BigInt(header + 1), header);
    assert.match(refusal(bytes).message, /zlib header says it starts at byte \d+, but it is at byte \d+/);
  });

  it("refuses a truncated .zsav, counting the cases that can still be inflated", () => {
    const whole = buildSav({ ...SPEC, zlibBlockSize: 4096 });
    const error = refusal(whole.subarray(0, whole.length - 30));
    assert.equal(error.code, "truncated");
    assert.equal(error.location.expectedCases, 3);
    assert.match(error.message, /declares 3 cases; the file ends at byte \d+, but its zlib trailer is declared at bytes \d+-\d+: the file is truncated \(3 complete cases can be inflated from what is there\)/);
  });
});
