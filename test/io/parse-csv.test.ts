import { strict as assert } from "node:assert";
import { DataError } from "../../lib/io/data-error";
import { parseCsv } from "../../lib/io/parse-csv";

/** Runs fn and returns the DataError it throws (fails the test if it throws anything else or nothing). */
function dataErrorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DataError, `expected a DataError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected a DataError, nothing was thrown");
}

describe("parseCsv", () => {
  it("reads a header and rows", () => {
    const parsed = parseCsv("a,b\n1,2\n3,4\n", "t.csv");
    assert.deepEqual(parsed.header, ["a", "b"]);
    assert.deepEqual(parsed.rows, [["1", "2"], ["3", "4"]]);
  });

  it("honours quotes: delimiters, doubled quotes and line breaks inside fields", () => {
    const parsed = parseCsv('a,b\n"x,y","say ""hi"""\n"two\nlines",z\n', "t.csv");
    assert.deepEqual(parsed.rows, [["x,y", 'say "hi"'], ["two\nlines", "z"]]);
  });

  it("accepts CRLF, CR and mixed line endings and a missing final newline", () => {
    assert.deepEqual(parseCsv("a,b\r\n1,2\r3,4\n5,6", "t.csv").rows, [["1", "2"], ["3", "4"], ["5", "6"]]);
  });

  it("removes a UTF-8 byte-order mark and keeps Cyrillic and Kazakh text", () => {
    const parsed = parseCsv("\uFEFFвопрос,жауап\nРоссия,Қазақстан\n", "t.csv");
    assert.deepEqual(parsed.header, ["вопрос", "жауап"]);
    assert.deepEqual(parsed.rows, [["Россия", "Қазақстан"]]);
  });

  it("ignores blank lines at the end only", () => {
    assert.equal(parseCsv("a\n1\n\n\n", "t.csv").rows.length, 1);
    const error = dataErrorOf(() => parseCsv("a,b\n1,2\n\n3,4\n", "t.csv"));
    assert.equal(error.code, "row-width");
    assert.equal(error.location.row, 2);
  });

  it("refuses an empty file", () => {
    assert.equal(dataErrorOf(() => parseCsv("", "empty.csv")).code, "file-empty");
    assert.equal(dataErrorOf(() => parseCsv("\n\n", "empty.csv")).code, "file-empty");
  });

  it("names file, row and column of a short row", () => {
    const error = dataErrorOf(() => parseCsv("a,b,c\n1,2,3\n4,5\n", "data/x.csv"));
    assert.equal(error.code, "row-width");
    assert.deepEqual(error.location, { file: "data/x.csv", row: 2, column: "c" });
    assert.match(error.message, /^data\/x\.csv, row 2, column "c": expected 3 fields/);
  });

  it("names the first extra column of a long row", () => {
    const error = dataErrorOf(() => parseCsv("a,b\n1,2,3\n", "t.csv"));
    assert.deepEqual(error.location, { file: "t.csv", row: 1, column: "#3" });
  });

  it("hints at the delimiter when a row comes as one field", () => {
    const error = dataErrorOf(() => parseCsv("a,b\n1;2\n", "t.csv"));
    assert.equal(error.code, "row-width");
    assert.match(error.detail, /is the delimiter ","\?/);
  });

  it("refuses duplicated, empty and forbidden header names", () => {
    assert.equal(dataErrorOf(() => parseCsv("a,a\n1,2\n", "t.csv")).code, "header-duplicate");
    assert.equal(dataErrorOf(() => parseCsv("a,,c\n1,2,3\n", "t.csv")).code, "header-missing");
    const forbidden = dataErrorOf(() => parseCsv("a,__proto__\n1,2\n", "t.csv"));
    assert.equal(forbidden.code, "column-name-forbidden");
    assert.equal(forbidden.location.column, "__proto__");
  });

  it("refuses an unterminated quote, naming the row where it opened", () => {
    const error = dataErrorOf(() => parseCsv('a,b\n1,"open\n2,3\n', "t.csv"));
    assert.equal(error.code, "format");
    assert.equal(error.location.row, 1);
  });

  it("refuses a quote inside an unquoted field and text after a closing quote", () => {
    assert.equal(dataErrorOf(() => parseCsv('a\nab"c\n', "t.csv")).code, "format");
    assert.equal(dataErrorOf(() => parseCsv('a\n"ab"c\n', "t.csv")).code, "format");
  });

  it("refuses a field longer than the limit", () => {
    const error = dataErrorOf(() => parseCsv(`a\n${"x".repeat(101)}\n`, "t.csv", { maxFieldLength: 100 }));
    assert.equal(error.code, "format");
    assert.match(error.detail, /longer than 100/);
  });

  it("refuses text with a Unicode replacement character (not UTF-8)", () => {
    const text = Buffer.from([0x61, 0x0a, 0xff, 0x0a]).toString("utf8");
    assert.equal(dataErrorOf(() => parseCsv(text, "latin1.csv")).code, "encoding");
  });

  it("supports another delimiter and rejects invalid ones", () => {
    assert.deepEqual(parseCsv("a;b\n1;2\n", "t.csv", { delimiter: ";" }).rows, [["1", "2"]]);
    assert.throws(() => parseCsv("a\n", "t.csv", { delimiter: '"' }), RangeError);
    assert.throws(() => parseCsv("a\n", "t.csv", { delimiter: ",," }), RangeError);
  });
});
