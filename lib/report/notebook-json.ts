/** Text in nbformat: one string or a list of lines to concatenate. */
export type MultilineText = string | readonly string[];

/** One output of a code cell (nbformat 4). */
export type NotebookOutput =
  | { readonly output_type: "stream"; readonly name: string; readonly text: MultilineText }
  | { readonly output_type: "display_data" | "execute_result"; readonly data: Readonly<Record<string, unknown>>; readonly metadata?: object; readonly execution_count?: number | null }
  | { readonly output_type: "error"; readonly ename: string; readonly evalue: string; readonly traceback: readonly string[] };

/** One cell of a notebook (nbformat 4). */
export interface NotebookCell {
  readonly cell_type: "markdown" | "code" | "raw";
  readonly source: MultilineText;
  readonly outputs?: readonly NotebookOutput[];
  readonly execution_count?: number | null;
}

/** The parts of an nbformat-4 notebook the report reads. */
export interface Notebook {
  readonly nbformat: number;
  readonly cells: readonly NotebookCell[];
  readonly metadata?: { readonly kernelspec?: { readonly display_name?: string } };
}

/**
 * Parses an executed notebook (.ipynb JSON) and checks the structure the
 * report relies on: nbformat 4, a `cells` array whose cells have a known
 * `cell_type` and a string or string-array `source`, and outputs with a
 * known `output_type`. Throws an Error naming the file and the cell (1-based).
 *
 * @example parseNotebook(readFileSync("output/notebooks/01-attitudes-table1.ipynb", "utf8"), "01-attitudes-table1.ipynb").cells.length
 */
export function parseNotebook(text: string, file: string): Notebook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const notebook = value as Notebook;
  if (typeof notebook !== "object" || notebook === null || notebook.nbformat !== 4) throw new Error(`${file}: not an nbformat 4 notebook`);
  if (!Array.isArray(notebook.cells)) throw new Error(`${file}: no cells array`);
  notebook.cells.forEach((cell, index) => {
    const where = `${file}, cell ${index + 1}`;
    if (!["markdown", "code", "raw"].includes(cell.cell_type)) throw new Error(`${where}: unknown cell_type ${JSON.stringify(cell.cell_type)}`);
    if (!isMultilineText(cell.source)) throw new Error(`${where}: source must be a string or an array of strings`);
    for (const output of cell.outputs ?? []) {
      if (!["stream", "display_data", "execute_result", "error"].includes(output.output_type)) throw new Error(`${where}: unknown output_type ${JSON.stringify(output.output_type)}`);
    }
  });
  return notebook;
}

function isMultilineText(value: unknown): value is MultilineText {
  return typeof value === "string" || (Array.isArray(value) && value.every((line) => typeof line === "string"));
}

/**
 * Joins nbformat multiline text (a string, or lines that keep their "\n").
 *
 * @example joinText(["a\n", "b"]) // => "a\nb"
 */
export function joinText(text: MultilineText | unknown): string {
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.join("");
  return "";
}

/**
 * Title of a notebook: the text of its first Markdown level-1 heading
 * ("# 01 · Attitudes …"), else `fallback` (usually the file name).
 *
 * @example notebookTitle(notebook, "01-attitudes-table1") // => "01 · Attitudes toward Russia: Table 1 and the headline shares"
 */
export function notebookTitle(notebook: Notebook, fallback: string): string {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(joinText(cell.source));
    if (heading) return heading[1];
  }
  return fallback;
}
