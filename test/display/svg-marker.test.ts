import { strict as assert } from "node:assert";
import { SERIES_SYMBOLS } from "../../lib/display/palette";
import { svgMarker } from "../../lib/display/svg-marker";

describe("display/svg-marker", () => {
  it("draws every series symbol as a distinct shape in the given colour", () => {
    const shapes = SERIES_SYMBOLS.map((symbol) => svgMarker(symbol, 10, 20, "#0072B2"));
    assert.equal(new Set(shapes).size, SERIES_SYMBOLS.length);
    for (const shape of shapes) assert.ok(shape.includes('fill="#0072B2"'));
  });
  it("centres a circle on the point", () => {
    assert.equal(svgMarker("circle", 10, 20, "#000", 8), '<circle cx="10" cy="20" r="4" fill="#000" stroke="#ffffff" stroke-width="1"/>');
  });
});
