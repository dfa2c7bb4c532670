/**
 * Headless Chromium for the report's browser tests: Debian's /usr/bin/chromium
 * driven by playwright-core (which downloads no browser), offline, with the
 * flags that keep it from reaching the network, and a page visit that records
 * console errors, uncaught exceptions, JavaScript dialogs (alert, confirm)
 * and every request outside the report's own files.
 */
import { pathToFileURL } from "node:url";
import { BrowserContext, chromium, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Everything one page did that the test judges. */
export interface PageVisit {
  readonly consoleErrors: string[];
  readonly outsideRequests: string[];
  /** Messages of JavaScript dialogs (alert, confirm, prompt) the page opened: script ran. */
  readonly dialogs: string[];
}

/** Launches Chromium offline with a fresh profile folder. */
export function launchOfflineBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1100, height: 900 },
    offline: true,
  });
}

/** Opens a report page and records what it does (see {@link PageVisit}). */
export async function visit(context: BrowserContext, file: string, reportDir: string): Promise<{ page: Page; visit: PageVisit }> {
  const page = await context.newPage();
  const result: PageVisit = { consoleErrors: [], outsideRequests: [], dialogs: [] };
  const ownFiles = pathToFileURL(reportDir).href + "/";
  page.on("console", (message) => {
    if (message.type() === "error") result.consoleErrors.push(message.text());
  });
  page.on("dialog", (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => result.consoleErrors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(ownFiles) && !url.startsWith("data:")) result.outsideRequests.push(url);
  });
  page.on("requestfailed", (request) => result.consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, visit: result };
}

