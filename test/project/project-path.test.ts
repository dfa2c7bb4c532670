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

describe("projectPath with LWN_DATA_DIR / LWN_OUTPUT_DIR", () => {
  const saved = { data: process.env.LWN_DATA_DIR, output: process.env.LWN_OUTPUT_DIR };
  afterEach(() => {
    for (const [key, value] of [["LWN_DATA_DIR", saved.data], ["LWN_OUTPUT_DIR", saved.output]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("moves data/ and output/ but not output/build or other folders", () => {
    process.env.LWN_DATA_DIR = "/tmp/alt-data";
    process.env.LWN_OUTPUT_DIR = "/tmp/alt-out";
    assert.equal(projectPath("data/waves/manifest.csv"), "/tmp/alt-data/waves/manifest.csv");
    assert.equal(projectPath("data"), "/tmp/alt-data");
    assert.equal(projectPath("output/claims.csv"), "/tmp/alt-out/claims.csv");
    assert.equal(projectPath("output/build/lib/index.js"), path.join(projectRoot(), "output/build/lib/index.js"));
    assert.equal(projectPath("notebooks/x.ipynb"), path.join(projectRoot(), "notebooks/x.ipynb"));
    assert.equal(projectPath("database/x"), path.join(projectRoot(), "database/x"));
  });
});
