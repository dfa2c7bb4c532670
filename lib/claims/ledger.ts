/**
 * The claims ledger `output/claims.csv`: its schema, how the main job writes
 * it from the registry and every notebook's results, and how the ledger
 * notebook (00) and the HTML report read it back. This module is the only
 * definition of the file.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describeFileError } from "../io/file-error-text";
import { writeFileAtomic } from "../io/atomic-write";
import { DataError } from "../io/data-error";
import { formatCsv } from "../io/format-csv";
import { parseCsv } from "../io/parse-csv";
import { applySchema, TableSchema } from "../io/table-schema";
import { projectPath } from "../project/project-path";
import { ClaimResult, INTERVAL_KINDS, IntervalKind, RespondentLayer, RESPONDENT_UNITS, RespondentUnit, validateClaimResult } from "./claim-result";
import { CLAIM_RESULTS_DIR, claimResultsFile } from "./claim-results-file";
import { CLAIMS_FILE, ClaimRecord, loadClaimsRegistry } from "./claims-registry";
import { RESPONDENT_VERDICTS, RespondentVerdict } from "./respondent-verdict";
import { Verdict, VERDICTS } from "./verdict";

/** Project-relative path of the claims ledger written by the main job. */
export const LEDGER_FILE = "output/claims.csv";

/**
 * Columns of the ledger, in order. The claim (`id` … `reported`, from the
 * registry); the judgement on the memo's printed figures (`computed`,
 * `interval` and what it is, `interval_kind`, `verdict`, `evidence`,
 * `notebook`, `detail`); then the respondent-level layer (`respondent_*`):
 * what the waves give, its verdict, the estimate and its 95% confidence
 * interval in `respondent_unit`, the base and domain (output/estimates.csv's
 * terms), the waves used and how it was computed.
 */
export const LEDGER_COLUMNS = [
  "id",
  "section",
  "statement",
  "reported",
  "computed",
  "interval",
  "interval_kind",
  "verdict",
  "evidence",
  "notebook",
  "detail",
  "respondent_verdict",
  "respondent_estimate",
  "respondent_ci_low",
  "respondent_ci_high",
  "respondent_unit",
  "respondent_base",
  "respondent_domain",
  "respondent_waves",
  "respondent_detail",
] as const;

/** One column of the ledger. */
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** One row of the ledger: the registry row joined with the result its notebook recorded, both layers. */
export interface LedgerRow {
  readonly id: string;
  readonly section: string;
  /** Short locating phrase from the registry. */
  readonly statement: string;
  readonly reported: string;
  readonly computed: string;
  /** "" when the judgement rests on no interval. */
  readonly interval: string;
  /** What `interval` is: "rounding" or "quantifier reading"; "" without interval. */
  readonly interval_kind: IntervalKind | "";
  readonly verdict: Verdict;
  readonly evidence: string;
  /** File name of the notebook that checks the claim, e.g. "01-attitudes-table1.ipynb". */
  readonly notebook: string;
  readonly detail: string;
  readonly respondent_verdict: RespondentVerdict;
  /** The estimate in `respondent_unit`, rounded for reading (two decimals; a correlation three); "" without one. Full precision: output/estimates.csv. */
  readonly respondent_estimate: string;
  /** 95% confidence interval, same unit and rounding; "" without estimate. */
  readonly respondent_ci_low: string;
  readonly respondent_ci_high: string;
  readonly respondent_unit: RespondentUnit;
  readonly respondent_base: string;
  readonly respondent_domain: string;
  /** Wave ids ";"-separated. */
  readonly respondent_waves: string;
  readonly respondent_detail: string;
}

