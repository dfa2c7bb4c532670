/**
 * Issue 5's end-to-end contract: an analyst adds waves by copying each file
 * into data/waves/ and adding one manifest row (plus codebook rows where the
 * wave's coding differs), then runs the main job. Here a copy of data/ gets
 * three waves: a CSV wave on the default coding (PSPP fixture); issue 12's
 * constructed CAB-like test wave (an SPSS file with CAB column names and
 * codes of its own, added with its codebook rows, fielded in the memo's
 * survey period); and issue 13's CAB-like .sav (CAB's item names, Russian
 * labels, Kazakhstan kept by the label of COUNTRY, three zero weights, a
 * stratum with a single PSU under lonely_psu "adjust", no question on
 * reasons: its codebook rows mark them "not asked"). The main job's command
 * runs on it, started
 * the way npm starts it: from the package root, with INIT_CWD the folder the
 * user typed the command in and LWN_DATA_DIR / LWN_OUTPUT_DIR relative to it.
 * The new waves must reach the claims ledger (every Table 1, Table 2 and MV
 * claim gets a respondent-level verdict on the CAB-like wave),
 * output/estimates.csv (every row of that wave equal to R's survey to 1e-9),
 * the trend charts and the report. The copy's codebook also carries a hostile answer label, which must
 * show as text in the notebook and, in headless Chromium, in the report page,
 * without running.
 *
 * The output folder starts with outputs of the layout before run folders,
 * including a stale page of a notebook that no longer exists and the
 * temporary files a killed run used to leave; the run is killed (SIGKILL of
 * its process group) right after it switched its outputs in, which must
 * leave the new complete outputs. Then a malformed wave is run on the same
 * folder: the wave check stops it before any notebook, and the outputs of
 * the added-waves run stay as they were. Last, a malformed published-figures
 * file makes a notebook fail: its partial output is kept apart in failed-run/.
 */
import { strict as assert } from "node:assert";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseLedger } from "../../lib/claims/ledger";
import { parseCsv } from "../../lib/io/parse-csv";
import { LOCK_FILE } from "../../lib/pipeline/output-lock";
import { completeRun, FAILED_RUN_DIR, readMarker, RUNS_DIR } from "../../lib/pipeline/output-runs";
import { reproduce, ReproduceSummary } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";
import { processesLeft } from "../pipeline/process-helpers";
import { copyCompleteOutputs, documentedOutputs, MainJobProcess, runFolders } from "./main-job-runs";
import { CHROMIUM, launchOfflineBrowser, visit } from "../report/browser-session";
import { addCabLikeWave, CAB_LIKE_WAVE_ID, cabLikeReference } from "../helpers/cab-like-wave";
import { addManifestRow, CAB_LIKE, cabLikeManifestRow, manifestRow } from "../helpers/wave-fixtures";
import { temporaryFolder } from "../helpers/temporary-folder";
import { codingTableText } from "../helpers/coding-table";

/** The output folder of the added-waves run once it holds complete outputs; the malformed-wave run starts from a copy. */
let completedAddWaveOutput: string | undefined;

/**
 * Fills `outputDir` with a copy of the added-waves run's complete outputs (a
 * later run must leave them as they are), or skips the suite when that run
 * did not complete; returns the documented outputs as copied.
 */
function startFromAddedWavesRun(context: Mocha.Context, outputDir: string): Map<string, string> {
  if (completedAddWaveOutput === undefined) {
    console.log("    skipped: needs the complete outputs of the added-waves run above");
    context.skip();
  }
  copyCompleteOutputs(completedAddWaveOutput, outputDir);
  completeRun(outputDir);
  return documentedOutputs(outputDir);
}

/** An answer label that would run script if any output put it into HTML unescaped. */
const HOSTILE_LABEL = "<img src=x onerror=alert(1)>";

