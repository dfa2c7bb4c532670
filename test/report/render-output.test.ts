import { strict as assert } from "node:assert";
import { PLOTLY_MIME } from "../../lib/display/notebook-display";
import { renderOutput } from "../../lib/report/render-output";

describe("report/render-output", () => {
  it("embeds a Plotly figure as a div with the SVG fallback and escaped JSON", () => {
    const figure = { data: [{ type: "bar", name: "</script><b>" }, { type: "bar" }], layout: { title: { text: "t" } } };
    const rendered = renderOutput({ output_type: "display_data", data: { [PLOTLY_MIME]: figure, "image/svg+xml": "<svg/>", "text/plain": "chart" } }, "chart-7");
    assert.deepEqual(rendered.charts, [{ id: "chart-7", traces: 2 }]);
    assert.ok(rendered.html.includes('<div class="plotly-chart" id="chart-7" data-traces="2"><img class="static-chart"'));
    assert.equal((rendered.html.match(/<\/script>/g) ?? []).length, 1, "data closed the script element");
    const json = /<script type="application\/json" id="chart-7-spec">(.*)<\/script>/.exec(rendered.html)![1];
    assert.deepEqual(JSON.parse(json), figure);
  });
  it("falls back to the text of a Plotly bundle without an image", () => {
    const rendered = renderOutput({ output_type: "display_data", data: { [PLOTLY_MIME]: { data: [] }, "text/plain": "a<b" } }, "chart-1");
    assert.ok(rendered.html.includes('<pre class="output text">a&lt;b</pre>'));
  });
  it("shows an SVG only as an image, never as inline markup that could run script", () => {
    const rendered = renderOutput({ output_type: "display_data", data: { "image/svg+xml": "<svg><script>alert(1)</script></svg>" } }, "chart-1");
    assert.ok(!rendered.html.includes("<script>"));
    assert.ok(rendered.html.includes('src="data:image/svg+xml;base64,'));
  });
  it("passes text/html through and prefers it to Markdown and text", () => {
    const rendered = renderOutput({ output_type: "execute_result", data: { "text/html": ["<table>", "</table>"], "text/markdown": "*x*", "text/plain": "x" } }, "c");
    assert.equal(rendered.html, '<div class="output html"><table></table></div>');
  });
  it("renders Markdown outputs with their HTML escaped", () => {
    const rendered = renderOutput({ output_type: "display_data", data: { "text/markdown": "**a** <i>b</i>", "text/plain": "" } }, "c");
    assert.ok(rendered.html.includes("<strong>a</strong> &lt;i&gt;b&lt;/i&gt;"));
  });
  it("escapes streams and plain text", () => {
    assert.equal(renderOutput({ output_type: "stream", name: "stdout", text: "a<b" }, "c").html, '<pre class="output stream stdout">a&lt;b</pre>');
    assert.ok(renderOutput({ output_type: "stream", name: "stderr", text: ["x"] }, "c").html.includes("stderr"));
  });
  it("shows errors visibly, escaped and without ANSI colour codes", () => {
    const html = renderOutput({ output_type: "error", ename: "TypeError", evalue: "<x>", traceback: ["\u001b[31mTypeError\u001b[0m: <x>"] }, "c").html;
    assert.ok(html.includes('class="output error" role="alert"'));
    assert.ok(html.includes("<strong>TypeError</strong>: &lt;x&gt;"));
    assert.ok(!html.includes("\u001b"));
  });
  it("embeds PNG as a data URL and names unsupported types", () => {
    assert.ok(renderOutput({ output_type: "display_data", data: { "image/png": "iVBORw0K\nGgo=" } }, "c").html.includes('src="data:image/png;base64,iVBORw0KGgo="'));
    assert.ok(renderOutput({ output_type: "display_data", data: { "application/x-thing": {} } }, "c").html.includes("application/x-thing"));
  });
});
