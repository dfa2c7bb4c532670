import * as aq from "arquero";
import { DataError } from "../io/data-error";
import { TEXT_FIGURES_FILE } from "./text-figures";

/** One in-text figure of the memo, as transcribed in `data/article/text-figures.csv`. */
export interface TextFigure {
  readonly figure_id: string;
  readonly section: string;
  readonly paragraph: number;
  readonly phrase: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * The in-text figure with the given id; throws a {@link DataError} naming the
 * file when it is not transcribed (so a renamed figure cannot go unnoticed).
 *
 * @example textFigure(loadTextFigures(), "reasons_categorizable").value // => 82
 */
export function textFigure(figures: aq.ColumnTable, figureId: string, file: string = TEXT_FIGURES_FILE): TextFigure {
  const rows = figures.objects() as unknown as TextFigure[];
  const found = rows.find((row) => row.figure_id === figureId);
  if (found === undefined) throw new DataError("value-missing", { file, column: "figure_id" }, `no in-text figure "${figureId}"`);
  return found;
}

/**
 * "Section ¶n" of a located figure, as the ledger and the notebooks cite it.
 *
 * @example figureLocation({ section: "Conclusion", paragraph: 3 }) // => "Conclusion ¶3"
 */
export function figureLocation(figure: { readonly section: string; readonly paragraph: number }): string {
  return `${figure.section} ¶${figure.paragraph}`;
}
