import * as aq from "arquero";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import { LEDGER_FILE } from "./ledger";
import { VERDICTS } from "./verdict";

/** Contract of the ledger `output/claims.csv` as the ledger notebook reads it. */
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

/**
 * Loads the ledger written by {@link writeLedger} (validated: known verdicts,
 * unique ids). Throws a DataError naming the file when the main job has not
 * written it yet.
 *
 * @example loadLedger().numRows() // => 69
 */
export function loadLedger(file: string = LEDGER_FILE): aq.ColumnTable {
  return loadTidyCsv(file, LEDGER_SCHEMA);
}

/**
 * Number of claims per verdict, in the order of {@link VERDICTS}, zero counts
 * kept (a reader sees that no claim was found inconsistent, say).
 *
 * @example verdictCounts(["reproduced", "reproduced"])[0] // => { verdict: "reproduced", claims: 2 }
 */
export function verdictCounts(verdicts: readonly string[]): { verdict: string; claims: number }[] {
  const unknown = verdicts.filter((v) => !VERDICTS.some((d) => d.verdict === v));
  if (unknown.length > 0) throw new RangeError(`verdictCounts: unknown verdict(s) ${[...new Set(unknown)].map((v) => JSON.stringify(v)).join(", ")}`);
  return VERDICTS.map((d) => ({ verdict: d.verdict, claims: verdicts.filter((v) => v === d.verdict).length }));
}
