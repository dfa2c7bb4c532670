import { strict as assert } from "node:assert";
import { DataError } from "../../lib/io/data-error";
import { applySchema, TableSchema } from "../../lib/io/table-schema";

const SCHEMA: TableSchema = {
  columns: {
    id: { type: "string" },
    kind: { type: "string", values: ["a", "b"] },
    count: { type: "integer", min: 0 },
    share: { type: "number", min: 0, max: 100, optional: true },
    note: { type: "string", optional: true },
  },
  key: ["id"],
};

function file(rows: string[][], header = ["id", "kind", "count", "share", "note"]) {
  return { file: "f.csv", header, rows };
}

function codeOf(fn: () => unknown): { code: string; row?: number; column?: string } {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DataError, String(error));
    return { code: error.code, row: error.location.row, column: error.location.column };
  }
  return assert.fail("no error");
}

describe("applySchema", () => {
  it("converts typed columns in schema order", () => {
    const columns = applySchema(file([["x", "a", "3", "12.5", "hi"], ["y", "b", "0", "", ""]]), SCHEMA);
    assert.deepEqual(Object.keys(columns), ["id", "kind", "count", "share", "note"]);
    assert.deepEqual(columns.count, [3, 0]);
    assert.equal(columns.share[0], 12.5);
    assert.ok(Number.isNaN(columns.share[1] as number));
    assert.deepEqual(columns.note, ["hi", ""]);
  });

  it("accepts the header in any order", () => {
    const columns = applySchema(file([["5", "x", "a", "", ""]], ["count", "id", "kind", "share", "note"]), SCHEMA);
    assert.deepEqual(columns.id, ["x"]);
    assert.deepEqual(columns.count, [5]);
  });

  it("refuses a missing column and an unexpected one", () => {
    assert.deepEqual(codeOf(() => applySchema(file([["x", "a", "3", ""]], ["id", "kind", "count", "share"]), SCHEMA)), { code: "column-missing", row: 0, column: "note" });
    assert.deepEqual(
      codeOf(() => applySchema(file([["x", "a", "3", "", "", "1"]], ["id", "kind", "count", "share", "note", "extra"]), SCHEMA)),
      { code: "column-unexpected", row: 0, column: "extra" },
    );
  });

  it("names row and column of every kind of bad cell", () => {
    const good = ["x", "a", "3", "1", ""];
    const cases: [string[], string, string][] = [
      [["", "a", "3", "1", ""], "value-missing", "id"],
      [["y", "c", "3", "1", ""], "value-unknown-code", "kind"],
      [["y", "a", "three", "1", ""], "value-type", "count"],
      [["y", "a", "3.5", "1", ""], "value-type", "count"],
      [["y", "a", "-1", "1", ""], "value-range", "count"],
      [["y", "a", "3", "101", ""], "value-range", "share"],
      [["y", "a", "3", "NaN", ""], "value-type", "share"],
      [["y", "a", "3", "Infinity", ""], "value-type", "share"],
      [["y", "a", "3", "1,5", ""], "value-type", "share"],
      [["y", "a", "3", "0x10", ""], "value-type", "share"],
    ];
    for (const [bad, code, column] of cases) {
      assert.deepEqual(codeOf(() => applySchema(file([good, bad]), SCHEMA)), { code, row: 2, column }, `${bad.join(",")}`);
    }
  });

  it("refuses a duplicated key, naming the row of the repeat", () => {
    const error = codeOf(() => applySchema(file([["x", "a", "1", "", ""], ["y", "a", "1", "", ""], ["x", "b", "2", "", ""]]), SCHEMA));
    assert.deepEqual(error, { code: "key-duplicate", row: 3, column: "id" });
  });

  it("accepts exponents and signs in numbers", () => {
    const columns = applySchema(file([["x", "a", "+2", "1e1", ""]]), SCHEMA);
    assert.deepEqual([columns.count[0], columns.share[0]], [2, 10]);
  });
});
