import { strict as assert } from "node:assert";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { linkDocumentedPaths, RunFolder, setAsideFailedRun, sha256File, startRun, switchCurrent, writeMarker } from "../../lib/pipeline/output-runs";
import { updateNotebooks } from "../../lib/pipeline/update-notebooks";
import { temporaryFolder } from "../helpers/temporary-folder";

const NAMES = ["00-ledger.ipynb", "01-a.ipynb"];

/** A project-like pair of folders: notebooks/ with two sources, output/ with a run that executed them. */
function setUp(): { notebooksDir: string; outputDir: string; run: RunFolder } {
  const root = temporaryFolder("update");
  const notebooksDir = path.join(root, "notebooks");
  mkdirSync(notebooksDir);
  for (const name of NAMES) writeFileSync(path.join(notebooksDir, name), `{"source": "${name}"}\n`);
  const run = startRun(path.join(root, "output"));
  for (const name of NAMES) writeFileSync(path.join(run.dir, "notebooks", name), `{"executed": "${name}"}\n`, { mode: 0o600 });
  writeFileSync(path.join(run.dir, "claims.csv"), "id\n");
  return { notebooksDir, outputDir: run.outputDir, run };
}

function markComplete(run: RunFolder, notebooksDir: string, names: readonly string[] = NAMES): void {
  writeMarker(run.dir, {
    status: "complete",
    run: run.id,
    started: "2026-01-01T00:00:00.000Z",
    finished: "2026-01-01T00:00:10.000Z",
    dataDir: "/data",
    notebooks: names.map((name) => ({ name, source: sha256File(path.join(notebooksDir, name)), executed: sha256File(path.join(run.dir, "notebooks", name)) })),
    ledger: sha256File(path.join(run.dir, "claims.csv")),
    failures: [],
  });
  linkDocumentedPaths(run.outputDir, run.id);
  switchCurrent(run.outputDir, run.id);
}

function sources(notebooksDir: string): string[] {
  return NAMES.map((name) => readFileSync(path.join(notebooksDir, name), "utf8"));
}

describe("updateNotebooks (npm run update-notebooks)", () => {
  it("copies the executed notebooks of the last complete run over the sources", () => {
    const { notebooksDir, outputDir, run } = setUp();
    markComplete(run, notebooksDir);
    const result = updateNotebooks(outputDir, notebooksDir);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(sources(notebooksDir), NAMES.map((name) => `{"executed": "${name}"}\n`));
  });

  it("keeps each notebook's own file mode: the executed copy's 0600 is not carried over", () => {
    const { notebooksDir, outputDir, run } = setUp();
    chmodSync(path.join(notebooksDir, "01-a.ipynb"), 0o664);
    chmodSync(path.join(notebooksDir, "00-ledger.ipynb"), 0o644);
    markComplete(run, notebooksDir);
    assert.ok(updateNotebooks(outputDir, notebooksDir).ok);
    assert.equal(statSync(path.join(notebooksDir, "01-a.ipynb")).mode & 0o777, 0o664);
    assert.equal(statSync(path.join(notebooksDir, "00-ledger.ipynb")).mode & 0o777, 0o644);
  });

  it("refuses, copying nothing, when no run completed (a failed run's output is never copied)", () => {
    const { notebooksDir, outputDir, run } = setUp();
    const before = sources(notebooksDir);
    setAsideFailedRun(run, { status: "failed", run: run.id, started: "", finished: "", dataDir: "", notebooks: [], ledger: null, failures: ["x"] });
    const result = updateNotebooks(outputDir, notebooksDir);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems.join("\n"), /holds no complete run/);
    assert.deepEqual(sources(notebooksDir), before);
  });

  it("refuses when a source notebook was edited after the run executed it", () => {
    const { notebooksDir, outputDir, run } = setUp();
    markComplete(run, notebooksDir);
    writeFileSync(path.join(notebooksDir, "01-a.ipynb"), '{"source": "edited"}\n');
    const result = updateNotebooks(outputDir, notebooksDir);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.problems, [`01-a.ipynb: changed since the last complete run (${run.id}) executed it; run npm run reproduce`]);
    assert.equal(readFileSync(path.join(notebooksDir, "00-ledger.ipynb"), "utf8"), '{"source": "00-ledger.ipynb"}\n', "nothing copied");
  });

  it("refuses when a notebook was added or removed since the run", () => {
    const { notebooksDir, outputDir, run } = setUp();
    markComplete(run, notebooksDir, ["01-a.ipynb"]);
    const added = updateNotebooks(outputDir, notebooksDir);
    assert.equal(added.ok, false);
    if (!added.ok) assert.match(added.problems.join("\n"), /00-ledger\.ipynb: not executed by the last complete run/);
  });

  it("refuses when an executed copy changed after the run (the marker's checksum no longer matches)", () => {
    const { notebooksDir, outputDir, run } = setUp();
    markComplete(run, notebooksDir);
    writeFileSync(path.join(run.dir, "notebooks", "01-a.ipynb"), "tampered");
    const result = updateNotebooks(outputDir, notebooksDir);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems.join("\n"), /01-a\.ipynb: the executed copy changed after the run/);
  });
});