/** Contract of the ledger file: exactly {@link LEDGER_COLUMNS}, verdicts of both vocabularies, one row per id; the interval and the respondent-level numbers, base, domain and waves may be empty. */
export const LEDGER_SCHEMA: TableSchema = {
  columns: {
    id: { type: "string" },
    section: { type: "string" },
    statement: { type: "string" },
    reported: { type: "string" },
    computed: { type: "string" },
    interval: { type: "string", optional: true },
    interval_kind: { type: "string", optional: true, values: INTERVAL_KINDS },
    verdict: { type: "string", values: VERDICTS.map((v) => v.verdict) },
    evidence: { type: "string" },
    notebook: { type: "string" },
    detail: { type: "string" },
    respondent_verdict: { type: "string", values: RESPONDENT_VERDICTS.map((v) => v.verdict) },
    respondent_estimate: { type: "string", optional: true },
    respondent_ci_low: { type: "string", optional: true },
    respondent_ci_high: { type: "string", optional: true },
    respondent_unit: { type: "string", optional: true, values: RESPONDENT_UNITS.filter((unit) => unit !== "") },
    respondent_base: { type: "string", optional: true },
    respondent_domain: { type: "string", optional: true },
    respondent_waves: { type: "string", optional: true },
    respondent_detail: { type: "string" },
  },
  key: ["id"],
};

/** Where {@link writeLedger} reads and writes; project-relative or absolute paths (defaults: the project's). */
export interface LedgerPaths {
  readonly registryFile?: string;
  readonly resultsDir?: string;
  readonly ledgerFile?: string;
}

/**
 * Merges the registry with every notebook's results (`output/claims/*.json`)
 * into the ledger `output/claims.csv`: one row per claim with the columns
 * {@link LEDGER_COLUMNS}, ordered by id, RFC 4180 quoting, written
 * atomically; the same inputs give the same bytes. Throws, listing all of
 * them at once, on every registry claim without a result, every result
 * without a registry row, every result recorded twice, and every result
 * recorded by a notebook the claim is not assigned to.
 *
 * @example writeLedger() // => { file: "output/claims.csv", rows: 85 }
 */
export function writeLedger(paths: LedgerPaths = {}): { file: string; rows: number } {
  const registryFile = paths.registryFile ?? CLAIMS_FILE;
  const resultsDir = paths.resultsDir ?? CLAIM_RESULTS_DIR;
  const ledgerFile = paths.ledgerFile ?? LEDGER_FILE;
  if (absolute(ledgerFile) === absolute(registryFile)) throw new Error(`writeLedger: refusing to write the ledger over the registry ${registryFile}`);
  const rows = mergeLedger(registryFile, resultsDir);
  const records = rows.map((row): Record<LedgerColumn, string> => ({ ...row }));
  writeFileAtomic(absolute(ledgerFile), formatCsv(records, LEDGER_COLUMNS));
  return { file: ledgerFile, rows: rows.length };
}

/**
 * The ledger rows {@link writeLedger} writes, without writing them (same checks, same errors).
 *
 * @example mergeLedger("data/claims/claims.csv", "output/claims")[0].id // => "CX-01"
 */
