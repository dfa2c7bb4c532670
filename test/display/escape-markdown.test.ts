import { strict as assert } from "node:assert";
import { escapeMarkdownCell } from "../../lib/display/escape-markdown";

describe("escapeMarkdownCell", () => {
  it("escapes pipes, emphasis, links and raw HTML, and flattens line breaks", () => {
    assert.equal(escapeMarkdownCell("a | b"), "a \\| b");
    assert.equal(escapeMarkdownCell("*x* _y_"), "\\*x\\* \\_y\\_");
    assert.equal(escapeMarkdownCell("[t](u)"), "\\[t\\]\\(u\\)");
    assert.equal(escapeMarkdownCell("<script>"), "\\<script\\>");
    assert.equal(escapeMarkdownCell("one\ntwo"), "one two");
  });
  it("leaves ordinary text alone", () => {
    assert.equal(escapeMarkdownCell("39 + 48 = 87%"), "39 \\+ 48 = 87%");
    assert.equal(escapeMarkdownCell("reproduced"), "reproduced");
  });
});

