import * as aq from "arquero";

/** The boxes of one Likert item, in percent points (see {@link likertBoxes}). */
export interface LikertBoxes {
  readonly item_id: string;
  /** Top box: Σ percent over positions > 0. */
  readonly positive: number;
  /** Bottom box: Σ percent over positions < 0. */
  readonly negative: number;
  /** "Do not know"/refused, kept apart. */
  readonly nonsubstantive: number;
  /** Position +2 ("very"/"strongly"). */
  readonly strong_positive: number;
  /** Position +1 ("somewhat"). */
  readonly moderate_positive: number;
  readonly moderate_negative: number;
  readonly strong_negative: number;
  /** Σ percent of all options (100 up to rounding). */
  readonly total: number;
}

/**
 * Collapses a tidy Likert distribution into boxes, one row per item.
 *
 * Input: one row per item and response option with columns `item_id`,
 * `kind` ("substantive" | "nonsubstantive"), `scale_position` (a balanced
 * scale without midpoint, e.g. −2, −1, +1, +2; NaN for non-substantive
 * answers) and `percent`. Output columns (percent points):
 * - `positive` = Σ percent over positions > 0 (top box: "very" + "somewhat" favourable),
 * - `negative` = Σ percent over positions < 0 (bottom box),
 * - `nonsubstantive` = Σ percent of "do not know"/refused, kept apart (never folded into either side),
 * - `strong_positive`, `moderate_positive`, `moderate_negative`, `strong_negative`: the extreme
 *   (|position| = 2) and moderate (|position| = 1) options,
 * - `total` = Σ percent of all options (100 up to rounding).
 *
 * Reference: the "top-two box" convention of attitude measurement (e.g.
 * Pew Research Center's favourability reports combine "very" and "somewhat").
 *
 * Rows come in order of each item's first option in the table.
 *
 * @example
 * likertBoxes(loadTable1())[0]
 * // => { item_id: "russia_opinion", positive: 87, negative: 8, nonsubstantive: 5, strong_positive: 39, ... }
 */
export function likertBoxes(table: aq.ColumnTable): LikertBoxes[] {
  for (const column of ["item_id", "kind", "scale_position", "percent"]) {
    if (!table.columnNames().includes(column)) throw new RangeError(`likertBoxes: the table has no column "${column}"`);
  }
  return table
    .groupby("item_id")
    .rollup({
      positive: "d => op.sum(d.kind === 'substantive' && d.scale_position > 0 ? d.percent : 0)",
      negative: "d => op.sum(d.kind === 'substantive' && d.scale_position < 0 ? d.percent : 0)",
      nonsubstantive: "d => op.sum(d.kind === 'nonsubstantive' ? d.percent : 0)",
      strong_positive: "d => op.sum(d.kind === 'substantive' && d.scale_position === 2 ? d.percent : 0)",
      moderate_positive: "d => op.sum(d.kind === 'substantive' && d.scale_position === 1 ? d.percent : 0)",
      moderate_negative: "d => op.sum(d.kind === 'substantive' && d.scale_position === -1 ? d.percent : 0)",
      strong_negative: "d => op.sum(d.kind === 'substantive' && d.scale_position === -2 ? d.percent : 0)",
      total: "d => op.sum(d.percent)",
    })
    .objects() as LikertBoxes[];
}
