import { strict as assert } from "node:assert";
import { readSav } from "../../lib/spss";
import { caseLayout, parseVeryLongStrings } from "../../lib/spss/case-layout";
import { readDictionaryRecords } from "../../lib/spss/dictionary-records";
import { buildSav, textRecord } from "./sav-builder";

/** A very long string of `width` bytes as a writer stores it: segments of width 255 and a last one of w - (n - 1) * 252 (PSPP manual B.12). */
function segments(name: string, width: number) {
  const n = Math.floor((width + 251) / 252);
  return Array.from({ length: n }, (_, k) => ({ name: k === 0 ? name : `${name.slice(0, 5)}${k}`, width: k < n - 1 ? 255 : width - (n - 1) * 252 }));
}

describe("spss/case-layout: where each value sits in a case", () => {
  it("splits a very long string as the manual's example: 20,000 bytes in 80 segments, data in 78 full segments and 110 bytes of the 79th", () => {
    const bytes = buildSav({ variables: [{ name: "N", width: 0 }, ...segments("LONG", 20000)], records: [textRecord(14, Buffer.from("LONG=20000\0\t"))], cases: [] });
    const layout = caseLayout(readDictionaryRecords(bytes, true, "t"), "t");
    const long = layout.variables[1];
    assert.equal(layout.variables.length, 2);
    assert.equal(long.segmentRecords.length, 80);
    assert.equal(long.segments.length, 79);
    assert.deepEqual([long.segments[0].take, long.segments[77].take, long.segments[78].take], [255, 255, 110]);
    assert.equal(long.elementCount, 79 * 32 + Math.ceil(92 / 8));
  });

  it("reassembles a very long value across segments, dropping each segment's 256th byte", () => {
    const text = "x".repeat(254) + "Ж" + "y".repeat(100);
    const full = Buffer.from(text, "utf8");
    const seg1 = Buffer.concat([full.subarray(0, 255), Buffer.from("#")]);
    const seg2 = full.subarray(255);
    const bytes = buildSav({
      variables: segments("LONG", 400),
      records: [textRecord(14, Buffer.from("LONG=00400\0\t"))],
      cases: [[seg1, seg2]],
      compression: 0,
    });
    const data = readSav(bytes);
    assert.equal(data.columns.length, 1);
    assert.equal(data.columns[0].values[0], text);
  });

  it("refuses continuation records that do not match the string width, and very long strings with missing segments", () => {
    const bytes = Buffer.from(buildSav({ variables: [{ name: "S", width: 12 }], cases: [] }));
    bytes.writeInt32LE(20, 180);
    assert.throws(() => readSav(bytes), /a string of width 20 needs 2 continuation records after it, found 1/);
    const missing = buildSav({ variables: [segments("LONG", 600)[0]], records: [textRecord(14, Buffer.from("LONG=00600\0\t"))], cases: [] });
    assert.throws(() => readSav(missing), /needs 3 segments, the dictionary ends after 1/);
  });

  it("parses the very long string record's NAME=width tuples and refuses a malformed one", () => {
    assert.deepEqual([...parseVeryLongStrings(Buffer.from("A=00300\0\tBB=01000\0\t\0"), "t")], [["A", 300], ["BB", 1000]]);
    assert.throws(() => parseVeryLongStrings(Buffer.from("A=12\0\t"), "t"), /not NAME=width/);
  });
});
