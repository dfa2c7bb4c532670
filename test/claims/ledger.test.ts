import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ClaimResult } from "../../lib/claims/claim-result";
import { LEDGER_COLUMNS, mergeLedger, parseLedger, readLedger, verdictSummary, writeLedger } from "../../lib/claims/ledger";
import { DataError } from "../../lib/io/data-error";
import { parseCsv } from "../../lib/io/parse-csv";
import { temporaryFolder } from "../helpers/temporary-folder";
import { writeRegistry } from "./registry-fixture";

function result(id: string, computed = "87%"): ClaimResult {
  return { id, computed, interval: "[86, 88]", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum." };
}

function setUp(files: Record<string, ClaimResult[]>): { folder: string; registryFile: string; resultsDir: string } {
  const folder = temporaryFolder();
  const registryFile = writeRegistry(folder, [["T1-02", "01-a.ipynb"], ["T1-01", "01-a.ipynb"], ["T2-01", "03-b.ipynb"]]);
  const resultsDir = path.join(folder, "results");
  mkdirSync(resultsDir);
  for (const [name, results] of Object.entries(files)) writeFileSync(path.join(resultsDir, name), JSON.stringify(results));
  return { folder, registryFile, resultsDir };
}

describe("writeLedger", () => {
  it("joins registry and results into one row per claim, ordered by id, with the contract's columns", () => {
    const { folder, registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-01"), result("T1-02", "39 + 48, so 87%")], "03-b.json": [result("T2-01")] });
    const ledgerFile = path.join(folder, "ledger.csv");
    assert.deepEqual(writeLedger({ registryFile, resultsDir, ledgerFile }), { file: ledgerFile, rows: 3 });
    const parsed = parseCsv(readFileSync(ledgerFile, "utf8"), ledgerFile);
    assert.deepEqual(parsed.header, [...LEDGER_COLUMNS]);
    assert.deepEqual(parsed.rows.map((r) => r[0]), ["T1-01", "T1-02", "T2-01"]);
    assert.equal(parsed.rows[1][4], "39 + 48, so 87%");
    assert.equal(parsed.rows[2][8], "03-b.ipynb");
  });
  it("is byte-deterministic", () => {
    const { folder, registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-02"), result("T1-01")], "03-b.json": [result("T2-01")] });
    const ledgerFile = path.join(folder, "ledger.csv");
    writeLedger({ registryFile, resultsDir, ledgerFile });
    const first = readFileSync(ledgerFile);
    writeLedger({ registryFile, resultsDir, ledgerFile });
    assert.ok(first.equals(readFileSync(ledgerFile)));
  });
  it("lists every missing result, unregistered result, duplicate and misplaced result at once", () => {
    const { registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-01"), result("ZZ-01"), result("T2-01")], "03-b.json": [result("T2-01")] });
    assert.throws(
      () => mergeLedger(registryFile, resultsDir),
      (e: unknown) => {
        const message = (e as Error).message;
        return (
          /T1-02: no result recorded \(expected from 01-a.ipynb\)/.test(message) &&
          /ZZ-01: result in 01-a.json has no registry row/.test(message) &&
          /T2-01: duplicate result \(01-a.json and 03-b.json\)/.test(message) &&
          /T2-01: recorded in 01-a.json, but assigned to 03-b.ipynb/.test(message)
        );
      },
    );
  });
  it("refuses to write the ledger over the registry", () => {
    const { registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-01"), result("T1-02")], "03-b.json": [result("T2-01")] });
    assert.throws(() => writeLedger({ registryFile, resultsDir, ledgerFile: registryFile }), /over the registry/);
  });
  it("reports every claim as missing when no notebook has recorded anything", () => {
    const folder = temporaryFolder();
    const registryFile = writeRegistry(folder, [["T1-01", "01-a.ipynb"]]);
    assert.throws(() => mergeLedger(registryFile, path.join(folder, "absent")), /T1-01: no result recorded/);
  });
  it("refuses a results file that is not a list, and a malformed result", () => {
    const { registryFile, resultsDir } = setUp({});
    writeFileSync(path.join(resultsDir, "01-a.json"), "{}");
    assert.throws(() => mergeLedger(registryFile, resultsDir), /not a list of claim results/);
    writeFileSync(path.join(resultsDir, "01-a.json"), JSON.stringify([{ ...result("T1-01"), verdict: "fine" }]));
    assert.throws(() => mergeLedger(registryFile, resultsDir), /unknown verdict/);
  });
});

describe("parseLedger and readLedger", () => {
  const header = LEDGER_COLUMNS.join(",");
  const isDataError = (code: string, row?: number, column?: string) => (e: unknown) =>
    e instanceof DataError && e.code === code && (row === undefined || e.location.row === row) && (column === undefined || e.location.column === column);

  it("read back what writeLedger wrote, row for row", () => {
    const { folder, registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-01"), result("T1-02", "39 + 48, so 87%")], "03-b.json": [result("T2-01")] });
    const ledgerFile = path.join(folder, "ledger.csv");
    writeLedger({ registryFile, resultsDir, ledgerFile });
    assert.deepEqual(readLedger(ledgerFile), mergeLedger(registryFile, resultsDir));
  });
  it("read the columns in any order and keep an empty interval", () => {
    const text = `${[...LEDGER_COLUMNS].reverse().join(",")}\nhow,01.ipynb,Table 1,reproduced,,87%,87%,"favorable, view",S1,T1-01\n`;
    const [row] = parseLedger(text, "claims.csv");
    assert.deepEqual(row, { id: "T1-01", section: "S1", statement: "favorable, view", reported: "87%", computed: "87%", interval: "", verdict: "reproduced", evidence: "Table 1", notebook: "01.ipynb", detail: "how" });
  });
  it("name the missing column, and refuse a column the ledger does not have", () => {
    assert.throws(() => parseLedger("id,verdict\nT1,reproduced\n", "claims.csv"), isDataError("column-missing", 0, "section"));
    assert.throws(() => parseLedger(`extra,${header}\nz,A,s,t,1,1,,reproduced,e,n.ipynb,d\n`, "claims.csv"), isDataError("column-unexpected", 0, "extra"));
  });
  it("name the row and column of an empty verdict, an unknown verdict and a repeated id", () => {
    assert.throws(() => parseLedger(`${header}\nA,s,t,1,1,,reproduced,e,n.ipynb,d\nB,s,t,1,1,,,e,n.ipynb,d\n`, "claims.csv"), isDataError("value-missing", 2, "verdict"));
    assert.throws(() => parseLedger(`${header}\nCX-01,s,t,1,1,,fine,e,n.ipynb,d\n`, "claims.csv"), isDataError("value-unknown-code", 1, "verdict"));
    assert.throws(() => parseLedger(`${header}\nA,s,t,1,1,,reproduced,e,n.ipynb,d\nA,s,t,1,1,,reproduced,e,n.ipynb,d\n`, "claims.csv"), isDataError("key-duplicate", 2));
  });
  it("say which file is missing when the ledger has not been written", () => {
    assert.throws(() => readLedger(path.join(temporaryFolder(), "none.csv")), isDataError("file-missing"));
  });
});

describe("verdictSummary", () => {
  it("counts per verdict in the vocabulary's order, keeping zeros", () => {
    const counts = verdictSummary([{ verdict: "internally inconsistent" }, { verdict: "reproduced" }, { verdict: "reproduced" }]);
    assert.equal(counts.length, 8);
    assert.deepEqual(counts[0], { verdict: "reproduced", count: 2 });
    assert.deepEqual(counts[4], { verdict: "internally inconsistent", count: 1 });
    assert.equal(counts.reduce((sum, c) => sum + c.count, 0), 3);
  });
  it("keeps a verdict outside the vocabulary, after it, instead of dropping it", () => {
    assert.deepEqual(verdictSummary([{ verdict: "b" }, { verdict: "odd" }, { verdict: "b" }], ["a", "b"]), [
      { verdict: "a", count: 0 },
      { verdict: "b", count: 2 },
      { verdict: "odd", count: 1 },
    ]);
  });
});
