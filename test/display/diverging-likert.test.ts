import { strict as assert } from "node:assert";
import { divergingLikert, largestNonsubstantive, largestSide, symmetricTicks } from "../../lib/display/diverging-likert";
import { likertChart } from "./likert-fixture";

describe("display/diverging-likert", () => {
  it("orders segments from the centre outwards on each side, then non-substantive", () => {
    const chart = divergingLikert(likertChart());
    assert.deepEqual(chart.bars[0].segments.map((s) => s.position), [-1, -2, 1, 2, null]);
  });
  it("rejects no bars, an empty bar, a negative or NaN percent and a midpoint", () => {
    assert.throws(() => divergingLikert(likertChart({ bars: [] })), /no bars/);
    assert.throws(() => divergingLikert(likertChart({ bars: [{ label: "A", segments: [] }] })), /"A" has no segments/);
    assert.throws(() => divergingLikert(likertChart({ bars: [{ label: "A", segments: [{ response: "x", position: 1, percent: -1 }] }] })), /finite number ≥ 0/);
    assert.throws(() => divergingLikert(likertChart({ bars: [{ label: "A", segments: [{ response: "x", position: 1, percent: NaN }] }] })), /finite number ≥ 0/);
    assert.throws(() => divergingLikert(likertChart({ bars: [{ label: "A", segments: [{ response: "x", position: 0, percent: 1 }] }] })), /midpoint/);
  });
  it("finds the largest side and the largest non-substantive share over all bars", () => {
    const chart = likertChart();
    const sides = chart.bars.flatMap((bar) => {
      const sum = (keep: (p: number | null) => boolean): number => bar.segments.filter((s) => keep(s.position)).reduce((a, s) => a + s.percent, 0);
      return [sum((p) => p !== null && p < 0), sum((p) => p !== null && p > 0)];
    });
    assert.equal(largestSide(chart), Math.max(...sides));
    assert.equal(largestNonsubstantive(chart), 10);
  });
  it("symmetricTicks steps by 10 up to 40 and by 20 beyond", () => {
    assert.deepEqual(symmetricTicks(20), [-20, -10, 0, 10, 20]);
    assert.deepEqual(symmetricTicks(90), [-80, -60, -40, -20, 0, 20, 40, 60, 80]);
  });
});
