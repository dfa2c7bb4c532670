import { strict as assert } from "node:assert";
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { temporaryFolder } from "../helpers/temporary-folder";
import {
  completeRun,
  CURRENT_LINK,
  currentRunDir,
  FAILED_RUN_DIR,
  linkDocumentedPaths,
  readMarker,
  removeLeftovers,
  RUN_ENTRIES,
  RunFolder,
  RunMarker,
  RUNS_DIR,
  setAsideFailedRun,
  sha256File,
  startRun,
  switchCurrent,
  writeMarker,
} from "../../lib/pipeline/output-runs";

function outputFolder(): string {
  return temporaryFolder("runs");
}

/** A run folder with one executed notebook and a ledger whose text names the run. */
function fakeRun(outputDir: string, label: string, at: Date): RunFolder {
  const run = startRun(outputDir, at);
  writeFileSync(path.join(run.dir, "notebooks", "01-a.ipynb"), `{"run": "${label}"}\n`);
  writeFileSync(path.join(run.dir, "claims", "01-a.json"), "[]\n");
  writeFileSync(path.join(run.dir, "claims.csv"), `id\n${label}\n`);
  mkdirSync(path.join(run.dir, "report"));
  writeFileSync(path.join(run.dir, "report", "index.html"), `<p>${label}</p>`);
  return run;
}

function completeMarker(run: RunFolder): RunMarker {
  return {
    status: "complete",
    run: run.id,
    started: "2026-01-01T00:00:00.000Z",
    finished: "2026-01-01T00:00:10.000Z",
    dataDir: "/data",
    notebooks: [{ name: "01-a.ipynb", source: "0".repeat(64), executed: sha256File(path.join(run.dir, "notebooks", "01-a.ipynb")) }],
    ledger: sha256File(path.join(run.dir, "claims.csv")),
    failures: [],
  };
}

function commit(run: RunFolder): string | undefined {
  writeMarker(run.dir, completeMarker(run));
  linkDocumentedPaths(run.outputDir, run.id);
  return switchCurrent(run.outputDir, run.id);
}

/** What the documented paths show: file -> text. */
function shown(outputDir: string): Record<string, string> {
  return {
    notebook: readFileSync(path.join(outputDir, "notebooks", "01-a.ipynb"), "utf8"),
    ledger: readFileSync(path.join(outputDir, "claims.csv"), "utf8"),
    report: readFileSync(path.join(outputDir, "report", "index.html"), "utf8"),
    claims: readdirSync(path.join(outputDir, "claims")).join(","),
  };
}

