import * as aq from "arquero";
import { checkRoundedSum, RoundedSumCheck } from "../rounding/rounding";

/** Which Table 1 options make up each box a headline figure can refer to. */
const BOX_POSITIONS: Readonly<Record<string, readonly number[]>> = {
  positive: [2, 1],
  negative: [-1, -2],
  strong_positive: [2],
  moderate_positive: [1],
};

/** A headline figure of the memo checked against the Table 1 options it sums. */
export interface HeadlineFigure extends RoundedSumCheck {
  readonly figure_id: string;
  readonly phrase: string;
  readonly item_id: string;
  readonly measure: string;
  /** Location in the memo, e.g. "Kazakhstanis' Moderate Pro-Russian Position ¶1". */
  readonly location: string;
}

/**
 * Checks every in-text figure that names a Table 1 item and box (`item_id`,
 * `measure` ∈ positive | negative | strong_positive | moderate_positive)
 * against the sum of the Table 1 options that make the box, by
 * {@link checkRoundedSum} (published percentages are whole numbers).
 * Figures without an item are skipped (they are other claims); a figure that
 * names an unknown item or measure throws a RangeError rather than being dropped.
 *
 * @example headlineFigures(loadTable1(), loadTextFigures())[0].outcome // => "exact"
 */
export function headlineFigures(table1: aq.ColumnTable, figures: aq.ColumnTable): HeadlineFigure[] {
  const options = table1.objects() as { item_id: string; kind: string; scale_position: number; percent: number }[];
  const rows = figures.objects() as { figure_id: string; section: string; paragraph: number; phrase: string; item_id: string; measure: string; value: number }[];
  return rows
    .filter((figure) => figure.item_id !== "")
    .map((figure) => {
      const positions = BOX_POSITIONS[figure.measure];
      if (positions === undefined) throw new RangeError(`headlineFigures: figure "${figure.figure_id}" has unknown measure "${figure.measure}"`);
      const components = options
        .filter((o) => o.item_id === figure.item_id && o.kind === "substantive" && positions.includes(o.scale_position))
        .map((o) => o.percent);
      if (components.length !== positions.length) {
        throw new RangeError(`headlineFigures: figure "${figure.figure_id}" refers to item "${figure.item_id}", which Table 1 does not have in full`);
      }
      return {
        figure_id: figure.figure_id,
        phrase: figure.phrase,
        item_id: figure.item_id,
        measure: figure.measure,
        location: `${figure.section} ¶${figure.paragraph}`,
        ...checkRoundedSum(figure.value, components),
      };
    });
}
