import * as assert from "node:assert/strict";
import { consecutiveWaveDifferences, describeWaveChanges, holmAdjust, trendChart, WaveDifferenceRow, WaveEstimateRow } from "../../lib/wave-analyses/wave-trends";

const row = (measure: string, wave: string, percent: number, se: number, synthetic = false): WaveEstimateRow => ({ measure, wave, synthetic, percent, se, lower: percent - 2 * se, upper: percent + 2 * se, n: 100 });

describe("holmAdjust", () => {
  it("equals R's p.adjust(method = 'holm')", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) => assert.ok(Math.abs(adjusted[i] - expected) < 1e-12));
    assert.deepEqual(holmAdjust([]), []);
  });
});

describe("consecutiveWaveDifferences", () => {
  it("tests later minus earlier with SE √(se₁² + se₂²), consecutive waves only, flagging after Holm", () => {
    const rows = [row("a", "w1", 50, 3), row("a", "w2", 54, 4), row("a", "w3", 30, 4, true), row("b", "w1", 10, 1), row("b", "w2", 10.5, 1)];
    const differences = consecutiveWaveDifferences(rows);
    assert.deepEqual(differences.map((d) => [d.measure, d.from, d.to]), [["a", "w1", "w2"], ["a", "w2", "w3"], ["b", "w1", "w2"]]);
    assert.equal(differences[0].change, 4);
    assert.equal(differences[0].se, 5);
    assert.equal(differences[0].significant, false);
    assert.equal(differences[1].change, -24);
    assert.equal(differences[1].significant, true);
    assert.equal(differences[1].synthetic, true);
    assert.ok(differences.every((d) => d.holmP >= d.pValue));
  });
});

describe("trendChart", () => {
  it("draws one series per measure and one point per wave, marked synthetic when any wave is", () => {
    const chart = trendChart("T", [row("a", "w1", 50, 3), row("a", "w2", 54, 4, true)], "C");
    assert.equal(chart.synthetic, true);
    assert.deepEqual(chart.series.map((s) => s.points.map((p) => p.x)), [["w1", "w2"]]);
    assert.equal(trendChart("T", [row("a", "w1", 50, 3)], "C").synthetic, false);
  });
});

describe("describeWaveChanges", () => {
  const change = (measure: string, change: number, significant: boolean, synthetic = false): WaveDifferenceRow => ({
    measure, from: "2018", to: "2019", synthetic, change, se: 1, z: change, pValue: 0.5, holmP: significant ? 0.01 : 0.5, significant,
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
