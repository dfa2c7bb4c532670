import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { projectPath } from "../../lib/project/project-path";

describe("README claims-to-notebook map", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");

  it("lists every registered claim, under the notebook that checks it", () => {
    const sections = readme.split(/^### /m).slice(1);
    for (const claim of loadClaimsRegistry()) {
      const stem = claim.notebook.replace(/\.ipynb$/, "");
      const section = sections.find((s) => s.startsWith(`${stem}:`));
      assert.ok(section, `README has no "### ${stem}: ..." section`);
      assert.match(section, new RegExp(`^\\| ${claim.id} \\|`, "m"), `README does not list ${claim.id} under ${stem}`);
    }
  });

  it("lists no claim that is not registered", () => {
    const registered = new Set(loadClaimsRegistry().map((claim) => claim.id));
    const listed = [...readme.matchAll(/^\| ([A-Z][A-Z0-9]-\d{2}) \|/gm)].map((match) => match[1]);
    assert.deepEqual(listed.filter((id) => !registered.has(id)), []);
    assert.equal(listed.length, registered.size);
  });
});
