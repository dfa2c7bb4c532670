import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as aq from "arquero";
import { DataError } from "./data-error";
import { parseCsv } from "./parse-csv";
import { applySchema, TableSchema } from "./table-schema";
import { projectPath } from "../project/project-path";

/**
 * Loads a tidy CSV file (one observation per row, one variable per column)
 * into an Arquero table after validating it against a schema: strict RFC 4180
 * parsing ({@link parseCsv}) then typed conversion ({@link applySchema}).
 * Columns keep the schema's order. Any problem throws a {@link DataError}
 * naming the file (as given), row and column. A relative path is taken from
 * the project root, so notebooks and tests can both say `data/...`.
 *
 * Reference: Wickham, H. (2014) "Tidy Data", Journal of Statistical Software 59(10).
 *
 * @example
 * const t1 = loadTidyCsv("data/article/table1.csv", TABLE1_SCHEMA);
 * t1.numRows(); // => 15
 */
export function loadTidyCsv(file: string, schema: TableSchema): aq.ColumnTable {
  let text: string;
  try {
    text = readFileSync(path.isAbsolute(file) ? file : projectPath(file), "utf8");
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return aq.table(applySchema(parseCsv(text, file), schema));
}
