import type { ConceptCoding, NotAskedConcept, WaveCodebook } from "./codebook";
import type { WaveConcept } from "./concepts";
import type { WaveManifestEntry } from "./manifest";
import type { FileValueLabel } from "./raw-wave-file";

/**
 * Documented rules by which a row of a wave file is left out. Every excluded
 * row is counted under its rule in {@link RowAccounting}; no other row is
 * ever dropped (bad rows are errors, not exclusions).
 */
export const EXCLUSION_RULES = {
  "outside-filter": "the row's filter column (manifest filter_column) differs from the manifest's filter_value, e.g. a respondent of another country in a multi-country CAB file",
} as const;

/** One rule of {@link EXCLUSION_RULES}. */
export type ExclusionRule = keyof typeof EXCLUSION_RULES;

/** What happened to the rows of a wave file: rowsRead = rowsKept + Σ excluded. */
export interface RowAccounting {
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly rowsExcluded: Readonly<Record<ExclusionRule, number>>;
}

/** The manifest's row filter as applied: the filter value, and the codes it stands for when it was a value label. */
export interface ResolvedFilter {
  readonly column: string;
  readonly value: string;
  /** The codes whose file label is the filter value; empty when the value was compared as it is. */
  readonly codes: readonly number[];
  /** For tables, e.g. 'COUNTRY = "Kazakhstan" (code 3 by its value label)'. */
  readonly description: string;
}

/** A validated respondent-level wave, recoded to the project's concepts. Plain data (typed arrays). */
export interface WaveData {
  readonly entry: WaveManifestEntry;
  /** SHA-256 of the wave file's bytes (the same file listed twice is refused). */
  readonly fileSha256: string;
  /** Kept rows only, in file order. */
  readonly respondentIds: readonly string[];
  /** Data row (1-based, as in error messages) of each kept respondent in the file. */
  readonly fileRows: Int32Array;
  /** Sampling weights, finite and ≥ 0 (zero weights stay in the design, as in R's survey). */
  readonly weights: Float64Array;
  readonly strata: readonly string[];
  readonly psu: readonly string[];
  /**
   * Answer codes by concept (NaN = blank / system-missing, counted in
   * `itemMissing`). Only the concepts the wave asks: for a concept the
   * codebook marks "not asked" for this wave, `get` returns undefined.
   */
  readonly answers: ReadonlyMap<WaveConcept, Float64Array>;
  /** The coding used for each concept the wave asks (the wave's own codebook rows or the default). */
  readonly coding: ReadonlyMap<WaveConcept, ConceptCoding>;
  /** The concepts the wave does not ask (codebook rows of kind "not asked", with their notes), in concept order. */
  readonly notAsked: readonly NotAskedConcept[];
  readonly accounting: RowAccounting;
  /** Kept respondents with a blank answer, by concept asked (reasons are blank by design for those not asked). */
  readonly itemMissing: Readonly<Partial<Record<WaveConcept, number>>>;
  /** Kept respondents whose weight is 0 (in the design, contributing nothing to totals). */
  readonly zeroWeightRows: number;
  /** The manifest's filter as applied, or null without one. */
  readonly filter: ResolvedFilter | null;
  /** Value labels stored in the file (SPSS), by concept, for display; empty for CSV. */
  readonly fileValueLabels: ReadonlyMap<WaveConcept, readonly FileValueLabel[]>;
}

/** All waves of a manifest, validated together, with the codebook they were read with. */
export interface WaveCollection {
  readonly manifestFile: string;
  readonly codebookFile: string;
  readonly codebook: WaveCodebook;
  /** Ordered by field start date. */
  readonly waves: readonly WaveData[];
}
