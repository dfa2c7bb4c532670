import { strict as assert } from "node:assert";
import { labelColour, LIKERT_COLOURS, likertColour, SERIES_COLOURS, SERIES_SYMBOLS, seriesStyle } from "../../lib/display/palette";

describe("display/palette", () => {
  it("maps scale positions to the diverging palette and non-substantive to grey", () => {
    assert.equal(likertColour(-2), LIKERT_COLOURS.strongNegative);
    assert.equal(likertColour(-1), LIKERT_COLOURS.moderateNegative);
    assert.equal(likertColour(1), LIKERT_COLOURS.moderatePositive);
    assert.equal(likertColour(2), LIKERT_COLOURS.strongPositive);
    assert.equal(likertColour(null), LIKERT_COLOURS.nonsubstantive);
  });
  it("uses white text on the dark ends only", () => {
    assert.equal(labelColour(LIKERT_COLOURS.strongPositive), "#ffffff");
    assert.equal(labelColour(LIKERT_COLOURS.moderatePositive), "#1a1a1a");
  });
  it("cycles series colours and symbols independently", () => {
    assert.deepEqual(seriesStyle(0), { colour: SERIES_COLOURS[0], symbol: SERIES_SYMBOLS[0] });
    const next = seriesStyle(SERIES_COLOURS.length);
    assert.equal(next.colour, SERIES_COLOURS[0]);
    assert.equal(next.symbol, SERIES_SYMBOLS[SERIES_COLOURS.length % SERIES_SYMBOLS.length]);
  });
});
