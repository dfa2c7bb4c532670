import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describeFolder, folderOverride, projectPath, projectRoot, resolveFolderOverrides } from "../../lib/project/project-path";

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

describe("relative LWN_DATA_DIR / LWN_OUTPUT_DIR", () => {
  const saved = { data: process.env.LWN_DATA_DIR, output: process.env.LWN_OUTPUT_DIR, init: process.env.INIT_CWD };
  afterEach(() => {
    for (const [key, value] of [["LWN_DATA_DIR", saved.data], ["LWN_OUTPUT_DIR", saved.output], ["INIT_CWD", saved.init]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("resolve against the folder npm was started from (INIT_CWD), not the package root npm runs scripts in", () => {
    process.env.INIT_CWD = "/home/analyst/study";
    process.env.LWN_DATA_DIR = "data-copy";
    process.env.LWN_OUTPUT_DIR = "../out";
    assert.equal(projectPath("data/waves/manifest.csv"), "/home/analyst/study/data-copy/waves/manifest.csv");
    assert.equal(projectPath("output/claims.csv"), "/home/analyst/out/claims.csv");
    assert.equal(folderOverride("data"), "/home/analyst/study/data-copy");
  });

  it("are refused, naming the variable, where the starting folder is unknown (a kernel started by the user's own Jupyter)", () => {
    delete process.env.INIT_CWD;
    process.env.LWN_OUTPUT_DIR = "out";
    assert.throws(() => projectPath("output/claims.csv"), /LWN_OUTPUT_DIR=out is a relative path, .*Set LWN_OUTPUT_DIR to an absolute path/);
  });

  it("are made absolute for child processes by resolveFolderOverrides, against INIT_CWD or the starting folder", () => {
    const env: NodeJS.ProcessEnv = { LWN_DATA_DIR: "copy", LWN_OUTPUT_DIR: "/abs/out" };
    assert.deepEqual(resolveFolderOverrides(env, "/started/here"), ["LWN_DATA_DIR=copy -> /started/here/copy (relative to /started/here, where the command was started)"]);
    assert.deepEqual(env, { LWN_DATA_DIR: "/started/here/copy", LWN_OUTPUT_DIR: "/abs/out" });
    const viaNpm: NodeJS.ProcessEnv = { LWN_OUTPUT_DIR: "out", INIT_CWD: "/npm/started" };
    resolveFolderOverrides(viaNpm, "/package/root");
    assert.equal(viaNpm.LWN_OUTPUT_DIR, "/npm/started/out");
  });

  it("are described in messages by variable and path, or as the default folder with the variable unset", () => {
    delete process.env.LWN_DATA_DIR;
    process.env.LWN_OUTPUT_DIR = "/tmp/alt-out";
    assert.equal(describeFolder("output"), "LWN_OUTPUT_DIR=/tmp/alt-out");
    assert.equal(describeFolder("data"), `the data folder ${path.join(projectRoot(), "data")} (LWN_DATA_DIR is not set)`);
  });
});
