import * as aq from "arquero";
import { escapeMarkdownCell } from "../display/escape-markdown";
import { formatInterval } from "../rounding/interval";
import { checkRoundedSum, RoundedSumCheck } from "../rounding/rounding";
import { table1Options } from "./table1";

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
  const options = table1Options(table1);
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

/**
 * The headline figure with the given in-text figure id; throws a RangeError
 * when {@link headlineFigures} gave none (the figure names no Table 1 box).
 *
 * @example headlineFigure(headlines, "russia_favorable").computed // => 87
 */
export function headlineFigure(headlines: readonly HeadlineFigure[], figureId: string): HeadlineFigure {
  const found = headlines.find((h) => h.figure_id === figureId);
  if (found === undefined) throw new RangeError(`headlineFigure: no headline figure "${figureId}" (it must name a Table 1 item and box)`);
  return found;
}

/**
 * One paragraph in Markdown on a headline figure that no rounding of Table 1
 * can produce: what the memo says, what Table 1 gives, the possible true
 * value and the gap (figure id and location escaped).
 *
 * @example describeHeadlineMismatch(headlineFigure(headlines, "russia_positive_restated")) // => "**russia\_positive\_restated** (What Kazakhstanis Value in Russia ¶2): the memo says 89%, ..."
 */
export function describeHeadlineMismatch(h: HeadlineFigure): string {
  return (
    `**${escapeMarkdownCell(h.figure_id)}** (${escapeMarkdownCell(h.location)}): the memo says ${h.reported}%, ` +
    `Table 1 gives ${h.components.join(" + ")} = ${h.computed}% (true value in ${formatInterval(h.possible)}); ` +
    `no rounding of Table 1 can produce ${h.reported}%, a gap of at least ${h.gap} points.`
  );
}