export function mergeLedger(registryFile: string, resultsDir: string): LedgerRow[] {
  const registry = loadClaimsRegistry(registryFile);
  const recorded = readResults(resultsDir);
  const problems: string[] = [];
  const byId = new Map<string, { result: ClaimResult; source: string }>();
  for (const entry of recorded) {
    const previous = byId.get(entry.result.id);
    if (previous !== undefined) problems.push(`${entry.result.id}: duplicate result (${previous.source} and ${entry.source})`);
    else byId.set(entry.result.id, entry);
  }
  const registered = new Set(registry.map((claim) => claim.id));
  for (const entry of recorded) {
    if (!registered.has(entry.result.id)) problems.push(`${entry.result.id}: result in ${entry.source} has no registry row`);
  }
  const rows: LedgerRow[] = [];
  for (const claim of registry) {
    const entry = byId.get(claim.id);
    if (entry === undefined) {
      problems.push(`${claim.id}: no result recorded (expected from ${claim.notebook})`);
      continue;
    }
    const expectedSource = path.basename(claimResultsFile(claim.notebook));
    if (entry.source !== expectedSource) problems.push(`${claim.id}: recorded in ${entry.source}, but assigned to ${claim.notebook}`);
    const { result } = entry;
    const respondent = result.respondent ?? noRespondentLayer(claim);
    rows.push({
      id: claim.id,
      section: claim.section,
      statement: claim.statement,
      reported: claim.reported,
      computed: result.computed,
      interval: result.interval,
      interval_kind: result.intervalKind ?? "",
      verdict: result.verdict,
      evidence: result.evidence,
      notebook: claim.notebook,
      detail: result.detail,
      respondent_verdict: respondent.verdict,
      respondent_estimate: formatRespondentNumber(respondent.estimate, respondent.unit),
      respondent_ci_low: formatRespondentNumber(respondent.ciLow, respondent.unit),
      respondent_ci_high: formatRespondentNumber(respondent.ciHigh, respondent.unit),
      respondent_unit: respondent.unit,
      respondent_base: respondent.base,
      respondent_domain: respondent.domain,
      respondent_waves: respondent.waves.join(";"),
      respondent_detail: respondent.detail,
    });
  }
  if (problems.length > 0) throw new Error(`writeLedger: ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The respondent-level layer of a claim whose notebook recorded none: "no
 * respondent-level data", saying what the claim rests on instead (the
 * registry's `evidence_needed`).
 *
 * @example noRespondentLayer(claim).verdict // => "no respondent-level data"
 */
export function noRespondentLayer(claim: Pick<ClaimRecord, "evidence_needed">): RespondentLayer {
  return {
    verdict: "no respondent-level data",
    synthetic: false,
    estimate: null,
    ciLow: null,
    ciHigh: null,
    unit: "",
    base: "",
    domain: "",
    waves: [],
    detail: `Not estimated from the waves: the claim rests on ${claim.evidence_needed}.`,
  };
}

/**
 * A respondent-level number as the ledger prints it, for reading: percent and
 * percentage points with two decimals, a correlation with three, as a plain
 * number (no trailing zeros); "" for null. The full-precision estimates are in
 * output/estimates.csv.
 *
 * @example formatRespondentNumber(86.8412, "percent") // => "86.84"
 * @example formatRespondentNumber(null, "") // => ""
 */
export function formatRespondentNumber(value: number | null, unit: RespondentUnit): string {
  if (value === null) return "";
  const rounded = Number(value.toFixed(unit === "correlation" ? 3 : 2));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function readResults(resultsDir: string): { result: ClaimResult; source: string }[] {
  const folder = absolute(resultsDir);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  return files.flatMap((name) => {
    const parsed = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`writeLedger: ${resultsDir}/${name} is not a list of claim results`);
    return parsed.map((result) => ({ result: validateClaimResult(result as ClaimResult), source: name }));
  });
}

function absolute(file: string): string {
  return path.isAbsolute(file) ? file : projectPath(file);
}

/**
 * Parses the text of a ledger against {@link LEDGER_SCHEMA} (strict RFC 4180,
 * columns in any order, no other column). Cells are trimmed as every tidy
 * file of the package is. Throws a {@link DataError} naming file, row and
 * column: a missing or unexpected column, an empty required cell, an unknown
 * verdict of either layer or interval kind, an id twice.
 *
 * @example parseLedger(readFileSync("output/claims.csv", "utf8"), "output/claims.csv")[0].id // => "CX-01"
 */
export function parseLedger(text: string, file: string): LedgerRow[] {
  const columns = applySchema(parseCsv(text, file), LEDGER_SCHEMA);
  const rows = columns.id.length;
  return Array.from({ length: rows }, (_, index) => {
    const cell = (column: LedgerColumn): string => String(columns[column][index]);
    return {
      id: cell("id"),
      section: cell("section"),
      statement: cell("statement"),
      reported: cell("reported"),
      computed: cell("computed"),
      interval: cell("interval"),
      interval_kind: cell("interval_kind") as IntervalKind | "",
      verdict: cell("verdict") as Verdict,
      evidence: cell("evidence"),
      notebook: cell("notebook"),
      detail: cell("detail"),
      respondent_verdict: cell("respondent_verdict") as RespondentVerdict,
      respondent_estimate: cell("respondent_estimate"),
      respondent_ci_low: cell("respondent_ci_low"),
      respondent_ci_high: cell("respondent_ci_high"),
      respondent_unit: cell("respondent_unit") as RespondentUnit,
      respondent_base: cell("respondent_base"),
      respondent_domain: cell("respondent_domain"),
      respondent_waves: cell("respondent_waves"),
      respondent_detail: cell("respondent_detail"),
    };
  });
}

/**
 * Reads the ledger written by {@link writeLedger} (project-relative or
 * absolute path) and parses it ({@link parseLedger}). Throws a DataError
 * "file-missing" naming the file when the main job has not written it yet.
 *
 * @example readLedger().length // => 85
 */
export function readLedger(file: string = LEDGER_FILE): LedgerRow[] {
  let text: string;
  try {
    text = readFileSync(absolute(file), "utf8");
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the file: ${describeFileError(error)}`);
  }
  return parseLedger(text, file);
}

