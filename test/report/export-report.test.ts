import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { exportReport } from "../../lib/report/export-report";
import { LEDGER_COLUMNS } from "../../lib/claims/ledger";
import { temporaryFolder } from "../helpers/temporary-folder";
import { executedNotebook } from "./notebook-fixture";

describe("report/export-report", () => {
  let root = "";
  let executed = "";
  const lines: string[] = [];
  const log = (line: string): void => void lines.push(line);

  beforeEach(() => {
    root = temporaryFolder("report");
    executed = path.join(root, "notebooks");
    mkdirSync(executed);
    writeFileSync(path.join(executed, "09-test.ipynb"), JSON.stringify(executedNotebook()));
    lines.length = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("writes the index, one page per notebook and the assets, with progress lines", () => {
    const ledger = path.join(root, "claims.csv");
    writeFileSync(ledger, `${LEDGER_COLUMNS.join(",")}\nT-1,S,st,1%,1%,,,reproduced,ev,09-test.ipynb,how,no respondent-level data,,,,,,,,none\n`);
    const out = path.join(root, "report");
    const { pages } = exportReport({ executedDir: executed, ledgerCsv: ledger, outDir: out, log });
    assert.deepEqual(pages, [path.join(out, "index.html"), path.join(out, "09-test.html")]);
    assert.deepEqual(readdirSync(path.join(out, "assets")).sort(), ["draw-charts.js", "plotly.js", "report.css"]);
    assert.equal(statSync(path.join(out, "assets/plotly.js")).size, statSync(require.resolve("plotly.js-dist")).size);
    assert.ok(readFileSync(pages[0], "utf8").includes('<a href="09-test.html">09-test.ipynb</a>'));
    assert.ok(lines.some((line) => line.includes("(1/1) 09-test.ipynb -> 09-test.html")));
    assert.deepEqual(readdirSync(root).sort(), ["claims.csv", "notebooks", "report"], "staging folder left behind");
  });
  it("says on the index when the ledger is missing", () => {
    const out = path.join(root, "report");
    exportReport({ executedDir: executed, ledgerCsv: path.join(root, "absent.csv"), outDir: out, log });
    assert.ok(readFileSync(path.join(out, "index.html"), "utf8").includes("is not part of this report"));
  });
  it("replaces an earlier report as a whole", () => {
    const out = path.join(root, "report");
    mkdirSync(out);
    writeFileSync(path.join(out, "stale.html"), "old");
    exportReport({ executedDir: executed, outDir: out, log });
    assert.ok(!existsSync(path.join(out, "stale.html")));
    assert.ok(existsSync(path.join(out, "09-test.html")));
  });
  it("leaves the earlier report untouched and no staging folder when a notebook is broken", () => {
    const out = path.join(root, "report");
    mkdirSync(out);
    writeFileSync(path.join(out, "index.html"), "previous");
    writeFileSync(path.join(executed, "10-broken.ipynb"), "{ not json");
    assert.throws(() => exportReport({ executedDir: executed, outDir: out, log }), /10-broken\.ipynb: not valid JSON/);
    assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), "previous");
    assert.deepEqual(readdirSync(root).sort(), ["notebooks", "report"]);
  });
  it("skips hidden files such as the temporary copy a killed executor left (.executing-*.ipynb), and names the ledger as told", () => {
    writeFileSync(path.join(executed, ".executing-k1ll3d.ipynb"), "{ half-written");
    const ledger = path.join(root, "claims.csv");
    writeFileSync(ledger, `${LEDGER_COLUMNS.join(",")}\nT-1,S,st,1%,1%,,,reproduced,ev,09-test.ipynb,how,no respondent-level data,,,,,,,,none\n`);
    const out = path.join(root, "report");
    const { pages } = exportReport({ executedDir: executed, ledgerCsv: ledger, ledgerLabel: "output/claims.csv", outDir: out, log });
    assert.deepEqual(pages.map((page) => path.basename(page)), ["index.html", "09-test.html"]);
    assert.ok(lines.some((line) => line.includes("ledger output/claims.csv: 1 claims")), lines.join("\n"));
  });
});
