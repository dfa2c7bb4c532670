import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";

/**
 * lib/survey is a reusable core: it must not know the memo. Every import or
 * require under it is relative and stays inside lib/survey (no other lib
 * folder, no npm package, no Node built-in), so it can be lifted out as it is.
 */
describe("lib/survey import boundary", () => {
  const root = projectPath("lib/survey");

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return entry.name.endsWith(".ts") ? [full] : [];
    });
  }

  const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

  it("finds the modules it checks", () => assert.ok(sourceFiles(root).length > 20));

  for (const file of sourceFiles(root)) {
    const name = path.relative(root, file);
    it(`${name} imports only from lib/survey`, () => {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(IMPORT)) {
        const specifier = match[1];
        assert.ok(specifier.startsWith("./") || specifier.startsWith("../"), `${name} imports the module "${specifier}" from outside lib/survey`);
        const target = path.resolve(path.dirname(file), specifier);
        assert.ok(target === root || target.startsWith(root + path.sep), `${name} imports "${specifier}", which lies outside lib/survey`);
      }
    });
  }

  it("the check itself catches an import from outside", () => {
    const sample = 'import { DataError } from "../io/data-error";\nconst fs = require("node:fs");';
    assert.deepEqual([...sample.matchAll(IMPORT)].map((m) => m[1]), ["../io/data-error", "node:fs"]);
  });
});
