import { strict as assert } from "node:assert";
import { escapeHtml } from "../../lib/display/escape-html";

describe("display/escape-html", () => {
  it("escapes the five HTML-significant characters", () => {
    assert.equal(escapeHtml(`<img src=x onerror="alert('1')">&`), "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;");
  });
  it("leaves other text, including Cyrillic, unchanged", () => {
    assert.equal(escapeHtml("Россия 48%"), "Россия 48%");
  });
});
