import { PointRangeChart } from "../../lib/display/point-range";

/** A two-series chart by wave (test fixture; numbers are arbitrary). */
export function waveChart(overrides: Partial<PointRangeChart> = {}): PointRangeChart {
  return {
    title: "Favourable opinion",
    caption: "Source: fixture; 95% CI",
    yTitle: "% of adults",
    series: [
      { name: "Men", points: [{ x: "2017", estimate: 40, lower: 35, upper: 45, n: 500 }, { x: "2018", estimate: 42, lower: 37.5, upper: 46.5 }] },
      { name: "Women", points: [{ x: "2018", estimate: 52.3, lower: 48, upper: 56.6, n: 510 }, { x: "2019", estimate: 50, lower: 45, upper: 55, n: 490 }] },
    ],
    ...overrides,
  };
}
