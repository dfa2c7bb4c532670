import { strict as assert } from "node:assert";
import { joinText, notebookTitle, parseNotebook } from "../../lib/report/notebook-json";
import { executedNotebook } from "./notebook-fixture";

describe("report/notebook-json", () => {
  it("parses a notebook and keeps its cells", () => {
    const notebook = parseNotebook(JSON.stringify(executedNotebook()), "t.ipynb");
    assert.equal(notebook.cells.length, executedNotebook().cells.length);
  });
  it("names the file and cell of a structural problem", () => {
    assert.throws(() => parseNotebook("{", "bad.ipynb"), /bad\.ipynb: not valid JSON/);
    assert.throws(() => parseNotebook(JSON.stringify({ nbformat: 3, cells: [] }), "old.ipynb"), /old\.ipynb: not an nbformat 4/);
    assert.throws(() => parseNotebook(JSON.stringify({ nbformat: 4 }), "x.ipynb"), /no cells array/);
    const badCell = { nbformat: 4, cells: [{ cell_type: "markdown", source: "" }, { cell_type: "widget", source: "" }] };
    assert.throws(() => parseNotebook(JSON.stringify(badCell), "x.ipynb"), /x\.ipynb, cell 2: unknown cell_type/);
    const badSource = { nbformat: 4, cells: [{ cell_type: "code", source: 3 }] };
    assert.throws(() => parseNotebook(JSON.stringify(badSource), "x.ipynb"), /cell 1: source must be/);
    const badOutput = { nbformat: 4, cells: [{ cell_type: "code", source: "", outputs: [{ output_type: "mystery" }] }] };
    assert.throws(() => parseNotebook(JSON.stringify(badOutput), "x.ipynb"), /unknown output_type/);
  });
  it("joins multiline text", () => {
    assert.equal(joinText(["a\n", "b"]), "a\nb");
    assert.equal(joinText("c"), "c");
    assert.equal(joinText(undefined), "");
  });
  it("takes the title from the first level-1 heading, else the fallback", () => {
    assert.equal(notebookTitle(executedNotebook(), "f"), "09 · A test notebook");
    assert.equal(notebookTitle({ nbformat: 4, cells: [{ cell_type: "markdown", source: "## only h2" }] }, "f"), "f");
  });
});
