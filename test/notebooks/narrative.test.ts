/**
 * The notebooks' prose types no number. Every number a notebook shows is
 * computed by a code cell from the files in data/; the memo's reported values
 * are transcribed once, into data/, with their source. A markdown cell that
 * restates a figure ("the 89 percent", "benign (14%)", "[97.5, 102.5]")
 * would go stale the day the data change, and a reader could not tell a
 * typed number from a computed one. So the markdown of the committed
 * notebooks may explain a method in words and formulas, but any value it
 * needs must come from a code cell.
 *
 * The check reads the committed .ipynb files (nothing is executed). In each
 * markdown line it first blanks the few allowed kinds of number listed in
 * {@link ALLOWED}, then reports every number left: any percentage ("14%",
 * "9 %") and any number of two or more digits ("89", "97.5", "2019").
 * Single digits without a percent sign ("k/2", "±0.5", "Step 4") are not
 * looked at: they are the stuff of formulas.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { listNotebooks, NOTEBOOK_DIR } from "../../lib/pipeline/notebook-list";
import { projectPath } from "../../lib/project/project-path";

/** Literature the notebooks cite by author and year (the year is part of the reference, not a figure). */
const CITED_WORKS = ["Lumley 2010", "Korn & Graubard 1998", "Cochran 1977", "Kish 1965", "Fréchet 1951"];

/**
 * The numbers markdown may contain, each with the reason it is not a figure.
 * Keep this list short: a new entry needs a reason of the same kind.
 */
const ALLOWED: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  // T1-13, MV-05, FG-09, CX-01, SD-01: ids of data/claims/claims.csv.
  { kind: "claim id", pattern: /\b[A-Z][A-Z0-9]-\d{2}\b/g },
  // "Step 10" (steps of a notebook).
  { kind: "step number", pattern: /\bStep \d+\b/g },
  // "notebook 02", "notebooks 01 and 02", "03-reasons-table2.json": names of the package's notebooks.
  { kind: "notebook number", pattern: /\bnotebooks? \d{2}(?: and \d{2})?\b|\b\d{2}-[a-z][\w.-]*/g },
  // The confidence level of every interval the package computes.
  { kind: "confidence level", pattern: /\b95 ?%/g },
  // The significance level of the wave-to-wave tests (method constant).
  { kind: "significance level", pattern: /\bp < 0\.05\b/g },
  // 100, 100%, 100 percent: the total of a distribution, the base of a share.
  { kind: "total of a distribution", pattern: /(?<!\d|\d\.)100(?:\s?%| percent)?(?!\d|\.\d)/g },
  // ¶3: a paragraph of the memo.
  { kind: "paragraph mark", pattern: /¶\d+/g },
  // The name of the hash function of data/checksums.sha256.
  { kind: "hash name", pattern: /\bSHA-256\b/g },
  // A cited work (see CITED_WORKS).
  { kind: "literature reference", pattern: new RegExp(CITED_WORKS.map((work) => work.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") },
];

/** What counts as a number: a percentage, or a number of two or more digits (the pattern of the project's review). */
const NUMBER = /(?<![\w.#-])\d+(?:\.\d+)?\s?%|\b\d{2,}(?:\.\d+)?\b/g;

/** The numbers of one markdown line that no entry of {@link ALLOWED} covers; `title` is the notebook's own title prefix ("# 03 ·"). */
function unlistedNumbers(line: string, title?: string): string[] {
  let rest = title !== undefined && line.startsWith(title) ? line.slice(title.length) : line;
  for (const { pattern } of ALLOWED) rest = rest.replace(pattern, " ");
  return rest.match(NUMBER) ?? [];
}

interface NotebookCell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | string[];
}

/** One typed number: where it is and the line it is on. */
interface TypedNumber {
  readonly cell: string;
  readonly number: string;
  readonly line: string;
}

/** Every number in the markdown cells of a notebook that {@link ALLOWED} does not cover. */
function typedNumbers(notebook: string): TypedNumber[] {
  const cells = (JSON.parse(readFileSync(projectPath(path.join(NOTEBOOK_DIR, notebook)), "utf8")) as { cells: NotebookCell[] }).cells;
  const title = `# ${notebook.slice(0, 2)} ·`;
  return cells.flatMap((cell, index) => {
    if (cell.cell_type !== "markdown") return [];
    const text = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    return text.split("\n").flatMap((line) => unlistedNumbers(line, title).map((number) => ({ cell: cell.id ?? `#${index}`, number, line: line.trim() })));
  });
}

describe("notebook narrative: no typed numbers in markdown", () => {
  describe("the number finder", () => {
    it("finds restated figures, percentages and rounding ranges", () => {
      assert.deepEqual(unlistedNumbers("benign (14%) against strong (9%)"), ["14%", "9%"]);
      assert.deepEqual(unlistedNumbers('### Step 8 · The "89 percent" restatement (T1-13)'), ["89"]);
      assert.deepEqual(unlistedNumbers("anything in [97.5, 102.5]"), ["97.5", "102.5"]);
      assert.deepEqual(unlistedNumbers("## Step 3 · The categorizable share: 82 = 100 − 18"), ["82", "18"]);
      assert.deepEqual(unlistedNumbers("CAB surveys of 2017–2019"), ["2017", "2019"]);
      assert.deepEqual(unlistedNumbers("the footnote's 10 participants, a 1000-person sample"), ["10", "1000"]);
    });

    it("lets the allowed kinds through", () => {
      for (const line of [
        "ids `T1-01` … `T2-25`, MV-05 and FG-09/FG-10",
        "## Step 10 · Record the verdicts",
        "as in notebook 02; writes `output/claims/03-reasons-table2.json`",
        "95% logit interval; flagged when the adjusted p < 0.05",
        "Each distribution adds up to 100 percent; c = 100 · a / (100 − u); at most 100%; must contain 100.",
        "(Conclusion ¶3), checked against its SHA-256",
        "(Lumley 2010 §2.6; Korn & Graubard 1998)",
        "k rounded options can print as anything within k/2 of 100 (±0.5 each)",
      ]) {
        assert.deepEqual(unlistedNumbers(line), [], line);
      }
    });

    it("allows only the notebook's own number in its title, and only in the title", () => {
      assert.deepEqual(unlistedNumbers("# 03 · What Kazakhstanis value in Russia", "# 03 ·"), []);
      assert.deepEqual(unlistedNumbers("# 04 · What Kazakhstanis value in Russia", "# 03 ·"), ["04"]);
      assert.deepEqual(unlistedNumbers("Gallup 2014, not a cited work"), ["2014"]);
      assert.deepEqual(unlistedNumbers("p < 0.10 and 1000 respondents"), ["10", "1000"]);
      assert.deepEqual(unlistedNumbers("a sum of 100.5 or 2100"), ["100.5", "2100"]);
    });
  });

  for (const notebook of listNotebooks()) {
    it(`${notebook}: every number its markdown needs comes from a code cell`, () => {
      const typed = typedNumbers(notebook);
      assert.ok(
        typed.length === 0,
        `typed numbers in the markdown of ${notebook} (show them from a code cell that reads data/):\n` +
          typed.map((t) => `  cell ${t.cell}: "${t.number}" in: ${t.line.slice(0, 160)}`).join("\n"),
      );
    });
  }
});
