import { strict as assert } from "node:assert";
import { svgPointRange } from "../../lib/display/svg-point-range";
import { waveChart } from "./point-range-fixture";

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

describe("display/svg-point-range", () => {
  it("is a standalone SVG with one interval group per point and every estimate labelled", () => {
    const chart = waveChart();
    const svg = svgPointRange(chart);
    assert.ok(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert.ok(svg.endsWith("</svg>"));
    const points = chart.series.flatMap((s) => s.points);
    assert.equal(count(svg, /<g><title>/g), points.length);
    for (const point of points) assert.ok(svg.includes(`>${point.estimate}%</text>`), `label of ${point.estimate}`);
  });
  it("describes every point with its interval and n in the tooltips", () => {
    const svg = svgPointRange(waveChart());
    assert.ok(svg.includes("Men, 2017: 40% (interval 35–45%, n = 500)"));
    assert.ok(svg.includes("Men, 2018: 42% (interval 37.5–46.5%)"));
  });
  it("draws lines across waves only", () => {
    assert.equal(count(svgPointRange(waveChart()), /<polyline/g), 2);
    assert.equal(count(svgPointRange(waveChart(), { connect: false }), /<polyline/g), 0);
  });
  it("carries a visible synthetic-data mark only when synthetic", () => {
    const synthetic = svgPointRange(waveChart({ synthetic: true }));
    assert.ok(synthetic.includes("SYNTHETIC DATA — not survey results"));
    assert.ok(synthetic.includes("<title>SYNTHETIC DATA — Favourable opinion</title>"));
    assert.ok(!svgPointRange(waveChart()).includes("SYNTHETIC"));
  });
  it("escapes text from the model", () => {
    const svg = svgPointRange(waveChart({ title: "<script>alert(1)</script>", series: [{ name: "a&b", points: [{ x: "<x>", estimate: 1, lower: 0, upper: 2 }] }] }));
    assert.ok(!svg.includes("<script>"));
    assert.ok(svg.includes("&lt;script&gt;"));
    assert.ok(svg.includes("a&amp;b"));
    assert.ok(!svg.includes("<x>"));
  });
  it("wraps a long caption onto several lines and grows the height to fit", () => {
    const short = svgPointRange(waveChart());
    const long = svgPointRange(waveChart({ caption: "Source: a long caption. ".repeat(20) }));
    const height = (svg: string): number => Number(/height="([\d.]+)"/.exec(svg)![1]);
    assert.ok(height(long) > height(short));
    assert.ok(count(long, /<tspan/g) >= 3);
  });
});
