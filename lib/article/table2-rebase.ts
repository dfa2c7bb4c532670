import * as aq from "arquero";
import { interval, intervalDifference, intervalQuotient, intervalScale, Interval } from "../rounding/interval";
import { checkRoundedDerivation, RoundedDerivationCheck } from "../rounding/rounded-derivation";
import { roundingInterval } from "../rounding/rounding";
import { Table2Cell } from "./table2";

/** A categorizable share of Table 2 checked against the all-reasons share it rebases. */
export interface Table2RebaseCheck extends RoundedDerivationCheck {
  readonly category_id: string;
  readonly category: string;
  /** Published share of all reasons (column 1). */
  readonly all_reasons: number;
  /** Published share of uncategorizable reasons (column 1, last row). */
  readonly uncategorizable: number;
}

/**
 * Checks column 2 of Table 2 against column 1: a categorizable share should
 * be c = 100 · a / (100 − u), where a is the category's share of all reasons
 * and u the uncategorizable share. computed = 100·a/(100 − u) from the
 * printed figures; possible = 100 · [a − ½, a + ½] / (100 − [u − ½, u + ½])
 * by interval arithmetic; the printed c is judged by
 * {@link checkRoundedDerivation}. One check per categorizable category, in
 * file order.
 *
 * @example table2RebaseChecks(loadTable2())[0] // => { category_id: "ru_domestic", reported: 57, computed: 57.317…, outcome: "exact", … }
 */
export function table2RebaseChecks(table2: aq.ColumnTable): Table2RebaseCheck[] {
  const cells = table2.objects() as unknown as Table2Cell[];
  const other = cells.find((c) => c.reason_group === "uncategorizable");
  if (other === undefined) throw new RangeError("table2RebaseChecks: Table 2 has no uncategorizable row");
  const categorizableBase: Interval = intervalDifference(interval(100, 100), roundingInterval(other.percent));
  const categories = cells.filter((c) => c.base === "categorizable_reasons");
  return categories.map((cell) => {
    const all = cells.find((c) => c.category_id === cell.category_id && c.base === "all_reasons");
    if (all === undefined) throw new RangeError(`table2RebaseChecks: "${cell.category_id}" has no share of all reasons`);
    const computed = (100 * all.percent) / (100 - other.percent);
    const possible = intervalScale(intervalQuotient(roundingInterval(all.percent), categorizableBase), 100);
    return {
      category_id: cell.category_id,
      category: cell.category,
      all_reasons: all.percent,
      uncategorizable: other.percent,
      ...checkRoundedDerivation(cell.percent, computed, possible),
    };
  });
}
