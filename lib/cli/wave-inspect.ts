import { DataError } from "../io/data-error";
import { dictionaryJson, dictionaryTable, openSav, SavReadError } from "../spss";
import { readWaveFileBytes } from "../waves/wave-file-access";
import { parseVerbArguments, resolveArgument, UsageError } from "./cli-arguments";
import type { CliVerb } from "./cli-verb";

const USAGE = `Usage: npm run wave -- inspect FILE [--json]

Shows an SPSS file's dictionary (.sav or .zsav): its encoding and how it was
determined, layout, byte order and cases, then every variable (name, type and
width, format, measurement level, user-missing values, label) and the value
labels. The cases are read too, to check their number against the header.
  --json   the same as JSON (for a clean stream, run node output/build/lib/cli/wave.js inspect FILE --json)
Exit status: 0 read, 1 the file is refused (the dictionary is still shown when it could be read), 2 usage error.
`;

/** `inspect FILE [--json]`: the dictionary of one SPSS file, as a table or JSON. */
export const inspectVerb: CliVerb = {
  name: "inspect",
  summary: "show an SPSS file's dictionary: variables, labels, missing values, encoding, layout, cases",
  usage: USAGE,
  run(args, io) {
    let file: string;
    let json: boolean;
    try {
      const parsed = parseVerbArguments(args, { json: "boolean" }, 1);
      if (parsed.files.length > 1) throw new UsageError("inspect takes one file");
      [file] = parsed.files;
      json = parsed.options.json === true;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`wave inspect: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    let bytes: Buffer;
    try {
      // Regular files only, under the size limit: a FIFO or /dev/zero is refused at once instead of read forever.
      bytes = readWaveFileBytes(resolveArgument(io.cwd, file));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      io.stderr(`${file}: ${error.detail}\n`);
      return 1;
    }
    try {
      const sav = openSav(bytes, { fileName: file });
      let caseCount: number | undefined;
      let dataError: string | null = null;
      try {
        caseCount = sav.readCases({ variables: [] }).caseCount;
      } catch (error) {
        if (!(error instanceof SavReadError)) throw error;
        dataError = error.message;
      }
      if (json) io.stdout(`${JSON.stringify({ ...(dictionaryJson(sav.dictionary, caseCount) as object), dataError }, null, 2)}\n`);
      else io.stdout(dictionaryTable(sav.dictionary, caseCount) + (dataError === null ? "" : `\nThe data cannot be read: ${dataError}\n`));
      return dataError === null ? 0 : 1;
    } catch (error) {
      if (!(error instanceof SavReadError)) throw error;
      io.stderr(`${error.message}\n`);
      return 1;
    }
  },
};
