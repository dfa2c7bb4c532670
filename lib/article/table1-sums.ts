import * as aq from "arquero";
import { checkRoundedSum, RoundedSumCheck } from "../rounding/rounding";
import { table1Options } from "./table1";

/** One Table 1 item: its printed options added up and held against 100. */
export interface Table1ItemSum extends RoundedSumCheck {
  readonly item_id: string;
  /** Number of printed options, k. */
  readonly options: number;
}

/**
 * For each Table 1 item (in file order), the sum of its printed options
 * against 100 by {@link checkRoundedSum}: k options rounded to whole percents
 * stand for a true sum in [Σ − k/2, Σ + k/2], which must contain 100.
 *
 * @example table1ItemSums(loadTable1()).map((s) => s.outcome) // => ["exact", "exact", "exact"]
 */
export function table1ItemSums(table1: aq.ColumnTable): Table1ItemSum[] {
  const percentsByItem = new Map<string, number[]>();
  for (const option of table1Options(table1)) {
    const percents = percentsByItem.get(option.item_id) ?? [];
    percents.push(option.percent);
    percentsByItem.set(option.item_id, percents);
  }
  return [...percentsByItem].map(([itemId, percents]) => ({ item_id: itemId, options: percents.length, ...checkRoundedSum(100, percents) }));
}
