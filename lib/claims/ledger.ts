import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { writeFileAtomic } from "../io/atomic-write";
import { ClaimResult, validateClaimResult } from "./claim-result";
import { CLAIM_RESULTS_DIR, claimResultsFile } from "./claim-results-file";
import { CLAIMS_FILE, loadClaimsRegistry } from "./claims-registry";
import { formatCsv } from "../io/format-csv";

/** Project-relative path of the claims ledger written by the main job. */
export const LEDGER_FILE = "output/claims.csv";

/** Columns of the ledger, in order: the nine of the claims contract, then `detail` (how it was computed, the discrepancy and its plausible causes). */
export const LEDGER_COLUMNS = ["id", "section", "statement", "reported", "computed", "interval", "verdict", "evidence", "notebook", "detail"] as const;

/** One row of the ledger: the registry row joined with the result its notebook recorded. */
export type LedgerRow = Readonly<Record<(typeof LEDGER_COLUMNS)[number], string>>;

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
  writeFileAtomic(absolute(ledgerFile), formatCsv(rows, LEDGER_COLUMNS));
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
