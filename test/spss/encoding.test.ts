import { strict as assert } from "node:assert";
import { codePageLabel, declaredEncoding, readSav, SavReadError } from "../../lib/spss";
import { isValidUtf8Text, TextDecoding } from "../../lib/spss/encoding";
import { buildSav, encodingRecord, machineIntegerRecord } from "./sav-builder";

const utf8 = new TextDecoding({ name: "utf-8", source: "encoding-record", declared: "UTF-8" });
const cp1251 = new TextDecoding({ name: "windows-1251", source: "character-code", declared: "code page 1251" });
const cp1252 = new TextDecoding({ name: "windows-1252", source: "character-code", declared: "code page 1252" });

describe("spss/encoding: which encoding, and decoding every text whole", () => {
  it("prefers the encoding record, then the machine integer record's code page; 2 and 3 (\"ASCII\") declare nothing", () => {
    assert.deepEqual(declaredEncoding("WINDOWS-1251", 1252, "t"), { name: "windows-1251", source: "encoding-record", declared: "WINDOWS-1251" });
    assert.deepEqual(declaredEncoding(null, 1251, "t"), { name: "windows-1251", source: "character-code", declared: "code page 1251" });
    assert.deepEqual(declaredEncoding(null, 65001, "t")?.name, "utf-8");
    assert.equal(declaredEncoding(null, 2, "t"), null);
    assert.equal(declaredEncoding(null, 3, "t"), null);
    assert.equal(declaredEncoding(null, null, "t"), null);
  });

  it("maps Windows code pages to the labels Node's TextDecoder knows", () => {
    assert.deepEqual([1250, 1251, 1252, 866, 20866, 28591, 28605, 932, 936, 65001].map(codePageLabel), ["windows-1250", "windows-1251", "windows-1252", "ibm866", "koi8-r", "iso-8859-1", "iso-8859-15", "shift_jis", "gbk", "utf-8"]);
    assert.equal(codePageLabel(12345), null);
  });

  it("refuses encodings it cannot decode: UTF-16 names, EBCDIC and unknown code pages, unknown names", () => {
    for (const [record, code, message] of [["UTF-16LE", null, /16\/32-bit units/], [null, 1, /EBCDIC/], [null, 1200, /UTF-16LE/], [null, 4242, /code page 4242/], ["KLINGON-8", null, /"KLINGON-8"/]] as const) {
      assert.throws(() => declaredEncoding(record, code, "t"), (error: unknown) => error instanceof SavReadError && error.code === "encoding" && message.test(error.message));
    }
  });

  it("decodes windows-1252's 0x80-0x9F as windows-1252 (Node 20's TextDecoder would give C1 controls)", () => {
    assert.equal(cp1252.decode(Buffer.from([0x80, 0x8c, 0x93, 0x96, 0x9f, 0xe9])), "€Œ“–Ÿé");
  });

  it("decodes windows-1251 Cyrillic, and removes the trailing spaces and NULs of fixed-width fields", () => {
    assert.equal(cp1251.decode(Buffer.from([0xd1, 0xe5, 0xe2, 0xe5, 0xf0, 0x20, 0x20, 0x00])), "Север");
    assert.equal(utf8.decode(Buffer.from("  Юг  \0\0", "utf8")), "  Юг", "leading blanks are kept");
  });

  it("returns null for bytes that are not valid text, so the caller can say where", () => {
    assert.equal(utf8.decode(Buffer.from([0x41, 0xff, 0x42])), null);
  });

  it("drops a multi-byte character cut in half at the end of a text (a writer's byte limit), and only there", () => {
    const cut = Buffer.from("Жауап", "utf8").subarray(0, 9);
    assert.equal(utf8.decode(cut), "Жауа", "9 of the 10 bytes of Жауап: the first byte of п is dropped");
    assert.ok(isValidUtf8Text(cut, 0, cut.length));
    const inner = Buffer.concat([Buffer.from("Ж", "utf8").subarray(0, 1), Buffer.from("abc")]);
    assert.equal(utf8.decode(inner), null);
    assert.equal(isValidUtf8Text(inner, 0, inner.length), false);
    assert.equal(utf8.decode(Buffer.concat([cut, Buffer.from("  ")])), "Жауа", "before the padding too");
    const cafe = Uint8Array.of(0x43, 0x61, 0x66, 0xe9);
    assert.equal(isValidUtf8Text(Buffer.from(cafe), 0, 4), false, "windows-1252 \"Café\": no other non-ASCII character, so not cut UTF-8");
  });

  it("in a file: a string value that is not valid in the declared encoding is refused, naming case and variable", () => {
    const bytes = buildSav({
      variables: [{ name: "ID", width: 0 }, { name: "CITY", width: 8 }],
      records: [machineIntegerRecord(65001), encodingRecord("UTF-8")],
      cases: [[1, "ok"], [2, "ok"]],
    });
    const corrupt = Buffer.from(bytes);
    corrupt[corrupt.lastIndexOf(Buffer.from("ok"))] = 0xff;
    assert.throws(
      () => readSav(corrupt, { fileName: "t.sav" }),
      (error: unknown) => error instanceof SavReadError && error.code === "encoding" && error.location.caseNumber === 2 && error.location.variable === "CITY" && /case 2, variable CITY: the value is not valid utf-8 text/.test(error.message),
    );
  });

  it("in a file that declares nothing: UTF-8 when every text is valid UTF-8, else windows-1252", () => {
    const spec = { variables: [{ name: "CITY", width: 16 }], records: [machineIntegerRecord(2)] };
    const utf8File = readSav(buildSav({ ...spec, cases: [["Алматы"]] }));
    assert.deepEqual([utf8File.dictionary.encoding.source, utf8File.columns[0].values[0]], ["detected-utf-8", "Алматы"]);
    const latin = readSav(buildSav({ ...spec, cases: [["Алматы"], [Uint8Array.of(0x43, 0x61, 0x66, 0xe9)]] }));
    assert.deepEqual([latin.dictionary.encoding.source, latin.columns[0].values[1]], ["fallback-windows-1252", "Café"]);
  });
});
