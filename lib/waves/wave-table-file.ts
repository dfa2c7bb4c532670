import * as path from "node:path";
import { recordLoad, sha256Hex } from "../io/data-provenance";
import { parseCsv } from "../io/parse-csv";
import { applySchema, TableSchema } from "../io/table-schema";
import { readWaveFileBytes } from "./wave-file-access";

/**
 * Loads one of the tidy files of the waves contract (the manifest, the
 * codebook) into row objects: read by {@link readWaveFileBytes} (inside its
 * own folder once links are resolved, a regular file, under the size
 * limit), parsed strictly as RFC 4180 CSV, then checked against `schema`
 * (lib/io/table-schema.ts). Columns named in `mayBeAbsent` are optional
 * columns added after the contract was first published: a file without them
 * in its header reads as if they were there and empty, so older manifests
 * and codebooks stay valid. The load is recorded with its checksum
 * (lib/io/data-provenance.ts).
 *
 * @throws DataError naming the file, row and column of the first problem.
 * @example loadWaveTable("data/waves/manifest.csv", WAVE_MANIFEST_SCHEMA, ["lonely_psu"]).length // => 3
 */
export function loadWaveTable(file: string, schema: TableSchema, mayBeAbsent: readonly string[] = []): Record<string, string | number>[] {
  const bytes = readWaveFileBytes(file, { within: path.dirname(file) });
  const parsed = parseCsv(bytes.toString("utf8"), file);
  const absent = mayBeAbsent.filter((column) => !parsed.header.includes(column));
  const completed = absent.length === 0 ? parsed : { file, header: [...parsed.header, ...absent], rows: parsed.rows.map((row) => [...row, ...absent.map(() => "")]) };
  const columns = applySchema(completed, schema);
  const names = Object.keys(columns);
  const rows = parsed.rows.map((_, i) => Object.fromEntries(names.map((name) => [name, columns[name][i]])));
  recordLoad(file, sha256Hex(bytes), { rowsRead: parsed.rows.length, rowsKept: rows.length, exclusions: [] });
  return rows;
}