describe("output runs: each run in its own folder, made current by one rename", () => {
  it("names a run folder by start time and pid, with notebooks/, claims/ and tables/ inside", () => {
    const run = startRun(outputFolder(), new Date("2026-11-25T10:15:00.123Z"));
    assert.equal(run.id, `20261125T101500Z-pid${process.pid}`);
    assert.deepEqual(readdirSync(run.dir).sort(), ["claims", "notebooks", "tables"]);
    assert.equal(path.dirname(run.dir), path.join(run.outputDir, RUNS_DIR));
  });

  it("links every documented path into current, and current to the run; nothing is visible before the switch", () => {
    const outputDir = outputFolder();
    const run = fakeRun(outputDir, "first", new Date("2026-01-01T00:00:00Z"));
    writeMarker(run.dir, completeMarker(run));
    linkDocumentedPaths(outputDir, run.id);
    for (const entry of RUN_ENTRIES) assert.equal(readlinkSync(path.join(outputDir, entry)), path.join(CURRENT_LINK, entry));
    assert.equal(existsSync(path.join(outputDir, "claims.csv")), false, "no run is current yet");
    assert.equal(switchCurrent(outputDir, run.id), undefined);
    assert.equal(readlinkSync(path.join(outputDir, CURRENT_LINK)), path.join(RUNS_DIR, run.id));
    assert.deepEqual(shown(outputDir), { notebook: '{"run": "first"}\n', ledger: "id\nfirst\n", report: "<p>first</p>", claims: "01-a.json" });
    assert.equal(currentRunDir(outputDir), run.dir);
  });

  it("shows the previous run at every documented path until the switch, and the new one right after it", () => {
    const outputDir = outputFolder();
    const first = fakeRun(outputDir, "first", new Date("2026-01-01T00:00:00Z"));
    commit(first);
    const before = shown(outputDir);
    const second = fakeRun(outputDir, "second", new Date("2026-01-02T00:00:00Z"));
    writeMarker(second.dir, completeMarker(second));
    linkDocumentedPaths(outputDir, second.id);
    assert.deepEqual(shown(outputDir), before, "marker and links of the new run change nothing visible");
    assert.equal(switchCurrent(outputDir, second.id), first.dir, "the previous run's folder is returned for removal");
    assert.deepEqual(shown(outputDir), { notebook: '{"run": "second"}\n', ledger: "id\nsecond\n", report: "<p>second</p>", claims: "01-a.json" });
    assert.equal(readdirSync(outputDir).filter((name) => name.includes(".link-")).length, 0, "no temporary link left");
  });

  it("moves outputs of the layout before run folders out of the way at the first commit (never before)", () => {
    const outputDir = outputFolder();
    mkdirSync(path.join(outputDir, "notebooks"));
    writeFileSync(path.join(outputDir, "notebooks", "old.ipynb"), "old");
    writeFileSync(path.join(outputDir, "claims.csv"), "old ledger");
    const run = fakeRun(outputDir, "new", new Date("2026-01-01T00:00:00Z"));
    assert.equal(readFileSync(path.join(outputDir, "claims.csv"), "utf8"), "old ledger", "a run in progress leaves the old layout alone");
    commit(run);
    assert.equal(lstatSync(path.join(outputDir, "notebooks")).isSymbolicLink(), true);
    assert.equal(readFileSync(path.join(outputDir, "claims.csv"), "utf8"), "id\nnew\n");
    assert.deepEqual(removeLeftovers(outputDir, [run.id]), [path.join(RUNS_DIR, `${run.id}-replaced-layout`)]);
  });

  it("keeps a failed run apart in failed-run/, with a marker saying so, and leaves the current run as it was", () => {
    const outputDir = outputFolder();
    commit(fakeRun(outputDir, "good", new Date("2026-01-01T00:00:00Z")));
    const before = shown(outputDir);
    for (const label of ["bad-1", "bad-2"]) {
      const failed = fakeRun(outputDir, label, new Date(label === "bad-1" ? "2026-01-02T00:00:00Z" : "2026-01-03T00:00:00Z"));
      const where = setAsideFailedRun(failed, { ...completeMarker(failed), status: "failed", failures: ["02-b.ipynb, cell 4: Error: boom"] });
      assert.equal(where, path.join(outputDir, FAILED_RUN_DIR));
    }
    assert.deepEqual(shown(outputDir), before);
    assert.equal(readMarker(path.join(outputDir, FAILED_RUN_DIR))?.status, "failed");
    assert.equal(readFileSync(path.join(outputDir, FAILED_RUN_DIR, "claims.csv"), "utf8"), "id\nbad-2\n", "the latest failure replaces the earlier one");
    assert.equal(lstatSync(path.join(outputDir, FAILED_RUN_DIR)).isDirectory(), true);
  });

  it("removes what killed runs left (run folders, temporary files and links, old-layout temporaries) and keeps the current run", () => {
    const outputDir = outputFolder();
    const current = fakeRun(outputDir, "current", new Date("2026-01-01T00:00:00Z"));
    commit(current);
    const killed = fakeRun(outputDir, "killed", new Date("2026-01-02T00:00:00Z"));
    writeFileSync(path.join(outputDir, ".current.link-99999"), "");
    writeFileSync(path.join(outputDir, ".main-job.lock.99999.new"), "");
    writeFileSync(path.join(outputDir, "claims.csv.99999.tmp"), "");
    mkdirSync(path.join(outputDir, ".report.staging-99999"));
    const removed = removeLeftovers(outputDir);
    assert.deepEqual(removed.sort(), [".current.link-99999", ".main-job.lock.99999.new", ".report.staging-99999", path.join(RUNS_DIR, killed.id), "claims.csv.99999.tmp"].sort());
    assert.deepEqual(readdirSync(path.join(outputDir, RUNS_DIR)), [current.id]);
    assert.equal(shown(outputDir).ledger, "id\ncurrent\n");
  });

  it("removes leftover .executing-* notebooks from an old-layout notebooks/ folder", () => {
    const outputDir = outputFolder();
    mkdirSync(path.join(outputDir, "notebooks"));
    writeFileSync(path.join(outputDir, "notebooks", ".executing-abc.ipynb"), "{");
    writeFileSync(path.join(outputDir, "notebooks", "01-a.ipynb"), "{}");
    assert.deepEqual(removeLeftovers(outputDir), [path.join("notebooks", ".executing-abc.ipynb")]);
    assert.deepEqual(readdirSync(path.join(outputDir, "notebooks")), ["01-a.ipynb"]);
  });

  describe("completeRun (what update-notebooks trusts)", () => {
    it("accepts the current run when its marker says complete and its files still match", () => {
      const outputDir = outputFolder();
      const run = fakeRun(outputDir, "good", new Date("2026-01-01T00:00:00Z"));
      commit(run);
      assert.equal(completeRun(outputDir).marker.run, run.id);
    });

    it("refuses a folder where no run completed", () => {
      const outputDir = outputFolder();
      fakeRun(outputDir, "running", new Date("2026-01-01T00:00:00Z"));
      assert.throws(() => completeRun(outputDir), /holds no complete run \(no current link\)/);
    });

    it("refuses a current run without a marker, with a marker not saying complete, or with a file changed since", () => {
      const outputDir = outputFolder();
      const run = fakeRun(outputDir, "good", new Date("2026-01-01T00:00:00Z"));
      linkDocumentedPaths(outputDir, run.id);
      switchCurrent(outputDir, run.id);
      assert.throws(() => completeRun(outputDir), /has no run\.json/);
      writeMarker(run.dir, { ...completeMarker(run), status: "interrupted" });
      assert.throws(() => completeRun(outputDir), /was interrupted/);
      writeMarker(run.dir, completeMarker(run));
      writeFileSync(path.join(run.dir, "notebooks", "01-a.ipynb"), "edited");
      assert.throws(() => completeRun(outputDir), /01-a\.ipynb: the executed copy changed after the run/);
    });
  });
});
