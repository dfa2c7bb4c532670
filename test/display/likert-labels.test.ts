import { strict as assert } from "node:assert";
import { divergingLikert } from "../../lib/display/diverging-likert";
import { likertLabelLayout } from "../../lib/display/likert-labels";
import { textWidth } from "../../lib/display/text-width";
import { likertChart } from "./likert-fixture";

describe("display/likert-labels", () => {
  const scale = 2.4;
  const layout = likertLabelLayout(divergingLikert(likertChart()), scale, 11);

  it("places every non-zero segment once, stacked outwards from zero", () => {
    const first = layout[0];
    assert.equal(first.length, 5);
    const byResponse = new Map(first.map((s) => [s.segment.response, s]));
    assert.deepEqual([byResponse.get("Somewhat unfavorable")!.from, byResponse.get("Somewhat unfavorable")!.to], [0, -6]);
    assert.deepEqual([byResponse.get("Very unfavorable")!.from, byResponse.get("Very unfavorable")!.to], [-6, -8]);
    assert.deepEqual([byResponse.get("Very favorable")!.from, byResponse.get("Very favorable")!.to], [48, 87]);
    assert.equal(byResponse.get("Do not know")!.panel, "nonsubstantive");
  });
  it("puts a label inside exactly when it fits with 6 px of padding", () => {
    for (const placed of layout.flat()) {
      const fits = placed.segment.percent * scale >= textWidth(placed.label, 11) + 6;
      assert.equal(placed.placement, fits ? "inside" : "outside", placed.label);
    }
    assert.ok(layout[0].some((s) => s.placement === "outside"));
  });
  it("keeps outside labels apart and on their own side of zero", () => {
    const outside = layout[0].filter((s) => s.placement === "outside" && s.panel === "diverging");
    assert.equal(outside.length, 2);
    const halfWidths = outside.map((s) => textWidth(s.label, 11) / 2 / scale);
    assert.ok(outside[0].labelAt + halfWidths[0] <= 0);
    assert.ok(outside[1].labelAt + halfWidths[1] <= outside[0].labelAt - halfWidths[0] + 1e-9, "labels overlap");
  });
  it("gives 0% segments no label", () => {
    const chart = likertChart({ bars: [{ label: "A", segments: [{ response: "x", position: -1, percent: 0 }, { response: "y", position: 1, percent: 50 }] }] });
    assert.deepEqual(likertLabelLayout(divergingLikert(chart), scale, 11)[0].map((s) => s.label), ["50%"]);
  });
  it("rejects non-positive scales", () => {
    assert.throws(() => likertLabelLayout(divergingLikert(likertChart()), 0, 11), RangeError);
  });
});
