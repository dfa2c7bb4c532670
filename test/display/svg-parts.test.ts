import { strict as assert } from "node:assert";
import { px, svgLegend, svgOpen, svgSyntheticMark, svgText, svgWrappedText, SYNTHETIC_MARK } from "../../lib/display/svg-parts";

describe("display/svg-parts", () => {
  it("px rounds to 0.1", () => {
    assert.equal(px(12.3456), "12.3");
    assert.equal(px(-0.04), "0");
    assert.equal(px(7), "7");
  });
  it("svgText escapes and puts several lines in tspans", () => {
    assert.ok(svgText(1, 2, "a<b", { size: 10 }).endsWith(">a&lt;b</text>"));
    const two = svgText(1, 2, ["one", "two"], { size: 10, anchor: "end", bold: true, halo: true }, 12);
    assert.equal((two.match(/<tspan/g) ?? []).length, 2);
    assert.ok(two.includes('dy="12"'));
    assert.ok(two.includes('text-anchor="end"') && two.includes('font-weight="bold"') && two.includes('paint-order="stroke"'));
  });
  it("svgWrappedText reports the height of its lines", () => {
    assert.equal(svgWrappedText("short", 0, 0, 500, { size: 10 }).height, 12.5);
    assert.equal(svgWrappedText("", 0, 0, 500, { size: 10 }).height, 0);
    assert.ok(svgWrappedText("word ".repeat(50), 0, 0, 100, { size: 10 }).height > 12.5);
  });
  it("svgLegend wraps onto a new row when entries do not fit", () => {
    const entries = ["Strongly negative", "Somewhat negative", "Somewhat positive"].map((label) => ({ label, swatch: "<rect/>" }));
    assert.equal(svgLegend(entries, 0, 0, 2000).height, 18);
    assert.equal(svgLegend(entries, 0, 0, 150).height, 54);
    assert.equal(svgLegend([], 0, 0, 150).height, 0);
  });
  it("svgSyntheticMark shows the synthetic-data text", () => {
    assert.ok(svgSyntheticMark(820).includes(SYNTHETIC_MARK));
  });
  it("svgOpen escapes the title and description", () => {
    const open = svgOpen(10, 10, "<t>", "&");
    assert.ok(open.includes("<title>&lt;t&gt;</title>") && open.includes("<desc>&amp;</desc>"));
  });
});
