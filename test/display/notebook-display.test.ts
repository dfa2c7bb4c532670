import { strict as assert } from "node:assert";
import { chartBundle, PLOTLY_MIME, pointRangeRows, showPointRange, svgImageHtml } from "../../lib/display/notebook-display";
import { waveChart } from "./point-range-fixture";

/** Runs `action` and returns what it printed with console.log. */
function printed(action: () => void): string {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    action();
  } finally {
    console.log = original;
  }
  return lines.join("\n");
}

describe("display/notebook-display", () => {
  it("chartBundle holds Plotly JSON, the SVG as HTML image and as SVG, and text in one bundle", () => {
    const bundle = chartBundle({ data: [], layout: {} }, "<svg/>", "Title\nrest");
    assert.deepEqual(Object.keys(bundle), [PLOTLY_MIME, "text/html", "image/svg+xml", "text/plain"]);
    assert.equal(bundle["text/html"], svgImageHtml("<svg/>", "Title"));
  });
  it("svgImageHtml embeds the SVG as a data URL that decodes to it, with escaped alt text", () => {
    const svg = "<svg xmlns='http://www.w3.org/2000/svg'><text>Россия &amp; 48%</text></svg>";
    const html = svgImageHtml(svg, 'a "b" <c>');
    assert.ok(html.includes('alt="a &quot;b&quot; &lt;c&gt;"'));
    const base64 = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)![1];
    assert.equal(Buffer.from(base64, "base64").toString("utf8"), svg);
  });
  it("pointRangeRows has one row per point with the interval and n formatted", () => {
    const chart = waveChart();
    const rows = pointRangeRows(chart);
    assert.equal(rows.length, chart.series.reduce((n, s) => n + s.points.length, 0));
    assert.deepEqual(rows[0], { series: "Men", x: "2017", estimate: "40", interval: "[35, 45]", n: "500" });
    assert.equal(rows[1].n, "");
  });
  it("showPointRange outside a kernel prints the chart as text, synthetic title included", () => {
    const text = printed(() => showPointRange(waveChart({ synthetic: true })));
    assert.ok(text.startsWith("SYNTHETIC DATA — Favourable opinion"));
    assert.ok(text.includes("Women, 2018: 52.3% ([48, 56.6]), n = 510"));
  });
  it("showPointRange refuses an invalid chart before displaying anything", () => {
    let text = "";
    assert.throws(() => (text = printed(() => showPointRange(waveChart({ series: [] })))), RangeError);
    assert.equal(text, "");
  });
});
