/**
 * README's "What is where" is the map a newcomer reads first: it must list
 * every folder of lib/ (and nothing that is not there), with the namespace
 * lib/index.ts exports it as.
 */
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";

/** Rows of the lib table of "What is where": folder → namespace ("–" when not exported). */
function readmeLibRows(): Map<string, string> {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## What is where"));
  const rows = new Map<string, string>();
  for (const match of section.matchAll(/^\| `lib\/([a-z0-9-]+)\/` \| ([^|]+) \|/gm)) {
    const namespace = /`(\w+)`/.exec(match[2]);
    rows.set(match[1], match[2].trim().startsWith("`") && namespace ? namespace[1] : "–");
  }
  return rows;
}

/** Folders directly under lib/ that hold TypeScript sources. */
function libFolders(): string[] {
  const lib = projectPath("lib");
  return readdirSync(lib)
    .filter((name) => statSync(path.join(lib, name)).isDirectory())
    .filter((name) => readdirSync(path.join(lib, name), { recursive: true }).some((file) => String(file).endsWith(".ts")))
    .sort();
}

/** Namespaces of lib/index.ts: `export * as x from "./folder"` → folder → x. */
function exportedNamespaces(): Map<string, string> {
  const index = readFileSync(projectPath("lib/index.ts"), "utf8");
  return new Map([...index.matchAll(/^export \* as (\w+) from "\.\/([a-z0-9-]+)";$/gm)].map((match) => [match[2], match[1]]));
}

describe("README: what is where", () => {
  const rows = readmeLibRows();

  it("lists every folder of lib/, and only those", () => {
    assert.ok(rows.size > 5, "README's lib table was not found");
    assert.deepEqual([...rows.keys()].sort(), libFolders());
  });

  it("gives each folder the namespace lib/index.ts exports it as", () => {
    const exported = exportedNamespaces();
    for (const [folder, namespace] of exported) assert.equal(rows.get(folder), namespace, `lib/${folder}/ is exported as \`${namespace}\``);
    for (const [folder, namespace] of rows) {
      if (namespace !== "–") assert.equal(exported.get(folder), namespace, `README says lib/${folder}/ is \`${namespace}\`, lib/index.ts does not export it so`);
    }
  });
});
