import * as aq from "arquero";
import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";

/** Project-relative path of the transcription of the memo's Table 2 (reconstructed; see data/article/README.md). */
export const TABLE2_FILE = "data/article/table2.csv";

/** The two columns of Table 2: shares of all reasons, and of the categorizable ones. */
export const TABLE2_BASES = ["all_reasons", "categorizable_reasons"] as const;

/** Contract of `data/article/table2.csv`: one row per reason category and base. */
export const TABLE2_SCHEMA: TableSchema = {
  columns: {
    category_id: { type: "string" },
    category: { type: "string" },
    reason_group: { type: "string", values: ["domestic", "bilateral", "international", "uncategorizable"] },
    base: { type: "string", values: TABLE2_BASES },
    percent: { type: "number", min: 0, max: 100 },
    source: { type: "string" },
  },
  key: ["category_id", "base"],
};

/** A column of Table 2: "all_reasons" (column 1) or "categorizable_reasons" (column 2). */
export type Table2Base = (typeof TABLE2_BASES)[number];

/** One cell of Table 2. */
export interface Table2Cell {
  readonly category_id: string;
  readonly category: string;
  readonly reason_group: "domestic" | "bilateral" | "international" | "uncategorizable";
  readonly base: (typeof TABLE2_BASES)[number];
  readonly percent: number;
  readonly source: string;
}

/**
 * Loads the memo's Table 2 (reasons for a positive opinion of Russia, CAB)
 * and checks its shape beyond the schema: exactly one "uncategorizable"
 * category, present only in the all-reasons column (it is what the second
 * column leaves out), and every other category present in both columns.
 * A file that breaks this throws a {@link DataError} naming the row.
 *
 * @example loadTable2().numRows() // => 13
 */
export function loadTable2(file: string = TABLE2_FILE): aq.ColumnTable {
  const table = loadTidyCsv(file, TABLE2_SCHEMA);
  const cells = table.objects() as unknown as Table2Cell[];
  const uncategorizable = new Set(cells.filter((c) => c.reason_group === "uncategorizable").map((c) => c.category_id));
  if (uncategorizable.size !== 1) {
    throw new DataError("value-range", { file, column: "reason_group" }, `expected exactly one uncategorizable category, found ${uncategorizable.size}`);
  }
  cells.forEach((cell, index) => {
    if (cell.reason_group === "uncategorizable" && cell.base !== "all_reasons") {
      throw new DataError("value-range", { file, row: index + 1, column: "base" }, "the uncategorizable category has no share of categorizable reasons");
    }
  });
  const categories = [...new Set(cells.map((c) => c.category_id))];
  for (const id of categories) {
    const bases = cells.filter((c) => c.category_id === id).map((c) => c.base);
    const expected = uncategorizable.has(id) ? ["all_reasons"] : [...TABLE2_BASES];
    if ([...bases].sort().join() !== [...expected].sort().join()) {
      throw new DataError("value-range", { file, column: "base" }, `category "${id}" must have the base(s) ${expected.join(", ")}; found ${bases.join(", ")}`);
    }
  }
  return table;
}

/**
 * The published percentage of one Table 2 cell; throws a {@link DataError}
 * naming the file when the cell does not exist.
 *
 * @example table2Percent(loadTable2(), "ru_domestic", "categorizable_reasons") // => 57
 */
export function table2Percent(table2: aq.ColumnTable, categoryId: string, base: (typeof TABLE2_BASES)[number], file: string = TABLE2_FILE): number {
  const cells = table2.objects() as unknown as Table2Cell[];
  const cell = cells.find((c) => c.category_id === categoryId && c.base === base);
  if (cell === undefined) throw new DataError("value-missing", { file, column: "category_id" }, `Table 2 has no cell "${categoryId}" / ${base}`);
  return cell.percent;
}

/**
 * The cells of a loaded Table 2 as typed objects, in file order.
 *
 * @example table2Cells(loadTable2()).filter((cell) => cell.base === "all_reasons").length // => 7
 */
export function table2Cells(table2: aq.ColumnTable): Table2Cell[] {
  return table2.objects() as unknown as Table2Cell[];
}

/** One reason category of Table 2 with its two columns side by side. */
export interface Table2Row {
  readonly category: string;
  /** The reason group the category's label names: domestic, bilateral, international or uncategorizable. */
  readonly group: Table2Cell["reason_group"];
  /** Percent of all reasons (column 1). */
  readonly all_reasons: number;
  /** Percent of categorizable reasons (column 2); NaN where the memo prints none (the uncategorizable row). */
  readonly categorizable_reasons: number;
}

/**
 * Table 2 as the memo prints it: one row per category, in file order, with
 * both columns; a column the memo leaves empty for a category is NaN.
 *
 * @example table2SideBySide(loadTable2())[0] // => { category: "RU domestic qualities", group: "domestic", all_reasons: 47, categorizable_reasons: 57 }
 */
export function table2SideBySide(table2: aq.ColumnTable): Table2Row[] {
  const cells = table2Cells(table2);
  const categories = [...new Set(cells.map((c) => c.category_id))];
  return categories.map((id) => {
    const row = cells.filter((c) => c.category_id === id);
    const percentIn = (base: Table2Base): number => row.find((c) => c.base === base)?.percent ?? NaN;
    return { category: row[0].category, group: row[0].reason_group, all_reasons: percentIn("all_reasons"), categorizable_reasons: percentIn("categorizable_reasons") };
  });
}
