import { escapeHtml } from "./escape-html";
import { fullTableFile } from "./full-table-csv";
import { formatCell, HtmlColumn, htmlTable } from "./html-table";
import { limitTable, omissionNote, TABLE_LIMITS, TableLimits } from "./table-limits";

/** Options of a shown table: its limits (defaults {@link TABLE_LIMITS}) and the name of its whole-table CSV. */
export interface TableOptions extends Partial<TableLimits> {
  /** Name of the CSV written when the table is capped (a slug is made of it); default: the caption's slug. */
  readonly csvName?: string;
}

/** A table as a notebook shows it, and the whole table to write when it was capped. */
export interface TableBlock<Row> {
  /** The HTML output: caption, the table in a box of its own that scrolls sideways when the table is wider than the output, and the note. */
  readonly html: string;
  /** The same as plain text: caption, header, shown rows, note (one line each). */
  readonly text: string;
  /** When rows or columns were left out: the project-relative CSV path named in the note and every row and column for it. */
  readonly fullTable?: { readonly file: string; readonly rows: readonly Row[]; readonly columns: readonly HtmlColumn<Row>[] };
}

/**
 * A table fitted to a notebook's output area:
 * - the caption sits outside the table, so it wraps at the output's width and
 *   stays in view however wide the table is;
 * - the table sits in its own box that scrolls sideways when it is wider than
 *   the output (its cells wrap first);
 * - a table longer than `collapseAbove` rows is collapsed behind a summary
 *   line (`<details>`/`<summary>`, kept by JupyterLab's sanitizer in untrusted
 *   notebooks): the caption and the row count;
 * - at most `maxRows` rows and `maxColumns` columns are shown; a note under
 *   the table says how many of how many, and names the CSV that holds the
 *   whole table (`fullTable`, for the caller to write).
 * Every text (caption, labels, cells) is escaped.
 *
 * @example tableBlock(rows, [{ key: "wave", label: "Wave" }], "Coding used for each wave").html
 * // => '<details class="lwn-table-block"><summary ...>Coding used for each wave <span ...>(198 rows, the first 100 shown; click to show)</span></summary>...'
 */
export function tableBlock<Row extends object>(rows: readonly Row[], columns: readonly HtmlColumn<Row>[], caption: string, options: TableOptions = {}): TableBlock<Row> {
  const limits: TableLimits = {
    maxRows: options.maxRows ?? TABLE_LIMITS.maxRows,
    maxColumns: options.maxColumns ?? TABLE_LIMITS.maxColumns,
    collapseAbove: options.collapseAbove ?? TABLE_LIMITS.collapseAbove,
  };
  const shown = limitTable(rows, columns, limits);
  const capped = shown.omittedRows > 0 || shown.omittedColumns > 0;
  const file = capped ? fullTableFile(caption, options.csvName) : undefined;
  const note = file === undefined ? "" : omissionNote(shown, file);
  const scrollBox = `<div class="lwn-table-scroll" style="overflow-x:auto;max-width:100%">${htmlTable(shown.rows, shown.columns)}</div>`;
  const noteHtml = note === "" ? "" : `\n<p class="lwn-table-note" style="margin:0.25em 0 0.75em 0;font-style:italic">${escapeHtml(note)}</p>`;
  const count = rows.length.toLocaleString("en-US");
  const captionHtml = captionMarkup(caption);
  const html = shown.collapsed
    ? `<details class="lwn-table-block"><summary style="cursor:pointer;font-weight:bold;margin:0.5em 0">${captionHtml} ` +
      `<span style="font-weight:normal">(${count} rows${shown.omittedRows > 0 ? `, the first ${shown.rows.length} shown` : ""}; click to show)</span></summary>\n${scrollBox}${noteHtml}\n</details>`
    : `<figure class="lwn-table-block" style="margin:0.5em 0"><figcaption style="font-weight:bold;margin:0 0 0.25em 0">${captionHtml}</figcaption>\n${scrollBox}${noteHtml}\n</figure>`;
  const text = [
    shown.collapsed ? `${caption} (${count} rows)` : caption,
    shown.columns.map((c) => c.label).join(" | "),
    ...shown.rows.map((row) => shown.columns.map((c) => formatCell(c, row)).join(" | ")),
    ...(note === "" ? [] : [note]),
  ].join("\n");
  return { html, text, ...(file === undefined ? {} : { fullTable: { file, rows, columns } }) };
}

/** Marks the leading "SYNTHETIC…" of a caption ("SYNTHETIC DATA — …", "SYNTHETIC waves: …") in the red of the charts' synthetic mark. */
const SYNTHETIC_LEAD = /^SYNTHETIC(?: DATA)?\b/;

/** The caption as escaped HTML, its leading "SYNTHETIC" or "SYNTHETIC DATA" in red. */
function captionMarkup(caption: string): string {
  const lead = SYNTHETIC_LEAD.exec(caption)?.[0];
  if (lead === undefined) return escapeHtml(caption);
  return `<span class="lwn-synthetic" style="color:#b2182b">${lead}</span>${escapeHtml(caption.slice(lead.length))}`;
}
