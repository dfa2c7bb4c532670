import { strict as assert } from "node:assert";
import { describePercent, describeShare, inPercent } from "../../lib/wave-analyses/respondent-layers";

describe("respondent-layers: estimates as text and in percent", () => {
  const share = { estimate: 0.868, ciLow: 0.851, ciHigh: 0.883, n: 4498 };

  it("inPercent multiplies the estimate and its interval by 100", () => {
    const percent = inPercent(share);
    assert.ok(Math.abs(percent.estimate - 86.8) < 1e-12 && Math.abs(percent.lower - 85.1) < 1e-12 && Math.abs(percent.upper - 88.3) < 1e-12);
  });

  it("describePercent gives the share and its 95% interval to one decimal; describeShare adds the base", () => {
    assert.equal(describePercent(share), "86.8% (95% CI 85.1–88.3)");
    assert.equal(describeShare(share), "86.8% (95% CI 85.1–88.3; n = 4498)");
  });
});
