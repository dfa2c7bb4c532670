/**
 * The committed notebooks in real JupyterLab, as a reader meets them: `npm
 * run lab` (lib/pipeline/lab-cli.ts) starts the JupyterLab found on the
 * machine (the project's .venv/ in CI) on a fresh copy of notebooks/, with
 * its own empty Jupyter folders (so every notebook is untrusted, as after a
 * clone, and nothing of the user's set-up is read or written), and headless
 * Chromium opens it. The copy sits in output/test-jupyterlab/ (inside the
 * project, so that the kernel finds the lib in node_modules/, as it does for
 * notebooks/) and is removed afterwards.
 * 1. every notebook, untrusted, at 1440 × 900 as stock JupyterLab shows it
 *    (the Plotly renderer switched off): every chart's static picture loads,
 *    and no output is wider than its output area;
 * 2. the charts of notebooks 00, 01, 02 and 06 with an output area 600 px wide: each
 *    picture fits, and its smallest text is drawn at 10 px or more;
 * 3. where plotly's JupyterLab extension is installed, notebooks 01 and 06
 *    still untrusted: its renderer is marked safe (it renders JSON, not
 *    HTML), so each chart is drawn by Plotly from the output's
 *    application/vnd.plotly.v1+json (plotly.js of the extension), in place
 *    of the static picture;
 * 4. notebook 01 run in the app (Run All Cells) on the tslab kernel: no
 *    error output, and, when plotly's JupyterLab extension is installed, a
 *    chart answers the mouse with Plotly's hover label.
 * Screenshots go to output/screenshots/jupyterlab/. Skipped, with a plain
 * message, where JupyterLab or Chromium is missing.
 */
