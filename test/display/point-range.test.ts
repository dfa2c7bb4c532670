import { strict as assert } from "node:assert";
import { connectsPoints, percentAxisBottom, percentAxisTop, pointRange, pointRangeCategories, PointRangeChart, SYNTHETIC_TITLE_PREFIX } from "../../lib/display/point-range";
import { waveChart } from "./point-range-fixture";

describe("display/point-range", () => {
  describe("pointRange", () => {
    it("returns an equal copy for a valid chart without touching the input", () => {
      const input = waveChart();
      const chart = pointRange(input);
      assert.deepEqual(chart, input);
      chart.series[0].points[0].estimate = 99;
      assert.equal(input.series[0].points[0].estimate, 40);
    });
    it("prefixes the title of a synthetic chart once", () => {
      assert.equal(pointRange(waveChart({ synthetic: true })).title, `${SYNTHETIC_TITLE_PREFIX}Favourable opinion`);
      assert.equal(pointRange(pointRange(waveChart({ synthetic: true }))).title, `${SYNTHETIC_TITLE_PREFIX}Favourable opinion`);
      assert.equal(pointRange(waveChart({ synthetic: false })).title, "Favourable opinion");
    });
    it("accepts a zero-width interval (lower = estimate = upper)", () => {
      assert.doesNotThrow(() => pointRange(waveChart({ series: [{ name: "A", points: [{ x: "a", estimate: 0, lower: 0, upper: 0 }] }] })));
    });
    const bad: [string, Partial<PointRangeChart>, RegExp][] = [
      ["no series", { series: [] }, /no series/],
      ["a series without points", { series: [{ name: "A", points: [] }] }, /"A" has no points/],
      ["a repeated x", { series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 0, upper: 2 }, { x: "a", estimate: 1, lower: 0, upper: 2 }] }] }, /x appears twice/],
      ["NaN estimate", { series: [{ name: "A", points: [{ x: "a", estimate: NaN, lower: 0, upper: 2 }] }] }, /estimate must be a finite/],
      ["infinite upper", { series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 0, upper: Infinity }] }] }, /upper must be a finite/],
      ["lower above estimate", { series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 2, upper: 3 }] }] }, /lower ≤ estimate ≤ upper/],
      ["estimate above upper", { series: [{ name: "A", points: [{ x: "a", estimate: 4, lower: 2, upper: 3 }] }] }, /lower ≤ estimate ≤ upper/],
      ["fractional n", { series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 0, upper: 2, n: 1.5 }] }] }, /n must be a non-negative integer/],
      ["negative n", { series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 0, upper: 2, n: -1 }] }] }, /n must be a non-negative integer/],
    ];
    for (const [name, override, message] of bad) {
      it(`rejects ${name}`, () => assert.throws(() => pointRange(waveChart(override)), message));
    }
  });

  it("pointRangeCategories lists x values in order of first appearance", () => {
    assert.deepEqual(pointRangeCategories(waveChart()), ["2017", "2018", "2019"]);
  });

  describe("connectsPoints", () => {
    it("joins waves (every label has a year) and not categories", () => {
      assert.equal(connectsPoints(waveChart()), true);
      assert.equal(connectsPoints(waveChart({ series: [{ name: "A", points: [{ x: "CAB wave 5 (2018)", estimate: 1, lower: 0, upper: 2 }] }] })), true);
      assert.equal(connectsPoints(waveChart({ series: [{ name: "A", points: [{ x: "2018", estimate: 1, lower: 0, upper: 2 }, { x: "North", estimate: 1, lower: 0, upper: 2 }] }] })), false);
      assert.equal(connectsPoints(waveChart({ series: [{ name: "A", points: [{ x: "Region 12345", estimate: 1, lower: 0, upper: 2 }] }] })), false);
    });
    it("follows an explicit option", () => {
      assert.equal(connectsPoints(waveChart(), { connect: false }), false);
      assert.equal(connectsPoints(waveChart({ series: [{ name: "A", points: [{ x: "North", estimate: 1, lower: 0, upper: 2 }] }] }), { connect: true }), true);
    });
  });

  describe("axis range", () => {
    it("rounds the largest upper bound up to a multiple of 10, within [10, 100]", () => {
      assert.equal(percentAxisTop(waveChart()), 60);
      assert.equal(percentAxisTop(waveChart({ series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: 0, upper: 2 }] }] })), 10);
      assert.equal(percentAxisTop(waveChart({ series: [{ name: "A", points: [{ x: "a", estimate: 97, lower: 95, upper: 99.5 }] }] })), 100);
      assert.equal(percentAxisTop(waveChart({ series: [{ name: "A", points: [{ x: "a", estimate: 97, lower: 95, upper: 100.4 }] }] })), 110);
    });
    it("starts at 0 unless a bound is negative", () => {
      assert.equal(percentAxisBottom(waveChart()), 0);
      assert.equal(percentAxisBottom(waveChart({ series: [{ name: "A", points: [{ x: "a", estimate: 1, lower: -3, upper: 2 }] }] })), -10);
    });
  });
});
