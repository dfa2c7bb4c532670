import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as aq from "arquero";
import { DataError } from "./data-error";
import { describeFileError } from "./file-error-text";
import { parseCsv } from "./parse-csv";
import { applySchema, TableSchema } from "./table-schema";
import { projectPath } from "../project/project-path";
import { recordLoad, sha256Hex } from "./data-provenance";

/**
 * Loads a tidy CSV file (one observation per row, one variable per column)
 * into an Arquero table after validating it against a schema: strict RFC 4180
 * parsing ({@link parseCsv}) then typed conversion ({@link applySchema}).
 * Columns keep the schema's order. Any problem throws a {@link DataError}
 * naming the file (as given), row and column. The load is recorded with
 * its checksum status and row counts ({@link recordLoad}). A relative path is taken from
 * the project root, so notebooks and tests can both say `data/...`.
 *
 * Reference: Wickham, H. (2014) "Tidy Data", Journal of Statistical Software 59(10).
 *
 * @example
 * const t1 = loadTidyCsv("data/article/table1.csv", TABLE1_SCHEMA);
 * t1.numRows(); // => 15
 */
export function loadTidyCsv(file: string, schema: TableSchema): aq.ColumnTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.isAbsolute(file) ? file : projectPath(file));
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the file: ${describeFileError(error)}`);
  }
  const parsed = parseCsv(bytes.toString("utf8"), file);
  const table = aq.table(applySchema(parsed, schema));
  recordLoad(file, sha256Hex(bytes), { rowsRead: parsed.rows.length, rowsKept: table.numRows(), exclusions: [] });
  return table;
}
