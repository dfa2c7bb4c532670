import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";

/** Project-relative path of the claims registry. */
export const CLAIMS_FILE = "data/claims/claims.csv";

/** What a reader needs to check a claim (the `evidence_needed` column). */
export const EVIDENCE_KINDS = [
  "published table",
  "in-text figures",
  "respondent-level data",
  "focus-group transcripts",
  "external source",
  "study design",
] as const;
/** One of {@link EVIDENCE_KINDS}. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Sections of the memo as the registry names them (the untitled opening is "Introduction"). */
export const MEMO_SECTIONS = [
  "Introduction",
  "Kazakhstanis' Moderate Pro-Russian Position",
  "What Kazakhstanis Value in Russia",
  "Conclusion",
  "Footnote 4",
] as const;

/** Contract of `data/claims/claims.csv`: one row per checkable claim of the memo. */
export const CLAIMS_SCHEMA: TableSchema = {
  columns: {
    id: { type: "string" },
    section: { type: "string", values: MEMO_SECTIONS },
    paragraph: { type: "integer", min: 1 },
    statement: { type: "string" },
    reported: { type: "string" },
    evidence_needed: { type: "string", values: EVIDENCE_KINDS },
    notebook: { type: "string" },
    check: { type: "string" },
  },
  key: ["id"],
};

/** One registered claim. */
export interface ClaimRecord {
  readonly id: string;
  readonly section: string;
  readonly paragraph: number;
  readonly statement: string;
  readonly reported: string;
  readonly evidence_needed: EvidenceKind;
  readonly notebook: string;
  readonly check: string;
}

/** Ids look like "T1-01": two capitals or a capital and a digit, a hyphen, two digits. */
const ID_PATTERN = /^[A-Z][A-Z0-9]-\d{2}$/;
/** Notebooks are named like "03-reasons-table2.ipynb". */
const NOTEBOOK_PATTERN = /^\d{2}-[a-z0-9-]+\.ipynb$/;
/** A statement is a short locating phrase, not a copied sentence. */
export const MAX_STATEMENT_LENGTH = 90;

/**
 * Loads the claims registry and checks it beyond the schema: ids match
 * `XX-00` and are unique, notebooks are `NN-name.ipynb` files, statements are
 * short phrases (≤ {@link MAX_STATEMENT_LENGTH} characters). Bad rows throw a
 * {@link DataError} naming file, row and column.
 *
 * @example loadClaimsRegistry().find((c) => c.id === "T1-01")?.reported // => "87%"
 */
export function loadClaimsRegistry(file: string = CLAIMS_FILE): ClaimRecord[] {
  const claims = loadTidyCsv(file, CLAIMS_SCHEMA).objects() as unknown as ClaimRecord[];
  claims.forEach((claim, index) => {
    const row = index + 1;
    if (!ID_PATTERN.test(claim.id)) throw new DataError("value-range", { file, row, column: "id" }, `id ${JSON.stringify(claim.id)} does not match XX-00`);
    if (!NOTEBOOK_PATTERN.test(claim.notebook)) throw new DataError("value-range", { file, row, column: "notebook" }, `${JSON.stringify(claim.notebook)} is not a notebook file name like 01-name.ipynb`);
    if (claim.statement.length > MAX_STATEMENT_LENGTH) {
      throw new DataError("value-range", { file, row, column: "statement" }, `statement longer than ${MAX_STATEMENT_LENGTH} characters: keep it a short locating phrase`);
    }
  });
  return claims;
}

/**
 * The registered claims assigned to one notebook, in registry order.
 *
 * @example claimsOfNotebook(loadClaimsRegistry(), "03-reasons-table2.ipynb").length // => 25
 */
export function claimsOfNotebook(claims: readonly ClaimRecord[], notebook: string): ClaimRecord[] {
  return claims.filter((claim) => claim.notebook === notebook);
}

/**
 * The registered claim with the given id; throws when there is none, so a
 * notebook cannot judge an unregistered claim.
 *
 * @example claimById(loadClaimsRegistry(), "T2-12").evidence_needed // => "respondent-level data"
 */
export function claimById(claims: readonly ClaimRecord[], id: string): ClaimRecord {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) throw new RangeError(`claimById: no claim "${id}" in the registry`);
  return claim;
}
