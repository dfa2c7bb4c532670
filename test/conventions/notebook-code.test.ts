/**
 * Notebook code reads like a methods section: typed (no `any`: rows and
 * columns are typed by the lib) and no line longer than 120 characters. The
 * check reads the code cells of the committed notebooks; `any` is found by
 * the TypeScript parser, so the word in a string or a comment does not count.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { listNotebooks, NOTEBOOK_DIR } from "../../lib/pipeline/notebook-list";
import { projectPath } from "../../lib/project/project-path";

/** The longest line a notebook code cell may have. */
const MAX_LINE = 120;

/** Lines (1-based) of `code` where the type `any` is written. */
function anyTypes(code: string): number[] {
  const source = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** Lines (1-based) of `code` longer than {@link MAX_LINE} characters (code points). */
function longLines(code: string): number[] {
  return code.split("\n").flatMap((line, i) => ([...line].length > MAX_LINE ? [i + 1] : []));
}

interface Cell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | string[];
}

function codeCells(notebook: string): { id: string; code: string }[] {
  const cells = (JSON.parse(readFileSync(projectPath(path.join(NOTEBOOK_DIR, notebook)), "utf8")) as { cells: Cell[] }).cells;
  return cells.flatMap((cell, index) =>
    cell.cell_type === "code" ? [{ id: cell.id ?? `#${index}`, code: Array.isArray(cell.source) ? cell.source.join("") : cell.source }] : [],
  );
}

describe("notebook code: typed, lines within 120 characters", () => {
  it("the checks find `any` in type positions only, and long lines", () => {
    assert.deepEqual(anyTypes('const a: any = 1;\nconst b = x as any;\nconst c = "any";\n// any\nconst f = (v: any[]) => v;'), [1, 2, 5]);
    assert.deepEqual(anyTypes("const anySynthetic = true; const many = 2;"), []);
    assert.deepEqual(longLines(`short\n${"x".repeat(120)}\n${"y".repeat(121)}`), [3]);
    assert.deepEqual(longLines("é".repeat(120)), []);
  });

  for (const notebook of listNotebooks()) {
    it(`${notebook}: records its claims through the recorder only (no own completeness check or addResult)`, () => {
      const own = codeCells(notebook).filter(({ code }) => /\b(claimsOfNotebook|validateClaimResult|addResult)\b/.test(code));
      assert.deepEqual(own.map((cell) => cell.id), [], "the ClaimRecorder validates each result and checks that every claim has one");
    });
    it(`${notebook}: no \`any\`, no line over ${MAX_LINE} characters`, () => {
      const problems = codeCells(notebook).flatMap(({ id, code }) => [
        ...anyTypes(code).map((line) => `cell ${id}, line ${line}: \`any\``),
        ...longLines(code).map((line) => `cell ${id}, line ${line}: ${[...code.split("\n")[line - 1]].length} characters`),
      ]);
      assert.deepEqual(problems, [], `${notebook}:\n  ${problems.join("\n  ")}`);
    });
  }
});
