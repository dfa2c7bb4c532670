import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ensureJupyter, registerKernel } from "../../lib/pipeline/jupyter-environment";
import { runNotebooks } from "../../lib/pipeline/run-notebooks";

function notebook(code: string): string {
  return JSON.stringify({
    cells: [{ cell_type: "code", id: "c1", metadata: {}, source: code, execution_count: null, outputs: [] }],
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (tslab)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

describe("runNotebooks", function () {
  this.timeout(120_000);

  it("runs the notebooks after a failing one, removes the failed one's stale copy, and reports it", () => {
    const root = mkdtempSync(path.join(tmpdir(), "lwn-runs-"));
    const sourceDir = path.join(root, "notebooks");
    const executedDir = path.join(root, "executed");
    mkdirSync(sourceDir);
    mkdirSync(executedDir);
    writeFileSync(path.join(sourceDir, "a.ipynb"), notebook('throw new Error("a fails");'));
    writeFileSync(path.join(sourceDir, "b.ipynb"), notebook("const ok = 1;"));
    writeFileSync(path.join(executedDir, "a.ipynb"), "stale output of an earlier run");
    const lines: string[] = [];
    const runs = runNotebooks(["a.ipynb", "b.ipynb"], {
      sourceDir,
      executedDir,
      python: ensureJupyter(() => undefined).python,
      env: registerKernel(),
      log: (line) => lines.push(line),
    });
    assert.deepEqual(runs.map((r) => r.ok), [false, true]);
    assert.equal(existsSync(path.join(executedDir, "a.ipynb")), false);
    assert.equal(existsSync(path.join(executedDir, "b.ipynb")), true);
    assert.ok(lines.some((line) => /\(1\/2\) notebooks\/a\.ipynb/.test(line)));
    assert.ok(lines.some((line) => /FAILED .* at cell 1: .*a fails/.test(line)));
  });
});
