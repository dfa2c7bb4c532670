import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { loadTidyCsv } from "../../lib/io/load-tidy-csv";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("loadTidyCsv", () => {
  const dir = temporaryFolder("tidy");
  const schema = { columns: { item: { type: "string" as const }, percent: { type: "number" as const, min: 0, max: 100 } } };

  it("returns an Arquero table with typed columns", () => {
    const file = path.join(dir, "ok.csv");
    writeFileSync(file, "item,percent\nx,39\ny,48\n");
    const table = loadTidyCsv(file, schema);
    assert.equal(table.numRows(), 2);
    assert.deepEqual(table.array("percent"), [39, 48]);
  });

  it("resolves relative paths from the project root", () => {
    const table = loadTidyCsv("data/article/table1.csv", {
      columns: {
        item_id: { type: "string" },
        item: { type: "string" },
        response: { type: "string" },
        kind: { type: "string" },
        scale_position: { type: "integer", optional: true },
        percent: { type: "number" },
        source: { type: "string" },
      },
    });
    assert.equal(table.numRows(), 15);
  });

  it("reports a missing file by the path it was given", () => {
    assert.throws(
      () => loadTidyCsv("data/no-such-file.csv", schema),
      (error: unknown) => error instanceof DataError && error.code === "file-missing" && error.location.file === "data/no-such-file.csv",
    );
  });

  it("reports a bad cell with file, row and column", () => {
    const file = path.join(dir, "bad.csv");
    writeFileSync(file, "item,percent\nx,39\ny,148\n");
    assert.throws(() => loadTidyCsv(file, schema), (error: unknown) => error instanceof DataError && error.message === `${file}, row 2, column "percent": 148 is outside [0, 100]`);
  });
});
