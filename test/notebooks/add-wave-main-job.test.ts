/**
 * Issue 5's end-to-end contract: an analyst adds waves by copying each file
 * into data/waves/ and adding one manifest row, then runs the main job. Here
 * a copy of data/ gets two waves (one CSV, one SPSS .sav; fixtures made by
 * PSPP, test/fixtures/waves) and the whole main job runs on it through
 * LWN_DATA_DIR / LWN_OUTPUT_DIR; the new waves must reach the claims ledger,
 * the trend charts and the report.
 */
import { strict as assert } from "node:assert";
import { copyFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describeSummary, reproduce, ReproduceSummary, succeeded } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";
import { addManifestRow, manifestRow } from "../waves/wave-fixtures";

describe("adding a CSV and a .sav wave by file plus manifest row, then running the main job", function () {
  this.timeout(900_000);
  const root = mkdtempSync(path.join(tmpdir(), "lwn-add-wave-"));
  const dataDir = path.join(root, "data");
  const outputDir = path.join(root, "output");
  const added = [
    { waveId: "kz-2020-added-csv", file: "kz-2020-added-csv.csv", fixture: "extra-wave.csv", start: "2020-10-01" },
    { waveId: "kz-2021-added-sav", file: "kz-2021-added-sav.sav", fixture: "extra-wave.sav", start: "2021-10-01" },
  ];
  let summary: ReproduceSummary;

  before(() => {
    cpSync(projectPath("data"), dataDir, { recursive: true });
    for (const wave of added) {
      copyFileSync(projectPath(`test/fixtures/waves/${wave.fixture}`), path.join(dataDir, "waves", wave.file));
      addManifestRow(path.join(dataDir, "waves"), manifestRow(wave.waveId, wave.file, { start: wave.start }));
    }
    const saved = { data: process.env.LWN_DATA_DIR, output: process.env.LWN_OUTPUT_DIR };
    process.env.LWN_DATA_DIR = dataDir;
    process.env.LWN_OUTPUT_DIR = outputDir;
    try {
      summary = reproduce((line) => console.log(`      ${line}`));
    } finally {
      restore("LWN_DATA_DIR", saved.data);
      restore("LWN_OUTPUT_DIR", saved.output);
    }
  });

  it("runs every notebook and step", () => {
    assert.ok(succeeded(summary), describeSummary(summary).join("\n"));
  });

  it("judges the respondent-level claims on the added waves, not on the synthetic ones", () => {
    const ledger = readFileSync(path.join(outputDir, "claims.csv"), "utf8");
    const multivector = ledger.split("\n").filter((line) => /^MV-0[1-6],/.test(line));
    assert.equal(multivector.length, 6);
    for (const line of multivector) {
      for (const wave of added) assert.ok(line.includes(wave.waveId), `${line.slice(0, 6)} does not name ${wave.waveId}`);
      assert.doesNotMatch(line, /needs respondent-level data/);
    }
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
});

function restore(variable: string, value: string | undefined): void {
  if (value === undefined) delete process.env[variable];
  else process.env[variable] = value;
}
