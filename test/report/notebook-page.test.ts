import { strict as assert } from "node:assert";
import { notebookPage } from "../../lib/report/notebook-page";
import { executedNotebook } from "./notebook-fixture";

describe("report/notebook-page", () => {
  const page = notebookPage(executedNotebook(), { fileName: "09-test.ipynb", indexLink: "index.html" });

  it("takes the title from the notebook and counts cells, charts and errors", () => {
    assert.equal(page.title, "09 · A test notebook");
    assert.equal(page.cells, 5);
    assert.deepEqual(page.charts, [{ id: "chart-1", traces: 2 }]);
    assert.equal(page.errors, 1);
  });
  it("shows markdown, code with its execution count, outputs and raw cells", () => {
    assert.ok(page.html.includes("<h1>09 · A test notebook</h1>"));
    assert.ok(page.html.includes("<summary>In [2]</summary><pre><code>lwn.showDivergingLikert(chart)</code></pre>"));
    assert.ok(page.html.includes("a &lt; b"));
    assert.ok(page.html.includes("<pre>&lt;raw&gt;</pre>"));
    assert.ok(page.html.includes("1 error output"));
  });
  it("loads plotly.js once from the report's assets, and only on pages with charts", () => {
    assert.equal((page.html.match(/<script src="assets\/plotly\.js"><\/script>/g) ?? []).length, 1);
    const plain = notebookPage({ nbformat: 4, cells: [{ cell_type: "markdown", source: "text" }] }, { fileName: "x.ipynb", indexLink: "index.html" });
    assert.ok(!plain.html.includes("plotly"));
    assert.equal(plain.title, "x");
  });
  it("references no resource outside the report", () => {
    assert.ok(!/(src|href)="(https?:)?\/\//.test(page.html));
  });
});
