import { strict as assert } from "node:assert";
import { DataError } from "../../lib/io/data-error";
import { LEDGER_COLUMNS, parseLedger, verdictSummary } from "../../lib/report/ledger";

const header = LEDGER_COLUMNS.join(",");

describe("report/ledger", () => {
  it("reads the ledger columns, in any order and with extra columns", () => {
    const text = `extra,${[...LEDGER_COLUMNS].reverse().join(",")}\nz,01.ipynb,Table 1,reproduced,"[86.5, 87.5]",87%,87%,"favorable, view",S1,T1-01\n`;
    const [claim] = parseLedger(text, "claims.csv");
    assert.equal(claim.id, "T1-01");
    assert.equal(claim.statement, "favorable, view");
    assert.equal(claim.notebook, "01.ipynb");
    assert.equal(claim.verdict, "reproduced");
  });
  it("names the missing column", () => {
    assert.throws(() => parseLedger("id,verdict\nT1,reproduced\n", "claims.csv"), (error: unknown) => error instanceof DataError && error.code === "column-missing" && /section/.test(error.message));
  });
  it("names the row of a claim without a verdict", () => {
    const text = `${header}\nA,s,t,1,1,,reproduced,e,n.ipynb\nB,s,t,1,1,,,e,n.ipynb\n`;
    assert.throws(() => parseLedger(text, "claims.csv"), (error: unknown) => error instanceof DataError && error.location.row === 2 && error.location.column === "verdict");
  });
  it("counts verdicts in vocabulary order, zeros included, unknown verdicts last", () => {
    const claim = (verdict: string) => ({ id: "x", section: "", statement: "", reported: "", computed: "", interval: "", verdict, evidence: "", notebook: "" });
    const summary = verdictSummary([claim("b"), claim("odd"), claim("b")], ["a", "b"]);
    assert.deepEqual(summary, [{ verdict: "a", count: 0 }, { verdict: "b", count: 2 }, { verdict: "odd", count: 1 }]);
  });
});
