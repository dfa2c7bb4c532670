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
  distributionTests,
  holmAdjust,
  TABLE1_TREND_MEASURES,
  trendChart,
  trendWaves,
  WaveDifferenceRow,
  waveComparisons,
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
    assert.equal(describeWaveChanges([change("a", 1, false), change("b", -1, false)], false), "No change between waves is significant (Holm-adjusted p < 0.05) among 2 comparisons.");
    assert.match(describeWaveChanges([change("a", 1, false)], true), /comparisons\. Expected for the SYNTHETIC waves: each was calibrated to the same published figures\.$/);
  });
  it("lists the significant changes with sign and size, measure escaped", () => {
    assert.equal(
      describeWaveChanges([change("russia_opinion: positive", 4.25, true, true), change("b", -3.04, true), change("c", 1, false)], true),
      "**Significant changes** (Holm-adjusted p < 0.05): russia\\_opinion: positive, 2018 → 2019: +4.3 points (SYNTHETIC); b, 2018 → 2019: -3.0 points.",
    );
  });
});

describe("tests between waves against R (test/fixtures/waves/make-wave-tests-reference.R, the three SYNTHETIC waves)", () => {
  const R = JSON.parse(readFileSync(projectPath("test/fixtures/waves/wave-tests-r-reference.json"), "utf8"));
  const close = (ours: number, theirs: number, relative = 1e-6) => Math.abs(ours - theirs) <= relative * Math.max(1e-12, Math.abs(theirs));
  let synthetic: WaveCollection;
  before(async () => {
    synthetic = await loadWaves();
  });

  it("gives the Rao–Scott F of each item's whole distribution across the waves as R's svychisq(~wave + answer, pooled, statistic = 'F')", () => {
    const series = trendWaves(synthetic.waves).trend;
    const tests = distributionTests(series, [...TABLE1_TREND_MEASURES, CROSS_TAB_TREND_MEASURES[0]]);
    assert.equal(tests.length, 4);
    for (const test of tests) {
      const key = test.domain === "" ? test.concept : `${test.concept}|${test.domain}`;
      const r = R.distribution[key];
      assert.ok(r, key);
      assert.ok(close(test.f, r.f) && close(test.ndf, r.ndf) && close(test.ddf, r.ddf), `${key}: F ${test.f} (${test.ndf}, ${test.ddf}) vs ${r.f} (${r.ndf}, ${r.ddf})`);
      assert.ok(Math.abs(test.pValue - r.p) < 1e-9, key);
      assert.deepEqual(test.waves, ["kz-2017-synthetic", "kz-2018-synthetic", "kz-2019-synthetic"]);
    }
    // Holm over the four tests: each adjusted p at least its own
    assert.ok(tests.every((t) => t.holmP >= t.pValue && !t.significant));
  });

  it("adds the first-to-last comparison, equal to R's svyttest(positive ~ wave) on the first and last waves pooled, and adjusts by Holm over all comparisons", () => {
    const series = trendWaves(synthetic.waves).trend;
    const rows = waveComparisons(series, TABLE1_TREND_MEASURES);
    // per item: 2017→2018, 2018→2019 consecutive and 2017→2019 first to last
    assert.equal(rows.length, 3 * 3);
    const firstToLast = rows.filter((r) => r.comparison === "first to last");
    assert.deepEqual(firstToLast.map((r) => [r.from, r.to]), new Array(3).fill(["kz-2017-synthetic", "kz-2019-synthetic"]));
    for (const row of firstToLast) {
      const r = R.firstToLast[row.row.concept];
      assert.ok(Math.abs(row.row.estimate - r.estimate) < 1e-10 && close(row.t, r.t) && row.df === r.df && Math.abs(row.pValue - r.p) < 1e-9, row.row.concept);
    }
    const holm = holmAdjust(rows.map((r) => r.pValue));
    rows.forEach((row, i) => assert.equal(row.holmP, holm[i]));
    // with two waves there is no separate first-to-last comparison
    assert.equal(waveComparisons(series.slice(0, 2), TABLE1_TREND_MEASURES).filter((r) => r.comparison === "first to last").length, 0);
  });

  it("refuses a series that mixes SYNTHETIC and real waves", () => {
    const fake = [{ ...synthetic.waves[0], entry: { ...synthetic.waves[0].entry, synthetic: false } }, synthetic.waves[1]];
    assert.throws(() => distributionTests(fake, TABLE1_TREND_MEASURES), /mixes SYNTHETIC and real waves/);
    assert.throws(() => waveComparisons(fake, TABLE1_TREND_MEASURES), /mixes SYNTHETIC and real waves/);
  });
});
