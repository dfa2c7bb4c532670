import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadTable1, table1Options } from "../../lib/article/table1";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("loadTable1", () => {
  const original = readFileSync(projectPath("data/article/table1.csv"), "utf8");
  const dir = temporaryFolder("table1");
  const variant = (name: string, edit: (text: string) => string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, edit(original));
    return file;
  };

  it("loads the transcription: 3 items x 5 options, each distribution as published", () => {
    const table = loadTable1();
    assert.equal(table.numRows(), 15);
    assert.deepEqual(table.filter("d => d.item_id === 'russia_opinion'").array("percent"), [39, 48, 5, 6, 2]);
    assert.deepEqual(table.filter("d => d.item_id === 'russia_economic_relations'").array("percent"), [46, 42, 6, 3, 3]);
    assert.deepEqual(table.filter("d => d.item_id === 'eeu_benefit'").array("percent"), [37, 35, 14, 8, 6]);
  });

  it("refuses a substantive option without a position, naming the row", () => {
    const file = variant("no-position.csv", (t) => t.replace("Very favorable,substantive,2,", "Very favorable,substantive,,"));
    assert.throws(() => loadTable1(file), (e: unknown) => e instanceof DataError && e.location.row === 1 && e.location.column === "scale_position");
  });

  it("refuses a 'do not know' row with a position", () => {
    const file = variant("dk-position.csv", (t) => t.replace("Do not know/Did not answer,nonsubstantive,,5", "Do not know/Did not answer,nonsubstantive,1,5"));
    assert.throws(() => loadTable1(file), (e: unknown) => e instanceof DataError && e.location.row === 3);
  });

  it("refuses an item that lacks an option of the four-point scale", () => {
    const file = variant("missing-option.csv", (t) => t.replace("Very unfavorable,substantive,-2", "Very unfavorable,substantive,-1"));
    assert.throws(() => loadTable1(file), (e: unknown) => e instanceof DataError && /russia_opinion/.test(e.message));
  });

  it("refuses a midpoint", () => {
    const file = variant("midpoint.csv", (t) => t.replace("Very unfavorable,substantive,-2", "Very unfavorable,substantive,0"));
    assert.throws(() => loadTable1(file), (e: unknown) => e instanceof DataError && /midpoint/.test(e.message));
  });
});

describe("table1Options", () => {
  it("gives the rows of the loaded table as typed options, NaN position for the non-substantive one", () => {
    const options = table1Options(loadTable1());
    assert.equal(options.length, 15);
    assert.deepEqual(options.slice(0, 5).map((o) => o.percent), [39, 48, 5, 6, 2]);
    assert.ok(Number.isNaN(options.find((o) => o.kind === "nonsubstantive")?.scale_position));
  });
});
