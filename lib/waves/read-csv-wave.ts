import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../io/data-error";
import { sha256Hex } from "../io/data-provenance";
import { parseCsv } from "../io/parse-csv";
import { projectPath } from "../project/project-path";
import type { RawCell, RawWaveFile } from "./raw-wave-file";

/**
 * Reads a respondent-level CSV wave (UTF-8, with or without byte-order mark,
 * RFC 4180, comma-separated, header row of column names). Cells are kept as
 * text; blank cells become null (item missing). A UTF-16 file or bytes that
 * are not valid UTF-8 throw a DataError "encoding" naming the row; Cyrillic and
 * Kazakh text in UTF-8 is read as is. A relative path is taken from the
 * project root.
 *
 * @example readCsvWave("data/waves/kz-2019-synthetic.csv").rows.length // => 1500
 */
export function readCsvWave(file: string): RawWaveFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.isAbsolute(file) ? file : projectPath(file));
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the wave file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DataError("encoding", { file, row: 0 }, "the file is UTF-16; save it as UTF-8 (with or without BOM)");
  }
  const parsed = parseCsv(bytes.toString("utf8"), file);
  const rows = parsed.rows.map((row) => row.map((cell): RawCell => (cell.trim() === "" ? null : cell.trim())));
  return { file, format: "csv", columns: parsed.header, rows, valueLabels: new Map(), encoding: "UTF-8", sha256: sha256Hex(bytes) };
}
