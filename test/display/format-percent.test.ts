import { strict as assert } from "node:assert";
import { formatPercent } from "../../lib/display/format-percent";

describe("display/format-percent", () => {
  it("formatPercent keeps one decimal at most", () => {
    assert.equal(formatPercent(12.345), "12.3");
    assert.equal(formatPercent(39), "39");
    assert.equal(formatPercent(0.05), "0.1");
  });
  it("rounds half away from zero at the first decimal as Math.round does (12.25 → 12.3)", () => {
    assert.equal(formatPercent(12.25), "12.3");
    assert.equal(formatPercent(-0.04), "0");
  });
});
