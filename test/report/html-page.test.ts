import { strict as assert } from "node:assert";
import { htmlPage } from "../../lib/report/html-page";
import { DRAW_CHARTS_JS } from "../../lib/report/report-assets";

describe("report/html-page", () => {
  it("is a complete page with the local style sheet and an escaped title", () => {
    const html = htmlPage({ title: "<T>", body: "<p>b</p>", hasCharts: false, indexLink: "index.html" });
    assert.ok(html.startsWith("<!DOCTYPE html>"));
    assert.ok(html.includes("<title>&lt;T&gt;</title>"));
    assert.ok(html.includes('<link rel="stylesheet" href="assets/report.css">'));
    assert.ok(html.includes('<a href="index.html">'));
    assert.ok(!html.includes("<script"));
  });
  it("loads plotly.js and the chart script once when the page has charts", () => {
    const html = htmlPage({ title: "t", body: "", hasCharts: true });
    assert.equal((html.match(/<script src="assets\/plotly\.js"><\/script>/g) ?? []).length, 1);
    assert.equal((html.match(/<script src="assets\/draw-charts\.js"><\/script>/g) ?? []).length, 1);
    assert.ok(!html.includes("nav"));
  });
  it("ships a chart script that is valid JavaScript", () => {
    assert.doesNotThrow(() => new Function(DRAW_CHARTS_JS));
  });
});
