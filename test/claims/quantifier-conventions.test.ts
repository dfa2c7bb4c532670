import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import {
  describeReadingVerdicts,
  judgeUnderReadings,
  loadQuantifierConventions,
  QuantifierConvention,
  quantifierConvention,
  quantifierConventions,
  quantifierRange,
  ReadingVerdict,
  readingsOf,
  verdictAcrossReadings,
} from "../../lib/claims/quantifier-conventions";
import { Verdict } from "../../lib/claims/verdict";
import { DataError } from "../../lib/io/data-error";
import { temporaryFolder } from "../helpers/temporary-folder";

function reading(quantifier: string, name: string, lower: number, upper: number, extra: Partial<QuantifierConvention> = {}): QuantifierConvention {
  return { quantifier, reading: name, reference: "yes", kind: "range", lower, upper, min_count: 0, basis: "convention", source: "", rationale: "r", ...extra };
}

const conventions: QuantifierConvention[] = [
  reading("majority", "more than half", 50, 100),
  reading("most", "well above half", 60, 100, { reference: "no" }),
  reading("most", "more than half", 50, 100),
  reading("several", "count", 0, 20, { min_count: 3 }),
  reading("about", "5 points", -5, 5, { kind: "tolerance", min_count: 1 }),
  reading("about", "2.5 points", -2.5, 2.5, { kind: "tolerance", min_count: 1, reference: "no" }),
];

const HEADER = "quantifier,reading,reference,kind,lower,upper,min_count,basis,source,rationale";

function conventionsFile(body: string): string {
  const file = path.join(temporaryFolder(), "q.csv");
  writeFileSync(file, `${HEADER}\n${body}\n`);
  return file;
}

describe("loadQuantifierConventions", () => {
  const rows = loadQuantifierConventions();
  it("loads the project's readings, each with a basis and a rationale, one reference reading per word", () => {
    for (const row of rows) assert.ok(row.rationale.length > 5, `${row.quantifier}/${row.reading}`);
    for (const word of new Set(rows.map((r) => r.quantifier))) {
      assert.equal(rows.filter((r) => r.quantifier === word && r.reference === "yes").length, 1, word);
    }
  });
  it("gives every vague word more than one reading; only words defined exactly ('none', 'majority') have one", () => {
    const single = [...new Set(rows.map((r) => r.quantifier))].filter((w) => rows.filter((r) => r.quantifier === w).length === 1);
    assert.deepEqual(single.sort(), ["majority", "none"]);
    for (const w of single) assert.equal(rows.find((r) => r.quantifier === w)?.basis, "definition");
  });
  it("no longer reads 'most' and 'usually' only as 'more than half' (issue 14, item 6)", () => {
    assert.deepEqual(rows.filter((r) => r.quantifier === "most").map((r) => r.lower), [50, 60]);
    assert.deepEqual(rows.filter((r) => r.quantifier === "usually").map((r) => r.lower), [50, 70]);
  });
  it("anchors 'overwhelmingly' outside the memo: two-thirds, and the 'very' rule applied to both readings of 'most'", () => {
    const over = rows.filter((r) => r.quantifier === "overwhelmingly");
    assert.deepEqual(over.map((r) => r.lower), [66.6667, 75, 80]);
    assert.ok(over.every((r) => !/memo/i.test(r.source)));
    // Mosteller & Youtz's rule: "very" halves the distance to the boundary 100.
    assert.equal(50 + (100 - 50) / 2, over[1].lower);
    assert.equal(60 + (100 - 60) / 2, over[2].lower);
  });
  it("refuses lower > upper, a range outside [0, 100] and a word without exactly one reference reading", () => {
    const bad = (body: string) => () => loadQuantifierConventions(conventionsFile(body));
    assert.throws(bad("most,a,yes,range,60,50,0,convention,,r"), (e: unknown) => e instanceof DataError && e.location.column === "lower");
    assert.throws(bad("most,a,yes,range,-5,50,0,convention,,r"), (e: unknown) => e instanceof DataError && e.location.row === 1);
    assert.throws(bad("most,a,no,range,50,100,0,convention,,r"), (e: unknown) => e instanceof DataError && e.location.column === "reference");
    assert.throws(bad("most,a,yes,range,50,100,0,convention,,r\nmost,b,yes,range,60,100,0,convention,,r"), /exactly one reference reading, found 2/);
    assert.throws(bad("most,a,yes,range,50,100,0,guess,,r"), (e: unknown) => e instanceof DataError && e.location.column === "basis");
  });
});

