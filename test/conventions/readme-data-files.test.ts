import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";

/** Every file under a folder, as project-relative paths with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(projectPath(folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

describe("README data files table", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  const table = readme.slice(readme.indexOf("**Data files.**"));
  const listed = [...table.matchAll(/^\| `(data\/[^`]+)` \| (yes|no) \| [^|]+ \| [^|]+ \|$/gm)].map((m) => m[1]);

  it("lists every file under data/ once, with provided, licence and source", () => {
    assert.deepEqual([...listed].sort(), filesUnder("data").sort().map((f) => f.split(path.sep).join("/")));
    assert.equal(new Set(listed).size, listed.length);
  });
  it("lists the licensed CAB waves as not provided", () => {
    assert.match(table, /^\| CAB waves 1–9, Kazakhstan \(`\.sav`\) \| no \|/m);
  });
});
