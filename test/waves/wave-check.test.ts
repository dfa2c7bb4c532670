import * as assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { checkWaves, passed } from "../../lib/waves/wave-check";
import { addManifestRow, cabLikeFolder, cabLikeManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("checkWaves: the data folder's waves checked as the notebooks load them, with a summary per wave", () => {
  it("passes the project's waves and summarises each (rows, design, concepts, blanks)", async () => {
    const report = await checkWaves();
    assert.ok(passed(report), report.problems.map((p) => p.message).join("\n"));
    assert.equal(report.listed, 3);
    const [first] = report.results;
    assert.equal(first.entry.waveId, "kz-2017-synthetic");
    assert.equal(first.summary?.rowsRead, 1500);
    assert.equal(first.summary?.design.strata, 8);
    assert.equal(first.summary?.design.psus, 150);
    assert.equal(first.summary?.zeroWeightRows, 0);
    assert.equal(first.summary?.conceptsNotAsked.length, 0);
    assert.equal(first.summary?.fileLabels, null);
  });

  it("summarises the CAB-like wave: the label filter, zero weights, the single-PSU stratum under adjust, concepts not asked, file labels", async () => {
    const report = await checkWaves({ sources: { manifestFile: cabLikeFolder("adjust").manifestFile } });
    assert.ok(passed(report));
    const summary = report.results[0].summary!;
    assert.deepEqual([summary.rowsRead, summary.rowsKept, summary.rowsExcluded["outside-filter"]], [500, 420, 80]);
    assert.equal(summary.filter?.description, 'COUNTRY = "Kazakhstan" (code 1 by its value label)');
    assert.equal(summary.zeroWeightRows, 3);
    assert.deepEqual(summary.design.lonelyStrata, ["5"]);
    assert.equal(summary.design.lonelyPsu, "adjust");
    assert.deepEqual([summary.design.strata, summary.design.psus, summary.design.df], [6, 41, 35]);
    assert.deepEqual(summary.conceptsNotAsked, ["russia_positive_reason_1", "russia_positive_reason_2"]);
    assert.deepEqual(summary.fileLabels, { checked: 48, agreeing: 48, unrecognised: [] });
  });

  it("goes on after a wave fails, giving each wave's first problem with file, row and column", async () => {
    const folder = temporaryWaveFolder(true);
    const bad = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").split("\n");
    const cells = bad[3].split(",");
    cells[3] = "-1";
    bad[3] = cells.join(",");
    writeFileSync(path.join(folder, "bad.csv"), bad.join("\n"));
    addManifestRow(folder, manifestRow("kz-2020-bad", "bad.csv"));
    const report = await checkWaves({ sources: { manifestFile: path.join(folder, "manifest.csv") } });
    assert.equal(passed(report), false);
    assert.deepEqual(report.results.map((r) => [r.entry.waveId, r.error === null]), [["kz-2017-synthetic", true], ["kz-2018-synthetic", true], ["kz-2019-synthetic", true], ["kz-2020-bad", false]]);
    assert.match(report.results[3].error!.message, /bad\.csv, row 3, column "weight": weight must be a finite number ≥ 0, got "-1"/);
  });

  it("checks only the waves named, by id or by file, and says which names are not in the manifest", async () => {
    const folder = temporaryWaveFolder(true);
    const manifestFile = path.join(folder, "manifest.csv");
    const report = await checkWaves({ sources: { manifestFile }, only: ["kz-2018-synthetic", path.join(folder, "kz-2019-synthetic.csv"), "nope.csv"], cwd: folder });
    assert.deepEqual(report.results.map((r) => r.entry.waveId), ["kz-2018-synthetic", "kz-2019-synthetic"]);
    assert.equal(report.problems.length, 1);
    assert.match(report.problems[0].message, /nope\.csv: not a wave of the manifest \(waves: kz-2017-synthetic = kz-2017-synthetic\.csv/);
  });

  it("reports the same wave listed twice, and real waves that cannot be pooled", async () => {
    const folder = cabLikeFolder("adjust");
    copyFileSync(folder.waveFile, path.join(folder.dir, "again.sav"));
    writeFileSync(folder.manifestFile, `${readFileSync(folder.manifestFile, "utf8")}${cabLikeManifestRow("average", { waveId: "cab-2021b", file: "again.sav", start: "2021-10-01" })}\n`);
    writeFileSync(folder.codebookFile, readFileSync(folder.codebookFile, "utf8") + readFileSync(folder.codebookFile, "utf8").split("\n").filter((line) => line.startsWith("cab-2021,")).map((line) => line.replace(/^cab-2021,/, "cab-2021b,")).join("\n") + "\n");
    const report = await checkWaves({ sources: { manifestFile: folder.manifestFile } });
    assert.ok(report.results.every((r) => r.error === null));
    const messages = report.problems.map((p) => p.message).join("\n");
    assert.match(messages, /row 2, column "file": wave cab-2021b \(file again\.sav\) holds the same respondents as wave cab-2021 .* identical contents/);
    assert.match(messages, /the real waves cannot be pooled: waves with single-PSU strata use different lonely_psu rules \(adjust, average\)/);
  });

  it("stops at a manifest it cannot read, with the manifest's error", async () => {
    const folder = temporaryWaveFolder();
    writeFileSync(path.join(folder, "manifest.csv"), "wave_id\nx\n");
    const report = await checkWaves({ sources: { manifestFile: path.join(folder, "manifest.csv") } });
    assert.equal(report.listed, 0);
    assert.match(report.problems[0].message, /manifest\.csv, row 0, column "country": required column is missing/);
  });
});
