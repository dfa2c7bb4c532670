import { strict as assert } from "node:assert";
import { formatCell, htmlTable } from "../../lib/display/html-table";

describe("display/html-table", () => {
  it("escapes cells, header and caption", () => {
    const html = htmlTable([{ a: "<b>x</b>" }], [{ key: "a", label: "A&B" }], "<caption>");
    assert.ok(html.includes("&lt;b&gt;x&lt;/b&gt;") && html.includes("A&amp;B") && html.includes("&lt;caption&gt;"));
    assert.ok(!html.includes("<b>"));
  });
  it("right-aligns numbers and shows missing values as a dash", () => {
    const html = htmlTable([{ n: 1.23456789, m: NaN }], [{ key: "n", label: "N" }, { key: "m", label: "M" }]);
    assert.ok(html.includes('<td style="text-align:right">1.234568</td>'));
    assert.ok(html.includes(">–</td>"));
  });
  it("uses a column's formatter", () => {
    assert.equal(formatCell({ key: "p", label: "P", format: (v) => `${v}%` }, { p: 5 }), "5%");
  });
});
