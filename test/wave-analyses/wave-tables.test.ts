import { strict as assert } from "node:assert";
import type { Candidate, PrintedFigure } from "../../lib/wave-analyses/candidate-evidence";
import type { Estimate } from "../../lib/wave-analyses/estimates-file";
import { candidateRows, changeRows, percentCell, pointsCell, pValueCell, trendRows } from "../../lib/wave-analyses/wave-tables";

const estimate: Estimate = { claimIds: [], waves: ["w"], synthetic: false, concept: "c", measure: "positive", domain: "", base: "all", estimate: 0.39, se: 0.0094, ciLow: 0.372, ciHigh: 0.4087, df: 142, n: 1500, deff: 1.376 };

describe("wave-tables", () => {
  it("formats shares, differences and p-values once, for every table", () => {
    assert.equal(percentCell(estimate), "39.0 (37.2–40.9)");
    assert.equal(pointsCell({ estimate: 0.09, ciLow: 0.057, ciHigh: 0.123 }), "+9.0 (5.7 to 12.3)");
    assert.equal(pointsCell({ estimate: -0.039, ciLow: -0.071, ciHigh: -0.007 }), "-3.9 (-7.1 to -0.7)");
    assert.equal(pValueCell(0.0004), "< 0.001");
    assert.equal(pValueCell(0.0312), "0.031");
  });
  it("gives every plotted point its SE, n, design df and design effect, and says SYNTHETIC", () => {
    assert.deepEqual(trendRows([{ measure: "Favourable opinion of Russia", wave: "w", synthetic: true, row: estimate }]), [
      { series: "Favourable opinion of Russia", wave: "w", "% (95% CI)": "39.0 (37.2–40.9)", "SE (points)": "0.94", n: "1500", "design df": "142", deff: "1.38", data: "SYNTHETIC" },
    ]);
    const [change] = changeRows([{ measure: "m", from: "a", to: "b", synthetic: false, t: -2.4, df: 283, pValue: 0.016, holmP: 0.2, significant: false, row: { ...estimate, estimate: -0.039, ciLow: -0.071, ciHigh: -0.007, se: 0.0162 } }]);
    assert.equal(change["change (points, 95% CI)"], "-3.9 (-7.1 to -0.7)");
    assert.equal(change["Holm p"], "0.200");
    assert.equal(change.data, "survey data");
  });
  it("lays candidate evidence out as one row per figure and base, one column per pooling, ✓ where the estimate rounds to the memo", () => {
    const figure: PrintedFigure = { figure: "Table 1 · x · Very", claimIds: ["T1-07"], printed: 39, concept: "c", measure: "1", domain: "", bases: ["all"] };
    const candidate = (label: string, value: number, rounds: boolean): Candidate => ({ figure, pooling: { label, waveIds: [label], synthetic: false }, estimate: { ...estimate, estimate: value }, rounds, outcome: rounds ? "reproduced" : "not reproduced" });
    assert.deepEqual(candidateRows([candidate("a", 0.3904, true), candidate("a + b (pooled)", 0.3851, false)]), [
      { figure: "Table 1 · x · Very", memo: "39", base: "all", a: "39.0 ✓", "a + b (pooled)": "38.5", gives: "1 of 2" },
    ]);
  });
});
