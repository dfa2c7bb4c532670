import * as aq from "arquero";
import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";

/** Project-relative path of the transcription of the memo's Table 1. */
export const TABLE1_FILE = "data/article/table1.csv";

/** Contract of `data/article/table1.csv`: one row per item and response option. */
export const TABLE1_SCHEMA: TableSchema = {
  columns: {
    item_id: { type: "string" },
    item: { type: "string" },
    response: { type: "string" },
    kind: { type: "string", values: ["substantive", "nonsubstantive"] },
    scale_position: { type: "integer", optional: true, min: -2, max: 2 },
    percent: { type: "number", min: 0, max: 100 },
    source: { type: "string" },
  },
  key: ["item_id", "response"],
};

/** One row of Table 1: a response option of an item and its published share. */
export interface Table1Option {
  readonly item_id: string;
  /** The item's wording as printed. */
  readonly item: string;
  readonly response: string;
  readonly kind: "substantive" | "nonsubstantive";
  /** −2, −1, +1, +2; NaN for the non-substantive option. */
  readonly scale_position: number;
  /** Published percent of all respondents. */
  readonly percent: number;
  readonly source: string;
}

const SCALE = [-2, -1, 1, 2];

/**
 * Loads the memo's Table 1 (published percentages, CAB 2017–2019) and checks
 * its shape beyond the schema: each item has exactly the four substantive
 * options at positions −2, −1, +1, +2 and one non-substantive option with no
 * position. A file that breaks this throws a {@link DataError} naming the row.
 *
 * @example loadTable1().numRows() // => 15
 */
export function loadTable1(file: string = TABLE1_FILE): aq.ColumnTable {
  const table = loadTidyCsv(file, TABLE1_SCHEMA);
  const rows = table.objects() as { item_id: string; kind: string; scale_position: number }[];
  const positionsByItem = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const location = { file, row: index + 1, column: "scale_position" };
    const substantive = row.kind === "substantive";
    if (substantive === Number.isNaN(row.scale_position)) {
      throw new DataError("value-range", location, substantive ? "a substantive option needs a scale position" : "a non-substantive option must have no scale position");
    }
    if (substantive && row.scale_position === 0) throw new DataError("value-range", location, "the scale has no midpoint (0)");
    const positions = positionsByItem.get(row.item_id) ?? [];
    positions.push(substantive ? row.scale_position : NaN);
    positionsByItem.set(row.item_id, positions);
  });
  for (const [itemId, positions] of positionsByItem) {
    const substantive = positions.filter((p) => !Number.isNaN(p)).sort((a, b) => a - b);
    const nonsubstantiveCount = positions.length - substantive.length;
    if (substantive.join() !== SCALE.join() || nonsubstantiveCount !== 1) {
      throw new DataError("value-range", { file, column: "scale_position" }, `item "${itemId}" must have positions ${SCALE.join(", ")} and one non-substantive option; found ${positions.join(", ")}`);
    }
  }
  return table;
}

/**
 * The rows of a loaded Table 1 as typed objects, in file order.
 *
 * @example table1Options(loadTable1())[0] // => { item_id: "russia_opinion", response: "Very favorable", percent: 39, ... }
 */
export function table1Options(table1: aq.ColumnTable): Table1Option[] {
  return table1.objects() as unknown as Table1Option[];
}
