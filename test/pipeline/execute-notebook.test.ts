import { strict as assert } from "node:assert";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { executeNotebook } from "../../lib/pipeline/execute-notebook";
import { ensureJupyter, registerKernel } from "../../lib/pipeline/jupyter-environment";
import { temporaryFolder } from "../helpers/temporary-folder";
import { tslabNotebook as notebook } from "./process-helpers";

/** The single-notebook, waiting form of the executor (TypeScript compile errors and concurrency: notebook-executor.test.ts). */
describe("executeNotebook (real Jupyter client, tslab kernel)", function () {
  this.timeout(120_000);
  const dir = temporaryFolder("exec");
  let options: { python: string; env: NodeJS.ProcessEnv };

  before(() => {
    options = { python: ensureJupyter(() => undefined).python, env: registerKernel() };
  });

  it("runs every cell and writes the executed copy", () => {
    const input = path.join(dir, "ok.ipynb");
    writeFileSync(input, notebook([["markdown", "# t"], ["code", "const x: number = 6 * 7;\nconsole.log(x);"]]));
    const output = path.join(dir, "out", "ok.ipynb");
    const run = executeNotebook(input, output, options);
    assert.equal(run.ok, true);
    const executed = JSON.parse(readFileSync(output, "utf8"));
    assert.equal(executed.cells[1].outputs[0].text.join?.("") ?? executed.cells[1].outputs[0].text, "42\n");
  });

  it("reports the failing cell, writes nothing, and keeps its message", () => {
    const input = path.join(dir, "fail.ipynb");
    writeFileSync(input, notebook([["code", "const a = 1;"], ["markdown", "text"], ["code", 'throw new Error("boom in cell three");'], ["code", "const never = 1;"]]));
    const output = path.join(dir, "out", "fail.ipynb");
    const run = executeNotebook(input, output, options);
    assert.equal(run.ok, false);
    if (run.ok) return;
    assert.equal(run.failure.cellNumber, 3);
    assert.match(run.failure.evalue, /boom in cell three/);
    assert.equal(existsSync(output), false);
  });
});
