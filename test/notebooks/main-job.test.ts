/**
 * The main job end to end: `reproduce()` executes every notebook through
 * Jupyter on the tslab kernel, writes the ledger and the report. The run is
 * the one shared by every test that only reads its outputs (projectRun);
 * the inputs (data/, notebooks/) are compared before and after. The second
 * run that checks determinism is the one the interrupted-run tests stop just
 * before its outputs are switched in (interrupted-runs.test.ts).
 */
import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { LEDGER_FILE, readLedger, respondentVerdictSummary, verdictSummary } from "../../lib/claims/ledger";
import { parseCsv } from "../../lib/io/parse-csv";
import { ESTIMATES_FILE } from "../../lib/wave-analyses/estimates-file";
import { MULTIVECTOR_CROSS_TABS } from "../../lib/wave-analyses/multivector-estimates";
import { TABLE1_CONCEPTS } from "../../lib/waves/concepts";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { VERSIONS_CAPTION } from "../../lib/display/software-versions-display";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "../../lib/pipeline/notebook-list";
import { completeRun, sha256File } from "../../lib/pipeline/output-runs";
import { describeSummary, REPORT_DIR, ReproduceSummary, succeeded } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";
import { changedFiles, snapshotFolder } from "./files-snapshot";
import { projectRun } from "./main-job-runs";

interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  outputs?: Output[];
}
interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, unknown>;
}

function readCells(file: string): Cell[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { cells: Cell[] }).cells;
}

/**
 * The outputs of a notebook's cells, with the Node.js version in the versions
 * table (display.showSoftwareVersions) replaced by "v(node)": the committed
 * notebooks record the Node.js that made them, and a machine with another
 * patch release must still find every other output equal. The executed
 * notebooks of one machine are compared byte for byte elsewhere (determinism).
 */
function comparableOutputs(cells: Cell[]): (Output[] | null)[] {
  const nodeVersion = /(<td[^>]*>Node\.js<\/td><td[^>]*>)v\d+\.\d+\.\d+(<\/td>)|(Node\.js\s*\|\s*)v\d+\.\d+\.\d+/g;
  return cells.map((cell) => {
    if (cell.outputs === undefined) return null;
    const text = JSON.stringify(cell.outputs);
    if (!text.includes(VERSIONS_CAPTION)) return cell.outputs;
    return JSON.parse(text.replace(nodeVersion, (_m, html, close, plain) => (html ? `${html}v(node)${close}` : `${plain}v(node)`))) as Output[];
  });
}

function executedOutputs(name: string): Output[] {
  return readCells(projectPath(path.join(EXECUTED_DIR, name))).flatMap((cell) => cell.outputs ?? []);
}

