import { strict as assert } from "node:assert";
import { indexPage, notebookPageName, respondentEstimate, verdictClass } from "../../lib/report/index-page";
import { LedgerRow } from "../../lib/claims/ledger";

const claim: LedgerRow = {
  id: "T1-01",
  section: "S",
  statement: "<favourable>",
  reported: "87%",
  computed: "87%",
  interval: "[86.5, 87.5]",
  interval_kind: "rounding",
  verdict: "reproduced",
  evidence: "Table 1",
  notebook: "01-a.ipynb",
  detail: "Sum.",
  respondent_verdict: "consistent within sampling error",
  respondent_estimate: "85.9",
  respondent_ci_low: "84.1",
  respondent_ci_high: "87.6",
  respondent_unit: "percent",
  respondent_base: "all",
  respondent_domain: "",
  respondent_waves: "cab-2018;cab-2019",
  respondent_detail: "<pooled> waves",
};
const notebooks = [{ fileName: "01-a.ipynb", page: "01-a.html", title: "01 · A", cells: 4, charts: 1, errors: 0 }];

describe("report/index-page", () => {
  it("notebookPageName swaps the extension and refuses paths", () => {
    assert.equal(notebookPageName("01-attitudes-table1.ipynb"), "01-attitudes-table1.html");
    assert.throws(() => notebookPageName("../x.ipynb"), RangeError);
    assert.throws(() => notebookPageName("x.txt"), RangeError);
  });
  it("verdictClass makes a CSS class from a verdict", () => {
    assert.equal(verdictClass("not checkable (source not public)"), "verdict-not-checkable-source-not-public");
    assert.equal(verdictClass("not supported by the memo's own numbers"), "verdict-not-supported-by-the-memo-s-own-numbers");
  });
  it("lists notebooks and links each claim to its notebook page, escaped", () => {
    const html = indexPage({ title: "Report", notebooks, ledger: { present: true, file: "output/claims.csv", claims: [claim, { ...claim, id: "X-1", notebook: "99-gone.ipynb" }], summary: [{ verdict: "reproduced", count: 2 }], definitions: new Map([["reproduced", "Exact."]]) } });
    assert.ok(html.includes('<a href="01-a.html">01 · A</a>'));
    assert.ok(html.includes('<a href="01-a.html">01-a.ipynb</a>'));
    assert.ok(html.includes("99-gone.ipynb (not in this report)"));
    assert.ok(html.includes("&lt;favourable&gt;"));
    assert.ok(html.includes('<td class="verdict verdict-reproduced">reproduced</td><td style="text-align:right">2</td><td>Exact.</td>'));
    assert.ok(!html.includes("<script"), "the index has no charts and loads no script");
  });
  it("shows both layers side by side: the printed-figures verdict, the respondent-level verdict with its estimate, interval, base and waves", () => {
    const html = indexPage({
      title: "Report",
      notebooks,
      ledger: {
        present: true,
        file: "output/claims.csv",
        claims: [claim],
        summary: [{ verdict: "reproduced", count: 1 }],
        respondentSummary: [{ verdict: "consistent within sampling error", count: 1 }],
        definitions: new Map([["reproduced", "Exact."]]),
        respondentDefinitions: new Map([["reproduced", "Rounds."], ["consistent within sampling error", "Inside the interval."]]),
      },
    });
    assert.ok(html.includes("<caption>Verdicts on the printed figures</caption>"));
    assert.ok(html.includes("<caption>Respondent-level verdicts (survey waves)</caption>"));
    assert.ok(html.includes('<td class="verdict verdict-consistent-within-sampling-error">consistent within sampling error</td><td style="text-align:right">1</td><td>Inside the interval.</td>'));
    assert.ok(html.includes("<td>[86.5, 87.5] (rounding)</td>"));
    assert.ok(html.includes('<td class="verdict verdict-reproduced">reproduced</td><td class="verdict verdict-consistent-within-sampling-error">consistent within sampling error</td>'));
    assert.ok(html.includes("<td>85.9 percent (95% CI 84.1 to 87.6); base all; waves cab-2018, cab-2019</td>"));
    assert.ok(html.includes("&lt;pooled&gt; waves"));
  });
  it("writes no estimate cell text for a claim without one", () => {
    assert.equal(respondentEstimate({ ...claim, respondent_estimate: "", respondent_ci_low: "", respondent_ci_high: "", respondent_unit: "" }), "–");
    assert.equal(respondentEstimate({ ...claim, respondent_domain: "russia_opinion=positive" }), "85.9 percent (95% CI 84.1 to 87.6); base all, among russia_opinion=positive; waves cab-2018, cab-2019");
  });
  it("warns about notebooks that failed to run, escaped", () => {
    const html = indexPage({ title: "Report", notebooks, ledger: { present: false, file: "f", reason: "r" }, failures: [{ notebook: "04-x.ipynb", reason: "cell 3: <Error>" }] });
    assert.ok(html.includes("1 notebook failed to run and is not in this report"));
    assert.ok(html.includes("<li><code>04-x.ipynb</code>: cell 3: &lt;Error&gt;</li>"));
    assert.ok(!indexPage({ title: "Report", notebooks, ledger: { present: false, file: "f", reason: "r" } }).includes("failed to run"));
  });
  it("says so when the ledger is absent", () => {
    const html = indexPage({ title: "Report", notebooks: [], ledger: { present: false, file: "output/claims.csv", reason: "not found." } });
    assert.ok(html.includes("is not part of this report: not found."));
    assert.ok(html.includes("No executed notebooks were found."));
  });
});
