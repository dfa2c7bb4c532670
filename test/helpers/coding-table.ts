/**
 * The whole coding table of notebook 02 as a run wrote it: the notebook shows
 * at most 100 rows of it (lib/display's table cap), so tests that look for a
 * wave's coding rows read the CSV beside the outputs
 * (`<output>/tables/02-multivector-attitudes/<caption slug>.csv`), each row
 * joined with " | " as the notebook's plain-text tables are.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { captionSlug } from "../../lib/display/full-table-csv";
import { parseCsv } from "../../lib/io/parse-csv";

/** Caption of notebook 02's coding table (its cell `codingCaption`). */
export const CODING_TABLE_CAPTION = "Coding used for each wave: the codebook's labels beside the file's";

/** Rows of the whole coding table written by the run in `outputDir`, header first, cells joined by " | ". */
export function codingTableText(outputDir: string): string {
  const file = path.join(outputDir, "tables", "02-multivector-attitudes", `${captionSlug(CODING_TABLE_CAPTION)}.csv`);
  const parsed = parseCsv(readFileSync(file, "utf8"), file);
  return [parsed.header, ...parsed.rows].map((row) => row.join(" | ")).join("\n");
}
