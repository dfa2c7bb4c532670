import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import type { Interval } from "../rounding/interval";

/** Project-relative path of the documented assumptions behind the sampling error of printed comparisons. */
export const SAMPLING_ASSUMPTIONS_FILE = "data/claims/sampling-assumptions.csv";

/** The parameters the file must give, each once. */
export const SAMPLING_PARAMETERS = ["respondents_per_wave", "waves_pooled", "design_effect", "mentions_per_respondent"] as const;
export type SamplingParameter = (typeof SAMPLING_PARAMETERS)[number];

/**
 * Contract of the assumptions file: one row per parameter, its range
 * [`lower`, `upper`], its unit, where it comes from (`published`: a figure
 * the survey's producer or the memo states; `convention`: a documented
 * choice), the source and why.
 */
export const SAMPLING_ASSUMPTIONS_SCHEMA: TableSchema = {
  columns: {
    parameter: { type: "string", values: SAMPLING_PARAMETERS },
    lower: { type: "number", min: 0 },
    upper: { type: "number", min: 0 },
    unit: { type: "string" },
    basis: { type: "string", values: ["published", "convention"] },
    source: { type: "string" },
    rationale: { type: "string" },
  },
  key: ["parameter"],
};

/** One documented assumption (one row of the file). */
export interface SamplingAssumption {
  readonly parameter: SamplingParameter;
  readonly range: Interval;
  readonly unit: string;
  readonly basis: "published" | "convention";
  readonly source: string;
  readonly rationale: string;
}

/** The sample the memo's printed figures may rest on: every parameter as a range. */
export interface SamplingAssumptions {
  /** Interviews per wave (CAB: 1,500). */
  readonly respondentsPerWave: Interval;
  /** Waves a printed figure may pool (1: one wave; up to every wave of the memo's period). */
  readonly wavesPooled: Interval;
  /** Design effect against simple random sampling (variance ratio). */
  readonly designEffect: Interval;
  /** Coded reasons per respondent with a positive opinion (Table 2: up to two). */
  readonly mentionsPerRespondent: Interval;
  /** The rows as loaded, for display. */
  readonly rows: readonly SamplingAssumption[];
}

/**
 * Loads the documented assumptions behind the sampling error of the memo's
 * printed comparisons (the memo states no sample size or design). Refuses,
 * with a DataError naming file, row and column, a lower bound above the
 * upper, a parameter missing, a size or count below 1, or a design effect
 * below 1 (the file documents a range of plausible design effects of a
 * stratified cluster sample, not an efficiency gain).
 *
 * @example loadSamplingAssumptions().respondentsPerWave // => { lower: 1500, upper: 1500 }
 */
export function loadSamplingAssumptions(file: string = SAMPLING_ASSUMPTIONS_FILE): SamplingAssumptions {
  const raw = loadTidyCsv(file, SAMPLING_ASSUMPTIONS_SCHEMA).objects() as { parameter: SamplingParameter; lower: number; upper: number; unit: string; basis: "published" | "convention"; source: string; rationale: string }[];
  raw.forEach((row, index) => {
    const at = (column: string) => ({ file, row: index + 1, column });
    if (row.lower > row.upper) throw new DataError("value-range", at("lower"), `lower ${row.lower} exceeds upper ${row.upper}`);
    if (row.lower < 1) throw new DataError("value-range", at("lower"), `${row.parameter} must be at least 1`);
  });
  const rows = raw.map((row): SamplingAssumption => ({ parameter: row.parameter, range: { lower: row.lower, upper: row.upper }, unit: row.unit, basis: row.basis, source: row.source, rationale: row.rationale }));
  const range = (parameter: SamplingParameter): Interval => {
    const found = rows.find((row) => row.parameter === parameter);
    if (found === undefined) throw new DataError("value-missing", { file, row: 0, column: "parameter" }, `the file must give ${parameter}`);
    return found.range;
  };
  return {
    respondentsPerWave: range("respondents_per_wave"),
    wavesPooled: range("waves_pooled"),
    designEffect: range("design_effect"),
    mentionsPerRespondent: range("mentions_per_respondent"),
    rows,
  };
}
