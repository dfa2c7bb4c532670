import * as path from "node:path";
import { showTable } from "../display/notebook-display";
import { projectPath } from "../project/project-path";
import { writeFileAtomic } from "../io/atomic-write";
import { describeInputs, loadedFiles, provenanceRows } from "../io/data-provenance";
import { ClaimResult, validateClaimResult } from "./claim-result";
import { CLAIM_RESULTS_DIR, claimResultsFile } from "./claim-results-file";
import { CLAIMS_FILE, ClaimRecord, loadClaimsRegistry } from "./claims-registry";

/**
 * Checks results against the registry for one notebook, without writing:
 * each result well-formed ({@link validateClaimResult}), its id registered
 * and assigned to `notebook`, no id twice. Throws an Error naming every
 * offending id. Returns the results sorted by id.
 *
 * @example checkClaimResults("01-attitudes-table1.ipynb", results, loadClaimsRegistry())
 */
export function checkClaimResults(notebook: string, results: readonly ClaimResult[], registry: readonly ClaimRecord[]): ClaimResult[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    validateClaimResult(result);
    const claim = registry.find((entry) => entry.id === result.id);
    if (claim === undefined) problems.push(`${result.id}: not in the claims registry`);
    else if (claim.notebook !== notebook) problems.push(`${result.id}: registered to ${claim.notebook}, not to ${notebook}`);
    if (seen.has(result.id)) problems.push(`${result.id}: recorded twice`);
    seen.add(result.id);
  }
  if (problems.length > 0) throw new Error(`recordClaimResults(${notebook}): ${problems.join("; ")}`);
  return [...results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Records the verdicts a notebook computed (the claims contract): validates
 * them against the registry ({@link checkClaimResults}), writes
 * `output/claims/<notebook stem>.json` atomically, sorted by id, with no
 * timestamp (same results → same bytes), and shows them as a table in the
 * notebook. Each result's evidence ends with the files this notebook loaded,
 * with their row accounting and checksum status ({@link describeInputs}),
 * and the same files are shown as a table. `paths` (project-relative or absolute) is for tests; notebooks
 * leave it out.
 *
 * @example recordClaimResults("03-reasons-table2.ipynb", results) // writes output/claims/03-reasons-table2.json
 */
export function recordClaimResults(
  notebook: string,
  results: readonly ClaimResult[],
  paths: { readonly registryFile?: string; readonly resultsDir?: string } = {},
): void {
  const sorted = checkClaimResults(notebook, results, loadClaimsRegistry(paths.registryFile ?? CLAIMS_FILE));
  const file = claimResultsFile(notebook, paths.resultsDir ?? CLAIM_RESULTS_DIR);
  const inputs = loadedFiles().filter((loaded) => !loaded.file.startsWith("data/claims/"));
  const inputNote = inputs.length > 0 ? ` Inputs: ${describeInputs(inputs)}.` : "";
  const ordered = sorted.map((r) => ({ id: r.id, computed: r.computed, interval: r.interval, verdict: r.verdict, evidence: `${r.evidence}${inputNote}`, detail: r.detail }));
  writeFileAtomic(path.isAbsolute(file) ? file : projectPath(file), `${JSON.stringify(ordered, null, 2)}\n`);
  showTable(ordered, `Claims judged in ${notebook} (${ordered.length}), written to ${file}`, [
    { key: "id", label: "Claim" },
    { key: "computed", label: "Computed" },
    { key: "interval", label: "Interval" },
    { key: "verdict", label: "Verdict" },
    { key: "evidence", label: "Evidence" },
    { key: "detail", label: "Detail" },
  ]);
  showTable(provenanceRows(), `Files loaded by ${notebook}: rows kept + excluded = rows read; checksums against data/checksums.sha256`);
}
