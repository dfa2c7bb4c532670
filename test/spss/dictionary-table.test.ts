import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { describeMissing, dictionaryJson, dictionaryTable, openSav, visibleText } from "../../lib/spss";

const dictionaryOf = (name: string) => openSav(readFileSync(projectPath(`test/fixtures/spss/${name}`)), { fileName: name }).dictionary;

describe("spss/dictionary-table: the dictionary for people (inspect) and as JSON", () => {
  it("shows file facts, one line per variable with type, format, missing values and label, then value labels", () => {
    const table = dictionaryTable(dictionaryOf("cyrillic-utf8.sav"), 5);
    assert.match(table, /^File: {6}cyrillic-utf8\.sav$/m);
    assert.match(table, /^Encoding: {2}utf-8 \(declared by the character encoding record as "UTF-8"\)$/m);
    assert.match(table, /^Layout: {4}bytecode-compressed \(\.sav\), little-endian, bias 100$/m);
    assert.match(table, /^Cases: {5}5 read \(5 declared\)$/m);
    assert.match(table, /^Weight: {4}вес$/m);
    assert.match(table, /^5 +q2 +numeric +F4\.0 +scale +LO THRU -1, 999 +Число с диапазоном пропусков$/m);
    assert.match(table, /^15 +коммент +string\(600\) +A600 +nominal +Комментарий интервьюера$/m);
    assert.match(table, /^Value labels:\n {2}q1\n {5}1 +Очень положительно$/m);
  });

  it("escapes control characters from the file so that a label cannot move the terminal's cursor", () => {
    assert.equal(visibleText("a\tb\nc\u001b[2J"), "a\\tb\\nc\\u{1b}[2J");
    assert.equal(describeMissing({ values: ["x\n"], range: null }), '"x\\n"');
  });

  it("writes ranges with LO and HI, in the table and in JSON (which has no infinities)", () => {
    const dictionary = dictionaryOf("cyrillic-utf8.sav");
    assert.equal(describeMissing(dictionary.variables[5].missing), "90 THRU HI");
    const json = JSON.parse(JSON.stringify(dictionaryJson(dictionary, 5))) as { caseCount: number; variables: { name: string; printFormat: string; missing: unknown }[] };
    assert.equal(json.caseCount, 5);
    assert.deepEqual(json.variables[4].missing, { values: [999], range: { low: "LO", high: -1 } });
    assert.equal(json.variables[11].printFormat, "DATE11");
  });
});
