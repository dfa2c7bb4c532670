import { strict as assert } from "node:assert";
import { loadTable2, Table2Cell, table2Cells, table2Percent, table2SideBySide } from "../../lib/article/table2";
import { DataError } from "../../lib/io/data-error";
import { temporaryFile } from "../helpers/temporary-folder";

const HEADER = "category_id,category,reason_group,base,percent,source";
const VALID = [
  "a,A,domestic,all_reasons,80,s",
  "a,A,domestic,categorizable_reasons,100,s",
  "o,Other,uncategorizable,all_reasons,20,s",
];

describe("loadTable2", () => {
  it("loads the project's transcription: seven categories, six of them in both columns", () => {
    const cells = loadTable2().objects() as unknown as Table2Cell[];
    assert.equal(new Set(cells.map((c) => c.category_id)).size, 7);
    assert.equal(cells.filter((c) => c.base === "categorizable_reasons").length, 6);
    assert.equal(cells.filter((c) => c.reason_group === "uncategorizable").length, 1);
  });
  it("loads a minimal valid table", () => {
    assert.equal(loadTable2(temporaryFile("t2.csv", [HEADER, ...VALID].join("\n"))).numRows(), 3);
  });
  it("refuses a categorizable share for the uncategorizable row, naming the row", () => {
    const file = temporaryFile("t2.csv", [HEADER, ...VALID, "o,Other,uncategorizable,categorizable_reasons,0,s"].join("\n"));
    assert.throws(() => loadTable2(file), (e: unknown) => e instanceof DataError && e.location.row === 4 && e.location.column === "base");
  });
  it("refuses a category missing from one column", () => {
    const file = temporaryFile("t2.csv", [HEADER, VALID[0], VALID[2]].join("\n"));
    assert.throws(() => loadTable2(file), /category "a" must have the base\(s\)/);
  });
  it("refuses a table without, or with two, uncategorizable categories", () => {
    assert.throws(() => loadTable2(temporaryFile("t2.csv", [HEADER, VALID[0], VALID[1]].join("\n"))), /exactly one uncategorizable/);
    assert.throws(() => loadTable2(temporaryFile("t2.csv", [HEADER, ...VALID, "p,P,uncategorizable,all_reasons,1,s"].join("\n"))), /found 2/);
  });
  it("refuses a duplicate cell and a percentage out of range", () => {
    assert.throws(() => loadTable2(temporaryFile("t2.csv", [HEADER, ...VALID, VALID[0]].join("\n"))), (e: unknown) => e instanceof DataError && e.code === "key-duplicate");
    assert.throws(() => loadTable2(temporaryFile("t2.csv", [HEADER, "a,A,domestic,all_reasons,101,s"].join("\n"))), (e: unknown) => e instanceof DataError && e.location.column === "percent");
  });
});

describe("table2Percent", () => {
  it("returns a cell's percentage and refuses a cell that does not exist", () => {
    const file = temporaryFile("t2.csv", [HEADER, ...VALID].join("\n"));
    const table = loadTable2(file);
    assert.equal(table2Percent(table, "a", "categorizable_reasons", file), 100);
    assert.throws(() => table2Percent(table, "o", "categorizable_reasons", file), (e: unknown) => e instanceof DataError && /no cell "o"/.test(e.message));
  });
});

describe("table2Cells", () => {
  it("gives every cell of the loaded table as a typed row, in file order", () => {
    const cells = table2Cells(loadTable2());
    assert.equal(cells.length, 13);
    assert.deepEqual(cells.filter((c) => c.base === "all_reasons").map((c) => c.percent).reduce((a, b) => a + b, 0), 100);
    assert.equal(cells.find((c) => c.category_id === "ru_domestic" && c.base === "categorizable_reasons")?.percent, 57);
  });
});

describe("table2SideBySide", () => {
  it("puts the two columns of each category side by side, NaN where the memo prints nothing", () => {
    const rows = table2SideBySide(loadTable2());
    assert.equal(rows.length, 7);
    assert.deepEqual(rows[0], { category: "RU domestic qualities", group: "domestic", all_reasons: 47, categorizable_reasons: 57 });
    assert.equal(rows[6].all_reasons, 18);
    assert.ok(Number.isNaN(rows[6].categorizable_reasons));
  });
});