describe("adding a CSV and a .sav wave by file plus manifest row, then running the main job", function () {
  this.timeout(900_000);
  const root = temporaryFolder("add-wave");
  const dataDir = path.join(root, "data");
  const outputDir = path.join(root, "output");
  const added = [
    { waveId: "kz-2020-added-csv", file: "kz-2020-added-csv.csv" },
    { waveId: CAB_LIKE.waveId, file: "cab-2021.sav" },
  ];
  let job: MainJobProcess;

  before(async () => {
    cpSync(projectPath("data"), dataDir, { recursive: true });
    const waves = path.join(dataDir, "waves");
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(waves, "kz-2020-added-csv.csv"));
    addManifestRow(waves, manifestRow("kz-2020-added-csv", "kz-2020-added-csv.csv", { start: "2020-10-01" }));
    copyFileSync(projectPath(CAB_LIKE.sav), path.join(waves, "cab-2021.sav"));
    addManifestRow(waves, cabLikeManifestRow("adjust"));
    addCabLikeWave(waves);
    const codebookFile = path.join(dataDir, "waves", "codebook.csv");
    const cabRows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n");
    writeFileSync(codebookFile, readFileSync(codebookFile, "utf8") + cabRows);
    const codebook = readFileSync(codebookFile, "utf8");
    const withHostileLabel = codebook.replace(/^(\*,russia_opinion,[^,\n]*,[^,\n]*,1,)Very favorable,/m, `$1"${HOSTILE_LABEL}",`);
    assert.notEqual(withHostileLabel, codebook, "fixture: the codebook's label was replaced");
    writeFileSync(codebookFile, withHostileLabel);
    seedOldLayout(outputDir);
    job = MainJobProcess.start({ INIT_CWD: root, LWN_DATA_DIR: "data", LWN_OUTPUT_DIR: "output", LWN_TEST_PAUSE_AT: "after-switch" });
    await job.waitForLine(/paused at after-switch/);
    job.signalGroup("SIGKILL");
    await job.exited;
  });

  it("resolves the relative LWN_DATA_DIR and LWN_OUTPUT_DIR against the folder the command was started from (INIT_CWD)", () => {
    assert.ok(job.lines.includes(`[reproduce] LWN_DATA_DIR=data -> ${dataDir} (relative to ${root}, where the command was started)`), job.lines.slice(0, 5).join("\n"));
    assert.ok(job.lines.some((line) => line.startsWith(`[reproduce] data: LWN_DATA_DIR=${dataDir}; output: LWN_OUTPUT_DIR=${outputDir}`)));
    assert.equal(existsSync(projectPath("notebooks/output")), false, "nothing written under notebooks/");
  });

  it("killed right after the switch, leaves the new complete outputs (marker and files agree) and no process", async () => {
    assert.deepEqual(await processesLeft(outputDir), []);
    const { marker } = completeRun(outputDir);
    assert.equal(marker.status, "complete");
    assert.ok(job.lines.some((line) => line.includes(`-> ${RUNS_DIR}/${marker.run}`)));
    completedAddWaveOutput = outputDir;
  });

  it("replaced the outputs of the old layout whole: no page of a notebook that no longer exists, no leftover temporary file", () => {
    assert.equal(existsSync(path.join(outputDir, "notebooks", "07-removed.ipynb")), false);
    assert.equal(existsSync(path.join(outputDir, "report", "07-removed.html")), false);
    assert.deepEqual(readdirSync(path.join(outputDir, "notebooks")).filter((name) => name.startsWith(".")), []);
    assert.deepEqual(readdirSync(outputDir).filter((name) => name.startsWith(".report.staging")), []);
    assert.ok(job.lines.some((line) => line.includes("removed what earlier, killed runs left") && line.includes(".executing-")));
  });

  it("judges the respondent-level layer of MV-01 … MV-06 on the real wave of the memo's period, the other real waves left out and named, the SYNTHETIC ones too", () => {
    const ledger = parseLedger(readFileSync(path.join(outputDir, "claims.csv"), "utf8"), "claims.csv");
    const multivector = ledger.filter((row) => /^MV-0[1-6]$/.test(row.id));
    assert.equal(multivector.length, 6);
    for (const row of multivector) {
      assert.equal(row.verdict, "needs respondent-level data", `${row.id}: the printed figures alone cannot check it`);
      assert.equal(row.respondent_waves, CAB_LIKE_WAVE_ID);
      assert.ok(["reproduced", "consistent within sampling error", "not reproduced"].includes(row.respondent_verdict), `${row.id}: ${row.respondent_verdict}`);
      for (const wave of added) assert.match(row.respondent_detail, new RegExp(`${wave.waveId} \\(fielded outside the memo's period`), `${row.id} does not say why ${wave.waveId} is left out`);
      assert.match(row.respondent_detail, /kz-2017-synthetic \(SYNTHETIC: never pooled with or tested against real waves\)/);
    }
  });

  it("gives every Table 1, Table 2 and MV claim a respondent-level verdict on the CAB-like wave (T2-12, T2-22, T2-23: none possible, saying why)", () => {
    const ledger = parseLedger(readFileSync(path.join(outputDir, "claims.csv"), "utf8"), "claims.csv");
    const informed = ledger.filter((row) => /^(T1|T2|MV)-/.test(row.id));
    assert.equal(informed.length, 18 + 25 + 10);
    for (const row of informed) {
      if (["T2-12", "T2-22", "T2-23"].includes(row.id)) {
        assert.equal(row.respondent_verdict, "no respondent-level data", row.id);
        assert.notEqual(row.respondent_detail, "", row.id);
        continue;
      }
      assert.equal(row.respondent_waves, CAB_LIKE_WAVE_ID, row.id);
      assert.ok(["reproduced", "consistent within sampling error", "not reproduced"].includes(row.respondent_verdict), `${row.id}: ${row.respondent_verdict}`);
      assert.ok(Number.isFinite(Number(row.respondent_estimate)) && row.respondent_estimate !== "", `${row.id}: no estimate`);
      assert.doesNotMatch(row.respondent_detail, /SYNTHETIC waves\./, row.id);
    }
  });

  it("writes output/estimates.csv whose every row of the CAB-like wave equals R's survey to 1e-9 (estimate and SE; interval, df, n, design effect too)", () => {
    const parsed = parseCsv(readFileSync(path.join(outputDir, "estimates.csv"), "utf8"), "estimates.csv");
    assert.deepEqual(parsed.header, ["notebook", "claim_id", "waves", "synthetic", "concept", "measure", "domain", "base", "estimate", "se", "ci_low", "ci_high", "df", "n", "deff"]);
    const column = (name: string) => parsed.header.indexOf(name);
    const rows = parsed.rows.filter((row) => row[column("waves")] === CAB_LIKE_WAVE_ID);
    const reference = cabLikeReference().estimates;
    const close = (ours: number, theirs: number) => Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = ["concept", "measure", "domain", "base"].map((name) => row[column(name)]).join("|");
      seen.add(key);
      const r = reference[key];
      if (r === undefined) {
        problems.push(`${row[column("notebook")]} ${key}: no R reference`);
        continue;
      }
      if (row[column("synthetic")] !== "no") problems.push(`${key}: marked synthetic`);
      for (const [name, theirs] of [["estimate", r.estimate], ["se", r.se], ["ci_low", r.ci_low], ["ci_high", r.ci_high]] as const) {
        if (!close(Number(row[column(name)]), theirs)) problems.push(`${row[column("notebook")]} ${key} ${name}: ${row[column(name)]} vs R ${theirs}`);
      }
      if (Number(row[column("df")]) !== r.df || Number(row[column("n")]) !== r.n) problems.push(`${key}: df/n ${row[column("df")]}/${row[column("n")]} vs R ${r.df}/${r.n}`);
      const deff = row[column("deff")];
      if ((deff === "") !== (r.deff === null) || (r.deff !== null && !close(Number(deff), r.deff))) problems.push(`${key} deff: ${deff} vs R ${r.deff}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(reference).filter((key) => !seen.has(key)), [], "every estimate R computed is in the file");
    assert.ok(rows.length >= Object.keys(reference).length);
  });

  it("draws the added waves in the trend charts of the waves notebook and its report page", () => {
    const notebook = readFileSync(path.join(outputDir, "notebooks", "06-waves.ipynb"), "utf8");
    const page = readFileSync(path.join(outputDir, "report", "06-waves.html"), "utf8");
    for (const wave of added) {
      assert.ok(notebook.includes(wave.waveId), `06-waves.ipynb does not show ${wave.waveId}`);
      assert.ok(page.includes(wave.waveId), `06-waves.html does not show ${wave.waveId}`);
    }
  });

  it("reports the changed manifest against its recorded checksum", () => {
    const notebook = readFileSync(path.join(outputDir, "notebooks", "02-multivector-attitudes.ipynb"), "utf8");
    assert.match(notebook, /data\/waves\/manifest\.csv has changed since its checksum was recorded/);
  });

  it("checked the waves before any notebook ran (npm run wave -- check), and ran the CAB-like wave's zero weights and single-PSU stratum through", () => {
    const check = job.lines.findIndex((line) => /^\[reproduce\] wave check: 6 waves of data\/waves\/manifest\.csv valid/.test(line));
    const firstNotebook = job.lines.findIndex((line) => /\.ipynb/.test(line));
    assert.ok(check >= 0 && check < firstNotebook, job.lines.slice(0, 12).join("\n"));
    const notebook = notebookText(path.join(outputDir, "notebooks", "02-multivector-attitudes.ipynb"));
    assert.match(notebook, /\ncab-2021 \| 3 \| adjust \| 5\n/, "zero weights, the rule and the single-PSU stratum of the CAB-like wave");
    assert.match(notebook, /Survey design of cab-2021 \(as R's summary\(design\)\)/);
    // The coding table is capped in the notebook; its whole is the CSV beside the outputs.
    const coding = codingTableText(outputDir);
    assert.match(coding, /cab-2021 \| russia_positive_reason_1 \|  \| – \| .* \| not asked \|/);
    assert.match(coding, /cab-2021 \| russia_opinion \| E1b \| 1 \| Очень положительно \| substantive \| 2 \| Очень положительно \| positive, strong \| agrees \| cab-2021/);
  });

  it("shows the hostile answer label as escaped text in the notebook's HTML output", () => {
    const notebook = JSON.parse(readFileSync(path.join(outputDir, "notebooks", "02-multivector-attitudes.ipynb"), "utf8")) as { cells: { outputs?: { data?: Record<string, string | string[]> }[] }[] };
    const html = notebook.cells.flatMap((cell) => cell.outputs ?? []).map((o) => [o.data?.["text/html"] ?? ""].flat().join("")).join("\n");
    assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"), "the label is not shown, or not escaped");
    assert.ok(!html.includes(HOSTILE_LABEL), "the label reaches an HTML output unescaped");
  });

  it("shows the hostile answer label as text in the report page in headless Chromium, and no script runs", async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    browser check skipped: chromium not found at ${CHROMIUM}`);
      this.skip();
    }
    const reportDir = path.join(outputDir, "report");
    const context = await launchOfflineBrowser(path.join(root, "browser-profile"));
    try {
      const { page, visit: result } = await visit(context, path.join(reportDir, "02-multivector-attitudes.html"), reportDir);
      await page.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
      const text = await page.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText);
      const injected = await page.$$eval("img", (images) => images.filter((image) => image.getAttribute("src") === "x").length);
      assert.ok(text.includes(HOSTILE_LABEL), "the label is not visible as text on the page");
      assert.equal(injected, 0, "the label became an <img> element");
      assert.deepEqual(result.dialogs, []);
      assert.deepEqual(result.consoleErrors, []);
      assert.deepEqual(result.outsideRequests, []);
    } finally {
      await context.close();
    }
  });
});

