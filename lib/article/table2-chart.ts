import * as aq from "arquero";
import { pointRange, PointRangeChart } from "../display/point-range";
import { roundingInterval } from "../rounding/rounding";
import { TABLE2_BASES, table2Cells } from "./table2";
import { publishedTableCaption } from "./published-table-caption";

/** What the intervals of the Table 2 chart are, added to its caption. */
export const TABLE2_INTERVAL_NOTE =
  "Interval: the range of true shares that print as the published whole percent (rounding interval), not a confidence interval.";

/** Series name of each Table 2 column in {@link table2Chart}. */
export const TABLE2_SERIES_NAMES: Readonly<Record<(typeof TABLE2_BASES)[number], string>> = {
  all_reasons: "All reasons (column 1)",
  categorizable_reasons: "Categorizable reasons (column 2)",
};

/**
 * The point-range model of Table 2: one series per column (all reasons;
 * categorizable reasons), one point per reason category (x = its label, in
 * file order), drawn at the published share v with its rounding interval
 * [v − ½, v + ½] clipped to [0, 100] (a share cannot leave that range).
 * The category a column leaves out ("other/do not know") has no point in it.
 * Throws a RangeError (from {@link pointRange}) when a column has no cell
 * or two categories share a label.
 *
 * Reference: the rounding interval is {@link roundingInterval} (GRIM idea,
 * Brown & Heathers 2017).
 *
 * @example table2Chart(loadTable2()).series.map((s) => s.points.length) // => [7, 6]
 */
export function table2Chart(table2: aq.ColumnTable): PointRangeChart {
  const cells = table2Cells(table2);
  return pointRange({
    title: "Reasons for a positive opinion of Russia (memo, Table 2): published shares, rounding intervals",
    caption: `${publishedTableCaption(cells.map((cell) => cell.source))} ${TABLE2_INTERVAL_NOTE}`,
    yTitle: "Percent of reasons",
    series: TABLE2_BASES.map((base) => ({
      name: TABLE2_SERIES_NAMES[base],
      points: cells
        .filter((cell) => cell.base === base)
        .map((cell) => {
          const rounding = roundingInterval(cell.percent);
          return { x: cell.category, estimate: cell.percent, lower: Math.max(0, rounding.lower), upper: Math.min(100, rounding.upper) };
        }),
    })),
  });
}
