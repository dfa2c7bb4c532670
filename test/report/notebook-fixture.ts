import { Notebook } from "../../lib/report/notebook-json";

/** A small executed notebook with every kind of output the report handles (test fixture). */
export function executedNotebook(): Notebook {
  return {
    nbformat: 4,
    metadata: { kernelspec: { display_name: "TypeScript (tslab)" } },
    cells: [
      { cell_type: "markdown", source: ["# 09 · A test notebook\n", "\n", "Some *text*."] },
      { cell_type: "code", execution_count: 1, source: "lwn.showTable(rows)", outputs: [{ output_type: "display_data", data: { "text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "1" } }] },
      {
        cell_type: "code",
        execution_count: 2,
        source: "lwn.showDivergingLikert(chart)",
        outputs: [
          { output_type: "display_data", data: { "application/vnd.plotly.v1+json": { data: [{ type: "bar", name: "</script>" }, { type: "bar" }], layout: {} }, "image/svg+xml": "<svg xmlns='http://www.w3.org/2000/svg'/>", "text/plain": "chart" } },
          { output_type: "stream", name: "stdout", text: ["a < b\n"] },
        ],
      },
      { cell_type: "code", execution_count: 3, source: "fail()", outputs: [{ output_type: "error", ename: "TypeError", evalue: "x <is> not a function", traceback: ["\u001b[31mTypeError\u001b[0m: x"] }] },
      { cell_type: "raw", source: "<raw>" },
    ],
  };
}
