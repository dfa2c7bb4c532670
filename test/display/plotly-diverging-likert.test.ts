import { strict as assert } from "node:assert";
import { LIKERT_GROUPS } from "../../lib/display/diverging-likert";
import { formatPercent } from "../../lib/display/format-percent";
import { plotlyDivergingLikert } from "../../lib/display/plotly-diverging-likert";
import { likertChart } from "./likert-fixture";

describe("display/plotly-diverging-likert", () => {
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
});
