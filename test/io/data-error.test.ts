import { strict as assert } from "node:assert";
import { DataError, formatLocation } from "../../lib/io/data-error";

describe("DataError", () => {
  it("formats file, row and column into its message", () => {
    const error = new DataError("value-type", { file: "data/w.csv", row: 7, column: "weight" }, '"abc" is not a number');
    assert.equal(error.message, 'data/w.csv, row 7, column "weight": "abc" is not a number');
    assert.equal(error.name, "DataError");
    assert.ok(error instanceof Error);
  });

  it("omits the parts that are not known", () => {
    assert.equal(formatLocation({ file: "a.csv" }), "a.csv");
    assert.equal(formatLocation({ file: "a.csv", row: 0 }), "a.csv, row 0");
    assert.equal(formatLocation({ file: "a.csv", column: "x" }), 'a.csv, column "x"');
  });
});
