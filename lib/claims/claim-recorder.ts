import * as path from "node:path";
import { showTable } from "../display/notebook-display";
import { writeFileAtomic } from "../io/atomic-write";
import { describeInputs, loadedFiles, provenanceRows } from "../io/data-provenance";
import { projectPath } from "../project/project-path";
import { ClaimResult, RespondentLayer, RespondentLevelResult, validateClaimResult, validateRespondentLayer } from "./claim-result";
import { CLAIM_RESULTS_DIR, claimResultsFile } from "./claim-results-file";
import { CLAIMS_FILE, ClaimRecord, claimsOfNotebook, loadClaimsRegistry } from "./claims-registry";

/** Where a recorder reads the registry and writes results; project-relative or absolute (defaults: the project's). For tests. */
export interface RecorderPaths {
  readonly registryFile?: string;
  readonly resultsDir?: string;
}

/**
 * Checks the results of one notebook against the registry, without writing:
 * each result well-formed ({@link validateClaimResult}), its id registered
 * and assigned to `notebook`, no id twice, and every claim the registry
 * assigns to `notebook` present. Throws an Error naming every problem at
 * once; and either every result or none has a respondent-level layer (a
 * notebook that estimates claims from the waves judges all of its claims
 * there, "no respondent-level data" included). Returns the results sorted by id.
 *
 * @example checkClaimResults("01-attitudes-table1.ipynb", results, loadClaimsRegistry()).length // => 14
 */
