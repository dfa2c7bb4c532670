import { strict as assert } from "node:assert";
import { renderMarkdown } from "../../lib/report/render-markdown";

describe("report/render-markdown", () => {
  it("renders Markdown", () => {
    assert.equal(renderMarkdown("**a** and *b*", "authored"), "<p><strong>a</strong> and <em>b</em></p>\n");
  });
  it("keeps raw HTML in authored Markdown and escapes it in outputs", () => {
    assert.ok(renderMarkdown("x <span>y</span>", "authored").includes("<span>y</span>"));
    const output = renderMarkdown("x <img src=x onerror=alert(1)>", "output");
    assert.ok(!output.includes("<img"));
    assert.ok(output.includes("&lt;img"));
  });
  it("renders javascript: links as plain text and keeps web and relative links", () => {
    const html = renderMarkdown("[a](javascript:alert(1)) [b](https://example.org) [c](notes.html#x)", "output");
    assert.ok(!html.includes("javascript:"));
    assert.ok(html.includes('<a href="https://example.org">b</a>'));
    assert.ok(html.includes('<a href="notes.html#x">c</a>'));
  });
  it("never loads an image from the network", () => {
    const html = renderMarkdown("![remote](https://example.org/x.png) ![local](img/x.png)", "authored");
    assert.ok(!html.includes('src="https://'));
    assert.ok(html.includes("[image not embedded: remote]"));
    assert.ok(html.includes('<img src="img/x.png" alt="local">'));
  });
});
