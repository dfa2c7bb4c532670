import { readFileSync } from "node:fs";
import * as path from "node:path";
import { SavBufferReader } from "sav-reader";
import { DataError } from "../io/data-error";
import { sha256Hex } from "../io/data-provenance";
import { projectPath } from "../project/project-path";
import type { FileValueLabel, RawCell, RawWaveFile } from "./raw-wave-file";

/** SPSS system-missing value: the most negative double (−DBL_MAX), as stored in .sav files. */
const SPSS_SYSTEM_MISSING = -Number.MAX_VALUE;

/**
 * Reads an SPSS/PSPP .sav wave with `sav-reader` (dictionary, value labels
 * and all cases; compressed or not). System-missing values become null
 * (item missing); user-missing codes (e.g. 98, 99) stay as codes, since the
 * codebook says what they mean. Strings are decoded as UTF-8, the only
 * encoding sav-reader decodes, so a file declaring another character encoding
 * (e.g. windows-1251 from an old SPSS) throws a DataError "encoding" telling
 * the analyst to re-save it as Unicode; Cyrillic and Kazakh labels of a
 * UTF-8 file are read as is. A relative path is taken from the project root.
 *
 * Reference: GNU PSPP, "System File Format" (the .sav specification).
 *
 * @example (await readSavWave("test/fixtures/waves/extra-wave.sav")).columns // => ["respondent_id", "stratum", ...]
 */
export async function readSavWave(file: string): Promise<RawWaveFile> {
  const absolute = path.isAbsolute(file) ? file : projectPath(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the wave file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // The whole file is read into memory: sav-reader's stream-based file reader fails on small files (2.0.8).
  const reader = new SavBufferReader(bytes);
  let records: Record<string, unknown>[];
  try {
    await reader.open();
    records = (await reader.readAllRows(true)) as Record<string, unknown>[];
  } catch (error) {
    throw new DataError("format", { file }, `not a readable SPSS .sav file (${error instanceof Error ? error.message : String(error)})`);
  }
  const meta = reader.meta;
  const encoding = String(meta.header?.encoding ?? "UTF-8");
  if (!/^utf-?8$/i.test(encoding)) {
    throw new DataError("encoding", { file, row: 0 }, `the file declares character encoding ${encoding}; re-save it as Unicode (UTF-8), e.g. SET UNICODE=ON in SPSS or SET LOCALE='UTF-8' in PSPP`);
  }
  const variables = meta.sysvars.filter((variable) => !(variable as unknown as { __is_child_string_var?: boolean }).__is_child_string_var);
  const columns = variables.map((variable) => variable.name as string);
  const valueLabels = new Map<string, FileValueLabel[]>();
  for (const column of columns) {
    const labels = (meta.getValueLabels(column) ?? []).map((entry) => ({ code: Number(entry.val), label: String(entry.label) }));
    for (const entry of labels) checkDecoded(entry.label, { file, row: 0, column });
    if (labels.length > 0) valueLabels.set(column, labels);
  }
  const rows = records.map((record, index) =>
    columns.map((column): RawCell => {
      const value = record[column];
      if (value === null || value === undefined) return null;
      if (typeof value === "number") return value <= SPSS_SYSTEM_MISSING || Number.isNaN(value) ? null : value;
      const text = String(value).trim();
      checkDecoded(text, { file, row: index + 1, column });
      return text === "" ? null : text;
    }),
  );
  return { file, format: "sav", columns, rows, valueLabels, encoding: "UTF-8", sha256: sha256Hex(bytes) };
}

function checkDecoded(text: string, location: { file: string; row: number; column: string }): void {
  if (text.includes("\uFFFD")) throw new DataError("encoding", location, "text is not valid UTF-8; re-save the file as Unicode (UTF-8)");
}
