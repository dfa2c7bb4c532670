import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { loadTable1 } from "../../lib/article/table1";
import { table1ItemSums } from "../../lib/article/table1-sums";

/** A Table 1 with one item whose five options are `percents` (positions +2, +1, DK, −1, −2). */
function oneItem(percents: readonly number[]): aq.ColumnTable {
  const positions = [2, 1, NaN, -1, -2];
  return aq.from(
    percents.map((percent, i) => ({
      item_id: "x",
      item: "Item x",
      response: `option ${i}`,
      kind: Number.isNaN(positions[i]) ? "nonsubstantive" : "substantive",
      scale_position: positions[i],
      percent,
      source: "test",
    })),
  );
}

describe("table1ItemSums", () => {
  it("adds up each item of the memo's Table 1: five options, 100, true sum in [97.5, 102.5]", () => {
    const sums = table1ItemSums(loadTable1());
    assert.deepEqual(sums.map((s) => s.item_id), ["russia_opinion", "russia_economic_relations", "eeu_benefit"]);
    assert.deepEqual(sums[0].components, [39, 48, 5, 6, 2]);
    for (const sum of sums) {
      assert.equal(sum.options, 5);
      assert.equal(sum.computed, 100);
      assert.deepEqual(sum.possible, { lower: 97.5, upper: 102.5 });
      assert.equal(sum.outcome, "exact");
    }
  });
  it("calls a printed sum of 98 consistent within rounding and one of 97 inconsistent (five options: ±2.5)", () => {
    assert.equal(table1ItemSums(oneItem([40, 40, 10, 5, 3]))[0].outcome, "consistent within rounding");
    const [short] = table1ItemSums(oneItem([40, 40, 10, 4, 2]));
    assert.equal(short.computed, 96);
    assert.equal(short.outcome, "inconsistent");
    assert.equal(short.gap, 1);
  });
});
