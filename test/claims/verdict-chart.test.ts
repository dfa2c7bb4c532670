import { strict as assert } from "node:assert";
import { plotlyVerdictChart, RESPONDENT_VERDICT_COLOURS, svgVerdictChart, verdictChart, verdictColour, VERDICT_COLOURS } from "../../lib/claims/verdict-chart";
import { RESPONDENT_VERDICTS } from "../../lib/claims/respondent-verdict";
import { VERDICTS } from "../../lib/claims/verdict";

const counts = [
  { verdict: "internally inconsistent", count: 2 },
  { verdict: "reproduced", count: 30 },
  { verdict: "not checkable (source not public)", count: 0 },
];

describe("verdictChart", () => {
  it("orders bars as the vocabulary and totals the claims in the title", () => {
    const chart = verdictChart(counts, "Source: ledger");
    assert.deepEqual(chart.bars.map((b) => b.verdict), ["reproduced", "internally inconsistent", "not checkable (source not public)"]);
    assert.match(chart.title, /32 claims/);
  });
  it("orders the respondent-level layer by its own vocabulary, and says which layer it is", () => {
    const chart = verdictChart([{ verdict: "no respondent-level data", count: 43 }, { verdict: "demonstrated on SYNTHETIC data", count: 42 }], "c", "respondent level");
    assert.deepEqual(chart.bars.map((b) => b.verdict), ["demonstrated on SYNTHETIC data", "no respondent-level data"]);
    assert.equal(chart.title, "Respondent-level verdicts of the 85 claims of the memo");
  });
});

describe("verdict colours", () => {
  it("give each verdict its own colour and a neutral one to an unknown label", () => {
    assert.equal(new Set(VERDICTS.map((v) => VERDICT_COLOURS[v.verdict])).size, VERDICTS.length);
    assert.equal(new Set(RESPONDENT_VERDICTS.map((v) => RESPONDENT_VERDICT_COLOURS[v.verdict])).size, RESPONDENT_VERDICTS.length);
    assert.equal(verdictColour("not reproduced"), RESPONDENT_VERDICT_COLOURS["not reproduced"]);
    assert.equal(verdictColour("whatever"), "#555555");
  });
});

describe("plotlyVerdictChart", () => {
  it("draws one horizontal bar trace with a count per verdict", () => {
    const figure = plotlyVerdictChart(verdictChart(counts, "c"));
    assert.equal(figure.data.length, 1);
    assert.equal(figure.data[0].orientation, "h");
    assert.deepEqual(figure.data[0].x, [30, 2, 0]);
    assert.deepEqual(figure.data[0].text, ["30", "2", "0"]);
  });
  it("shows data-derived labels, title and caption as text, never as markup", () => {
    const figure = plotlyVerdictChart({ title: "<img src=x>", caption: "a <b>c</b> & d", bars: [{ verdict: "<script>x</script>", count: 1 }] });
    assert.deepEqual(figure.data[0].y, ["&lt;script&gt;x&lt;/script&gt;"]);
    assert.equal((figure.layout.title as { text: string }).text, "&lt;img src=x&gt;");
    const annotation = (figure.layout.annotations as { text: string }[])[0];
    assert.ok(annotation.text.includes("&lt;b&gt;c&lt;/b&gt; &amp; d"));
  });
});

describe("svgVerdictChart", () => {
  it("draws bars proportional to the counts", () => {
    const svg = svgVerdictChart(verdictChart(counts, "c"));
    const widths = [...svg.matchAll(/<rect x="300" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 3);
    assert.ok(Math.abs(widths[0] / widths[1] - 15) < 0.05); // widths are printed to 0.1 px
    assert.equal(widths[2], 0);
  });
  it("escapes text from the data", () => {
    const svg = svgVerdictChart({ title: "<b>", caption: "a & b", bars: [{ verdict: "x<y", count: 1 }] });
    assert.ok(!svg.includes("<b>") && svg.includes("&lt;b&gt;") && svg.includes("a &amp; b") && svg.includes("x&lt;y"));
  });
  it("draws an empty tally without dividing by zero", () => {
    const svg = svgVerdictChart({ title: "t", caption: "c", bars: [{ verdict: "reproduced", count: 0 }] });
    assert.ok(!svg.includes("NaN") && !svg.includes("Infinity"));
  });
});
