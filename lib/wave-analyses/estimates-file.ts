import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { showTable } from "../display/notebook-display";
import { writeFileAtomic } from "../io/atomic-write";
import { formatCsv } from "../io/format-csv";
import { projectPath } from "../project/project-path";

/**
 * `output/estimates.csv`: one row per respondent-level estimate that a
 * notebook shows, the tidy file an analyst loads into R or a spreadsheet.
 * Each notebook records its estimates in `output/estimates/<notebook>.json`
 * ({@link EstimateRecorder}); the main job merges them into the file
 * ({@link writeEstimates}), atomically, the same bytes for the same inputs.
 * This module is the only definition of both.
 */

/** Project-relative path of the merged estimates file. */
export const ESTIMATES_FILE = "output/estimates.csv";

/** Folder where each notebook writes its estimates. */
export const ESTIMATE_RESULTS_DIR = "output/estimates";

/**
 * Columns of output/estimates.csv, in order (issue 12):
 * - `notebook` the notebook that shows the estimate; `claim_id` the claims it
 *   is evidence for, ";"-separated, empty for a descriptive estimate;
 * - `waves` the wave ids, ";"-separated; `synthetic` yes/no;
 * - `concept` the wave concept(s) (";"-separated for a sum over items or the
 *   two reason slots); `measure` an answer code ("1", "98"), `positive`,
 *   `negative`, `nonsubstantive`, a reason category id, or a named difference
 *   or ratio; `domain` empty for all respondents, else `concept=measure`;
 *   `base` one of {@link ESTIMATE_BASES};
 * - `estimate`, `se`, `ci_low`, `ci_high` proportions (or differences of
 *   proportions) at full precision, 95% intervals; `df` the design degrees
 *   of freedom; `n` unweighted respondents in the base; `deff` the design
 *   effect against simple random sampling with replacement (R `deff =
 *   "replace"`), empty where none is defined (ratios, differences).
 */
export const ESTIMATES_COLUMNS = ["notebook", "claim_id", "waves", "synthetic", "concept", "measure", "domain", "base", "estimate", "se", "ci_low", "ci_high", "df", "n", "deff"] as const;

/**
 * The bases of a share: `all` (non-substantive answers in the denominator),
 * `substantive` (excluded), `mentions` (all coded reasons), `categorizable_mentions`,
 * `respondents` (each respondent once: the share citing a reason at least once),
 * `categorizable_respondents` (the same among the respondents with at least
 * one categorizable reason: "of those categorizable positions, 57 percent
 * admire" read as people).
 */