export function checkClaimResults(notebook: string, results: readonly ClaimResult[], registry: readonly ClaimRecord[]): ClaimResult[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    validateClaimResult(result);
    problems.push(...registrationProblems(notebook, result.id, registry));
    if (seen.has(result.id)) problems.push(`${result.id}: recorded twice`);
    seen.add(result.id);
  }
  const missing = claimsOfNotebook(registry, notebook).filter((claim) => !seen.has(claim.id));
  if (missing.length > 0) problems.push(`no result for ${missing.map((claim) => claim.id).join(", ")}`);
  const layered = results.filter((result) => result.respondent !== undefined);
  if (layered.length > 0 && layered.length < results.length) {
    problems.push(`a respondent-level result for some claims but not for ${results.filter((result) => result.respondent === undefined).map((result) => result.id).join(", ")}`);
  }
  if (problems.length > 0) throw new Error(`recordClaimResults(${notebook}): ${problems.join("; ")}`);
  return [...results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function registrationProblems(notebook: string, id: string, registry: readonly ClaimRecord[]): string[] {
  const claim = registry.find((entry) => entry.id === id);
  if (claim === undefined) return [`${id}: not in the claims registry`];
  return claim.notebook === notebook ? [] : [`${id}: registered to ${claim.notebook}, not to ${notebook}`];
}

/**
 * The verdicts of one notebook, collected as its cells compute them and
 * recorded at the end: the one way a notebook records its claims (the
 * claims contract). It loads the registry when created; {@link add} checks
 * each result at once (well-formed, registered to this notebook, not yet
 * added), so an error points at the cell that made it; {@link record} checks
 * that every claim the registry assigns to the notebook has exactly one
 * result, then writes `output/claims/<notebook stem>.json` atomically, sorted
 * by id, with no timestamp (same results → same bytes), and shows the
 * results and the files the notebook loaded as two tables. Each result's
 * evidence ends with those files, their row accounting and checksum status
 * ({@link describeInputs}); the registry's own files (data/claims/) are left
 * out of that note.
 *
 * @example
 * const recorder = new ClaimRecorder("05-context-gallup.ipynb");
 * recorder.add({ id: "CX-01", computed: "72%", interval: "", verdict: "not checkable (source not public)", evidence: "memo", detail: "…" });
 * recorder.record(); // throws: no result for CX-02, CX-03, SD-01
 */
export class ClaimRecorder {
  readonly notebook: string;
  private readonly registry: readonly ClaimRecord[];
  private readonly resultsDir: string;
  private readonly added: ClaimResult[] = [];
  private readonly respondentLayers = new Map<string, RespondentLayer>();

  /** Throws a DataError when the registry is malformed, and a RangeError when it assigns no claim to `notebook`. */
  constructor(notebook: string, paths: RecorderPaths = {}) {
    this.notebook = notebook;
    this.registry = loadClaimsRegistry(paths.registryFile ?? CLAIMS_FILE);
    this.resultsDir = paths.resultsDir ?? CLAIM_RESULTS_DIR;
    if (claimsOfNotebook(this.registry, notebook).length === 0) throw new RangeError(`ClaimRecorder: the claims registry assigns no claim to ${notebook}`);
  }

  /** The registered claims of this notebook, in registry order. */
  get claims(): readonly ClaimRecord[] {
    return claimsOfNotebook(this.registry, this.notebook);
  }

  /** The results added so far, in the order they were added. */
  get results(): readonly ClaimResult[] {
    return [...this.added];
  }

  /**
   * The registry row of one claim of this notebook; throws a RangeError for an
   * id the registry does not assign to it.
   *
   * @example new ClaimRecorder("04-focus-groups.ipynb").claim("FG-03").evidence_needed // => "focus-group transcripts"
   */
  claim(id: string): ClaimRecord {
    const claim = this.claims.find((entry) => entry.id === id);
    if (claim === undefined) throw new RangeError(`ClaimRecorder(${this.notebook}): ${registrationProblems(this.notebook, id, this.registry).join("; ")}`);
    return claim;
  }

  /**
   * Adds results, checking each now: well-formed, registered to this
   * notebook, not added before. Throws an Error naming the claim otherwise.
   *
   * @example recorder.add(...table1HeadlineResults(headlines))
   */
  add(...results: ClaimResult[]): void {
    for (const result of results) {
      validateClaimResult(result);
      const problems = registrationProblems(this.notebook, result.id, this.registry);
      if (this.added.some((previous) => previous.id === result.id)) problems.push(`${result.id}: recorded twice`);
      if (problems.length > 0) throw new Error(`recordClaimResults(${this.notebook}): ${problems.join("; ")}`);
      this.added.push(result);
    }
  }

  /**
   * Adds the respondent-level layer of claims (what the waves give), checking
   * each now: well-formed ({@link validateRespondentLayer}), registered to this
   * notebook, not added before. The layer joins the claim's result when the
   * notebook is recorded; {@link record} then requires one for every claim of
   * the notebook. Throws an Error naming the claim otherwise.
   *
   * @example recorder.addRespondentLevel(...waveAnalyses.table1RespondentResults(evidence))
   */
  addRespondentLevel(...results: RespondentLevelResult[]): void {
    for (const { id, ...layer } of results) {
      validateRespondentLayer(id, layer);
      const problems = registrationProblems(this.notebook, id, this.registry);
      if (this.respondentLayers.has(id)) problems.push(`${id}: respondent level recorded twice`);
      if (problems.length > 0) throw new Error(`recordClaimResults(${this.notebook}): ${problems.join("; ")}`);
      this.respondentLayers.set(id, layer);
    }
  }

  /**
   * The result added for one claim; throws a RangeError when there is none yet.
   *
   * @example recorder.result("CX-03").verdict // => "needs respondent-level data"
   */
  result(id: string): ClaimResult {
    const result = this.added.find((entry) => entry.id === id);
    if (result === undefined) throw new RangeError(`ClaimRecorder(${this.notebook}): no result for ${id} yet`);
    return result;
  }

  /**
   * Checks that every claim of the notebook has exactly one result
   * ({@link checkClaimResults}), writes them and shows them (see the class).
   *
   * @example recorder.record() // writes output/claims/05-context-gallup.json
   */
  record(): void {
    const merged = this.added.map((result) => {
      const layer = this.respondentLayers.get(result.id) ?? result.respondent;
      return layer === undefined ? result : { ...result, respondent: layer };
    });
    const orphans = [...this.respondentLayers.keys()].filter((id) => !this.added.some((result) => result.id === id));
    if (orphans.length > 0) throw new Error(`recordClaimResults(${this.notebook}): a respondent-level result without a result on the printed figures: ${orphans.join(", ")}`);
    const sorted = checkClaimResults(this.notebook, merged, this.registry);
    const file = claimResultsFile(this.notebook, this.resultsDir);
    const inputs = loadedFiles().filter((loaded) => !loaded.file.startsWith("data/claims/"));
    const inputNote = inputs.length > 0 ? ` Inputs: ${describeInputs(inputs)}.` : "";
    const ordered = sorted.map((r) => ({
      id: r.id,
      computed: r.computed,
      interval: r.interval,
      intervalKind: r.intervalKind ?? "",
      verdict: r.verdict,
      evidence: `${r.evidence}${inputNote}`,
      detail: r.detail,
      ...(r.respondent === undefined ? {} : { respondent: r.respondent }),
    }));
    writeFileAtomic(path.isAbsolute(file) ? file : projectPath(file), `${JSON.stringify(ordered, null, 2)}\n`);
    showTable(ordered, `Claims judged in ${this.notebook} (${ordered.length}), written to ${file}`, [
      { key: "id", label: "Claim" },
      { key: "computed", label: "Computed" },
      { key: "interval", label: "Interval" },
      { key: "intervalKind", label: "Interval kind" },
      { key: "verdict", label: "Verdict" },
      { key: "evidence", label: "Evidence" },
      { key: "detail", label: "Detail" },
    ]);
    const layered = sorted.flatMap((r) => (r.respondent === undefined ? [] : [{ ...r.respondent, id: r.id, printed: r.verdict, waves: r.respondent.waves.join(", ") }]));
    if (layered.length > 0) {
      showTable(layered, `Respondent-level layer of the claims of ${this.notebook}: what the waves give, beside the verdict on the printed figures`, [
        { key: "id", label: "Claim" },
        { key: "printed", label: "Verdict (printed figures)" },
        { key: "verdict", label: "Verdict (respondent level)" },
        { key: "estimate", label: "Estimate", format: (v) => (v === null ? "–" : Number(v.toFixed(2)).toString()) },
        { key: "ciLow", label: "95% CI low", format: (v) => (v === null ? "–" : Number(v.toFixed(2)).toString()) },
        { key: "ciHigh", label: "95% CI high", format: (v) => (v === null ? "–" : Number(v.toFixed(2)).toString()) },
        { key: "unit", label: "Unit" },
        { key: "base", label: "Base" },
        { key: "domain", label: "Domain" },
        { key: "waves", label: "Waves" },
        { key: "detail", label: "Detail" },
      ]);
    }
    showTable(provenanceRows(), `Files loaded by ${this.notebook}: rows kept + excluded = rows read; checksums against data/checksums.sha256`);
  }
}

/**
 * Records all the results of a notebook at once: a {@link ClaimRecorder}
 * given every result, then recorded (same checks, file and tables).
 *
 * @example recordClaimResults("02-multivector-attitudes.ipynb", [...crossTabClaimResults(evidence), ...associationClaimResults(evidence)])
 */
export function recordClaimResults(notebook: string, results: readonly ClaimResult[], paths: RecorderPaths = {}): void {
  const recorder = new ClaimRecorder(notebook, paths);
  recorder.add(...results);
  recorder.record();
}
