import { strict as assert } from "node:assert";
import { textWidth } from "../../lib/display/text-width";
import { wrapText } from "../../lib/display/wrap-text";

describe("display/wrap-text", () => {
  it("keeps text that fits on one line", () => {
    assert.deepEqual(wrapText("Opinion of Russia", 500, 12), ["Opinion of Russia"]);
  });
  it("breaks at spaces so that no line is wider than the limit, losing no word", () => {
    const text = "Agreement that joining the Eurasian Economic Union has benefited the economy of Kazakhstan";
    const lines = wrapText(text, 160, 12);
    assert.ok(lines.length > 1);
    for (const line of lines) assert.ok(textWidth(line, 12) <= 160, line);
    assert.equal(lines.join(" "), text);
  });
  it("keeps a word longer than the line whole", () => {
    assert.deepEqual(wrapText("a Supercalifragilisticexpialidocious b", 40, 12), ["a", "Supercalifragilisticexpialidocious", "b"]);
  });
  it("collapses runs of white space and returns no line for empty text", () => {
    assert.deepEqual(wrapText("  a \n  b  ", 500, 12), ["a b"]);
    assert.deepEqual(wrapText("   ", 500, 12), []);
  });
  it("cuts at maxLines with an ellipsis that still fits", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 50, 12, 2);
    assert.equal(lines.length, 2);
    assert.ok(lines[1].endsWith("…"));
    assert.ok(textWidth(lines[1], 12) <= 50);
  });
  it("rejects non-positive sizes and maxLines below 1", () => {
    assert.throws(() => wrapText("a", 0, 12), RangeError);
    assert.throws(() => wrapText("a", 10, -1), RangeError);
    assert.throws(() => wrapText("a", 10, 12, 0), RangeError);
  });
});
