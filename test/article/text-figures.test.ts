import { strict as assert } from "node:assert";
import { loadTextFigures } from "../../lib/article/text-figures";

describe("loadTextFigures", () => {
  it("loads every figure with its location and a unique id", () => {
    const figures = loadTextFigures();
    assert.ok(figures.numRows() >= 7);
    const ids = figures.array("figure_id") as string[];
    assert.equal(new Set(ids).size, ids.length);
    for (const paragraph of figures.array("paragraph") as number[]) assert.ok(Number.isInteger(paragraph) && paragraph >= 1);
  });
});
