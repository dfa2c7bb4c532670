import * as assert from "node:assert/strict";
import { loadWaves } from "../../lib/waves/load-waves";
import { calibrationReport } from "../../lib/synthetic/calibration-report";
import { loadSyntheticTargets } from "../../lib/synthetic/synthetic-targets";
import { waveSample } from "../../lib/waves/wave-sample";

describe("calibrationReport", () => {
  it("finds every target of every synthetic wave met within rounding, and flags a wave that misses", async () => {
    const { waves } = await loadWaves();
    const targets = loadSyntheticTargets();
    for (const wave of waves.filter((w) => w.entry.synthetic)) {
      const labels = new Map(wave.coding.get("russia_positive_reason_1")!.codes.map((c) => [c.code, c.label]));
      const rows = calibrationReport(waveSample(wave), targets, labels);
      assert.equal(rows.length, 15 + 4 + targets.reasonShares.size + 1);
      assert.deepEqual(rows.filter((row) => !row.withinRounding), []);
      const shifted = { ...targets, table1: new Map([...targets.table1].map(([concept, shares]) => [concept, [shares[0] + 0.02, shares[1] - 0.02, shares[2], shares[3], shares[4]] as const])) };
      assert.ok(calibrationReport(waveSample(wave), shifted, labels).some((row) => !row.withinRounding));
    }
  });
});
