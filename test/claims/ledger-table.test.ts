import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadLedger, verdictCounts } from "../../lib/claims/ledger-table";
import { DataError } from "../../lib/io/data-error";
import { temporaryFolder } from "./helpers";

const HEADER = "id,section,statement,reported,computed,interval,verdict,evidence,notebook,detail";

describe("loadLedger", () => {
  it("loads a ledger with an empty interval", () => {
    const file = path.join(temporaryFolder(), "claims.csv");
    writeFileSync(file, `${HEADER}\nCX-01,Conclusion,p,72%,72%,,not checkable (source not public),none,05-c.ipynb,how\n`);
    assert.equal(loadLedger(file).numRows(), 1);
  });
  it("refuses an unknown verdict, naming row and column", () => {
    const file = path.join(temporaryFolder(), "claims.csv");
    writeFileSync(file, `${HEADER}\nCX-01,Conclusion,p,72%,72%,,fine,none,05-c.ipynb,how\n`);
    assert.throws(() => loadLedger(file), (e: unknown) => e instanceof DataError && e.location.row === 1 && e.location.column === "verdict");
  });
  it("says which file is missing when the ledger has not been written", () => {
    assert.throws(() => loadLedger(path.join(temporaryFolder(), "none.csv")), (e: unknown) => e instanceof DataError && e.code === "file-missing");
  });
});

describe("verdictCounts", () => {
  it("counts per verdict in vocabulary order, keeping zeros", () => {
    const counts = verdictCounts(["internally inconsistent", "reproduced", "reproduced"]);
    assert.equal(counts.length, 7);
    assert.deepEqual(counts[0], { verdict: "reproduced", claims: 2 });
    assert.deepEqual(counts[3], { verdict: "internally inconsistent", claims: 1 });
    assert.equal(counts.reduce((sum, c) => sum + c.claims, 0), 3);
  });
  it("refuses an unknown verdict", () => {
    assert.throws(() => verdictCounts(["reproduced", "fine"]), /unknown verdict\(s\) "fine"/);
  });
});
