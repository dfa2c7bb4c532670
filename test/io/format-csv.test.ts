import { strict as assert } from "node:assert";
import { formatCsv, formatCsvField } from "../../lib/io/format-csv";
import { parseCsv } from "../../lib/io/parse-csv";

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
});
