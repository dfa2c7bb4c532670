import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ClaimResult, RespondentLayer } from "../../lib/claims/claim-result";
import { formatRespondentNumber, layerCrossTable, LEDGER_COLUMNS, mergeLedger, parseLedger, readLedger, respondentVerdictSummary, verdictSummary, writeLedger } from "../../lib/claims/ledger";
import { DataError } from "../../lib/io/data-error";
import { parseCsv } from "../../lib/io/parse-csv";
import { temporaryFolder } from "../helpers/temporary-folder";
import { writeRegistry } from "./registry-fixture";

function result(id: string, computed = "87%"): ClaimResult {
  return { id, computed, interval: "[86, 88]", intervalKind: "rounding", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum." };
}

const respondent: RespondentLayer = {
  verdict: "consistent within sampling error",
  synthetic: false,
  estimate: -3.9312,
  ciLow: -7.0549,
  ciHigh: 0.00449,
  unit: "percentage points",
  base: "all",
  domain: "",
  waves: ["cab-2018", "cab-2019"],
  detail: "Moderate minus strongest.",
};

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
    assert.equal(parsed.rows[2][9], "03-b.ipynb");
    assert.equal(parsed.rows[0][6], "rounding");
  });
  it("writes the respondent-level layer beside the printed-figures verdict, rounded for reading, waves ';'-separated", () => {
    const { folder, registryFile, resultsDir } = setUp({ "01-a.json": [{ ...result("T1-01"), respondent }, result("T1-02")], "03-b.json": [result("T2-01")] });
    const ledgerFile = path.join(folder, "ledger.csv");
    writeLedger({ registryFile, resultsDir, ledgerFile });
    const [row, without] = readLedger(ledgerFile);
    assert.equal(row.verdict, "reproduced");
    assert.equal(row.respondent_verdict, "consistent within sampling error");
    assert.deepEqual([row.respondent_estimate, row.respondent_ci_low, row.respondent_ci_high, row.respondent_unit], ["-3.93", "-7.05", "0", "percentage points"]);
    assert.equal(row.respondent_waves, "cab-2018;cab-2019");
    assert.equal(row.respondent_detail, "Moderate minus strongest.");
    assert.equal(without.respondent_verdict, "no respondent-level data");
    assert.equal(without.respondent_detail, "Not estimated from the waves: the claim rests on published table.");
    assert.equal(without.respondent_estimate, "");
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
  const defaults: Record<string, string> = { section: "s", statement: "t", reported: "1", computed: "1", verdict: "reproduced", evidence: "e", notebook: "n.ipynb", detail: "d", respondent_verdict: "no respondent-level data", respondent_detail: "none" };
  const row = (id: string, cells: Record<string, string> = {}): string => LEDGER_COLUMNS.map((column) => (column === "id" ? id : (cells[column] ?? defaults[column] ?? ""))).join(",");
  const isDataError = (code: string, row?: number, column?: string) => (e: unknown) =>
    e instanceof DataError && e.code === code && (row === undefined || e.location.row === row) && (column === undefined || e.location.column === column);

  it("read back what writeLedger wrote, row for row", () => {
    const { folder, registryFile, resultsDir } = setUp({ "01-a.json": [result("T1-01"), result("T1-02", "39 + 48, so 87%")], "03-b.json": [result("T2-01")] });
    const ledgerFile = path.join(folder, "ledger.csv");
    writeLedger({ registryFile, resultsDir, ledgerFile });
    assert.deepEqual(readLedger(ledgerFile), mergeLedger(registryFile, resultsDir));
  });
  it("read the columns in any order and keep an empty interval and an empty respondent-level estimate", () => {
    const text = `${[...LEDGER_COLUMNS].reverse().join(",")}\nnone,,,,,,,,no respondent-level data,how,01.ipynb,Table 1,reproduced,,,87%,87%,"favorable, view",S1,T1-01\n`;
    const [row] = parseLedger(text, "claims.csv");
    assert.deepEqual(row, {
      id: "T1-01",
      section: "S1",
      statement: "favorable, view",
      reported: "87%",
      computed: "87%",
      interval: "",
      interval_kind: "",
      verdict: "reproduced",
      evidence: "Table 1",
      notebook: "01.ipynb",
      detail: "how",
      respondent_verdict: "no respondent-level data",
      respondent_estimate: "",
      respondent_ci_low: "",
      respondent_ci_high: "",
      respondent_unit: "",
      respondent_base: "",
      respondent_domain: "",
      respondent_waves: "",
      respondent_detail: "none",
    });
  });
  it("name the missing column, and refuse a column the ledger does not have", () => {
    assert.throws(() => parseLedger("id,verdict\nT1,reproduced\n", "claims.csv"), isDataError("column-missing", 0, "section"));
    assert.throws(() => parseLedger(`extra,${header}\nz,${row("A")}\n`, "claims.csv"), isDataError("column-unexpected", 0, "extra"));
  });
  it("name the row and column of an empty verdict, an unknown verdict of either layer, an unknown interval kind and a repeated id", () => {
    assert.throws(() => parseLedger(`${header}\n${row("A")}\n${row("B", { verdict: "" })}\n`, "claims.csv"), isDataError("value-missing", 2, "verdict"));
    assert.throws(() => parseLedger(`${header}\n${row("CX-01", { verdict: "fine" })}\n`, "claims.csv"), isDataError("value-unknown-code", 1, "verdict"));
    assert.throws(() => parseLedger(`${header}\n${row("CX-01", { respondent_verdict: "needs respondent-level data" })}\n`, "claims.csv"), isDataError("value-unknown-code", 1, "respondent_verdict"));
    assert.throws(() => parseLedger(`${header}\n${row("CX-01", { interval_kind: "confidence" })}\n`, "claims.csv"), isDataError("value-unknown-code", 1, "interval_kind"));
    assert.throws(() => parseLedger(`${header}\n${row("A")}\n${row("A")}\n`, "claims.csv"), isDataError("key-duplicate", 2));
  });
  it("say which file is missing when the ledger has not been written", () => {
    assert.throws(() => readLedger(path.join(temporaryFolder(), "none.csv")), isDataError("file-missing"));
  });
});

