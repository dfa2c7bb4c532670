import { strict as assert } from "node:assert";
import { formatPercent, LIKERT_GROUPS, plotlyDivergingLikert, symmetricTicks } from "../../lib/charts/plotly-figure";
import { likertChart } from "./likert-fixture";

describe("charts/plotly-figure", () => {
  const chart = likertChart();
  const figure = plotlyDivergingLikert(chart);
  const traces = figure.data as any[];
  const layout = figure.layout as any;

  it("draws one bar trace per answer group, negatives as negative x", () => {
    assert.equal(traces.length, LIKERT_GROUPS.length);
    const strongNegative = traces.find((t) => t.name === "Strongly negative");
    assert.deepEqual(strongNegative.x, [-2, -15]);
    const dk = traces.find((t) => t.name === "Do not know / no answer");
    assert.deepEqual(dk.x, [5, 10]);
    assert.equal(dk.xaxis, "x2");
    assert.equal(layout.barmode, "relative");
  });
  it("labels wide segments inside and narrow ones with leader annotations, so every percentage appears", () => {
    const inside = traces.flatMap((t) => t.text.filter((text: string) => text !== ""));
    const outside = layout.annotations.filter((a: any) => a.showarrow).map((a: any) => a.text);
    const every = chart.bars.flatMap((bar) => bar.segments.map((s) => `${formatPercent(s.percent)}%`));
    assert.deepEqual([...inside, ...outside].sort(), every.sort());
    assert.ok(outside.length > 0);
  });
  it("labels the negative axis with absolute values", () => {
    assert.ok(layout.xaxis.ticktext.every((text: string) => !text.startsWith("-")));
    assert.equal(layout.xaxis.ticktext[0], `${Math.abs(layout.xaxis.tickvals[0])}%`);
  });
  it("wraps long item labels and orders the legend from negative to positive", () => {
    assert.ok(layout.yaxis.ticktext[1].includes("<br>"));
    const ranked = [...traces].sort((a, b) => a.legendrank - b.legendrank).map((t) => t.name);
    assert.deepEqual(ranked, ["Strongly negative", "Somewhat negative", "Somewhat positive", "Strongly positive", "Do not know / no answer"]);
  });
  it("puts the caption under the chart", () => {
    assert.ok(layout.annotations.some((a: any) => a.text === "Source: fixture; n = 1000" && a.yanchor === "top"));
  });
  it("symmetricTicks steps by 10 up to 40 and by 20 beyond", () => {
    assert.deepEqual(symmetricTicks(20), [-20, -10, 0, 10, 20]);
    assert.deepEqual(symmetricTicks(90), [-80, -60, -40, -20, 0, 20, 40, 60, 80]);
  });
  it("formatPercent keeps one decimal at most", () => {
    assert.equal(formatPercent(12.345), "12.3");
    assert.equal(formatPercent(39), "39");
    assert.equal(formatPercent(0.05), "0.1");
  });
});
