import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { loadTable1 } from "../../lib/article/table1";
import { ClaimResult, RespondentLevelResult } from "../../lib/claims/claim-result";
import { checkClaimResults, ClaimRecorder, recordClaimResults } from "../../lib/claims/claim-recorder";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { temporaryFolder } from "../helpers/temporary-folder";
import { writeRegistry } from "./registry-fixture";

function result(id: string): ClaimResult {
  return { id, computed: "87%", interval: "[86, 88]", intervalKind: "rounding", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum." };
}

function layer(id: string, synthetic = false): RespondentLevelResult {
  return synthetic
    ? { id, verdict: "demonstrated on SYNTHETIC data", synthetic, estimate: 87.1, ciLow: 85.9, ciHigh: 88.2, unit: "percent", base: "all", domain: "", waves: ["kz-2019-synthetic"], detail: "SYNTHETIC waves. Rule: reproduced." }
    : { id, verdict: "reproduced", synthetic, estimate: 87.1, ciLow: 85.9, ciHigh: 88.2, unit: "percent", base: "all", domain: "", waves: ["cab-2019"], detail: "Share positive." };
}

/** A registry of two claims of 01-a and one of 03-b in a fresh folder, and where results go. */
function fixture(): { registryFile: string; resultsDir: string } {
  const folder = temporaryFolder();
  return { registryFile: writeRegistry(folder, [["T1-01", "01-a.ipynb"], ["T1-02", "01-a.ipynb"], ["T2-01", "03-b.ipynb"]]), resultsDir: path.join(folder, "results") };
}

describe("checkClaimResults", () => {
  const registry = loadClaimsRegistry(fixture().registryFile);
  it("returns the results sorted by id", () => {
    assert.deepEqual(checkClaimResults("01-a.ipynb", [result("T1-02"), result("T1-01")], registry).map((r) => r.id), ["T1-01", "T1-02"]);
  });
  it("names every id that is unregistered, assigned elsewhere, repeated or missing", () => {
    assert.throws(
      () => checkClaimResults("01-a.ipynb", [result("ZZ-99"), result("T2-01"), result("T1-01"), result("T1-01")], registry),
      (e: unknown) => {
        const message = (e as Error).message;
        return (
          /ZZ-99: not in the claims registry/.test(message) &&
          /T2-01: registered to 03-b.ipynb/.test(message) &&
          /T1-01: recorded twice/.test(message) &&
          /no result for T1-02/.test(message)
        );
      },
    );
  });
  it("refuses a malformed result", () => {
    assert.throws(() => checkClaimResults("01-a.ipynb", [{ ...result("T1-01"), verdict: "good" as never }], registry), /unknown verdict/);
  });
});

describe("ClaimRecorder", () => {
  it("refuses, when created, a notebook the registry assigns no claim to", () => {
    assert.throws(() => new ClaimRecorder("07-none.ipynb", fixture()), /assigns no claim to 07-none.ipynb/);
  });
  it("checks each result when it is added, naming the claim", () => {
    const recorder = new ClaimRecorder("01-a.ipynb", fixture());
    recorder.add(result("T1-01"));
    assert.throws(() => recorder.add(result("T1-01")), /T1-01: recorded twice/);
    assert.throws(() => recorder.add(result("T2-01")), /T2-01: registered to 03-b.ipynb, not to 01-a.ipynb/);
    assert.throws(() => recorder.add(result("ZZ-99")), /ZZ-99: not in the claims registry/);
    assert.throws(() => recorder.add({ ...result("T1-02"), detail: "" }), /"detail" is empty/);
    assert.deepEqual(recorder.results.map((r) => r.id), ["T1-01"]);
  });
  it("gives the registry row of its own claims only, and the result added for a claim", () => {
    const recorder = new ClaimRecorder("01-a.ipynb", fixture());
    assert.deepEqual(recorder.claims.map((c) => c.id), ["T1-01", "T1-02"]);
    assert.equal(recorder.claim("T1-02").notebook, "01-a.ipynb");
    assert.throws(() => recorder.claim("T2-01"), /registered to 03-b.ipynb/);
    assert.throws(() => recorder.result("T1-01"), /no result for T1-01 yet/);
    recorder.add(result("T1-01"));
    assert.equal(recorder.result("T1-01").computed, "87%");
  });
  it("records nothing while a claim of the notebook has no result", () => {
    const paths = fixture();
    const recorder = new ClaimRecorder("01-a.ipynb", paths);
    recorder.add(result("T1-02"));
    assert.throws(() => recorder.record(), /no result for T1-01/);
    assert.equal(existsSync(path.join(paths.resultsDir, "01-a.json")), false);
  });
});

describe("ClaimRecorder, respondent-level layer", () => {
  it("joins each claim's respondent-level layer to its result and writes it", () => {
    const paths = fixture();
    const recorder = new ClaimRecorder("01-a.ipynb", paths);
    recorder.add(result("T1-01"), result("T1-02"));
    recorder.addRespondentLevel(layer("T1-02", true), layer("T1-01"));
    recorder.record();
    const written = JSON.parse(readFileSync(path.join(paths.resultsDir, "01-a.json"), "utf8")) as ClaimResult[];
    const { id: _id, ...expected } = layer("T1-02", true);
    assert.deepEqual(written[1].respondent, expected);
    assert.equal(written[0].respondent?.verdict, "reproduced");
  });
  it("checks each layer when it is added: registered here, not twice, well-formed", () => {
    const recorder = new ClaimRecorder("01-a.ipynb", fixture());
    recorder.addRespondentLevel(layer("T1-01"));
    assert.throws(() => recorder.addRespondentLevel(layer("T1-01")), /T1-01: respondent level recorded twice/);
    assert.throws(() => recorder.addRespondentLevel(layer("T2-01")), /T2-01: registered to 03-b.ipynb/);
    assert.throws(() => recorder.addRespondentLevel({ ...layer("T1-02"), verdict: "demonstrated on SYNTHETIC data" }), /exactly when the evidence is SYNTHETIC/);
  });
  it("records nothing when some claims have a respondent-level layer and others not, or a layer has no result", () => {
    const paths = fixture();
    const recorder = new ClaimRecorder("01-a.ipynb", paths);
    recorder.add(result("T1-01"), result("T1-02"));
    recorder.addRespondentLevel(layer("T1-01"));
    assert.throws(() => recorder.record(), /a respondent-level result for some claims but not for T1-02/);
    const orphan = new ClaimRecorder("01-a.ipynb", paths);
    orphan.add(result("T1-01"));
    orphan.addRespondentLevel(layer("T1-02"));
    assert.throws(() => orphan.record(), /without a result on the printed figures: T1-02/);
    assert.equal(existsSync(path.join(paths.resultsDir, "01-a.json")), false);
  });
});

describe("recordClaimResults", () => {
  it("writes sorted, timestamp-free JSON: the same results give the same bytes", () => {
    const { registryFile, resultsDir } = fixture();
    recordClaimResults("01-a.ipynb", [result("T1-02"), result("T1-01")], { registryFile, resultsDir });
    const file = path.join(resultsDir, "01-a.json");
    const first = readFileSync(file, "utf8");
    recordClaimResults("01-a.ipynb", [result("T1-01"), result("T1-02")], { registryFile, resultsDir });
    assert.equal(readFileSync(file, "utf8"), first);
    const written = JSON.parse(first) as ClaimResult[];
    assert.deepEqual(written.map((r) => r.id), ["T1-01", "T1-02"]);
    assert.deepEqual(Object.keys(written[0]), ["id", "computed", "interval", "intervalKind", "verdict", "evidence", "detail"]);
  });
  it("writes nothing when a result is not registered to the notebook", () => {
    const { registryFile, resultsDir } = fixture();
    assert.throws(() => recordClaimResults("03-b.ipynb", [result("T2-01"), result("T1-01")], { registryFile, resultsDir }), /T1-01: registered to 01-a.ipynb/);
    assert.equal(existsSync(path.join(resultsDir, "03-b.json")), false);
  });
  it("ends each result's evidence with the data files loaded, their row accounting and checksum status", () => {
    loadTable1();
    const { registryFile, resultsDir } = fixture();
    recordClaimResults("03-b.ipynb", [result("T2-01")], { registryFile, resultsDir });
    const [written] = JSON.parse(readFileSync(path.join(resultsDir, "03-b.json"), "utf8")) as ClaimResult[];
    assert.match(written.evidence, /^memo Table 1 Inputs: .*data\/article\/table1\.csv: 15 of 15 rows kept, checksum verified/);
  });
});
