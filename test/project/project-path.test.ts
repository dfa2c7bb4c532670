import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath, projectRoot } from "../../lib/project/project-path";

describe("projectRoot", () => {
  it("finds the folder of this package's package.json from the compiled lib", () => {
    const root = projectRoot();
    assert.equal(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).name, "love-with-nuances-reproduction");
    assert.ok(existsSync(projectPath("data/article/table1.csv")));
    assert.equal(projectPath("data"), path.join(root, "data"));
  });
});
