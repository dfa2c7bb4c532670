import { escapeHtml } from "./escape-html";
import { isNotebookFileName } from "./markdown-table";

/**
 * One column of an HTML table: the row key, its header, how to format a cell
 * and how to align it. A union over the keys of `Row`, so that `format`
 * receives the type of its own column: `{ key: "possible", format: (v) =>
 * formatInterval(v) }` type-checks `v` as the row's `possible` field.
 * `link: true` makes each cell a relative link to the notebook it names
 * (see {@link htmlTable}).
 */
export type HtmlColumn<Row> = {
  [Key in keyof Row & string]: {
    readonly key: Key;
    readonly label: string;
    readonly format?: (value: Row[Key], row: Row) => string;
    readonly align?: "left" | "right";
    readonly link?: boolean;
  };
}[keyof Row & string];

/**
 * Renders rows as an HTML table with escaped cells and an optional caption.
 * Numbers are right-aligned by default; NaN and undefined show as "–". Cells
 * of a `link` column must be notebook file names (`NN-name.ipynb`, see
 * isNotebookFileName) and become relative links showing the name without
 * ".ipynb"; any other text throws a RangeError naming it, so no link can
 * leave the notebooks folder or run script.
 *
 * @example htmlTable([{ a: 1 }], [{ key: "a", label: "A" }], "Caption")
 * // => '<table ...><caption>Caption</caption><thead>...'
 */
export function htmlTable<Row extends object>(rows: readonly Row[], columns: readonly HtmlColumn<Row>[], caption?: string): string {
  const head = columns.map((c) => `<th style="text-align:${c.align ?? "left"}">${escapeHtml(c.label)}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const value = row[c.key];
        const text = formatCell(c, row);
        const align = c.align ?? (typeof value === "number" ? "right" : "left");
        return `<td style="text-align:${align}">${c.link === true ? notebookAnchor(text) : escapeHtml(text)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const captionHtml = caption === undefined ? "" : `<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>`;
  return `<table class="lwn-table">${captionHtml}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * The text of one cell: the column's formatter, or the default (numbers to 6 decimals, "–" for missing).
 *
 * @example formatCell({ key: "p", label: "P", format: (v) => `${v}%` }, { p: 5 }) // => "5%"
 */
export function formatCell<Row extends object>(column: HtmlColumn<Row>, row: Row): string {
  // Each member of the union formats its own key's value; TypeScript cannot correlate the two, hence the widening.
  const { key, format } = column as { key: keyof Row; format?: (value: Row[keyof Row], row: Row) => string };
  const value = row[key];
  return format ? format(value, row) : defaultFormat(value);
}

function defaultFormat(value: unknown): string {
  if (value === undefined || value === null || (typeof value === "number" && Number.isNaN(value))) return "–";
  if (typeof value === "number") return String(Math.round(value * 1e6) / 1e6);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A relative link to a notebook of the same folder, e.g. `<a href="01-a.ipynb">01-a</a>`; throws a RangeError for anything but a notebook file name. */
function notebookAnchor(name: string): string {
  if (!isNotebookFileName(name)) throw new RangeError(`htmlTable: ${JSON.stringify(name)} in a link column is not a notebook file name (NN-name.ipynb)`);
  return `<a href="${name}">${name.replace(/\.ipynb$/, "")}</a>`;
}
