import { strict as assert } from "node:assert";
import { plotlyLegendLayout, plotlyText } from "../../lib/display/plotly-parts";

describe("display/plotly-parts", () => {
  it("escapes Plotly's pseudo-HTML characters", () => {
    assert.equal(plotlyText("A<B & <b>C</b>"), "A&lt;B &amp; &lt;b&gt;C&lt;/b&gt;");
  });
  it("wraps with <br> at the given width and never splits an escape", () => {
    const text = plotlyText("Share < 50% of all adults in the sample", 60, 11);
    assert.ok(text.includes("<br>"));
    assert.ok(text.startsWith("Share &lt;"));
  });
});

describe("display/plotly-parts plotlyLegendLayout", () => {
  it("keeps a legend that fits on one row horizontal", () => {
    assert.deepEqual(plotlyLegendLayout(["Men", "Women"]), { orientation: "h", height: 30 });
    assert.deepEqual(plotlyLegendLayout([]), { orientation: "h", height: 0 });
  });
  it("stacks entries one per row when they do not fit, with room for each", () => {
    const names = ["MV-01: us_opinion positive | russia_opinion positive", "MV-02: china_opinion positive | russia_opinion positive"];
    assert.deepEqual(plotlyLegendLayout(names, 300), { orientation: "v", height: 50 });
  });
});
