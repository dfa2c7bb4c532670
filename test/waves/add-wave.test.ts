/**
 * The contract of issue 5: adding a survey wave takes its file plus one
 * manifest row (plus codebook rows when its question ids or codes differ).
 * Each test works on a temporary copy of data/waves, adds a wave exactly as
 * an analyst would, and runs what the notebooks run (02: loadWaves →
 * evidenceSample → claim results; 06: wave estimates, trend charts, changes
 * between waves). The fixture wave (test/fixtures/waves, made by PSPP) is
 * deliberately less favourable to Russia than the memo, so its arrival must
 * show as a significant change.
 */
import * as assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import { associationClaimResults, crossTabClaimResults, evidenceSample } from "../../lib/wave-analyses/multivector-claims";
import { consecutiveWaveDifferences, CROSS_TAB_TREND_MEASURES, TABLE1_TREND_MEASURES, trendChart, trendWaves, waveEstimates } from "../../lib/wave-analyses/wave-trends";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

async function runWaveNotebooks(folder: string) {
  const collection = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
  const evidence = evidenceSample(collection.waves);
  const claims = [...crossTabClaimResults(evidence), ...associationClaimResults(evidence)];
  const trend = trendWaves(collection.waves);
  const measures = [...TABLE1_TREND_MEASURES, ...CROSS_TAB_TREND_MEASURES];
  const rows = waveEstimates(trend.trend, measures);
  return { collection, evidence, claims, trend, rows, chart: trendChart("t", rows, "c"), differences: consecutiveWaveDifferences(trend.trend, measures) };
}

for (const format of ["csv", "sav"] as const) {
  describe(`adding a ${format.toUpperCase()} wave by file plus one manifest row`, () => {
    let result: Awaited<ReturnType<typeof runWaveNotebooks>>;
    const waveId = `kz-2020-added-${format}`;

    before(async () => {
      const folder = temporaryWaveFolder(true);
      copyFileSync(projectPath(`test/fixtures/waves/extra-wave.${format}`), path.join(folder, `${waveId}.${format}`));
      addManifestRow(folder, manifestRow(waveId, `${waveId}.${format}`, { start: "2020-10-01" }));
      result = await runWaveNotebooks(folder);
    });

    it("loads the new wave after the synthetic ones, with its rows accounted for", () => {
      const added = result.collection.waves[result.collection.waves.length - 1];
      assert.equal(added.entry.waveId, waveId);
      assert.equal(added.entry.synthetic, false);
      assert.deepEqual(added.accounting, { rowsRead: 300, rowsKept: 300, rowsExcluded: { "outside-filter": 0 } });
    });

    it("judges the claims' respondent-level layer on the real wave, not on the synthetic ones", () => {
      assert.equal(result.evidence.sample?.id, waveId);
      assert.deepEqual(result.claims.map((claim) => claim.id), ["MV-01", "MV-02", "MV-03", "MV-04", "MV-05", "MV-06"]);
      for (const claim of result.claims) {
        assert.equal(claim.verdict, "needs respondent-level data", "the printed figures alone cannot check it");
        assert.deepEqual(claim.respondent?.waves, [waveId]);
        assert.equal(claim.respondent?.synthetic, false);
        assert.ok(["reproduced", "consistent within sampling error", "not reproduced"].includes(claim.respondent!.verdict), claim.respondent!.verdict);
        assert.doesNotMatch(claim.respondent!.detail, /SYNTHETIC waves were/);
      }
    });

    it("draws the trend on the real wave only, the SYNTHETIC series apart", () => {
      for (const series of result.chart.series) assert.deepEqual(series.points.map((p) => p.x), [waveId]);
      assert.equal(result.chart.synthetic, false);
      assert.deepEqual(result.trend.apart.map((wave) => wave.entry.synthetic), [true, true, true]);
    });

    it("tests no change from a SYNTHETIC wave to the real one (one real wave: nothing to test)", () => {
      assert.deepEqual(result.differences, []);
    });
  });
}

describe("adding a wave whose question ids differ: file, manifest row and codebook rows", () => {
  it("reads the renamed column through the wave's own codebook rows", async () => {
    const folder = temporaryWaveFolder(true);
    const csv = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").replace("q_opinion_usa", "Q7_USA");
    writeFileSync(path.join(folder, "kz-2021.csv"), csv);
    addManifestRow(folder, manifestRow("kz-2021", "kz-2021.csv", { start: "2021-10-01" }));
    await assert.rejects(loadWaves({ manifestFile: path.join(folder, "manifest.csv") }), (error: unknown) => error instanceof DataError && error.code === "column-missing" && error.location.column === "q_opinion_usa");
    const codebook = path.join(folder, "codebook.csv");
    const usRows = readFileSync(codebook, "utf8").split("\n").filter((line) => line.startsWith("*,us_opinion,"));
    writeFileSync(codebook, readFileSync(codebook, "utf8") + usRows.map((line) => line.replace("*,us_opinion,q_opinion_usa", "kz-2021,us_opinion,Q7_USA")).join("\n") + "\n");
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const added = waves.find((wave) => wave.entry.waveId === "kz-2021")!;
    assert.equal(added.coding.get("us_opinion")!.questionId, "Q7_USA");
    assert.equal(added.accounting.rowsKept, 300);
  });
});

describe("adding a malformed wave", () => {
  it("fails with the documented error naming the new file, row and column, and returns no wave at all", async () => {
    const folder = temporaryWaveFolder(true);
    const lines = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").split("\n");
    const cells = lines[9].split(",");
    cells[3] = "-0.5";
    lines[9] = cells.join(",");
    writeFileSync(path.join(folder, "bad.csv"), lines.join("\n"));
    addManifestRow(folder, manifestRow("bad", "bad.csv"));
    await assert.rejects(
      runWaveNotebooks(folder),
      (error: unknown) => error instanceof DataError && error.code === "weight-invalid" && error.location.file === path.join(folder, "bad.csv") && error.location.row === 9 && error.location.column === "weight",
    );
  });
});
