import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";

describe("spss: lib/spss is self-contained", () => {
  it("imports nothing but its own modules and Node built-ins", () => {
    const folder = projectPath("lib/spss");
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(path.join(folder, file), "utf8");
      for (const [, target] of source.matchAll(/\bfrom\s+"([^"]+)"/g)) {
        assert.ok(target.startsWith("node:") || /^\.\/[\w-]+$/.test(target), `${file} imports ${target}`);
      }
    }
  });
});
