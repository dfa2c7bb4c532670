import { strict as assert } from "node:assert";
import { textWidth } from "../../lib/display/text-width";

describe("display/text-width", () => {
  it("is zero for empty text and scales linearly with the font size", () => {
    assert.equal(textWidth("", 12), 0);
    assert.ok(Math.abs(textWidth("Opinion", 24) - 2 * textWidth("Opinion", 12)) < 1e-9);
  });
  it("is additive over characters", () => {
    assert.ok(Math.abs(textWidth("ab", 10) - (textWidth("a", 10) + textWidth("b", 10))) < 1e-9);
  });
  it("ranks narrow, ordinary and wide glyphs as Helvetica does", () => {
    assert.ok(textWidth("i", 10) < textWidth("a", 10));
    assert.ok(textWidth("a", 10) < textWidth("W", 10));
    assert.ok(textWidth("iiii", 10) < textWidth("mmmm", 10));
  });
  it("counts characters outside the table (Cyrillic) as average width", () => {
    assert.equal(textWidth("Россия", 10), textWidth("aaaaaa", 10));
  });
});
