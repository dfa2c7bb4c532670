import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { EXECUTED_DIR, listNotebooks } from "../../lib/pipeline/notebook-list";
import { reproduce, ReproduceSummary } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";

interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, unknown>;
}

/**
 * Runs the main job (every notebook through Jupyter on the tslab kernel) once
 * and inspects the executed notebooks it leaves under output/notebooks/.
 */
describe("notebooks (executed headless by the main job)", function () {
  this.timeout(900_000);
  let summary: ReproduceSummary;

  before(() => {
    summary = reproduce((line) => console.log(`      ${line}`));
  });

  it("all run without a failing cell", () => {
    assert.deepEqual(
      summary.failures.map((f) => `${path.basename(f.notebook)} cell ${f.failure.cellNumber}: ${f.failure.evalue.split("\n", 1)[0]}`),
      [],
    );
    assert.equal(summary.runs.length, listNotebooks().length);
  });

  for (const name of listNotebooks()) {
    describe(name, () => {
      const outputs = (): Output[] => {
        const executed = JSON.parse(readFileSync(projectPath(path.join(EXECUTED_DIR, name)), "utf8")) as { cells: { cell_type: string; outputs?: Output[] }[] };
        return executed.cells.flatMap((cell) => cell.outputs ?? []);
      };

      it("has no error output and writes nothing to stderr", () => {
        const bad = outputs().filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"));
        assert.deepEqual(bad, []);
      });

      it("shows every chart as a static SVG beside its interactive figure", () => {
        for (const output of outputs()) {
          if (output.data && "application/vnd.plotly.v1+json" in output.data) {
            assert.ok("image/svg+xml" in output.data, "a Plotly figure without its SVG fallback");
          }
        }
      });
    });
  }
});
