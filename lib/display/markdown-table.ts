import { escapeMarkdownCell } from "./escape-markdown";

/**
 * True for a plain notebook file name of this package, `NN-name.ipynb`
 * (two digits, lower-case letters, digits and dashes): no folder, no space,
 * nothing a link could use to leave the notebooks folder or run script.
 *
 * @example isNotebookFileName("03-reasons-table2.ipynb") // => true
 * @example isNotebookFileName("javascript:alert(1)") // => false
 */
export function isNotebookFileName(name: string): boolean {
  return /^\d{2}-[a-z0-9-]+\.ipynb$/.test(name);
}

/**
 * A relative Markdown link to a notebook in the same folder, e.g.
 * `[03-reasons-table2](03-reasons-table2.ipynb)`. Refuses anything but a
 * plain `NN-name.ipynb` file name (no paths, no spaces), so a link cannot
 * point outside the notebooks folder.
 *
 * @example notebookLink("03-reasons-table2.ipynb") // => "[03-reasons-table2](03-reasons-table2.ipynb)"
 */
export function notebookLink(notebook: string): string {
  if (!isNotebookFileName(notebook)) throw new RangeError(`notebookLink: ${JSON.stringify(notebook)} is not a notebook file name`);
  return `[${notebook.replace(/\.ipynb$/, "")}](${notebook})`;
}

/** A column of {@link markdownTable}: the row key, its header, and whether it holds a notebook to link. */
export interface MarkdownColumn<Row extends object = Record<string, unknown>> {
  readonly key: keyof Row & string;
  readonly label: string;
  readonly link?: boolean;
}

/**
 * Renders rows as a GitHub-flavoured Markdown table, every cell escaped by
 * {@link escapeMarkdownCell}, cells of a `link` column turned into relative
 * notebook links by {@link notebookLink}.
 *
 * @example markdownTable([{ id: "T1-01", notebook: "01-a.ipynb" }], [{ key: "id", label: "Claim" }, { key: "notebook", label: "Notebook", link: true }])
 * // => "| Claim | Notebook |\n| --- | --- |\n| T1-01 | [01-a](01-a.ipynb) |"
 */
export function markdownTable<Row extends object>(rows: readonly Row[], columns: readonly MarkdownColumn<Row>[]): string {
  const header = `| ${columns.map((c) => escapeMarkdownCell(c.label)).join(" | ")} |`;
  const rule = `| ${columns.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => {
    const cells = columns.map((c) => {
      const cell: unknown = row[c.key];
      const value = cell === undefined || cell === null ? "" : String(cell);
      return c.link ? notebookLink(value) : escapeMarkdownCell(value);
    });
    return `| ${cells.join(" | ")} |`;
  });
  return [header, rule, ...body].join("\n");
}
