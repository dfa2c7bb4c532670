/**
 * Browser test of the HTML report: builds the report from the executed
 * notebooks, opens every page in Debian's headless Chromium (driven by
 * playwright-core) and checks what a reader would see offline: no console
 * errors, no request outside the report's own files, every chart drawn by
 * plotly.js with the expected number of traces. Screenshots go to
 * output/screenshots/. Skipped, with a plain message, where /usr/bin/chromium
 * is missing.
 */
import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { BrowserContext, Page } from "playwright-core";
import { executeNotebook } from "../../lib/pipeline/execute-notebook";
import { ensureJupyter, registerKernel } from "../../lib/pipeline/jupyter-environment";
import { EXECUTED_DIR, listNotebooks, NOTEBOOK_DIR } from "../../lib/pipeline/notebook-list";
import { projectPath } from "../../lib/project/project-path";
import { exportReport } from "../../lib/report/export-report";
import { temporaryFolder } from "../helpers/temporary-folder";
import { CHROMIUM, launchOfflineBrowser, visit } from "./browser-session";

const SCREENSHOT_DIR = "output/screenshots";

/** What a chart div holds after drawing. */
interface ChartState {
  readonly id: string;
  readonly expectedTraces: number;
  readonly drawn: boolean;
  readonly mainSvg: number;
  readonly drawnTraces: number;
  readonly plotlyTraces: number;
}

/** The little of the browser's DOM the page functions below use (the project compiles without lib "dom"). */
interface BrowserElement {
  readonly id: string;
  readonly classList: { contains(name: string): boolean };
  readonly textContent: string | null;
  querySelectorAll(selector: string): { readonly length: number };
}
interface BrowserDocument {
  querySelectorAll(selector: string): Iterable<BrowserElement>;
  getElementById(id: string): BrowserElement | null;
}

/**
 * Folder of executed notebooks: output/notebooks when the main job ran, else
 * a fresh headless run into `scratch`. Notebooks that fail to execute are
 * left out of the folder and listed in `failed` (the test fails on them
 * after checking the pages of the others).
 */
function executedNotebooks(scratch: string, failed: { notebook: string; reason: string }[]): string {
  const executed = projectPath(EXECUTED_DIR);
  const names = listNotebooks();
  if (existsSync(executed) && names.every((name) => existsSync(path.join(executed, name)))) return executed;
  console.log(`    [browser test] ${EXECUTED_DIR} is incomplete; executing ${names.length} notebooks headless first`);
  const jupyter = ensureJupyter((line) => console.log(`    ${line}`));
  const env = registerKernel();
  const target = path.join(scratch, "notebooks");
  mkdirSync(target, { recursive: true });
  names.forEach((name, index) => {
    console.log(`    [browser test] (${index + 1}/${names.length}) executing ${NOTEBOOK_DIR}/${name}`);
    const run = executeNotebook(projectPath(path.join(NOTEBOOK_DIR, name)), path.join(target, name), { python: jupyter.python, env });
    if (!run.ok) {
      const reason = `failed at cell ${run.failure.cellNumber ?? "?"}: ${run.failure.ename}: ${run.failure.evalue.split("\n", 1)[0]}`;
      console.log(`    [browser test] ${name} ${reason}; its page is left out`);
      failed.push({ notebook: name, reason });
    }
  });
  return target;
}

/** Waits until every chart is drawn (or has failed) and reads its state from the DOM and from Plotly. */
async function chartStates(page: Page): Promise<ChartState[]> {
  // These functions run in the page (serialised by playwright): they reach the DOM through globalThis.
  const allDrawn = (): boolean => [...(globalThis as unknown as { document: BrowserDocument }).document.querySelectorAll(".plotly-chart")].every((div) => div.classList.contains("drawn"));
  await page.waitForFunction(allDrawn, undefined, { timeout: 20000 }).catch(() => undefined);
  return page.$$eval(".plotly-chart", (divs) =>
    (divs as unknown as BrowserElement[]).map((div) => {
      const spec = JSON.parse((globalThis as unknown as { document: BrowserDocument }).document.getElementById(`${div.id}-spec`)?.textContent ?? "{}") as { data?: unknown[] };
      return {
        id: div.id,
        expectedTraces: spec.data?.length ?? -1,
        drawn: div.classList.contains("drawn"),
        mainSvg: div.querySelectorAll("svg.main-svg").length,
        drawnTraces: div.querySelectorAll(".cartesianlayer g.trace").length,
        plotlyTraces: ((div as unknown as { data?: unknown[] }).data ?? []).length,
      };
    }),
  );
}

describe("report/browser (headless Chromium)", function () {
  this.timeout(30 * 60 * 1000);
  let scratch = "";
  let reportDir = "";
  let pages: string[] = [];
  const failedNotebooks: { notebook: string; reason: string }[] = [];
  let context: BrowserContext | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    browser test skipped: chromium not found at ${CHROMIUM}`);
      this.skip();
    }
    scratch = temporaryFolder("browser");
    reportDir = path.join(scratch, "report");
    const executed = executedNotebooks(scratch, failedNotebooks);
    pages = exportReport({ executedDir: executed, ledgerCsv: projectPath("output/claims.csv"), outDir: reportDir, failures: failedNotebooks, log: (line) => console.log(`    ${line}`) }).pages;
    mkdirSync(projectPath(SCREENSHOT_DIR), { recursive: true });
    context = await launchOfflineBrowser(path.join(scratch, "profile"));
  });

  after(async () => {
    await context?.close();
    if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
  });

  it("exports an index page and one page per executed notebook", () => {
    assert.equal(path.basename(pages[0]), "index.html");
    const notebooks = readdirSync(reportDir).filter((name) => name.endsWith(".html") && name !== "index.html");
    assert.equal(notebooks.length, pages.length - 1);
    assert.ok(notebooks.length >= 1, "no notebook page");
  });

  it("every notebook executed, so every notebook has a page", () => {
    assert.deepEqual(failedNotebooks, []);
  });

  it("every page loads with no console error and no request outside the report, and every chart draws", async () => {
    const problems: string[] = [];
    let charts = 0;
    for (const file of pages) {
      const name = path.basename(file, ".html");
      const { page, visit: result } = await visit(context!, file, reportDir);
      const states = await chartStates(page);
      charts += states.length;
      await page.screenshot({ path: projectPath(path.join(SCREENSHOT_DIR, `${name}.png`)), fullPage: true });
      const chartNote = states.length === 0 ? "no charts" : `${states.filter((s) => s.drawn).length}/${states.length} charts drawn`;
      console.log(`    [browser test] ${name}.html: ${chartNote}, ${result.consoleErrors.length} console errors, ${result.outsideRequests.length} outside requests -> ${SCREENSHOT_DIR}/${name}.png`);
      for (const error of result.consoleErrors) problems.push(`${name}: console error: ${error}`);
      for (const url of result.outsideRequests) problems.push(`${name}: request outside the report: ${url}`);
      for (const message of result.dialogs) problems.push(`${name}: a script opened a dialog: ${message}`);
      for (const state of states) {
        if (!state.drawn || state.mainSvg === 0) problems.push(`${name}#${state.id}: not drawn by plotly (no svg.main-svg)`);
        if (state.drawnTraces !== state.expectedTraces || state.plotlyTraces !== state.expectedTraces) {
          problems.push(`${name}#${state.id}: expected ${state.expectedTraces} traces, the page shows ${state.drawnTraces} (Plotly holds ${state.plotlyTraces})`);
        }
      }
      await page.close();
    }
    assert.deepEqual(problems, []);
    assert.ok(charts > 0, "the report has no chart at all");
  });
});
