/**
 * Hostile text in every transcribed text field, end to end: the main job runs
 * once on a copy of data/ whose free-text columns carry attacks
 * (test/helpers/hostile-data.ts: `<img onerror>`, `<script>`, Markdown and
 * HTML `javascript:` links, `<svg onload>`, `<details ontoggle>`, an iframe,
 * `=HYPERLINK(…)`), each tagged with a marker naming its column. Then:
 * - every executed notebook goes through nbconvert's HTML exporter (which
 *   keeps HTML outputs and the HTML inside Markdown outputs as they are, like
 *   a trusted notebook in JupyterLab) and every page of the HTML report is
 *   opened in headless Chromium, offline, every <details> opened: no
 *   JavaScript dialog, no global set by a payload, no live javascript: link
 *   or frame, no element with an event-handler attribute, and the markers of
 *   the columns the notebooks show are there, as text;
 * - every CSV the run wrote (the ledger, the whole tables behind capped
 *   outputs) holds no field a spreadsheet would read as a formula.
 * A control page with one payload left unescaped must be caught, so the check
 * itself is known to work. Skipped, with a plain message, without Chromium or
 * a Python with nbconvert.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { BrowserContext } from "playwright-core";
import { parseCsv } from "../../lib/io/parse-csv";
import { findJupyterPython } from "../../lib/pipeline/jupyter-environment";
import { reproduce, ReproduceSummary, succeeded, describeSummary } from "../../lib/pipeline/reproduce";
import { projectPath } from "../../lib/project/project-path";
import { HOSTILE_GLOBAL, HOSTILE_PAYLOADS, writeHostileData, HostileData } from "../helpers/hostile-data";
import { temporaryFolder } from "../helpers/temporary-folder";
import { CHROMIUM, launchOfflineBrowser } from "../report/browser-session";

/** Columns of hostile-data.ts that no notebook shows (so their markers cannot appear): the notebooks use them only in the ledger CSV or not at all. */
const NOT_SHOWN = new Set(["article/text-figures.csv: phrase", "claims/claims.csv: check", "waves/codebook.csv: wording"]);

/** What a page did and holds after every <details> was opened. */
interface PageFindings {
  readonly dialogs: string[];
  readonly hostileGlobal: unknown;
  readonly liveScriptUrls: string[];
  readonly eventHandlers: string[];
  readonly text: string;
}

/** In the page: the global a payload sets, javascript:/data:text/html URLs in links and frames, on* attributes, and all the text (collapsed parts included). */
const INSPECT = `(() => {
  const urls = [...document.querySelectorAll("a[href], area[href], iframe[src], frame[src], embed[src], object[data], form[action]")]
    .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("data") ?? e.getAttribute("action") ?? "")
    .filter((u) => /^\\s*(javascript|vbscript|livescript):|^\\s*data:text\\/html/i.test(u.replace(/[\\u0000-\\u0020]/g, "")));
  const handlers = [];
  for (const element of document.querySelectorAll("*")) for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) handlers.push(element.tagName + " " + attribute.name);
  return { hostileGlobal: window.${HOSTILE_GLOBAL}, liveScriptUrls: urls, eventHandlers: handlers, text: document.body ? document.body.textContent : "" };
})()`;

/** Opens a local HTML file offline, opens every <details> (firing any toggle handler), and reports what ran and what it holds. */
async function inspectPage(context: BrowserContext, file: string): Promise<PageFindings> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(`file://${file}`, { waitUntil: "load" });
    await page.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
    await page.waitForTimeout(300);
    const found = (await page.evaluate(INSPECT)) as Omit<PageFindings, "dialogs">;
    return { dialogs, ...found };
  } finally {
    await page.close();
  }
}

/** Problems of a page: anything that ran or could run. */
function problems(findings: PageFindings): string[] {
  return [
    ...findings.dialogs.map((message) => `dialog: ${message}`),
    ...(findings.hostileGlobal === undefined || findings.hostileGlobal === null ? [] : [`window.${HOSTILE_GLOBAL} = ${String(findings.hostileGlobal)}`]),
    ...findings.liveScriptUrls.map((url) => `live script URL: ${url}`),
    ...findings.eventHandlers.map((handler) => `event handler: ${handler}`),
  ];
}

/** A Python that runs `-m nbconvert`: Jupyter's (the main job's), the project's .venv, python3. */
function nbconvertPython(): string | undefined {
  const candidates = [findJupyterPython()?.python, projectPath(".venv/bin/python"), "python3"].filter((c): c is string => c !== undefined);
  return candidates.find((python) => spawnSync(python, ["-m", "nbconvert", "--version"], { encoding: "utf8" }).status === 0);
}

