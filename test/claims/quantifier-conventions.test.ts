import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadQuantifierConventions, QuantifierConvention, quantifierConvention, quantifierRange } from "../../lib/claims/quantifier-conventions";
import { DataError } from "../../lib/io/data-error";
import { temporaryFolder } from "../helpers/temporary-folder";

const conventions: QuantifierConvention[] = [
  { quantifier: "majority", kind: "range", lower: 50, upper: 100, rationale: "r" },
  { quantifier: "about", kind: "tolerance", lower: -5, upper: 5, rationale: "r" },
];

function conventionsFile(body: string): string {
  const file = path.join(temporaryFolder(), "q.csv");
  writeFileSync(file, `quantifier,kind,lower,upper,rationale\n${body}\n`);
  return file;
}

describe("loadQuantifierConventions", () => {
  it("loads the project's conventions, each with a rationale", () => {
    const rows = loadQuantifierConventions();
    assert.ok(rows.some((r) => r.quantifier === "overwhelmingly"));
    for (const row of rows) assert.ok(row.rationale.length > 5, row.quantifier);
  });
  it("refuses lower > upper and a negative range", () => {
    assert.throws(() => loadQuantifierConventions(conventionsFile("most,range,60,50,r")), (e: unknown) => e instanceof DataError && e.location.column === "lower");
    assert.throws(() => loadQuantifierConventions(conventionsFile("most,range,-5,50,r")), (e: unknown) => e instanceof DataError && e.location.row === 1);
  });
});

describe("quantifierRange", () => {
  it("gives a word's range", () => {
    assert.deepEqual(quantifierRange(conventions, "majority"), { lower: 50, upper: 100 });
  });
  it("centres an approximate quantifier on the stated share", () => {
    assert.deepEqual(quantifierRange(conventions, "about", { percent: 75 }), { lower: 70, upper: 80 });
  });
  it("turns a stated count into a share of its base, clipped at 0", () => {
    assert.deepEqual(quantifierRange(conventions, "about", { count: 5, base: 100 }), { lower: 0, upper: 10 });
    assert.deepEqual(quantifierRange(conventions, "about", { count: 10, base: 50 }), { lower: 15, upper: 25 });
  });
  it("refuses an unknown word, a missing or double stated value, and a count without base", () => {
    assert.throws(() => quantifierRange(conventions, "scads"), /no quantifier convention for "scads"/);
    assert.throws(() => quantifierRange(conventions, "about"), /exactly one/);
    assert.throws(() => quantifierRange(conventions, "about", { percent: 5, count: 5, base: 100 }), /exactly one/);
    assert.throws(() => quantifierRange(conventions, "about", { count: 5 }), /positive base/);
  });
});

describe("quantifierConvention", () => {
  it("finds the documented reading of a word and refuses an unknown word", () => {
    const conventions = loadQuantifierConventions();
    assert.deepEqual([quantifierConvention(conventions, "overwhelmingly").lower, quantifierConvention(conventions, "overwhelmingly").upper], [66.7, 100]);
    assert.throws(() => quantifierConvention(conventions, "scads"), /no quantifier convention for "scads"/);
  });
});
