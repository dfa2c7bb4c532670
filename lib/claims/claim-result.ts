import { isVerdict, Verdict } from "./verdict";

/** What one analysis notebook found for one registered claim (the claims contract). */
export interface ClaimResult {
  /** Registry id, e.g. "T1-01". */
  readonly id: string;
  /** What the data give, human-readable, e.g. "39 + 48 = 87%". */
  readonly computed: string;
  /** Interval behind the judgement, e.g. "[86, 88]", or "" when none. */
  readonly interval: string;
  readonly verdict: Verdict;
  /** What the computation used, e.g. "memo Table 1 (published, rounded)". */
  readonly evidence: string;
  /** One or two sentences: how it was computed; the discrepancy quantified; plausible causes. */
  readonly detail: string;
}

const TEXT_FIELDS = ["id", "computed", "interval", "evidence", "detail"] as const;

/**
 * Checks that an object is a well-formed {@link ClaimResult}: every text
 * field a string, `id`, `computed`, `evidence` and `detail` non-empty,
 * `verdict` one of the vocabulary, and a result whose evidence is SYNTHETIC
 * kept at "needs respondent-level data" (synthetic data demonstrate a method,
 * they never confirm or refute the memo). Throws a TypeError naming the field.
 *
 * @example validateClaimResult({ id: "T1-01", computed: "87%", interval: "", verdict: "reproduced", evidence: "Table 1", detail: "sum" }) // returns it
 */
export function validateClaimResult(result: ClaimResult): ClaimResult {
  for (const field of TEXT_FIELDS) {
    const value = (result as unknown as Record<string, unknown>)[field];
    if (typeof value !== "string") throw new TypeError(`claim result ${String(result.id)}: "${field}" must be a string`);
    if (field !== "interval" && value.trim() === "") throw new TypeError(`claim result ${String(result.id)}: "${field}" is empty`);
  }
  if (!isVerdict(result.verdict)) throw new TypeError(`claim result ${result.id}: unknown verdict ${JSON.stringify(result.verdict)}`);
  if (/SYNTHETIC/.test(result.evidence) && result.verdict !== "needs respondent-level data") {
    throw new TypeError(`claim result ${result.id}: evidence is SYNTHETIC, so the verdict must stay "needs respondent-level data" (got "${result.verdict}")`);
  }
  return result;
}
