import { realpathSync } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { DataError } from "../io/data-error";
import { formatCsvField } from "../io/format-csv";
import { projectPath } from "../project/project-path";
import { loadWaveCodebook, WAVE_CODEBOOK_FILE, WaveCodebook } from "../waves/codebook";
import { CodebookDraft, draftCodebook, formatDraftRows } from "../waves/draft-codebook";
import { isInsideFolder } from "../waves/wave-file-access";
import { parseVerbArguments, resolveArgument, UsageError } from "./cli-arguments";
import type { CliVerb } from "./cli-verb";

const USAGE = `Usage: npm run wave -- draft-codebook FILE [--wave-id ID] [--out DRAFT.csv]

Proposes codebook rows for a wave file (.sav, .zsav or .csv), to review
before they go into data/waves/codebook.csv. It never writes the data
folder: it prints the rows (or writes them to --out, a file outside the
data folder) for you to check against the wave's questionnaire and add.

For an SPSS file it places each concept on a variable by known CAB item
names (OpinionRussia/E1b, OpinionUSA/E1c, OpinionChina/E1a, ...), by the
question ids the codebook already uses, or by the variable label's wording
in English, Russian or Kazakh; then drafts each concept's codes from the
file's value labels: "do not know", refused and user-missing codes as
non-substantive, and on the scales the position of each code from its
label ("Very favorable" +2 ... "Very unfavorable" -2; «Очень положительно»,
«Скорее отрицательно», «Өте оң», ...), whichever way the file codes them.
For a CSV it lists the distinct codes of every column. Concepts it cannot
place are drafted "not asked" and listed. Rows it cannot complete (a label
not recognised, a code without a label) keep kind or scale_position empty,
which the codebook refuses until you fill them in. A manifest row with the
design columns guessed (weight totwt, ...) is printed to start from.
  --wave-id ID     the wave id of the rows (default: from the file name)
  --out FILE       write the drafted rows (with the codebook's header) to FILE
Exit status: 0 drafted, 1 the file cannot be read, 2 usage error.
`;

/** `draft-codebook FILE`: codebook rows drafted from a wave file, printed for review. */
export const draftCodebookVerb: CliVerb = {
  name: "draft-codebook",
  summary: "propose codebook rows for a wave file from its labels (.sav) or codes (.csv), for review; writes nothing to data/",
  usage: USAGE,
  async run(args, io) {
    let file: string;
    let waveId: string | undefined;
    let out: string | undefined;
    try {
      const parsed = parseVerbArguments(args, { "wave-id": "string", out: "string" }, 1);
      if (parsed.files.length > 1) throw new UsageError("draft-codebook takes one file");
      file = resolveArgument(io.cwd, parsed.files[0]);
      waveId = parsed.options["wave-id"] as string | undefined;
      if (waveId !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(waveId)) throw new UsageError(`--wave-id ${JSON.stringify(waveId)} must be lower-case letters, digits and hyphens`);
      out = parsed.options.out === undefined ? undefined : resolveArgument(io.cwd, parsed.options.out as string);
      if (out !== undefined) refuseInsideDataFolder(out);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`wave draft-codebook: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    let draft: CodebookDraft;
    try {
      draft = await draftCodebook(file, { waveId, codebook: dataFolderCodebook() });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      io.stderr(`${error.message}\n`);
      return 1;
    }
    if (out !== undefined) writeFileAtomic(out, formatDraftRows(draft.rows));
    io.stdout(formatDraft(draft, out));
    return 0;
  },
};

/**
 * The draft as text for the terminal: what was read, where each concept was
 * placed and why, what could not be placed, the points to review, the rows
 * (unless written to a file), the distinct codes of a CSV, and a manifest
 * row to start from.
 *
 * @example formatDraft(await draftCodebook("w.sav")).includes("Codebook rows") // => true
 */
export function formatDraft(draft: CodebookDraft, writtenTo?: string): string {
  const lines = [
    `Draft codebook rows for ${draft.file} (${draft.format}, ${draft.encoding}, ${draft.cases} cases), wave id ${draft.waveId}.`,
    "Nothing was written to the data folder: review every row against the wave's questionnaire, then add the rows to data/waves/codebook.csv.",
    "",
    "Placed:",
    ...(draft.placements.length === 0 ? ["  none"] : draft.placements.map((p) => `  ${p.concept.padEnd(25)} ${p.variable.padEnd(20)} ${p.why}`)),
    `Could not place (drafted "not asked"): ${draft.notPlaced.length === 0 ? "none" : draft.notPlaced.join(", ")}`,
    "",
    "Review:",
    ...(draft.review.length === 0 ? ["  nothing flagged (still check every row)"] : draft.review.map((note) => `  - ${note}`)),
    "",
  ];
  if (writtenTo !== undefined) lines.push(`Codebook rows: written to ${writtenTo} (${draft.rows.length} rows, with the codebook's header).`);
  else lines.push("Codebook rows:", formatDraftRows(draft.rows).trimEnd());
  if (draft.distinctCodes.length > 0) {
    lines.push("", "Distinct codes per column (value: rows):");
    for (const column of draft.distinctCodes) {
      const values = column.values.map((v) => `${v.value}: ${v.rows}`).join(", ");
      lines.push(`  ${column.column}: ${values}${column.more > 0 ? `, and ${column.more} more values` : ""}`);
    }
  }
  const names = Object.keys(draft.manifestRow);
  lines.push(
    "",
    "Manifest row to start from (fill in every <…>; columns of data/waves/manifest.csv):",
    names.join(","),
    names.map((name) => formatCsvField(draft.manifestRow[name])).join(","),
    "",
    "Then: npm run wave -- check",
    "",
  );
  return lines.join("\n");
}

/** The data folder's codebook, whose question ids help place concepts; none when it cannot be read. */
function dataFolderCodebook(): WaveCodebook | undefined {
  try {
    return loadWaveCodebook(WAVE_CODEBOOK_FILE);
  } catch {
    return undefined;
  }
}

function refuseInsideDataFolder(out: string): void {
  const data = realOrSelf(projectPath("data"));
  const target = path.join(realOrSelf(path.dirname(out)), path.basename(out));
  if (isInsideFolder(target, data)) throw new UsageError(`--out ${out} is inside the data folder (${data}); draft-codebook never writes there: write the draft elsewhere, review it, then add its rows to the codebook yourself`);
}

function realOrSelf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