/**
 * Outputs as the main job wrote them before run folders: plain folders at
 * the documented paths, an executed copy and a report page of a notebook
 * that no longer exists, a leftover `.executing-*` temporary notebook and a
 * killed export's staging folder.
 */
function seedOldLayout(outputDir: string): void {
  mkdirSync(path.join(outputDir, "notebooks"), { recursive: true });
  mkdirSync(path.join(outputDir, "report"), { recursive: true });
  mkdirSync(path.join(outputDir, ".report.staging-99999"), { recursive: true });
  writeFileSync(path.join(outputDir, "notebooks", "07-removed.ipynb"), "{}");
  writeFileSync(path.join(outputDir, "notebooks", ".executing-k1ll3d.ipynb"), "{");
  writeFileSync(path.join(outputDir, "report", "07-removed.html"), "<p>stale</p>");
  writeFileSync(path.join(outputDir, "claims.csv"), "id\n");
}

/** Runs the main job in this process with data/ and output/ moved to the given folders (LWN_DATA_DIR, LWN_OUTPUT_DIR). */
async function reproduceOn(dataDir: string, outputDir: string): Promise<ReproduceSummary> {
  const saved = { LWN_DATA_DIR: process.env.LWN_DATA_DIR, LWN_OUTPUT_DIR: process.env.LWN_OUTPUT_DIR };
  process.env.LWN_DATA_DIR = dataDir;
  process.env.LWN_OUTPUT_DIR = outputDir;
  try {
    return await reproduce((line) => console.log(`      ${line}`));
  } finally {
    for (const [variable, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[variable];
      else process.env[variable] = value;
    }
  }
}

describe("a malformed wave added to the manifest, then running the main job on the same output folder", function () {
  this.timeout(900_000);
  const root = temporaryFolder("bad-wave");
  const dataDir = path.join(root, "data");
  const outputDir = path.join(root, "output");
  let refusal: unknown;
  let previous: Map<string, string>;
  let runsBefore: string[];

  before(async function () {
    previous = startFromAddedWavesRun(this, outputDir);
    runsBefore = runFolders(outputDir);
    cpSync(projectPath("data"), dataDir, { recursive: true });
    const rows = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").split("\n");
    const header = rows[0].split(",");
    const weight = header.indexOf("weight");
    const cells = rows[3].split(",");
    cells[weight] = "-0.5";
    rows[3] = cells.join(",");
    writeFileSync(path.join(dataDir, "waves", "kz-2020-bad.csv"), rows.join("\n"));
    addManifestRow(path.join(dataDir, "waves"), manifestRow("kz-2020-bad", "kz-2020-bad.csv"));
    refusal = await reproduceOn(dataDir, outputDir).then(
      () => undefined,
      (error: unknown) => error,
    );
  });

  it("stops at the wave check, before any notebook, with the check's report naming file, row and column", () => {
    assert.ok(refusal instanceof Error, "the main job did not stop");
    assert.match(refusal.message, /^the waves of the data folder are not valid, so no notebook was run/);
    assert.match(refusal.message, /kz-2020-bad: kz-2020-bad\.csv \(csv\), manifest row 4: FAILED\n {2}data\/waves\/kz-2020-bad\.csv, row 3, column "weight": weight must be a finite number ≥ 0, got "-0\.5"/);
  });

  it("leaves the previous complete outputs exactly as they were, no run folder of its own and no lock", () => {
    assert.deepEqual(documentedOutputs(outputDir), previous);
    assert.equal(existsSync(path.join(outputDir, LOCK_FILE)), false);
    assert.equal(existsSync(path.join(outputDir, FAILED_RUN_DIR)), false);
    assert.deepEqual(runFolders(outputDir), runsBefore);
  });
});

describe("a malformed file of published figures, then running the main job on the same output folder", function () {
  this.timeout(900_000);
  const root = temporaryFolder("bad-figures");
  const dataDir = path.join(root, "data");
  const outputDir = path.join(root, "output");
  let summary: ReproduceSummary;
  let previous: Map<string, string>;

  before(async function () {
    previous = startFromAddedWavesRun(this, outputDir);
    cpSync(projectPath("data"), dataDir, { recursive: true });
    const file = path.join(dataDir, "article", "context-quantifiers.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const paragraph = lines[0].split(",").indexOf("paragraph");
    assert.equal(lines[1].split(",")[paragraph], "3", "fixture: row 1's paragraph");
    lines[1] = lines[1].split(",").map((cell, i) => (i === paragraph ? "three" : cell)).join(",");
    writeFileSync(file, lines.join("\n"));
    summary = await reproduceOn(dataDir, outputDir);
  });

  it("fails the notebook that reads it, with an error naming file, row and column", () => {
    assert.equal(summary.outcome, "failed");
    assert.deepEqual(summary.failures.map((f) => path.basename(f.notebook)), ["05-context-gallup.ipynb"]);
    assert.match(summary.failures[0].failure.traceback, /context-quantifiers\.csv, row 1, column "paragraph"/);
  });

  it("leaves the previous complete outputs exactly as they were", () => {
    assert.deepEqual(documentedOutputs(outputDir), previous);
    assert.equal(existsSync(path.join(outputDir, LOCK_FILE)), false);
  });

  it("keeps its partial output apart in failed-run/, marked failed: no executed copy of the failed notebook, no ledger, no estimates file, no results of its", () => {
    const failedDir = path.join(outputDir, FAILED_RUN_DIR);
    assert.equal(summary.resultDir, failedDir);
    const marker = readMarker(failedDir);
    assert.equal(marker?.status, "failed");
    assert.match(marker?.failures.join("\n") ?? "", /05-context-gallup\.ipynb, cell \d+: .*context-quantifiers\.csv/);
    assert.equal(existsSync(path.join(failedDir, "notebooks", "05-context-gallup.ipynb")), false);
    assert.equal(existsSync(path.join(failedDir, "claims", "05-context-gallup.json")), false);
    assert.equal(existsSync(path.join(failedDir, "claims.csv")), false);
    assert.equal(existsSync(path.join(failedDir, "estimates.csv")), false);
    assert.deepEqual(summary.stageFailures.map((f) => f.stage), ["ledger", "estimates"]);
  });

  it("still runs the other notebooks and lists the failure in its report", () => {
    const failedDir = path.join(outputDir, FAILED_RUN_DIR);
    assert.ok(existsSync(path.join(failedDir, "notebooks", "02-multivector-attitudes.ipynb")));
    const index = readFileSync(path.join(failedDir, "report", "index.html"), "utf8");
    assert.match(index, /05-context-gallup\.ipynb/);
    assert.equal(summary.reportIndex, path.join(failedDir, "report", "index.html"));
  });
});

/** The text outputs of an executed notebook (the plain-text twins of its tables), joined. */
function notebookText(file: string): string {
  const notebook = JSON.parse(readFileSync(file, "utf8")) as { cells: { outputs?: { data?: Record<string, string | string[]>; text?: string | string[] }[] }[] };
  return notebook.cells.flatMap((cell) => cell.outputs ?? []).map((o) => [o.data?.["text/plain"] ?? o.text ?? ""].flat().join("")).join("\n");
}