/** Every field of every CSV under `dir` (recursively) that starts like a spreadsheet formula and is not a plain number. */
function formulaFields(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".csv")) {
        const parsed = parseCsv(readFileSync(full, "utf8"), full);
        for (const row of [parsed.header, ...parsed.rows]) {
          for (const field of row) if (/^[=+\-@\t\r]/.test(field) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(field)) found.push(`${path.relative(dir, full)}: ${field.slice(0, 60)}`);
        }
      }
    }
  };
  walk(dir);
  return found;
}

describe("hostile text in every transcribed text field: nothing runs in nbconvert's HTML, the report or a spreadsheet", function () {
  this.timeout(900_000);
  const root = temporaryFolder("hostile-data");
  const outputDir = path.join(root, "output");
  let hostile: HostileData;
  let summary: ReproduceSummary;
  let context: BrowserContext;
  let python: string | undefined;

  before(async function () {
    python = nbconvertPython();
    if (!existsSync(CHROMIUM) || python === undefined) {
      console.log(`    skipped: needs ${CHROMIUM} and a Python with nbconvert (${existsSync(CHROMIUM) ? "no nbconvert found" : "no chromium"})`);
      this.skip();
    }
    hostile = writeHostileData(path.join(root, "data"));
    const saved = { LWN_DATA_DIR: process.env.LWN_DATA_DIR, LWN_OUTPUT_DIR: process.env.LWN_OUTPUT_DIR };
    process.env.LWN_DATA_DIR = hostile.dataDir;
    process.env.LWN_OUTPUT_DIR = outputDir;
    try {
      summary = await reproduce((line) => console.log(`      ${line}`));
    } finally {
      for (const [variable, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[variable];
        else process.env[variable] = value;
      }
    }
    context = await launchOfflineBrowser(path.join(root, "profile"));
  });

  after(async () => {
    await context?.close();
  });

  it("the main job runs to the end on the hostile copy (the attacked columns are free text the loaders accept)", () => {
    assert.ok(succeeded(summary), describeSummary(summary).join("\n"));
  });

  it("control: a page with one payload left unescaped is caught (dialog or global, handler, live link)", async () => {
    const control = path.join(root, "control.html");
    const payloads = HOSTILE_PAYLOADS.map((p) => p.text.replace(/\{marker\}/g, "control")).join("\n");
    writeFileSync(control, `<!doctype html><html><body>${payloads}<a href="javascript:void(0)">x</a></body></html>`);
    const found = problems(await inspectPage(context, control));
    assert.ok(found.some((p) => p.startsWith("dialog") || p.startsWith(`window.${HOSTILE_GLOBAL}`)), found.join("\n"));
    assert.ok(found.some((p) => p.startsWith("event handler")) && found.some((p) => p.startsWith("live script URL")), found.join("\n"));
  });

  it("nbconvert's HTML of every executed notebook and every report page: nothing runs, every shown column's text is there as text", async () => {
    const htmlDir = path.join(root, "nbconvert");
    const notebooks = readdirSync(path.join(outputDir, "notebooks")).filter((name) => name.endsWith(".ipynb")).map((name) => path.join(outputDir, "notebooks", name));
    const converted = spawnSync(python!, ["-m", "nbconvert", "--to", "html", "--output-dir", htmlDir, ...notebooks], { encoding: "utf8" });
    assert.equal(converted.status, 0, converted.stderr);
    const pages = [
      ...readdirSync(htmlDir).map((name) => path.join(htmlDir, name)),
      ...readdirSync(path.join(outputDir, "report")).filter((name) => name.endsWith(".html")).map((name) => path.join(outputDir, "report", name)),
    ];
    assert.equal(pages.length, 2 * notebooks.length + 1, "one nbconvert page per notebook, one report page per notebook and the report's index");
    const ran: string[] = [];
    const markersSeen = new Set<string>();
    for (const page of pages) {
      const findings = await inspectPage(context, page);
      ran.push(...problems(findings).map((problem) => `${path.relative(root, page)}: ${problem}`));
      for (const marker of findings.text.match(/lwnX\d\d/g) ?? []) markersSeen.add(marker);
    }
    assert.deepEqual(ran, [], "hostile text ran or left a live script link");
    const missing = [...hostile.markers].filter(([marker, column]) => !NOT_SHOWN.has(column) && !markersSeen.has(marker)).map(([marker, column]) => `${marker} (${column})`);
    assert.deepEqual(missing, [], "columns whose hostile text reached no page (the test would prove nothing for them)");
  });

  it("every CSV the run wrote neutralises text a spreadsheet would run as a formula (the ledger, whole tables)", () => {
    const run = path.join(outputDir, "current");
    const ledger = readFileSync(path.join(run, "claims.csv"), "utf8");
    assert.ok(ledger.includes("'=HYPERLINK("), "the ledger carries the hostile formula, neutralised (else this check proves nothing)");
    assert.ok(readdirSync(path.join(run, "tables")).length > 0, "a capped table wrote its whole table");
    assert.deepEqual(formulaFields(run), []);
  });
});
