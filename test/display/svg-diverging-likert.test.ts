import { strict as assert } from "node:assert";
import { formatPercent } from "../../lib/display/format-percent";
import { svgDivergingLikert } from "../../lib/display/svg-diverging-likert";
import { likertChart } from "./likert-fixture";

describe("display/svg-diverging-likert", () => {
  const chart = likertChart();
  const svg = svgDivergingLikert(chart);

  it("is a standalone SVG with one rectangle per segment", () => {
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    const segments = chart.bars.reduce((n, bar) => n + bar.segments.length, 0);
    assert.equal((svg.match(/<rect [^>]*><title>/g) ?? []).length, segments);
  });
  it("prints every percentage, narrow segments with a leader line", () => {
    const labels = [...svg.matchAll(/>(\d+(?:\.\d)?%)<\/text>/g)].map((m) => m[1]);
    for (const bar of chart.bars) for (const s of bar.segments) assert.ok(labels.includes(`${formatPercent(s.percent)}%`), `${s.percent}%`);
    assert.ok(/<line [^>]*stroke="#555"/.test(svg), "no leader line");
  });
  it("labels the axis with absolute values only", () => {
    assert.ok(!/>-\d+%</.test(svg));
  });
  it("wraps a long item label on two lines and keeps the full text in a tooltip", () => {
    assert.ok(svg.includes(`<title>${chart.bars[1].label}</title>`));
    assert.ok(/<g><title>Agreement[^<]*<\/title><text[^>]*><tspan[^>]*>[^<]+<\/tspan><tspan/.test(svg));
  });
  it("escapes text from the model", () => {
    const hostile = svgDivergingLikert(likertChart({ title: "<script>x</script>", caption: "a & b" }));
    assert.ok(!hostile.includes("<script>"));
    assert.ok(hostile.includes("a &amp; b"));
  });
});
