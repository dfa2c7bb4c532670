import { rmSync } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic, writePiecesAtomic } from "../io/atomic-write";
import { DataError } from "../io/data-error";
import { readSav, SavReadError, writeSavCsv } from "../spss";
import { readWaveFileBytes } from "../waves/wave-file-access";
import { parseVerbArguments, resolveArgument, UsageError } from "./cli-arguments";
import type { CliIo, CliVerb } from "./cli-verb";

const USAGE = `Usage: npm run wave -- export FILE... --out DIR

Writes each SPSS file (.sav or .zsav) as DIR/<file name>.csv: UTF-8, RFC 4180
quoting, a header of the variable names, one row per case; numbers as the
shortest decimal that reads back exactly, system-missing as an empty field,
user-missing values as their codes, strings without trailing blanks, dates and
times as the stored number (seconds since 1582-10-14, or since midnight).
A file that cannot be read gets DIR/<file name>.error with the reason instead.
Files are written atomically; a file's stale .csv or .error from an earlier run is removed.
Exit status: 0 every file read, 1 some file refused, 2 usage error.
`;

/** `export FILE... --out DIR`: each SPSS file as CSV, or the reason it was refused. */
export const exportVerb: CliVerb = {
  name: "export",
  summary: "write SPSS files as UTF-8 CSV (DIR/<file>.csv, or DIR/<file>.error when refused)",
  usage: USAGE,
  run(args, io) {
    let files: string[];
    let out: string;
    try {
      const parsed = parseVerbArguments(args, { out: "string" }, 1);
      if (typeof parsed.options.out !== "string" || parsed.options.out === "") throw new UsageError("--out DIR is required");
      files = parsed.files;
      out = resolveArgument(io.cwd, parsed.options.out);
      checkDistinctNames(files);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`wave export: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    let refused = 0;
    for (const file of files) if (!exportOne(file, out, io)) refused++;
    io.stdout(`${files.length - refused} of ${files.length} file${files.length === 1 ? "" : "s"} exported to ${out}\n`);
    return refused === 0 ? 0 : 1;
  },
};

/** Two inputs with the same file name would write the same output: refuse before writing anything. */
function checkDistinctNames(files: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    const first = seen.get(name);
    if (first !== undefined) throw new UsageError(`${first} and ${file} would both be exported as ${name}.csv; export them into separate folders`);
    seen.set(name, file);
  }
}

/** Exports one file; true when it was read. */
function exportOne(file: string, out: string, io: CliIo): boolean {
  const name = path.basename(file);
  const csv = path.join(out, `${name}.csv`);
  const refusal = path.join(out, `${name}.error`);
  try {
    let bytes: Buffer;
    try {
      // Regular files only, under the size limit: a FIFO or /dev/zero is refused at once instead of read forever.
      bytes = readWaveFileBytes(resolveArgument(io.cwd, file));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      throw new SavReadError("format", { file }, error.detail);
    }
    const data = readSav(bytes, { fileName: file });
    writePiecesAtomic(csv, (write) => writeSavCsv(data, write));
    rmSync(refusal, { force: true });
    io.stdout(`${file} → ${csv} (${data.caseCount} cases, ${data.columns.length} variables, ${data.dictionary.encoding.name})\n`);
    return true;
  } catch (error) {
    if (!(error instanceof SavReadError)) throw error;
    writeFileAtomic(refusal, `${error.message}\n`);
    rmSync(csv, { force: true });
    io.stderr(`${file} refused → ${refusal}: ${error.message}\n`);
    return false;
  }
}