export const ESTIMATE_BASES = ["all", "substantive", "mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] as const;

/** One base of {@link ESTIMATE_BASES}. */
export type EstimateBase = (typeof ESTIMATE_BASES)[number];

/** One estimate as an analysis returns it (without the notebook). Plain data; proportions, not percent. */
export interface Estimate {
  /** Claims it is evidence for (may be empty). */
  readonly claimIds: readonly string[];
  readonly waves: readonly string[];
  readonly synthetic: boolean;
  readonly concept: string;
  readonly measure: string;
  readonly domain: string;
  readonly base: EstimateBase;
  readonly estimate: number;
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly df: number;
  readonly n: number;
  readonly deff: number | null;
}

/** One row of output/estimates.csv. */
export interface EstimateRow {
  readonly notebook: string;
  readonly claim_id: string;
  readonly waves: string;
  readonly synthetic: "yes" | "no";
  readonly concept: string;
  readonly measure: string;
  readonly domain: string;
  readonly base: EstimateBase;
  readonly estimate: number;
  readonly se: number;
  readonly ci_low: number;
  readonly ci_high: number;
  readonly df: number;
  readonly n: number;
  readonly deff: number | null;
}

/**
 * The identity of an estimate within a notebook: waves, concept, measure,
 * domain and base (the same estimate serving two claims is one row).
 *
 * @example estimateKey(estimate) // => "kz-2017|russia_opinion|positive||all"
 */
export function estimateKey(e: Pick<Estimate, "waves" | "concept" | "measure" | "domain" | "base">): string {
  return [e.waves.join(";"), e.concept, e.measure, e.domain, e.base].join("|");
}

/**
 * Checks one estimate: non-empty waves, concept, measure; a base of the
 * vocabulary; finite estimate, SE ≥ 0 and interval with low ≤ estimate ≤
 * high; whole df ≥ 0 and n ≥ 0; deff null or finite. Throws a TypeError
 * naming the estimate.
 *
 * @example validateEstimate(estimate) // returns it
 */
export function validateEstimate(e: Estimate): Estimate {
  const where = `estimate ${estimateKey(e)}`;
  if (e.waves.length === 0 || e.waves.some((w) => w.trim() === "")) throw new TypeError(`${where}: no wave`);
  if (e.concept.trim() === "" || e.measure.trim() === "") throw new TypeError(`${where}: concept and measure must not be empty`);
  if (!(ESTIMATE_BASES as readonly string[]).includes(e.base)) throw new TypeError(`${where}: unknown base ${JSON.stringify(e.base)}`);
  if (![e.estimate, e.se, e.ciLow, e.ciHigh].every(Number.isFinite) || e.se < 0) throw new TypeError(`${where}: estimate, SE and interval must be finite (SE ≥ 0)`);
  if (!(e.ciLow <= e.estimate && e.estimate <= e.ciHigh)) throw new TypeError(`${where}: need ci_low ≤ estimate ≤ ci_high`);
  if (!Number.isInteger(e.df) || e.df < 0 || !Number.isInteger(e.n) || e.n < 0) throw new TypeError(`${where}: df and n must be whole numbers ≥ 0`);
  if (e.deff !== null && !Number.isFinite(e.deff)) throw new TypeError(`${where}: deff must be finite or null`);
  return e;
}

/**
 * The row of output/estimates.csv for an estimate a notebook shows.
 *
 * @example estimateRow("01-attitudes-table1.ipynb", estimate).waves // => "kz-2017-synthetic;kz-2018-synthetic"
 */
export function estimateRow(notebook: string, e: Estimate): EstimateRow {
  return {
    notebook,
    claim_id: [...new Set(e.claimIds)].sort().join(";"),
    waves: e.waves.join(";"),
    synthetic: e.synthetic ? "yes" : "no",
    concept: e.concept,
    measure: e.measure,
    domain: e.domain,
    base: e.base,
    estimate: e.estimate,
    se: e.se,
    ci_low: e.ciLow,
    ci_high: e.ciHigh,
    df: e.df,
    n: e.n,
    deff: e.deff,
  };
}

/** Where an {@link EstimateRecorder} and {@link writeEstimates} read and write (defaults: the project's). */
export interface EstimatesPaths {
  readonly resultsDir?: string;
  readonly estimatesFile?: string;
}

/**
 * The estimates one notebook shows, collected as its cells compute them and
 * written at the end to `output/estimates/<notebook stem>.json`, atomically.
 * An estimate added twice (same waves, concept, measure, domain and base) is
 * one row whose claims are merged; the two must agree to the last digit (else
 * an Error: two different numbers under one name). Rows keep the order in
 * which they were first added, so the file reads like the notebook.
 *
 * @example
 * const estimates = new EstimateRecorder("01-attitudes-table1.ipynb");
 * estimates.add(...table1.estimates);
 * estimates.record(); // writes output/estimates/01-attitudes-table1.json
 */
export class EstimateRecorder {
  readonly notebook: string;
  private readonly resultsDir: string;
  private readonly rows = new Map<string, Estimate>();

  constructor(notebook: string, paths: EstimatesPaths = {}) {
    if (!/^[\w.-]+\.ipynb$/.test(notebook)) throw new RangeError(`EstimateRecorder: ${JSON.stringify(notebook)} is not a notebook file name`);
    this.notebook = notebook;
    this.resultsDir = paths.resultsDir ?? ESTIMATE_RESULTS_DIR;
  }

  /** Estimates added so far, in order (duplicates merged). */
  get estimates(): readonly Estimate[] {
    return [...this.rows.values()];
  }

  /** Adds estimates, checking each ({@link validateEstimate}) and merging duplicates (see the class). */
  add(...estimates: readonly Estimate[]): void {
    for (const estimate of estimates) {
      validateEstimate(estimate);
      const key = estimateKey(estimate);
      const previous = this.rows.get(key);
      if (previous === undefined) {
        this.rows.set(key, estimate);
        continue;
      }
      const numbers = (e: Estimate) => [e.synthetic, e.estimate, e.se, e.ciLow, e.ciHigh, e.df, e.n, e.deff].join("|");
      if (numbers(previous) !== numbers(estimate)) throw new Error(`EstimateRecorder(${this.notebook}): two different values for ${key}`);
      this.rows.set(key, { ...previous, claimIds: [...new Set([...previous.claimIds, ...estimate.claimIds])] });
    }
  }

  /** Writes the estimates (see the class) and shows how many, by base and synthetic or real. */
  record(): void {
    const rows = this.estimates.map((e) => estimateRow(this.notebook, e));
    const file = path.join(this.resultsDir, `${this.notebook.replace(/\.ipynb$/, "")}.json`);
    writeFileAtomic(path.isAbsolute(file) ? file : projectPath(file), `${JSON.stringify(rows, null, 1)}\n`);
    const tally = new Map<string, { base: string; data: string; estimates: number }>();
    for (const row of rows) {
      const key = `${row.base}|${row.synthetic}`;
      const entry = tally.get(key) ?? { base: row.base, data: row.synthetic === "yes" ? "SYNTHETIC" : "real waves", estimates: 0 };
      tally.set(key, { ...entry, estimates: entry.estimates + 1 });
    }
    showTable([...tally.values()], `${rows.length} estimates of ${this.notebook} written to ${file} (merged into ${ESTIMATES_FILE} by the main job)`);
  }
}

/**
 * Merges every notebook's estimates (`output/estimates/*.json`, notebooks in
 * name order, each in its own order) into output/estimates.csv with the
 * columns {@link ESTIMATES_COLUMNS}: numbers at full precision (JavaScript's
 * shortest round-trip form), RFC 4180 quoting, written atomically; the same
 * inputs give the same bytes. A folder without results gives a file with the
 * header only. Throws, naming the file, on a results file that is not a list
 * of rows or holds a malformed row.
 *
 * @example writeEstimates() // => { file: "output/estimates.csv", rows: 1234 }
 */
export function writeEstimates(paths: EstimatesPaths = {}): { file: string; rows: number } {
  const resultsDir = paths.resultsDir ?? ESTIMATE_RESULTS_DIR;
  const file = paths.estimatesFile ?? ESTIMATES_FILE;
  const rows = readEstimateResults(resultsDir);
  writeFileAtomic(absolute(file), formatCsv(rows as unknown as Record<string, unknown>[], ESTIMATES_COLUMNS));
  return { file, rows: rows.length };
}

/**
 * The rows {@link writeEstimates} writes, without writing them (same checks).
 *
 * @example readEstimateResults("output/estimates")[0].notebook // => "01-attitudes-table1.ipynb"
 */
export function readEstimateResults(resultsDir: string): EstimateRow[] {
  const folder = absolute(resultsDir);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  return files.flatMap((name) => {
    const parsed = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`writeEstimates: ${resultsDir}/${name} is not a list of estimates`);
    return parsed.map((row, index) => checkRow(row as EstimateRow, `${resultsDir}/${name}, row ${index + 1}`));
  });
}

function checkRow(row: EstimateRow, where: string): EstimateRow {
  const keys = Object.keys(row).sort().join(",");
  if (keys !== [...ESTIMATES_COLUMNS].sort().join(",")) throw new Error(`writeEstimates: ${where} has the fields ${keys}, expected ${ESTIMATES_COLUMNS.join(",")}`);
  try {
    validateEstimate({
      claimIds: row.claim_id === "" ? [] : row.claim_id.split(";"),
      waves: row.waves === "" ? [] : row.waves.split(";"),
      synthetic: row.synthetic === "yes",
      concept: row.concept,
      measure: row.measure,
      domain: row.domain,
      base: row.base,
      estimate: row.estimate,
      se: row.se,
      ciLow: row.ci_low,
      ciHigh: row.ci_high,
      df: row.df,
      n: row.n,
      deff: row.deff,
    });
  } catch (error) {
    throw new Error(`writeEstimates: ${where}: ${(error as Error).message}`);
  }
  if (row.synthetic !== "yes" && row.synthetic !== "no") throw new Error(`writeEstimates: ${where}: synthetic must be "yes" or "no"`);
  return row;
}

function absolute(file: string): string {
  return path.isAbsolute(file) ? file : projectPath(file);
}
