import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { likertBoxes } from "../../lib/article/likert-boxes";

function item(id: string, percents: [number, number, number, number, number]) {
  // order: +2, +1, DK, -1, -2 (as in the memo's Table 1)
  return [
    { item_id: id, kind: "substantive", scale_position: 2, percent: percents[0] },
    { item_id: id, kind: "substantive", scale_position: 1, percent: percents[1] },
    { item_id: id, kind: "nonsubstantive", scale_position: NaN, percent: percents[2] },
    { item_id: id, kind: "substantive", scale_position: -1, percent: percents[3] },
    { item_id: id, kind: "substantive", scale_position: -2, percent: percents[4] },
  ];
}

describe("likertBoxes", () => {
  it("sums top and bottom boxes and keeps non-substantive answers apart", () => {
    const boxes = likertBoxes(aq.from([...item("a", [10, 20, 30, 25, 15]), ...item("b", [1, 2, 3, 4, 90])]));
    assert.deepEqual(boxes[0], {
      item_id: "a",
      positive: 30,
      negative: 40,
      nonsubstantive: 30,
      strong_positive: 10,
      moderate_positive: 20,
      moderate_negative: 25,
      strong_negative: 15,
      total: 100,
    });
    assert.equal(boxes[1].negative, 94);
  });

  it("does not count a non-substantive row as positive even if it carries a position", () => {
    const rows = item("a", [10, 20, 30, 25, 15]);
    rows[2] = { ...rows[2], scale_position: 1 };
    const [boxes] = likertBoxes(aq.from(rows));
    assert.equal(boxes.positive, 30);
    assert.equal(boxes.nonsubstantive, 30);
  });

  it("refuses a table without the required columns", () => {
    assert.throws(() => likertBoxes(aq.table({ item_id: ["a"], percent: [1] })), /no column "kind"/);
  });
});
