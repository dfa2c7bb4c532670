import * as aq from "arquero";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";

/** Project-relative path of the memo's in-text figures, transcribed once with their location. */
export const TEXT_FIGURES_FILE = "data/article/text-figures.csv";

/** Contract of `data/article/text-figures.csv`: one row per figure quoted in the memo's running text. */
export const TEXT_FIGURES_SCHEMA: TableSchema = {
  columns: {
    figure_id: { type: "string" },
    section: { type: "string" },
    paragraph: { type: "integer", min: 1 },
    phrase: { type: "string" },
    item_id: { type: "string", optional: true },
    measure: { type: "string", optional: true },
    value: { type: "number" },
    unit: { type: "string", values: ["percent", "count"] },
  },
  key: ["figure_id"],
};

/**
 * Loads the memo's in-text figures (value, section, paragraph, a short phrase
 * locating it; `item_id` and `measure` link a figure to a Table 1 box).
 *
 * @example loadTextFigures().params // table with figure_id, value, ...
 */
export function loadTextFigures(file: string = TEXT_FIGURES_FILE): aq.ColumnTable {
  return loadTidyCsv(file, TEXT_FIGURES_SCHEMA);
}
