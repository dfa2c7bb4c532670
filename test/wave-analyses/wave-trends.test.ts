import * as assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { designDegreesOfFreedom } from "../../lib/survey";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveCollection } from "../../lib/waves/wave-data";
import { poolWaves } from "../../lib/waves/wave-sample";
import {
  consecutiveWaveDifferences,
  CROSS_TAB_TREND_MEASURES,
  describeWaveChanges,
  holmAdjust,
  TABLE1_TREND_MEASURES,
  trendChart,
  trendWaves,
  WaveDifferenceRow,
  waveEstimates,
} from "../../lib/wave-analyses/wave-trends";
import { addManifestRow, CAB_LIKE, cabLikeManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("holmAdjust", () => {
  it("equals R's p.adjust(method = 'holm')", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) => assert.ok(Math.abs(adjusted[i] - expected) < 1e-12));
    assert.deepEqual(holmAdjust([]), []);
  });
});

describe("trends on the project's SYNTHETIC waves and on an added real wave", () => {
  let synthetic: WaveCollection;
  let withReal: WaveCollection;
  before(async () => {
    synthetic = await loadWaves();
    const folder = temporaryWaveFolder(true);
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "kz-2020-real.csv"));
    addManifestRow(folder, manifestRow("kz-2020-real", "kz-2020-real.csv", { start: "2020-10-01" }));
    // A second, different real wave (the same wave listed twice is refused): the CAB-like .sav of test/fixtures/waves.
    copyFileSync(projectPath(CAB_LIKE.sav), path.join(folder, "kz-2021-real.sav"));
    addManifestRow(folder, cabLikeManifestRow("adjust", { waveId: "kz-2021-real", file: "kz-2021-real.sav", start: "2021-10-01" }));
    const codebook = path.join(folder, "codebook.csv");
    const rows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n").replace(/^cab-2021,/gm, "kz-2021-real,");
    writeFileSync(codebook, readFileSync(codebook, "utf8") + rows);
    withReal = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
  });

  it("uses the SYNTHETIC series while no real wave is listed, and the real waves only once one is, the synthetic ones apart", () => {
    const alone = trendWaves(synthetic.waves);
    assert.equal(alone.synthetic, true);
    assert.deepEqual(alone.apart, []);
    const mixed = trendWaves(withReal.waves);
    assert.equal(mixed.synthetic, false);
    assert.deepEqual(mixed.trend.map((w) => w.entry.waveId), ["kz-2020-real", "kz-2021-real"]);
    assert.deepEqual(mixed.apart.map((w) => w.entry.waveId), ["kz-2017-synthetic", "kz-2018-synthetic", "kz-2019-synthetic"]);
  });

  it("never tests a SYNTHETIC wave against a real one", () => {
    assert.throws(() => consecutiveWaveDifferences(withReal.waves, TABLE1_TREND_MEASURES), /mixes SYNTHETIC and real waves/);
  });

  it("tests later minus earlier by the design-based t test on the two waves pooled: the difference of the two shares, SE² = SE₁² + SE₂², df = degf − 1", () => {
    const series = trendWaves(synthetic.waves).trend;
    const rows = waveEstimates(series, TABLE1_TREND_MEASURES);
    const differences = consecutiveWaveDifferences(series, TABLE1_TREND_MEASURES);
    assert.deepEqual(differences.map((d) => [d.from, d.to]).slice(0, 2), [["kz-2017-synthetic", "kz-2018-synthetic"], ["kz-2018-synthetic", "kz-2019-synthetic"]]);
    assert.equal(differences.length, 2 * TABLE1_TREND_MEASURES.length);
    const [first] = differences;
    const earlier = rows.find((r) => r.measure === first.measure && r.wave === first.from)!;
    const later = rows.find((r) => r.measure === first.measure && r.wave === first.to)!;
    assert.ok(Math.abs(first.change - (later.percent - earlier.percent)) < 1e-9);
    assert.ok(Math.abs(first.se - Math.hypot(earlier.se, later.se)) < 1e-9, `${first.se} vs ${Math.hypot(earlier.se, later.se)}`);
    assert.equal(first.df, designDegreesOfFreedom(poolWaves(series.slice(0, 2)).design) - 1);
    assert.equal(first.row.measure, "positive_later_minus_earlier");
    assert.deepEqual(first.row.waves, ["kz-2017-synthetic", "kz-2018-synthetic"]);
    assert.ok(differences.every((d) => d.holmP >= d.pValue && d.synthetic));
  });

  it("tests the cross-tabulations in their domain (positive on the Russia item)", () => {
    const series = trendWaves(withReal.waves).trend;
    const rows = waveEstimates(series, CROSS_TAB_TREND_MEASURES);
    const [first] = consecutiveWaveDifferences(series, CROSS_TAB_TREND_MEASURES);
    const earlier = rows.find((r) => r.measure === first.measure && r.wave === first.from)!;
    const later = rows.find((r) => r.measure === first.measure && r.wave === first.to)!;
    assert.ok(Math.abs(first.change - (later.percent - earlier.percent)) < 1e-9);
    assert.equal(first.row.domain, "russia_opinion=positive");
  });

  it("names the series in plain words, and draws one point per wave, marked synthetic when any wave is", () => {
    const rows = waveEstimates(synthetic.waves, TABLE1_TREND_MEASURES);
    const chart = trendChart("T", rows, "C");
    assert.deepEqual(chart.series.map((s) => s.name), ["Favourable opinion of Russia", "Support closer economic relations with Russia", "Agree that joining the EEU benefitted the economy"]);
    assert.equal(chart.synthetic, true);
    assert.equal(chart.yTitle, "% of respondents (weighted)");
    assert.equal(trendChart("T", rows, "C", "% of those positive on Russia").yTitle, "% of those positive on Russia");
    assert.ok(CROSS_TAB_TREND_MEASURES.every((m) => !/_/.test(m.name)), "no concept ids in the series names");
  });
});

describe("describeWaveChanges", () => {
  const change = (measure: string, change: number, significant: boolean, synthetic = false): WaveDifferenceRow => ({
    measure, from: "2018", to: "2019", synthetic, change, se: 1, t: change, df: 100, pValue: 0.5, holmP: significant ? 0.01 : 0.5, significant,
    row: { claimIds: [], waves: ["2018", "2019"], synthetic, concept: "c", measure: "m", domain: "", base: "all", estimate: change / 100, se: 0.01, ciLow: -1, ciHigh: 1, df: 100, n: 10, deff: null },
  });
  it("says no change is significant, and why for SYNTHETIC waves", () => {
    assert.equal(describeWaveChanges([change("a", 1, false), change("b", -1, false)], false), "No change between consecutive waves is significant (Holm-adjusted p < 0.05) among 2 comparisons.");
    assert.match(describeWaveChanges([change("a", 1, false)], true), /comparisons\. Expected for the SYNTHETIC waves: each was calibrated to the same published figures\.$/);
  });
  it("lists the significant changes with sign and size, measure escaped", () => {
    assert.equal(
      describeWaveChanges([change("russia_opinion: positive", 4.25, true, true), change("b", -3.04, true), change("c", 1, false)], true),
      "**Significant changes** (Holm-adjusted p < 0.05): russia\\_opinion: positive, 2018 → 2019: +4.3 points (SYNTHETIC); b, 2018 → 2019: -3.0 points.",
    );
  });
});
