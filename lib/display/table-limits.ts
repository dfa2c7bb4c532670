/**
 * How much of a table a notebook output shows. Tables built from user-sized
 * input (a codebook, a wave, the ledger) must not make an output grow with
 * that input, and long tables must not make a notebook tens of thousands of
 * pixels tall.
 */
export interface TableLimits {
  /** Rows shown at most; the others are counted in a note and written, with all the rows, to a CSV. */
  readonly maxRows: number;
  /** Columns shown at most (the first ones); the others are counted in the note and written to the CSV. */
  readonly maxColumns: number;
  /** Tables with more rows than this are collapsed behind a summary line (caption and row count). */
  readonly collapseAbove: number;
}

/**
 * The package's defaults: at most 100 rows and 30 columns shown; tables of
 * more than 30 rows collapsed. 100 rows of 30 columns keep an output under
 * about 100 KB whatever the size of a codebook or wave; the project's own
 * data (about 200 coding rows for three synthetic waves, a ledger of fewer
 * than 100 claims) stays within them except for the coding table, which is
 * capped and written in full as a CSV.
 */
export const TABLE_LIMITS: TableLimits = { maxRows: 100, maxColumns: 30, collapseAbove: 30 };

/** What a table shows under its limits, and what it leaves out. */
export interface LimitedTable<Row, Column> {
  readonly rows: readonly Row[];
  readonly columns: readonly Column[];
  readonly omittedRows: number;
  readonly omittedColumns: number;
  /** True when the table is long enough to be collapsed behind its summary line. */
  readonly collapsed: boolean;
}

/**
 * Applies limits to a table: the first `maxRows` rows and `maxColumns`
 * columns, in their order, and the counts of those left out. Throws a
 * RangeError for a limit that is not a whole number ≥ 1 (collapseAbove may be
 * 0, collapsing every table).
 *
 * @example limitTable([1, 2, 3], ["a", "b"], { maxRows: 2, maxColumns: 1, collapseAbove: 30 })
 * // => { rows: [1, 2], columns: ["a"], omittedRows: 1, omittedColumns: 1, collapsed: false }
 */
export function limitTable<Row, Column>(rows: readonly Row[], columns: readonly Column[], limits: TableLimits = TABLE_LIMITS): LimitedTable<Row, Column> {
  for (const [name, value, least] of [["maxRows", limits.maxRows, 1], ["maxColumns", limits.maxColumns, 1], ["collapseAbove", limits.collapseAbove, 0]] as const) {
    if (!Number.isInteger(value) || value < least) throw new RangeError(`limitTable: ${name} must be a whole number ≥ ${least}, got ${value}`);
  }
  return {
    rows: rows.slice(0, limits.maxRows),
    columns: columns.slice(0, limits.maxColumns),
    omittedRows: Math.max(0, rows.length - limits.maxRows),
    omittedColumns: Math.max(0, columns.length - limits.maxColumns),
    collapsed: rows.length > limits.collapseAbove,
  };
}

/**
 * The sentence under a capped table: how many rows and columns are shown of
 * how many, and the file holding the whole table; "" when nothing was left out.
 *
 * @example omissionNote({ omittedRows: 4900, omittedColumns: 0, rows: new Array(100), columns: [] }, "output/tables/x.csv")
 * // => "Showing the first 100 of 5,000 rows; the whole table is in output/tables/x.csv."
 */
export function omissionNote(table: Pick<LimitedTable<unknown, unknown>, "rows" | "columns" | "omittedRows" | "omittedColumns">, file: string): string {
  const parts: string[] = [];
  const count = (n: number): string => n.toLocaleString("en-US");
  if (table.omittedRows > 0) parts.push(`the first ${count(table.rows.length)} of ${count(table.rows.length + table.omittedRows)} rows`);
  if (table.omittedColumns > 0) parts.push(`the first ${count(table.columns.length)} of ${count(table.columns.length + table.omittedColumns)} columns`);
  if (parts.length === 0) return "";
  return `Showing ${parts.join(" and ")}; the whole table is in ${file}.`;
}
