import { strict as assert } from "node:assert";
import { loadTable1 } from "../../lib/article/table1";
import { TABLE1_CAPTION, table1Chart } from "../../lib/article/table1-chart";

describe("table1Chart", () => {
  it("makes one bar per item with 'do not know' as a non-substantive segment", () => {
    const chart = table1Chart(loadTable1());
    assert.equal(chart.bars.length, 3);
    assert.equal(chart.caption, TABLE1_CAPTION);
    const russia = chart.bars[0];
    assert.equal(russia.label, "Opinion of Russia");
    assert.deepEqual(
      russia.segments.map((s) => [s.position, s.percent]),
      [[2, 39], [1, 48], [null, 5], [-1, 6], [-2, 2]],
    );
  });

  it("names the source and says that n is not reported", () => {
    assert.match(TABLE1_CAPTION, /Table 1/);
    assert.match(TABLE1_CAPTION, /n not reported/);
  });
});
