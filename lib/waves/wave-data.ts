import type { ConceptCoding, WaveCodebook } from "./codebook";
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

/** A validated respondent-level wave, recoded to the project's concepts. Plain data (typed arrays). */
export interface WaveData {
  readonly entry: WaveManifestEntry;
  /** Kept rows only, in file order. */
  readonly respondentIds: readonly string[];
  /** Data row (1-based, as in error messages) of each kept respondent in the file. */
  readonly fileRows: Int32Array;
  /** Sampling weights, finite and > 0. */
  readonly weights: Float64Array;
  readonly strata: readonly string[];
  readonly psu: readonly string[];
  /** Answer codes by concept (NaN = blank / system-missing, counted in `itemMissing`). */
  readonly answers: ReadonlyMap<WaveConcept, Float64Array>;
  /** The coding used for each concept (the wave's own codebook rows or the default). */
  readonly coding: ReadonlyMap<WaveConcept, ConceptCoding>;
  readonly accounting: RowAccounting;
  /** Kept respondents with a blank answer, by concept (reasons are blank by design for those not asked). */
  readonly itemMissing: Readonly<Record<WaveConcept, number>>;
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
