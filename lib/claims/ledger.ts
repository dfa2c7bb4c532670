/**
 * The claims ledger `output/claims.csv`: its schema, how the main job writes
 * it from the registry and every notebook's results, and how the ledger
 * notebook (00) and the HTML report read it back. This module is the only
 * definition of the file.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../io/atomic-write";
import { DataError } from "../io/data-error";
import { formatCsv } from "../io/format-csv";
import { parseCsv } from "../io/parse-csv";
import { applySchema, TableSchema } from "../io/table-schema";
import { projectPath } from "../project/project-path";
import { ClaimResult, validateClaimResult } from "./claim-result";
import { CLAIM_RESULTS_DIR, claimResultsFile } from "./claim-results-file";
import { CLAIMS_FILE, loadClaimsRegistry } from "./claims-registry";
import { Verdict, VERDICTS } from "./verdict";

/** Project-relative path of the claims ledger written by the main job. */
export const LEDGER_FILE = "output/claims.csv";

/** Columns of the ledger, in order: the nine of the claims contract, then `detail` (how it was computed, the discrepancy and its plausible causes). */
export const LEDGER_COLUMNS = ["id", "section", "statement", "reported", "computed", "interval", "verdict", "evidence", "notebook", "detail"] as const;

/** One column of the ledger. */
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** One row of the ledger: the registry row joined with the result its notebook recorded. */
export interface LedgerRow {
  readonly id: string;
  readonly section: string;
  /** Short locating phrase from the registry. */
  readonly statement: string;
  readonly reported: string;
  readonly computed: string;
  /** "" when the judgement rests on no interval. */
  readonly interval: string;
  readonly verdict: Verdict;
  readonly evidence: string;
  /** File name of the notebook that checks the claim, e.g. "01-attitudes-table1.ipynb". */
  readonly notebook: string;
  readonly detail: string;
}

/** Contract of the ledger file: exactly {@link LEDGER_COLUMNS}, verdicts from the vocabulary, one row per id; only `interval` may be empty. */
export const LEDGER_SCHEMA: TableSchema = {
  columns: {
    id: { type: "string" },
    section: { type: "string" },
    statement: { type: "string" },
    reported: { type: "string" },
    computed: { type: "string" },
    interval: { type: "string", optional: true },
    verdict: { type: "string", values: VERDICTS.map((v) => v.verdict) },
    evidence: { type: "string" },
    notebook: { type: "string" },
    detail: { type: "string" },
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
 * @example writeLedger() // => { file: "output/claims.csv", rows: 69 }
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
    rows.push({
      id: claim.id,
      section: claim.section,
      statement: claim.statement,
      reported: claim.reported,
      computed: result.computed,
      interval: result.interval,
      verdict: result.verdict,
      evidence: result.evidence,
      notebook: claim.notebook,
      detail: result.detail,
    });
  }
  if (problems.length > 0) throw new Error(`writeLedger: ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
 * verdict, an id twice.
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
      verdict: cell("verdict") as Verdict,
      evidence: cell("evidence"),
      notebook: cell("notebook"),
      detail: cell("detail"),
    };
  });
}

/**
 * Reads the ledger written by {@link writeLedger} (project-relative or
 * absolute path) and parses it ({@link parseLedger}). Throws a DataError
 * "file-missing" naming the file when the main job has not written it yet.
 *
 * @example readLedger().length // => 69
 */
export function readLedger(file: string = LEDGER_FILE): LedgerRow[] {
  let text: string;
  try {
    text = readFileSync(absolute(file), "utf8");
  } catch (error) {
    throw new DataError("file-missing", { file }, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseLedger(text, file);
}

/** How many claims of the ledger got one verdict. */
export interface VerdictCount {
  readonly verdict: string;
  readonly count: number;
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
