import { strict as assert } from "node:assert";
import { loadTable1 } from "../../lib/article/table1";
import { publishedTableCaption } from "../../lib/article/published-table-caption";
import { table1Chart } from "../../lib/article/table1-chart";

describe("table1Chart", () => {
  it("makes one bar per item with 'do not know' as a non-substantive segment", () => {
    const chart = table1Chart(loadTable1());
    assert.equal(chart.bars.length, 3);
    const russia = chart.bars[0];
    assert.equal(russia.label, "Opinion of Russia");
    assert.deepEqual(
      russia.segments.map((s) => [s.position, s.percent]),
      [[2, 39], [1, 48], [null, 5], [-1, 6], [-2, 2]],
    );
  });

  it("takes its caption from the table's source cells and names no survey year, wave or n the table does not state (issue 14, item 11)", () => {
    const caption = table1Chart(loadTable1()).caption;
    assert.match(caption, /Table 1 \(labelled "\(CAB\)"\)/);
    assert.match(caption, /states no survey wave, year or n/);
    assert.match(caption, /No\. 658/);
    assert.doesNotMatch(caption.replace("No. 658, 2020", ""), /\b(19|20)\d\d\b/);
  });
});

describe("publishedTableCaption", () => {
  it("names the one table its source cells give, the text before the first comma", () => {
    assert.match(publishedTableCaption(["Table 2, row 1, column 1", "Table 2, row 7, column 1"]), /, Table 2 \(labelled/);
  });
  it("refuses sources that name no table or two", () => {
    assert.throws(() => publishedTableCaption([]), /expected one table/);
    assert.throws(() => publishedTableCaption(["Table 1", "Table 2, row 1"]), /expected one table, got \["Table 1","Table 2"\]/);
  });
});
