import * as aq from "arquero";
import { DivergingLikertChart } from "../display/diverging-likert";
import { publishedTableCaption } from "./published-table-caption";
import { table1Options } from "./table1";

/**
 * The diverging-bar model of Table 1: one bar per item (in file order), one
 * segment per response option, "do not know/did not answer" as a
 * non-substantive segment (drawn apart); the caption from the table's
 * source cells ({@link publishedTableCaption}).
 *
 * @example table1Chart(loadTable1()).bars.length // => 3
 */
export function table1Chart(table1: aq.ColumnTable): DivergingLikertChart {
  const rows = table1Options(table1);
  const order = [...new Set(rows.map((row) => row.item_id))];
  return {
    title: "Kazakhstani attitudes toward Russia and relations with it (memo, Table 1)",
    caption: publishedTableCaption(rows.map((row) => row.source)),
    bars: order.map((itemId) => {
      const options = rows.filter((row) => row.item_id === itemId);
      return {
        label: options[0].item,
        segments: options.map((o) => ({ response: o.response, position: o.kind === "nonsubstantive" ? null : o.scale_position, percent: o.percent })),
      };
    }),
  };
}