describe("the main job (every notebook through Jupyter, the ledger, the report)", function () {
  this.timeout(1_200_000);
  const inputs = { data: projectPath("data"), notebooks: projectPath(NOTEBOOK_DIR) };
  let inputsBefore: { data: Map<string, string>; notebooks: Map<string, string> };
  let first: ReproduceSummary;

  before(async () => {
    inputsBefore = { data: snapshotFolder(inputs.data), notebooks: snapshotFolder(inputs.notebooks) };
    first = await projectRun();
  });

  it("runs every notebook and step without failure", () => {
    assert.ok(succeeded(first), describeSummary(first).join("\n"));
    assert.equal(first.runs.length, listNotebooks().length);
  });

  for (const name of listNotebooks()) {
    describe(name, () => {
      it("has no error output and writes nothing to stderr", () => {
        const bad = executedOutputs(name).filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"));
        assert.deepEqual(bad, []);
      });

      it("shows every chart without scripts (a static image beside the interactive figure)", () => {
        for (const output of executedOutputs(name)) {
          if (output.data && "application/vnd.plotly.v1+json" in output.data) {
            assert.ok("image/svg+xml" in output.data, "a Plotly figure without its SVG");
            assert.match(String(output.data["text/html"]), /<img [^>]*src="data:image\/svg\+xml;base64,/, "no script-free <img> of the chart");
          }
        }
      });

      it("is committed with the outputs the current code produces (run `npm run update-notebooks` after a change)", () => {
        const committed = readCells(projectPath(path.join(NOTEBOOK_DIR, name)));
        const executed = readCells(projectPath(path.join(EXECUTED_DIR, name)));
        assert.deepEqual(comparableOutputs(committed), comparableOutputs(executed));
      });
    });
  }

  it("writes a ledger row for every claim of the registry", () => {
    const ledger = readFileSync(projectPath(LEDGER_FILE), "utf8");
    for (const claim of loadClaimsRegistry()) assert.ok(ledger.includes(`\n${claim.id},`), `no ledger row for ${claim.id}`);
  });

  it("writes the ledger whose verdict counts the README's headline findings quote", () => {
    const readme = readFileSync(projectPath("README.md"), "utf8");
    const headline = readme.slice(readme.indexOf("What the checks find, in short."), readme.indexOf("## Quick start")).replace(/\s+/g, " ");
    const rows = readLedger();
    assert.match(headline, new RegExp(`holds \\*\\*${rows.length}\\*\\* claims`));
    const quoted = (count: { verdict: string; count: number }) => headline.includes(`**${count.count}** ${count.verdict}`);
    for (const count of [...verdictSummary(rows), ...respondentVerdictSummary(rows)].filter((c) => c.count > 0)) {
      assert.ok(quoted(count), `README's headline does not quote "**${count.count}** ${count.verdict}" (the ledger's count)`);
    }
    const all = headline.match(/\*\*\d+\*\* /g) ?? [];
    const nonZero = [...verdictSummary(rows), ...respondentVerdictSummary(rows)].filter((c) => c.count > 0).length;
    assert.equal(all.length, nonZero + 1, "the headline quotes a count the ledger does not have");
  });

  it("writes output/estimates.csv with, for every wave and for the pooled evidence, each item's share of every code, positive on both bases and each cross-tabulation", () => {
    const parsed = parseCsv(readFileSync(projectPath(ESTIMATES_FILE), "utf8"), ESTIMATES_FILE);
    const column = (name: string) => parsed.header.indexOf(name);
    const keys = new Set(parsed.rows.map((row) => ["waves", "concept", "measure", "domain", "base"].map((name) => row[column(name)]).join("|")));
    const waveIds = loadWaveManifest().map((entry) => entry.waveId);
    const missing: string[] = [];
    for (const waves of [...waveIds, waveIds.join(";")]) {
      for (const concept of TABLE1_CONCEPTS) {
        for (const code of ["1", "2", "3", "4", "98", "99"]) if (!keys.has(`${waves}|${concept}|${code}||all`)) missing.push(`${waves}|${concept}|${code}||all`);
        for (const base of ["all", "substantive"]) if (!keys.has(`${waves}|${concept}|positive||${base}`)) missing.push(`${waves}|${concept}|positive||${base}`);
      }
      for (const crossTab of MULTIVECTOR_CROSS_TABS) {
        for (const base of ["all", "substantive"]) {
          const key = `${waves}|${crossTab.target}|positive|${crossTab.anchor}=positive|${base}`;
          if (!keys.has(key)) missing.push(key);
        }
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(parsed.rows.every((row) => row[column("synthetic")] === "yes"), "the project's waves are SYNTHETIC, and say so");
  });

  it("exports the HTML report: an index and one page per notebook", () => {
    assert.ok(existsSync(projectPath(path.join(REPORT_DIR, "index.html"))));
    for (const name of listNotebooks()) assert.ok(existsSync(projectPath(path.join(REPORT_DIR, name.replace(/\.ipynb$/, ".html")))), name);
  });

  it("leaves data/ and notebooks/ untouched", () => {
    assert.deepEqual(changedFiles(inputsBefore.data, snapshotFolder(inputs.data)), []);
    assert.deepEqual(changedFiles(inputsBefore.notebooks, snapshotFolder(inputs.notebooks)), []);
  });

  it("records the completed run in its marker: every notebook with the SHA-256 of its source and of its executed copy", () => {
    const { marker } = completeRun(projectPath("output"));
    assert.deepEqual(marker.notebooks.map((n) => n.name), listNotebooks());
    for (const notebook of marker.notebooks) assert.equal(notebook.source, sha256File(projectPath(path.join(NOTEBOOK_DIR, notebook.name))), notebook.name);
    assert.deepEqual(marker.failures, []);
  });

  it("holds exactly the executed notebooks and report pages of the notebooks that exist", () => {
    const names = listNotebooks().sort();
    assert.deepEqual(readdirSync(projectPath(EXECUTED_DIR)).sort(), names);
    const pages = readdirSync(projectPath(REPORT_DIR)).filter((name) => name.endsWith(".html") && name !== "index.html");
    assert.deepEqual(pages.sort(), names.map((name) => name.replace(/\.ipynb$/, ".html")));
  });

  it("writes every output file with one mode, that of an ordinary new file (0666 minus the umask; 0644 under umask 022)", () => {
    const expected = 0o666 & ~process.umask();
    const modes = new Map<string, number>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else modes.set(path.relative(projectPath("output"), full), statSync(full).mode & 0o777);
      }
    };
    walk(completeRun(projectPath("output")).dir);
    const odd = [...modes].filter(([, mode]) => mode !== expected).map(([file, mode]) => `${file}: ${mode.toString(8)}`);
    assert.deepEqual(odd, [], `expected ${expected.toString(8)}`);
    assert.ok(modes.size > 20);
  });
});
