/**
 * The cores of lib/ are reusable libraries that know nothing of the memo: a
 * file under a core folder imports only files of the same folder, Node's
 * built-ins and npm packages the project depends on, never another part of
 * lib/ nor the package itself. The cores are listed once, in CORES.
 */
import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { projectPath } from "../../lib/project/project-path";
import { importGraph } from "./import-graph";

interface Core {
  /** Folder under lib/. */
  readonly folder: string;
  readonly what: string;
}

const CORES: readonly Core[] = [
  { folder: "rounding", what: "interval arithmetic on rounded published figures" },
  { folder: "survey", what: "design-based survey estimation" },
  { folder: "spss", what: "the SPSS (.sav/.zsav) reader" },
];

/** Packages a core may import: Node built-ins and the project's declared dependencies. */
function allowedPackage(specifier: string): boolean {
  const packageJson = JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const declared = new Set([...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.devDependencies ?? {})]);
  declared.delete("@love-with-nuances/lib");
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  return specifier.startsWith("node:") || builtinModules.includes(name) || declared.has(name);
}

/** Every import of a file under `folder` that leaves it: "file: specifier (→ target)". */
function importsLeaving(folder: string, graph: ReturnType<typeof importGraph>): { file: string; specifier: string; target: string | null }[] {
  const leaving: { file: string; specifier: string; target: string | null }[] = [];
  for (const [file, edges] of graph) {
    if (!file.startsWith(`${folder}/`)) continue;
    for (const edge of edges) {
      const inside = edge.target === null ? allowedPackage(edge.specifier) : edge.target.startsWith(`${folder}/`);
      if (!inside) leaving.push({ file, specifier: edge.specifier, target: edge.target });
    }
  }
  return leaving;
}

describe("core boundaries: each core imports nothing outside its folder", () => {
  const graph = importGraph();

  it("finds an import that leaves a folder (the check itself works)", () => {
    const leaving = importsLeaving("article", graph);
    assert.ok(leaving.some((edge) => edge.target?.startsWith("rounding/")), "lib/article imports lib/rounding, so the check must see it");
  });

  for (const core of CORES) {
    it(`lib/${core.folder}/ (${core.what}) imports only its own files, Node built-ins and declared npm packages`, () => {
      assert.ok(existsSync(projectPath(`lib/${core.folder}`)), `lib/${core.folder}/ is listed as a core but does not exist`);
      const leaving = importsLeaving(core.folder, graph);
      const describe = (edges: typeof leaving): string => edges.map((e) => `  lib/${e.file}: "${e.specifier}"${e.target ? ` (lib/${e.target})` : ""}`).join("\n");
      assert.deepEqual(leaving, [], `lib/${core.folder}/ is a core and must not import from outside its folder:\n${describe(leaving)}`);
      assert.ok(existsSync(projectPath(`lib/${core.folder}/README.md`)), `lib/${core.folder}/README.md (API, formulas, references) is missing`);
    });
  }
});
