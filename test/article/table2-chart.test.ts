import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { loadTable2, Table2Cell } from "../../lib/article/table2";
import { TABLE2_SERIES_NAMES, table2Chart } from "../../lib/article/table2-chart";

/** A Table 2-shaped table from hand-made cells (test fixture; numbers are arbitrary). */
function fixture(cells: Partial<Table2Cell>[]): aq.ColumnTable {
  return aq.from(cells.map((cell) => ({ category_id: "x", category: "X", reason_group: "domestic", base: "all_reasons", percent: 10, source: "fixture", ...cell })));
}

describe("table2Chart", () => {
  it("draws every cell of the transcription at its published share with the rounding interval", () => {
    const table2 = loadTable2();
    const cells = table2.objects() as unknown as Table2Cell[];
    const chart = table2Chart(table2);
    assert.deepEqual(chart.series.map((s) => s.name), [TABLE2_SERIES_NAMES.all_reasons, TABLE2_SERIES_NAMES.categorizable_reasons]);
    for (const series of chart.series) {
      const base = series.name === TABLE2_SERIES_NAMES.all_reasons ? "all_reasons" : "categorizable_reasons";
      const expected = cells.filter((c) => c.base === base);
      assert.deepEqual(series.points.map((p) => p.x), expected.map((c) => c.category));
      for (const [i, point] of series.points.entries()) {
        assert.equal(point.estimate, expected[i].percent);
        assert.equal(point.upper - point.lower, 1, `${series.name}, ${point.x}: a whole percent stands for a one-point interval`);
        assert.equal(point.lower + 0.5, point.estimate);
      }
    }
  });

  it("leaves the uncategorizable category out of the categorizable column", () => {
    const chart = table2Chart(loadTable2());
    const uncategorizable = (loadTable2().objects() as unknown as Table2Cell[]).find((c) => c.reason_group === "uncategorizable");
    assert.ok(uncategorizable);
    assert.ok(chart.series[0].points.some((p) => p.x === uncategorizable.category));
    assert.ok(!chart.series[1].points.some((p) => p.x === uncategorizable.category));
  });

  it("names the table from its source cells, no survey year or wave (the table states none), and what the interval is", () => {
    const chart = table2Chart(loadTable2());
    assert.match(chart.caption, /, Table 2 \(labelled "\(CAB\)"\)/);
    assert.match(chart.caption, /states no survey wave, year or n/);
    assert.match(chart.caption, /rounding interval/);
    assert.doesNotMatch(chart.caption.replace("No. 658, 2020", ""), /\b(19|20)\d\d\b/);
    assert.equal(chart.yTitle, "Percent of reasons");
    assert.equal(chart.synthetic, undefined);
  });

  it("clips the rounding interval of a share printed as 0 or 100 to [0, 100]", () => {
    const chart = table2Chart(fixture([
      { category_id: "a", category: "A", percent: 0 },
      { category_id: "b", category: "B", percent: 100 },
      { category_id: "a", category: "A", base: "categorizable_reasons", percent: 0 },
    ]));
    assert.deepEqual(chart.series[0].points.map((p) => [p.lower, p.estimate, p.upper]), [[0, 0, 0.5], [99.5, 100, 100]]);
  });

  it("refuses a column without cells", () => {
    assert.throws(() => table2Chart(fixture([{ category_id: "a", category: "A" }])), /series "Categorizable reasons \(column 2\)" has no points/);
  });

  it("refuses two categories with the same label (their points would overlap)", () => {
    const cells = [
      { category_id: "a", category: "Same" },
      { category_id: "b", category: "Same" },
      { category_id: "a", category: "Same", base: "categorizable_reasons" as const },
    ];
    assert.throws(() => table2Chart(fixture(cells)), /x "Same": x appears twice/);
  });
});