describe("verdictSummary", () => {
  it("counts per verdict in the vocabulary's order, keeping zeros", () => {
    const counts = verdictSummary([{ verdict: "internally inconsistent" }, { verdict: "reproduced" }, { verdict: "reproduced" }]);
    assert.equal(counts.length, 7);
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

describe("respondentVerdictSummary and layerCrossTable", () => {
  it("count the respondent-level verdicts in their vocabulary's order, keeping zeros", () => {
    const counts = respondentVerdictSummary([{ respondent_verdict: "not reproduced" }, { respondent_verdict: "no respondent-level data" }, { respondent_verdict: "not reproduced" }]);
    assert.deepEqual(counts.map((c) => c.verdict), ["reproduced", "consistent within sampling error", "not reproduced", "demonstrated on SYNTHETIC data", "no respondent-level data"]);
    assert.deepEqual(counts.map((c) => c.count), [0, 0, 2, 0, 1]);
  });
  it("cross the two layers, pairs in the vocabularies' order", () => {
    const table = layerCrossTable([
      { verdict: "needs respondent-level data", respondent_verdict: "not reproduced" },
      { verdict: "reproduced", respondent_verdict: "demonstrated on SYNTHETIC data" },
      { verdict: "reproduced", respondent_verdict: "reproduced" },
      { verdict: "reproduced", respondent_verdict: "demonstrated on SYNTHETIC data" },
    ]);
    assert.deepEqual(table, [
      { verdict: "reproduced", respondent_verdict: "reproduced", count: 1 },
      { verdict: "reproduced", respondent_verdict: "demonstrated on SYNTHETIC data", count: 2 },
      { verdict: "needs respondent-level data", respondent_verdict: "not reproduced", count: 1 },
    ]);
  });
});

describe("formatRespondentNumber", () => {
  it("rounds percent and points to two decimals and a correlation to three, as plain numbers", () => {
    assert.equal(formatRespondentNumber(86.8412, "percent"), "86.84");
    assert.equal(formatRespondentNumber(86.8, "percent"), "86.8");
    assert.equal(formatRespondentNumber(-0.001, "percentage points"), "0");
    assert.equal(formatRespondentNumber(0.25951, "correlation"), "0.26");
    assert.equal(formatRespondentNumber(0.2444, "correlation"), "0.244");
    assert.equal(formatRespondentNumber(null, ""), "");
  });
});