import { strict as assert } from "node:assert";
import { ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import * as path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { PLOTLY_MIME, svgTextMetrics, MIN_CHART_TEXT_PX } from "../../lib/display/notebook-display";
import { findJupyterLab, hasPlotlyRenderer } from "../../lib/pipeline/jupyterlab";
import { listNotebooks, NOTEBOOK_DIR } from "../../lib/pipeline/notebook-list";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";
import { processesLeft } from "../pipeline/process-helpers";
import { CHROMIUM, CHROMIUM_FLAGS } from "../report/browser-session";

const SCREENSHOT_DIR = "output/screenshots/jupyterlab";
/** The plugin of plotly's JupyterLab extension (jupyterlab-plotly) that renders application/vnd.plotly.v1+json. */
const PLOTLY_PLUGIN = "@jupyterlab/plotly-extension:factory";

/** What a committed notebook should show: its outputs and, for each chart, the smallest text of its static picture. */
interface ExpectedNotebook {
  readonly outputs: number;
  readonly codeCells: number;
  readonly charts: { readonly smallestFont: number; readonly width: number }[];
}

function expectedOf(file: string): ExpectedNotebook {
  const notebook = JSON.parse(readFileSync(file, "utf8")) as { cells: { cell_type: string; outputs?: { data?: Record<string, unknown> }[] }[] };
  const outputs = notebook.cells.flatMap((cell) => cell.outputs ?? []);
  const charts = outputs
    .filter((output) => output.data !== undefined && PLOTLY_MIME in output.data)
    .map((output) => {
      const svg = output.data!["image/svg+xml"];
      const metrics = svgTextMetrics(Array.isArray(svg) ? svg.join("") : String(svg));
      return { smallestFont: metrics.smallestFont ?? 0, width: metrics.width ?? 0 };
    });
  return { outputs: outputs.length, codeCells: notebook.cells.filter((cell) => cell.cell_type === "code").length, charts };
}

/** Measurements of the open notebook's outputs, taken in the page. */
interface OutputsState {
  readonly outputs: number;
  readonly pending: number;
  readonly overflowing: string[];
  readonly areaWidth: number;
  readonly pictures: { readonly loaded: boolean; readonly naturalWidth: number; readonly width: number; readonly boxOverflows: boolean }[];
  readonly interactive: number;
}

const MEASURE = `(() => {
  const panel = [...document.querySelectorAll(".jp-NotebookPanel")].find((p) => !p.classList.contains("lm-mod-hidden"));
  if (!panel) return { outputs: 0, pending: 1, overflowing: [], areaWidth: 0, pictures: [], interactive: 0 };
  const outputs = [...panel.querySelectorAll(".jp-OutputArea-output")];
  const overflowing = [];
  let areaWidth = 0;
  outputs.forEach((output, index) => {
    const area = output.closest(".jp-OutputArea");
    const box = output.getBoundingClientRect();
    areaWidth = Math.max(areaWidth, output.clientWidth);
    if (output.scrollWidth > output.clientWidth + 1 || box.right > area.getBoundingClientRect().right + 1) {
      overflowing.push(index + ": " + (output.textContent || "").slice(0, 70) + " (" + output.scrollWidth + " px in " + output.clientWidth + " px)");
    }
  });
  const images = [...panel.querySelectorAll(".jp-OutputArea-output .lwn-chart img")];
  const pictures = images.map((img) => {
    const box = img.closest(".lwn-chart");
    return { loaded: img.complete && img.naturalWidth > 0, naturalWidth: img.naturalWidth, width: img.getBoundingClientRect().width, boxOverflows: box.scrollWidth > box.clientWidth + 1 };
  });
  return { outputs: outputs.length, pending: images.filter((img) => !img.complete).length, overflowing, areaWidth, pictures, interactive: panel.querySelectorAll(".jp-RenderedPlotly").length };
})()`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` every 250 ms until it returns a value; fails after `limitMs` with `what`. */
async function poll<T>(probe: () => Promise<T | undefined>, what: () => string, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${limitMs / 1000} s waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** JupyterLab's settings for the test: every cell rendered (no windowing), no news, no autosave into the copies. */
function writeSettings(settingsDir: string): void {
  const write = (plugin: string, file: string, settings: object): void => {
    mkdirSync(path.join(settingsDir, plugin), { recursive: true });
    writeFileSync(path.join(settingsDir, plugin, file), JSON.stringify(settings));
  };
  write("@jupyterlab/notebook-extension", "tracker.jupyterlab-settings", { windowingMode: "none" });
  write("@jupyterlab/apputils-extension", "notification.jupyterlab-settings", { fetchNews: "false", checkForUpdates: false });
  write("@jupyterlab/docmanager-extension", "plugin.jupyterlab-settings", { autosave: false });
}

describe("the notebooks in real JupyterLab (where installed): untrusted, narrow, and notebook 01 run in the app", function () {
  this.timeout(600_000);
  const root = temporaryFolder("jupyterlab");
  const copyDir = projectPath("output/test-jupyterlab");
  const notebooksDir = path.join(copyDir, "notebooks");
  const configDir = path.join(root, "jupyter-config");
  const token = randomBytes(12).toString("hex");
  const mark = `lwn-jupyterlab-test-${token}`;
  let lab: ChildProcess | undefined;
  let labOutput = "";
  let labExited: Promise<number | null> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = "";
  let plotlyInstalled: boolean | undefined;

  /** Switches plotly's renderer off (stock JupyterLab) or on, for the next page load. */
  const plotlyRenderer = (on: boolean): void => {
    mkdirSync(path.join(configDir, "labconfig"), { recursive: true });
    writeFileSync(path.join(configDir, "labconfig", "page_config.json"), JSON.stringify({ disabledExtensions: { [PLOTLY_PLUGIN]: !on } }));
  };

  /** Opens a notebook on a fresh workspace and waits until every output is there and every picture has loaded. */
  const open = async (name: string): Promise<OutputsState> => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/lab/tree/${name}?reset&token=${token}`);
    const expected = expectedOf(path.join(notebooksDir, name));
    return poll(async () => {
      const state = (await page.evaluate(MEASURE)) as OutputsState;
      return state.outputs >= expected.outputs && state.pending === 0 ? state : undefined;
    }, () => `the ${expected.outputs} outputs of ${name}`);
  };

  const screenshot = async (file: string): Promise<void> => {
    mkdirSync(projectPath(SCREENSHOT_DIR), { recursive: true });
    await page.screenshot({ path: projectPath(path.join(SCREENSHOT_DIR, file)) });
  };

  before(async function () {
    const found = findJupyterLab();
    if (found === undefined || !existsSync(CHROMIUM)) {
      console.log(`    skipped: ${found === undefined ? "JupyterLab is not installed (python3 -m venv .venv && .venv/bin/pip install jupyterlab plotly)" : `chromium not found at ${CHROMIUM}`}`);
      this.skip();
    }
    plotlyInstalled = hasPlotlyRenderer(found!.jupyter);
    rmSync(copyDir, { recursive: true, force: true });
    cpSync(projectPath(NOTEBOOK_DIR), notebooksDir, { recursive: true });
    writeSettings(path.join(root, "lab-settings"));
    plotlyRenderer(false);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    lab = spawn(
      process.execPath,
      [projectPath("output/build/lib/pipeline/lab-cli.js"), "--no-browser", "--port", String(port), `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${notebooksDir}`, "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
      {
        env: {
          ...process.env,
          LWN_TEST_MARK: mark,
          LWN_OUTPUT_DIR: path.join(root, "output"),
          JUPYTER_CONFIG_DIR: configDir,
          JUPYTER_DATA_DIR: path.join(root, "jupyter-data"),
          JUPYTER_RUNTIME_DIR: path.join(root, "jupyter-runtime"),
          JUPYTERLAB_SETTINGS_DIR: path.join(root, "lab-settings"),
          JUPYTERLAB_WORKSPACES_DIR: path.join(root, "lab-workspaces"),
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    lab.stdout!.on("data", (chunk: Buffer) => (labOutput += chunk.toString()));
    lab.stderr!.on("data", (chunk: Buffer) => (labOutput += chunk.toString()));
    labExited = new Promise((resolve) => lab!.on("exit", (code) => resolve(code)));
    await poll(async () => ((await fetch(`${base}/api/status`, { headers: { Authorization: `token ${token}` } }).catch(() => undefined))?.ok ? true : undefined), () => `JupyterLab to answer:\n${labOutput.slice(-3000)}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  after(async () => {
    await browser?.close();
    if (lab !== undefined) {
      lab.kill("SIGTERM");
      assert.equal(await labExited, 0, labOutput.slice(-2000));
      assert.deepEqual(await processesLeft(mark), [], "JupyterLab or a kernel is still running");
    }
    rmSync(copyDir, { recursive: true, force: true });
  });

  for (const name of listNotebooks()) {
    it(`${name}, untrusted at 1440 × 900 without the Plotly renderer: every chart's picture loads, no output is wider than its area`, async () => {
      const state = await open(name);
      const expected = expectedOf(path.join(notebooksDir, name));
      await screenshot(`${name.replace(/\.ipynb$/, "")}-untrusted.png`);
      assert.equal(state.interactive, 0, "the Plotly renderer was switched off");
      assert.equal(state.pictures.length, expected.charts.length, "one static picture per chart");
      assert.deepEqual(state.pictures.filter((picture) => !picture.loaded), [], "pictures that did not load");
      assert.deepEqual(state.overflowing, [], "outputs wider than their output area");
    });
  }

  for (const name of listNotebooks().filter((notebook) => /^0[0126]-/.test(notebook))) {
    it(`${name} with a 600 px output area: each chart fits and its smallest text is at least ${MIN_CHART_TEXT_PX} px`, async () => {
      const first = await open(name);
      await page.setViewportSize({ width: Math.round(1440 - (first.areaWidth - 600)), height: 900 });
      const state = await poll(async () => {
        const measured = (await page.evaluate(MEASURE)) as OutputsState;
        return Math.abs(measured.areaWidth - 600) <= 2 ? measured : undefined;
      }, () => "the output area to be 600 px wide", 20_000);
      await screenshot(`${name.replace(/\.ipynb$/, "")}-600px.png`);
      const expected = expectedOf(path.join(notebooksDir, name));
      assert.equal(state.pictures.length, expected.charts.length);
      state.pictures.forEach((picture, i) => {
        const textPx = (picture.width / picture.naturalWidth) * expected.charts[i].smallestFont;
        assert.ok(textPx >= MIN_CHART_TEXT_PX - 0.01, `chart ${i + 1}: smallest text drawn at ${textPx.toFixed(2)} px`);
        assert.equal(picture.boxOverflows, false, `chart ${i + 1} does not fit a 600 px output`);
      });
      assert.deepEqual(state.overflowing, [], "outputs wider than their output area");
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  }

  /** Per Plotly chart of the open notebook: the number of traces plotly.js drew, and whether the chart overflows its output. */
  const PLOTLY_DRAWN = `[...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedPlotly")].map((chart) => ({
    traces: chart.querySelectorAll(".main-svg .trace").length,
    overflows: chart.getBoundingClientRect().right > chart.closest(".jp-OutputArea").getBoundingClientRect().right + 1,
  }))`;

  for (const name of listNotebooks().filter((notebook) => /^0[16]-/.test(notebook))) {
    it(`${name}, untrusted, with plotly's JupyterLab renderer: each chart drawn by Plotly from its JSON, inside the output area`, async function () {
      if (plotlyInstalled !== true) {
        console.log("    skipped: plotly's JupyterLab extension is not installed (pip install plotly)");
        this.skip();
      }
      plotlyRenderer(true);
      const expected = expectedOf(path.join(notebooksDir, name));
      await open(name);
      const drawn = await poll(async () => {
        const charts = (await page.evaluate(PLOTLY_DRAWN)) as { traces: number; overflows: boolean }[];
        return charts.length === expected.charts.length && charts.every((chart) => chart.traces > 0) ? charts : undefined;
      }, () => `Plotly to draw the ${expected.charts.length} charts of ${name}`, 60_000);
      await screenshot(`${name.replace(/\.ipynb$/, "")}-untrusted-plotly.png`);
      assert.deepEqual(drawn.filter((chart) => chart.overflows), [], "Plotly charts wider than their output area");
      const state = (await page.evaluate(MEASURE)) as OutputsState;
      assert.equal(state.pictures.length, 0, "the Plotly renderer is preferred to the static picture");
      assert.deepEqual(state.overflowing, [], "outputs wider than their output area");
    });
  }

  it("notebook 01 run in the app on the tslab kernel: no error output; a chart answers the mouse with Plotly's hover label", async () => {
    plotlyRenderer(true);
    const name = listNotebooks().find((notebook) => notebook.startsWith("01-"))!;
    const expected = expectedOf(path.join(notebooksDir, name));
    await open(name);
    await poll(async () => ((await page.evaluate(`document.body.textContent.includes("TypeScript (tslab) | Idle")`)) ? true : undefined), () => "the tslab kernel to be idle");
    await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
    await page.locator(".lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();
    const prompts = `[...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")].map((p) => p.textContent.trim())`;
    const errorOutputs = `[...document.querySelectorAll(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")].map((e) => e.textContent.slice(0, 300))`;
    // Run All stops at a failing cell: the wait ends when every cell ran or an error shows.
    await poll(async () => {
      const shown = (await page.evaluate(prompts)) as string[];
      const done = shown.length === expected.codeCells && shown.every((prompt) => /^\[\d+\]:$/.test(prompt));
      return done || ((await page.evaluate(errorOutputs)) as string[]).length > 0 ? true : undefined;
    }, () => `every cell of ${name} to run`, 180_000);
    const errors = (await page.evaluate(errorOutputs)) as string[];
    await screenshot(`${name.replace(/\.ipynb$/, "")}-run.png`);
    assert.deepEqual(errors, [], "error or stderr outputs after Run All Cells");
    if (plotlyInstalled !== true) {
      console.log("    hover check skipped: plotly's JupyterLab extension is not installed (pip install plotly)");
      return;
    }
    const chart = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .js-plotly-plot").first();
    await chart.scrollIntoViewIfNeeded();
    const bar = chart.locator(".barlayer .point path").first();
    const box = await poll(async () => (await bar.boundingBox()) ?? undefined, () => "a drawn bar of the Plotly chart", 30_000);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await poll(async () => ((await chart.locator(".hoverlayer .hovertext").count()) > 0 ? true : undefined), () => "Plotly's hover label", 10_000);
    await chart.screenshot({ path: projectPath(path.join(SCREENSHOT_DIR, `${name.replace(/\.ipynb$/, "")}-hover.png`)) });
  });
});
