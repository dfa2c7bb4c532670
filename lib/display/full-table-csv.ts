import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { formatCsv } from "../io/format-csv";
import { projectPath } from "../project/project-path";

/**
 * Folder (project-relative, so under `LWN_OUTPUT_DIR` when that is set) of
 * the whole tables behind capped notebook outputs, one subfolder per notebook.
 * During the main job it is the run's own `tables/` folder; `output/tables`
 * is a link into the current run, like `output/claims`.
 */
export const TABLES_DIR = "output/tables";

/**
 * The notebook a kernel runs, as a file stem ("02-multivector-attitudes"),
 * from `JPY_SESSION_NAME`: the notebook's path, which Jupyter Server sets for
 * the kernels it starts for a notebook (JupyterLab, Notebook 7) and the main
 * job's executor sets for its own. Undefined when the variable is unset (a
 * script, a test, a front end that does not set it). Only letters, digits,
 * ".", "_" and "-" are kept, so the stem is always a plain folder name.
 *
 * @example notebookStem({ JPY_SESSION_NAME: "/p/notebooks/02-multivector-attitudes.ipynb" }) // => "02-multivector-attitudes"
 */
export function notebookStem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const session = env.JPY_SESSION_NAME;
  if (session === undefined || session.trim() === "") return undefined;
  const stem = path.basename(session.replace(/\\/g, "/")).replace(/\.ipynb$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|-+$/g, "");
  return stem === "" ? undefined : stem;
}

/**
 * A file-name slug of a caption: letters without their accents, lower case,
 * every run of other characters one "-", at most 80 characters (cut at a
 * "-"), "table" when nothing is left.
 *
 * @example captionSlug("Coding used for each wave (from data/waves/codebook.csv)") // => "coding-used-for-each-wave-from-data-waves-codebook-csv"
 */
export function captionSlug(caption: string): string {
  const plain = caption.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  let slug = plain.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, "") || slug.slice(0, 80);
  return slug === "" ? "table" : slug;
}

/**
 * Project-relative path of the CSV holding the whole of a capped table:
 * `output/tables/<notebook>/<name>.csv`, the notebook from
 * {@link notebookStem} (no subfolder outside a notebook), the name
 * `fileName` when given (reduced to a slug), else the caption's slug. The
 * same caption in the same notebook gives the same file, so a rerun replaces it.
 *
 * @example fullTableFile("Coding used for each wave", undefined, { JPY_SESSION_NAME: "02-multivector-attitudes.ipynb" })
 * // => "output/tables/02-multivector-attitudes/coding-used-for-each-wave.csv"
 */
export function fullTableFile(caption: string, fileName?: string, env: NodeJS.ProcessEnv = process.env): string {
  const stem = notebookStem(env);
  const name = `${captionSlug(fileName ?? caption)}.csv`;
  return [TABLES_DIR, ...(stem === undefined ? [] : [stem]), name].join("/");
}

/** One column of a whole-table CSV: the header and each row's text. */
export interface CsvColumn<Row> {
  readonly label: string;
  readonly text: (row: Row) => string;
}

/**
 * Writes a whole table as CSV through the package's one CSV writer
 * ({@link formatCsv}: RFC 4180, formulas neutralised) to `file`
 * (project-relative, see {@link fullTableFile}), atomically. The header is
 * the columns' labels (made unique with " (2)", " (3)" where two are the
 * same); the cells are the texts the notebook shows.
 *
 * @example writeFullTable("output/tables/02-x/coding.csv", rows, [{ label: "Wave", text: (r) => r.wave }])
 */
export function writeFullTable<Row>(file: string, rows: readonly Row[], columns: readonly CsvColumn<Row>[]): void {
  const seen = new Map<string, number>();
  const headers = columns.map((column) => {
    const times = (seen.get(column.label) ?? 0) + 1;
    seen.set(column.label, times);
    return times === 1 ? column.label : `${column.label} (${times})`;
  });
  const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [headers[i], column.text(row)])));
  writeFileAtomic(projectPath(file), formatCsv(records, headers));
}
