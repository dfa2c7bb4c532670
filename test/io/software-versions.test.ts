import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { softwareVersions } from "../../lib/io/software-versions";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("softwareVersions", () => {
  // The versions the project pins in its package.json (read here, independently of the code under test).
  const pinned = JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as {
    name: string;
    version: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const versions = softwareVersions();
  const version = (component: string) => versions.find((v) => v.component.startsWith(component))?.version;

  it("reports Node.js, tslab, tslab's TypeScript, arquero, the lib and the project, in that order", () => {
    assert.deepEqual(versions.map((v) => v.component), [
      "Node.js",
      "tslab (the notebook kernel)",
      "TypeScript (tslab's compiler)",
      "arquero",
      "@love-with-nuances/lib (this package's lib)",
      `${pinned.name} (this project)`,
    ]);
  });
  it("gives the versions the project pins and the running Node", () => {
    assert.equal(version("Node.js"), process.version);
    assert.equal(version("tslab"), pinned.dependencies.tslab);
    assert.equal(version("TypeScript"), pinned.devDependencies.typescript);
    assert.equal(version("arquero"), pinned.dependencies.arquero);
    assert.equal(version("@love-with-nuances/lib"), (JSON.parse(readFileSync(projectPath("lib/package.json"), "utf8")) as { version: string }).version);
    assert.equal(version(pinned.name), pinned.version);
  });
  it("names sources relative to the project root, with no timestamp or absolute path (reruns are byte-identical)", () => {
    for (const v of versions) assert.ok(!path.isAbsolute(v.source) && !/\d{4}-\d{2}-\d{2}/.test(v.source), v.source);
    assert.deepEqual(softwareVersions(), versions);
  });
  it("says which package is missing when a project has not installed it", () => {
    const root = temporaryFolder();
    writeFileSync(path.join(root, "package.json"), '{"name": "x", "version": "1.0.0"}');
    assert.throws(() => softwareVersions(root), (e: unknown) => e instanceof DataError && e.code === "file-missing" && /tslab/.test(e.message));
  });
});