/** How many claims of the ledger got one verdict. */
export interface VerdictCount {
  readonly verdict: string;
  readonly count: number;
}

/**
 * Number of claims per respondent-level verdict, in the order of
 * RESPONDENT_VERDICTS, zero counts kept (see {@link verdictSummary}).
 *
 * @example respondentVerdictSummary([{ respondent_verdict: "no respondent-level data" }])[4] // => { verdict: "no respondent-level data", count: 1 }
 */
export function respondentVerdictSummary(rows: readonly { readonly respondent_verdict: string }[]): VerdictCount[] {
  return verdictSummary(
    rows.map((row) => ({ verdict: row.respondent_verdict })),
    RESPONDENT_VERDICTS.map((v) => v.verdict),
  );
}

/** Claims with one printed-figures verdict and one respondent-level verdict. */
export interface LayerCount {
  readonly verdict: string;
  readonly respondent_verdict: string;
  readonly count: number;
}

/**
 * The two layers side by side: the number of claims for every pair of a
 * printed-figures verdict and a respondent-level verdict that occurs, in the
 * order of the two vocabularies (pairs with no claim left out).
 *
 * @example layerCrossTable(readLedger())[0] // => { verdict: "reproduced", respondent_verdict: "demonstrated on SYNTHETIC data", count: 9 }
 */
export function layerCrossTable(rows: readonly Pick<LedgerRow, "verdict" | "respondent_verdict">[]): LayerCount[] {
  const printed: string[] = VERDICTS.map((v) => v.verdict);
  const respondent: string[] = RESPONDENT_VERDICTS.map((v) => v.verdict);
  const counts = new Map<string, LayerCount>();
  for (const row of rows) {
    const key = `${row.verdict}\u0000${row.respondent_verdict}`;
    const previous = counts.get(key);
    counts.set(key, { verdict: row.verdict, respondent_verdict: row.respondent_verdict, count: (previous?.count ?? 0) + 1 });
  }
  const rank = (list: string[], value: string): number => (list.includes(value) ? list.indexOf(value) : list.length);
  return [...counts.values()].sort(
    (a, b) => rank(printed, a.verdict) - rank(printed, b.verdict) || rank(respondent, a.respondent_verdict) - rank(respondent, b.respondent_verdict),
  );
}

/**
 * Number of claims per verdict, in the order of `vocabulary` (by default the
 * verdicts of {@link VERDICTS}, from confirmed to cannot be judged), verdicts
 * with no claim kept with count 0, so a reader sees that none was found, say,
 * internally inconsistent; then any verdict outside the vocabulary, in order
 * of first appearance, never dropped.
 *
 * @example verdictSummary([{ verdict: "reproduced" }, { verdict: "reproduced" }])[0] // => { verdict: "reproduced", count: 2 }
 */
export function verdictSummary(
  rows: readonly { readonly verdict: string }[],
  vocabulary: readonly string[] = VERDICTS.map((v) => v.verdict),
): VerdictCount[] {
  const counts = new Map<string, number>(vocabulary.map((verdict) => [verdict, 0]));
  for (const row of rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
  return [...counts].map(([verdict, count]) => ({ verdict, count }));
}
