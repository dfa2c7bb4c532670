import { strict as assert } from "node:assert";
import { plotlyPointRange } from "../../lib/display/plotly-point-range";
import { SERIES_COLOURS } from "../../lib/display/palette";
import { waveChart } from "./point-range-fixture";

describe("display/plotly-point-range", () => {
  it("draws one scatter trace per series with asymmetric error bars from the bounds", () => {
    const chart = waveChart();
    const figure = plotlyPointRange(chart);
    assert.equal(figure.data.length, chart.series.length);
    const women = figure.data[1] as any;
    assert.equal(women.type, "scatter");
    assert.equal(women.name, "Women");
    assert.deepEqual(women.x, ["2018", "2019"]);
    assert.deepEqual(women.y, [52.3, 50]);
    const point = chart.series[1].points[0];
    assert.ok(Math.abs(women.error_y.array[0] - (point.upper - point.estimate)) < 1e-12);
    assert.ok(Math.abs(women.error_y.arrayminus[0] - (point.estimate - point.lower)) < 1e-12);
    assert.equal(women.error_y.symmetric, false);
    assert.deepEqual(women.text, ["52.3%", "50%"]);
    assert.equal(women.marker.color, SERIES_COLOURS[1]);
  });
  it("joins waves with lines and leaves categories unjoined", () => {
    assert.match((plotlyPointRange(waveChart()).data[0] as any).mode, /lines/);
    assert.doesNotMatch((plotlyPointRange(waveChart(), { connect: false }).data[0] as any).mode, /lines/);
  });
  it("keeps the categories in order and puts series side by side", () => {
    const layout = plotlyPointRange(waveChart()).layout as any;
    assert.deepEqual(layout.xaxis.categoryarray, ["2017", "2018", "2019"]);
    assert.equal(layout.scattermode, "group");
    assert.deepEqual(layout.yaxis.range, [0, 60]);
  });
  it("reports n in the hover, or says it is not given", () => {
    const men = plotlyPointRange(waveChart()).data[0] as any;
    assert.deepEqual(men.customdata.map((c: string[]) => c[2]), ["500", "not given"]);
  });
  it("marks synthetic charts in the title and with an annotation", () => {
    const layout = plotlyPointRange(waveChart({ synthetic: true })).layout as any;
    assert.match(layout.title.text, /^SYNTHETIC DATA — /);
    assert.ok(layout.annotations.some((a: any) => /SYNTHETIC DATA/.test(a.text)));
    const plain = plotlyPointRange(waveChart()).layout as any;
    assert.ok(!plain.annotations.some((a: any) => /SYNTHETIC/.test(a.text)));
  });
  it("escapes markup in names and captions and wraps long captions", () => {
    const figure = plotlyPointRange(waveChart({ caption: `Source <b>x</b> ${"word ".repeat(60)}`, series: [{ name: "<i>A</i>", points: [{ x: "a", estimate: 1, lower: 0, upper: 2 }] }] }));
    assert.equal((figure.data[0] as any).name, "&lt;i&gt;A&lt;/i&gt;");
    const caption = (figure.layout as any).annotations[0].text as string;
    assert.ok(caption.startsWith("Source &lt;b&gt;x&lt;/b&gt;"));
    assert.ok(caption.split("<br>").length >= 2);
  });
  it("rejects an invalid chart", () => {
    assert.throws(() => plotlyPointRange(waveChart({ series: [] })), RangeError);
  });
});
