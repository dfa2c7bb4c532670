import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { openSav, readSav, readSavFile, savColumn, SavReadError } from "../../lib/spss";
import { differencesFromHaven, readHavenReading } from "./haven-reading";
import { sharedPath } from "./shared-folder";

const FIXTURES = projectPath("test/fixtures/spss");
const fixture = (name: string) => path.join(FIXTURES, name);
const savFiles = (folder: string) => readdirSync(folder).filter((name) => /\.z?sav$/.test(name)).sort();

describe("spss/read-sav: fixtures made by PSPP and haven, read as haven reads them", () => {
  const files = savFiles(FIXTURES);

  it("has the fixtures the scripts make (PSPP and haven writers, three layouts, both byte orders, three encodings)", () => {
    for (const name of ["cyrillic-utf8.sav", "cyrillic-utf8-uncompressed.sav", "cyrillic-utf8.zsav", "cyrillic-utf8-big-endian.sav", "cyrillic-utf8-uncompressed-big-endian.sav", "haven-bytecode.sav", "haven-uncompressed.sav", "haven.zsav", "haven-bytecode-big-endian.sav", "russian-windows-1251.sav", "russian-windows-1251-no-encoding-record.sav", "russian-windows-1251-cyrillic-names.sav", "western-windows-1252.sav", "western-windows-1252-no-encoding-record.sav", "zero-cases.sav", "zero-cases-uncompressed.sav", "zero-cases.zsav"]) {
      assert.ok(files.includes(name), name);
    }
  });

  for (const name of files) {
    const havenCsv = fixture(`${name}.haven.csv`);
    if (!existsSync(havenCsv)) continue;
    it(`${name}: every cell equals haven's reading`, () => {
      const data = readSavFile(fixture(name));
      assert.deepEqual(differencesFromHaven(data, readHavenReading(havenCsv)), []);
    });
  }

  it("reads the same values from the same data in every layout and byte order (PSPP and haven files)", () => {
    const groups = [
      ["cyrillic-utf8.sav", "cyrillic-utf8-uncompressed.sav", "cyrillic-utf8.zsav", "cyrillic-utf8-big-endian.sav", "cyrillic-utf8-uncompressed-big-endian.sav", "cyrillic-utf8-undeclared.sav"],
      ["haven-bytecode.sav", "haven-uncompressed.sav", "haven.zsav", "haven-bytecode-big-endian.sav"],
      ["russian-windows-1251.sav", "russian-windows-1251-no-encoding-record.sav"],
      ["western-windows-1252.sav", "western-windows-1252-no-encoding-record.sav", "western-undeclared.sav"],
    ];
    for (const group of groups) {
      const [first, ...others] = group.map((name) => readSavFile(fixture(name)));
      for (const other of others) {
        assert.equal(other.caseCount, first.caseCount);
        other.columns.forEach((column, c) => assert.deepEqual([...column.values], [...first.columns[c].values], `${other.dictionary.file} ${column.variable.name}`));
      }
    }
  });

  it("records the layout, byte order and encoding each file declares", () => {
    const facts = (name: string) => {
      const { dictionary } = openSav(readFileSync(fixture(name)), { fileName: name });
      return [dictionary.layout, dictionary.byteOrder, dictionary.encoding.name, dictionary.encoding.source];
    };
    assert.deepEqual(facts("cyrillic-utf8.sav"), ["bytecode", "little-endian", "utf-8", "encoding-record"]);
    assert.deepEqual(facts("cyrillic-utf8-uncompressed-big-endian.sav"), ["uncompressed", "big-endian", "utf-8", "encoding-record"]);
    assert.deepEqual(facts("cyrillic-utf8.zsav"), ["zlib", "little-endian", "utf-8", "encoding-record"]);
    assert.deepEqual(facts("haven-bytecode.sav"), ["bytecode", "little-endian", "utf-8", "character-code"]);
    assert.deepEqual(facts("russian-windows-1251.sav"), ["bytecode", "little-endian", "windows-1251", "encoding-record"]);
    assert.deepEqual(facts("russian-windows-1251-no-encoding-record.sav"), ["bytecode", "little-endian", "windows-1251", "character-code"]);
    assert.deepEqual(facts("western-windows-1252-no-encoding-record.sav"), ["uncompressed", "little-endian", "windows-1252", "character-code"]);
    assert.deepEqual(facts("cyrillic-utf8-undeclared.sav"), ["bytecode", "little-endian", "utf-8", "detected-utf-8"]);
    assert.deepEqual(facts("western-undeclared.sav"), ["uncompressed", "little-endian", "windows-1252", "fallback-windows-1252"]);
  });

  it("reads a UTF-8 file that declares no encoding (character code 2), which haven refuses as windows-1252", () => {
    assert.match(readFileSync(fixture("cyrillic-utf8-undeclared.sav.haven.error"), "utf8"), /invalid byte sequence/);
    const data = readSavFile(fixture("cyrillic-utf8-undeclared.sav"));
    assert.deepEqual(differencesFromHaven(data, readHavenReading(fixture("cyrillic-utf8.sav.haven.csv"))), []);
  });

  it("reads the zero-case .zsav that haven 2.5.1 refuses (\"Unable to allocate memory\") as its other layouts", () => {
    assert.match(readFileSync(fixture("zero-cases.zsav.haven.error"), "utf8"), /allocate memory/);
    const data = readSavFile(fixture("zero-cases.zsav"));
    assert.equal(data.caseCount, 0);
    assert.deepEqual(differencesFromHaven(data, readHavenReading(fixture("zero-cases.sav.haven.csv"))), []);
  });

  it("decodes strings whole: Cyrillic text across 8-byte elements and across the 255-byte segments of a very long string", () => {
    const data = readSavFile(fixture("cyrillic-utf8.sav"));
    const comment = savColumn(data, "коммент");
    assert.ok(comment?.type === "string");
    assert.equal(comment.variable.width, 600);
    assert.equal(comment.values[1], "Ж".repeat(165), "330 bytes of two-byte letters: letter 128 straddles the segment boundary at byte 255");
    assert.ok(Buffer.byteLength(comment.values[0]) > 510, "spans three segments");
    assert.equal(savColumn(data, "Регион")?.values[0], "Северо-Казахстанская");
  });

  it("decodes only the variables asked for, in dictionary order, and says which names are unknown", () => {
    const bytes = readFileSync(fixture("cyrillic-utf8.sav"));
    const data = readSav(bytes, { variables: ["q1", "id"] });
    assert.deepEqual(data.columns.map((column) => column.variable.name), ["id", "q1"]);
    assert.deepEqual([...data.columns[1].values], [1, 2, 98, 4, NaN]);
    assert.equal(data.dictionary.variables.length, 15);
    assert.throws(() => readSav(bytes, { variables: ["q1", "nope"] }), (error: unknown) => error instanceof RangeError && /"nope"/.test(error.message));
  });
});

describe("spss/read-sav: the public SPSS corpus (../shared/sav-corpus) against haven's readings (ref/)", () => {
  const folder = sharedPath("sav-corpus");
  for (const name of savFiles(folder)) {
    const ref = path.join(folder, "ref", `${name}.csv`);
    const refused = path.join(folder, "ref", `${name}.error`);
    if (existsSync(ref)) {
      it(`${name}: every cell equals haven's reading`, () => {
        assert.deepEqual(differencesFromHaven(readSavFile(path.join(folder, name)), readHavenReading(ref)), []);
      });
    } else {
      it(`${name}: refused, as haven refuses it (${readFileSync(refused, "utf8").trim().split(": ").pop()})`, () => {
        assert.throws(() => readSavFile(path.join(folder, name)), (error: unknown) => error instanceof SavReadError && error.code === "unsupported" && /encrypted/.test(error.message));
      });
    }
  }
});
