import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { table2RebaseChecks } from "../../lib/article/table2-rebase";

function table(cells: [string, string, number][]): aq.ColumnTable {
  return aq.from(
    cells.map(([category_id, base, percent]) => ({
      category_id,
      category: category_id,
      reason_group: category_id === "other" ? "uncategorizable" : "domestic",
      base,
      percent,
      source: "test",
    })),
  );
}

describe("table2RebaseChecks", () => {
  it("is exact when the printed categorizable share is the rounded rebased share", () => {
    // 40 / (100 − 20) = 50 exactly
    const [check] = table2RebaseChecks(table([["a", "all_reasons", 40], ["a", "categorizable_reasons", 50], ["other", "all_reasons", 20]]));
    assert.equal(check.outcome, "exact");
    assert.equal(check.computed, 50);
    assert.ok(Math.abs(check.possible.lower - (100 * 39.5) / 80.5) < 1e-9);
    assert.ok(Math.abs(check.possible.upper - (100 * 40.5) / 79.5) < 1e-9);
  });
  it("is consistent within rounding when only the intervals reach it", () => {
    // 2 / 0.82 = 2.44 prints as 2; 3 is reachable: [1.5/82.5, 2.5/81.5] · 100 = [1.82, 3.07]
    const [check] = table2RebaseChecks(table([["a", "all_reasons", 2], ["a", "categorizable_reasons", 3], ["other", "all_reasons", 18]]));
    assert.equal(check.outcome, "consistent within rounding");
  });
  it("is inconsistent when the printed share is out of reach", () => {
    const [check] = table2RebaseChecks(table([["a", "all_reasons", 2], ["a", "categorizable_reasons", 4], ["other", "all_reasons", 18]]));
    assert.equal(check.outcome, "inconsistent");
    assert.ok(check.gap > 0);
  });
  it("refuses a table without an uncategorizable row", () => {
    assert.throws(() => table2RebaseChecks(table([["a", "all_reasons", 40], ["a", "categorizable_reasons", 50]])), /no uncategorizable row/);
  });
});
