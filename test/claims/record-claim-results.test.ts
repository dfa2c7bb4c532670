import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ClaimResult } from "../../lib/claims/claim-result";
import { checkClaimResults, recordClaimResults } from "../../lib/claims/record-claim-results";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { loadTable1 } from "../../lib/article/table1";
import { temporaryFolder, writeRegistry } from "./helpers";

function result(id: string): ClaimResult {
  return { id, computed: "87%", interval: "[86, 88]", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum." };
}

describe("checkClaimResults", () => {
  const registry = loadClaimsRegistry(writeRegistry(temporaryFolder(), [["T1-01", "01-a.ipynb"], ["T1-02", "01-a.ipynb"], ["T2-01", "03-b.ipynb"]]));
  it("returns the results sorted by id", () => {
    assert.deepEqual(checkClaimResults("01-a.ipynb", [result("T1-02"), result("T1-01")], registry).map((r) => r.id), ["T1-01", "T1-02"]);
  });
  it("names every id that is unregistered, assigned elsewhere or repeated", () => {
    assert.throws(
      () => checkClaimResults("01-a.ipynb", [result("ZZ-99"), result("T2-01"), result("T1-01"), result("T1-01")], registry),
      (e: unknown) => {
        const message = (e as Error).message;
        return /ZZ-99: not in the claims registry/.test(message) && /T2-01: registered to 03-b.ipynb/.test(message) && /T1-01: recorded twice/.test(message);
      },
    );
  });
  it("refuses a malformed result", () => {
    assert.throws(() => checkClaimResults("01-a.ipynb", [{ ...result("T1-01"), verdict: "good" as never }], registry), /unknown verdict/);
  });
});

describe("recordClaimResults", () => {
  it("writes sorted, timestamp-free JSON: the same results give the same bytes", () => {
    const folder = temporaryFolder();
    const registryFile = writeRegistry(folder, [["T1-01", "01-a.ipynb"], ["T1-02", "01-a.ipynb"]]);
    const resultsDir = path.join(folder, "results");
    recordClaimResults("01-a.ipynb", [result("T1-02"), result("T1-01")], { registryFile, resultsDir });
    const file = path.join(resultsDir, "01-a.json");
    const first = readFileSync(file, "utf8");
    recordClaimResults("01-a.ipynb", [result("T1-01"), result("T1-02")], { registryFile, resultsDir });
    assert.equal(readFileSync(file, "utf8"), first);
    const written = JSON.parse(first) as ClaimResult[];
    assert.deepEqual(written.map((r) => r.id), ["T1-01", "T1-02"]);
    assert.deepEqual(Object.keys(written[0]), ["id", "computed", "interval", "verdict", "evidence", "detail"]);
  });
  it("writes nothing when a result is not registered to the notebook", () => {
    const folder = temporaryFolder();
    const registryFile = writeRegistry(folder, [["T1-01", "01-a.ipynb"]]);
    const resultsDir = path.join(folder, "results");
    assert.throws(() => recordClaimResults("03-b.ipynb", [result("T1-01")], { registryFile, resultsDir }), /T1-01: registered to 01-a.ipynb/);
    assert.throws(() => readFileSync(path.join(resultsDir, "03-b.json")), /ENOENT/);
  });
  it("ends each result's evidence with the data files loaded, their row accounting and checksum status", () => {
    loadTable1();
    const folder = temporaryFolder();
    const registryFile = writeRegistry(folder, [["T1-01", "01-a.ipynb"]]);
    const resultsDir = path.join(folder, "results");
    recordClaimResults("01-a.ipynb", [result("T1-01")], { registryFile, resultsDir });
    const [written] = JSON.parse(readFileSync(path.join(resultsDir, "01-a.json"), "utf8")) as ClaimResult[];
    assert.match(written.evidence, /^memo Table 1 Inputs: .*data\/article\/table1\.csv: 15 of 15 rows kept, checksum verified/);
  });
});