describe("quantifierConventions / quantifierConvention", () => {
  it("list every reading, the reference reading first, and refuse an unknown word", () => {
    assert.deepEqual(quantifierConventions(conventions, "most").map((c) => c.reading), ["more than half", "well above half"]);
    assert.equal(quantifierConvention(conventions, "most").lower, 50);
    assert.throws(() => quantifierConvention(conventions, "scads"), /no quantifier convention for "scads"/);
  });
});

describe("quantifierRange", () => {
  it("gives the reference reading as the interval and every reading beside it", () => {
    const most = quantifierRange(conventions, "most");
    assert.deepEqual([most.lower, most.upper, most.reading], [50, 100, "more than half"]);
    assert.deepEqual(most.readings.map((r) => [r.reading, r.range.lower]), [["more than half", 50], ["well above half", 60]]);
  });
  it("centres an approximate quantifier on the stated share, under each tolerance", () => {
    const q = quantifierRange(conventions, "about", { percent: 75 });
    assert.deepEqual(q.readings.map((r) => r.range), [{ lower: 70, upper: 80 }, { lower: 72.5, upper: 77.5 }]);
  });
  it("never lets 'about five of 100' include zero (issue 14, item 6)", () => {
    const q = quantifierRange(conventions, "about", { count: 5, base: 100 });
    assert.deepEqual(q.readings.map((r) => r.range), [{ lower: 1, upper: 10 }, { lower: 2.5, upper: 7.5 }]);
    assert.ok(q.readings.every((r) => r.range.lower > 0));
    assert.deepEqual(quantifierRange(conventions, "about", { count: 10, base: 50 }).readings[0].range, { lower: 15, upper: 25 });
  });
  it("raises the lower bound to the least count when the base size is known, and only then", () => {
    assert.equal(quantifierRange(conventions, "several", { base: 100 }).lower, 3);
    assert.equal(quantifierRange(conventions, "several", { base: 10 }).lower, 20);
    assert.equal(quantifierRange(conventions, "several").lower, 0);
  });
  it("refuses an unknown word, a missing or double stated value, and a count without base", () => {
    assert.throws(() => quantifierRange(conventions, "scads"), /no quantifier convention for "scads"/);
    assert.throws(() => quantifierRange(conventions, "about"), /exactly one/);
    assert.throws(() => quantifierRange(conventions, "about", { percent: 5, count: 5, base: 100 }), /exactly one/);
    assert.throws(() => quantifierRange(conventions, "about", { count: 5 }), /positive base/);
  });
});

describe("readingsOf, judgeUnderReadings, verdictAcrossReadings, describeReadingVerdicts", () => {
  it("treats a plain interval as one reading", () => {
    assert.deepEqual(readingsOf({ lower: 50, upper: 100 }).map((r) => r.reading), ["as given"]);
  });
  it("keeps a verdict every reading shares and says 'depends on the reading' otherwise", () => {
    // T2-21's share of benign reasons, [58.33, 63.89]%: above 50 for every true value, never above 70.
    const share = { lower: 58.33, upper: 63.89 };
    const usually = quantifierRange([reading("usually", "more often than not", 50, 100), reading("usually", "typical", 70, 100, { reference: "no" })], "usually");
    const verdicts = judgeUnderReadings(usually, (r) => (share.lower >= r.lower ? "reproduced" : share.upper < r.lower ? "not supported by the memo's own numbers" : "consistent within rounding"));
    assert.deepEqual(verdicts.map((v) => v.verdict), ["reproduced", "not supported by the memo's own numbers"]);
    assert.equal(verdictAcrossReadings(verdicts), "depends on the reading");
    assert.equal(verdictAcrossReadings([verdicts[0], verdicts[0]]), "reproduced");
    assert.throws(() => verdictAcrossReadings([]), /no readings/);
    assert.equal(
      describeReadingVerdicts(verdicts),
      '"more often than not" [50, 100]: reproduced; "typical" [70, 100]: not supported by the memo\'s own numbers',
    );
  });

  it("says 'depends on the reading' only when the figure stands under some reading; else the first reading's verdict", () => {
    const under = (verdict: Verdict, reading: string): ReadingVerdict => ({ reading, verdict });
    assert.equal(verdictAcrossReadings([under("not supported by the memo's own numbers", "a"), under("consistent within rounding", "b")]), "depends on the reading");
    assert.equal(verdictAcrossReadings([under("not supported by the memo's own numbers", "a"), under("needs respondent-level data", "b")]), "depends on the reading");
    assert.equal(verdictAcrossReadings([under("internally inconsistent", "own base"), under("not supported by the memo's own numbers", "other")]), "internally inconsistent");
    assert.equal(verdictAcrossReadings([under("not supported by the memo's own numbers", "own base"), under("internally inconsistent", "other")]), "not supported by the memo's own numbers");
  });
});
