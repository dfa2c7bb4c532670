import { DataError } from "../io/data-error";
import { parseCsv } from "../io/parse-csv";

/** One row of the claims ledger (output/claims.csv), as the report shows it. */
export interface LedgerClaim {
  readonly id: string;
  readonly section: string;
  readonly statement: string;
  readonly reported: string;
  readonly computed: string;
  readonly interval: string;
  readonly verdict: string;
  readonly evidence: string;
  /** File name of the notebook that checks the claim, e.g. "01-attitudes-table1.ipynb". */
  readonly notebook: string;
}

/** Columns the ledger must have (others are ignored). */
export const LEDGER_COLUMNS = ["id", "section", "statement", "reported", "computed", "interval", "verdict", "evidence", "notebook"] as const;

/**
 * Parses the claims ledger CSV (strict RFC 4180, see parseCsv). Throws a
 * DataError naming the file when a required column is missing, or naming
 * file, row and column when a claim has an empty id or verdict.
 *
 * @example parseLedger(readFileSync("output/claims.csv", "utf8"), "output/claims.csv")[0].verdict // => "reproduced"
 */
export function parseLedger(text: string, file: string): LedgerClaim[] {
  const csv = parseCsv(text, file);
  const index = new Map(csv.header.map((name, position) => [name, position]));
  for (const column of LEDGER_COLUMNS) {
    if (!index.has(column)) throw new DataError("column-missing", { file, column }, `missing column "${column}" (the ledger needs ${LEDGER_COLUMNS.join(", ")})`);
  }
  return csv.rows.map((row, rowIndex) => {
    const claim = Object.fromEntries(LEDGER_COLUMNS.map((column) => [column, row[index.get(column)!]])) as unknown as LedgerClaim;
    for (const column of ["id", "verdict"] as const) {
      if (claim[column].trim() === "") throw new DataError("value-missing", { file, row: rowIndex + 1, column }, `empty ${column}`);
    }
    return claim;
  });
}

/** How many claims got one verdict. */
export interface VerdictCount {
  readonly verdict: string;
  readonly count: number;
}

/**
 * Number of claims per verdict, in the order of `vocabulary` (verdicts with
 * no claim included, count 0), then any verdict outside the vocabulary in
 * order of first appearance.
 *
 * @example verdictSummary(claims, ["reproduced", "internally inconsistent"]) // => [{ verdict: "reproduced", count: 20 }, { verdict: "internally inconsistent", count: 1 }]
 */
export function verdictSummary(claims: readonly LedgerClaim[], vocabulary: readonly string[]): VerdictCount[] {
  const counts = new Map<string, number>(vocabulary.map((verdict) => [verdict, 0]));
  for (const claim of claims) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  return [...counts].map(([verdict, count]) => ({ verdict, count }));
}
