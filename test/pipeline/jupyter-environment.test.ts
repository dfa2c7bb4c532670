import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { ensureJupyter, findJupyterPython, JUPYTER_DATA_DIR, KERNEL_NAME, registerKernel } from "../../lib/pipeline/jupyter-environment";
import { projectPath } from "../../lib/project/project-path";

describe("Jupyter environment", function () {
  this.timeout(300_000);

  it("finds (or installs) a Python that can drive Jupyter kernels", () => {
    const jupyter = ensureJupyter((line) => console.log(line));
    assert.match(jupyter.nbclientVersion, /^\d+\.\d+/);
    assert.deepEqual(findJupyterPython(), jupyter);
  });

  it("registers the project-local tslab kernelspec and points JUPYTER_PATH at it", () => {
    const previous = process.env.JUPYTER_PATH;
    process.env.JUPYTER_PATH = "/elsewhere";
    try {
      const env = registerKernel();
      const dataDir = projectPath(JUPYTER_DATA_DIR);
      assert.equal(env.JUPYTER_PATH, `${dataDir}${path.delimiter}/elsewhere`);
      const spec = JSON.parse(readFileSync(path.join(dataDir, "kernels", KERNEL_NAME, "kernel.json"), "utf8"));
      assert.equal(spec.argv[0], process.execPath);
      assert.equal(spec.argv[1], projectPath("node_modules/tslab/bin/tslab"));
      assert.ok(existsSync(spec.argv[1]));
      assert.deepEqual(spec.argv.slice(2), ["kernel", "--config-path", "{connection_file}"]);
      assert.equal(spec.language, "typescript");
    } finally {
      if (previous === undefined) delete process.env.JUPYTER_PATH;
      else process.env.JUPYTER_PATH = previous;
    }
  });
});
