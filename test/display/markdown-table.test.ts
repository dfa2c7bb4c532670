import { strict as assert } from "node:assert";
import { markdownTable, notebookLink } from "../../lib/display/markdown-table";

describe("notebookLink", () => {
  it("links a notebook file name relative to the notebooks folder", () => {
    assert.equal(notebookLink("03-reasons-table2.ipynb"), "[03-reasons-table2](03-reasons-table2.ipynb)");
  });
  it("refuses paths, URLs and other file names", () => {
    for (const bad of ["../x/01-a.ipynb", "http://x/01-a.ipynb", "01 a.ipynb", "01-a.py", ""]) assert.throws(() => notebookLink(bad), /not a notebook file name/, bad);
  });
});

describe("markdownTable", () => {
  it("renders header, rule and escaped rows, with links in link columns", () => {
    const table = markdownTable([{ id: "T1-01", verdict: "a|b", notebook: "01-a.ipynb" }], [
      { key: "id", label: "Claim" },
      { key: "verdict", label: "Verdict" },
      { key: "notebook", label: "Notebook", link: true },
    ]);
    assert.equal(table, "| Claim | Verdict | Notebook |\n| --- | --- | --- |\n| T1-01 | a\\|b | [01-a](01-a.ipynb) |");
  });
  it("renders missing values as empty cells and an empty table as header and rule", () => {
    assert.equal(markdownTable([{ a: undefined }], [{ key: "a", label: "A" }]), "| A |\n| --- |\n|  |");
    assert.equal(markdownTable([], [{ key: "a", label: "A" }]), "| A |\n| --- |");
  });
});
