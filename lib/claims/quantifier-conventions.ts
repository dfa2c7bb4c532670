import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import { Interval } from "../rounding/interval";

/** Project-relative path of the documented reading of the memo's vague quantifiers. */
export const QUANTIFIER_CONVENTIONS_FILE = "data/claims/quantifier-conventions.csv";

/**
 * Contract of the conventions file: `kind` "range" gives the share (percent
 * of the base) a word allows, [lower, upper]; `kind` "tolerance" gives the
 * offsets around a stated share ("about two-thirds" = 66.7 + [lower, upper]).
 */
export const QUANTIFIER_CONVENTIONS_SCHEMA: TableSchema = {
  columns: {
    quantifier: { type: "string" },
    kind: { type: "string", values: ["range", "tolerance"] },
    lower: { type: "number", min: -100, max: 100 },
    upper: { type: "number", min: -100, max: 100 },
    rationale: { type: "string" },
  },
  key: ["quantifier"],
};

/** One documented reading of a quantifier. */
export interface QuantifierConvention {
  readonly quantifier: string;
  readonly kind: "range" | "tolerance";
  readonly lower: number;
  readonly upper: number;
  readonly rationale: string;
}

/**
 * Loads the quantifier conventions; refuses (DataError) lower > upper and a
 * "range" outside [0, 100].
 *
 * @example loadQuantifierConventions().find((q) => q.quantifier === "majority")?.lower // => 50
 */
export function loadQuantifierConventions(file: string = QUANTIFIER_CONVENTIONS_FILE): QuantifierConvention[] {
  const rows = loadTidyCsv(file, QUANTIFIER_CONVENTIONS_SCHEMA).objects() as unknown as QuantifierConvention[];
  rows.forEach((row, index) => {
    if (row.lower > row.upper) throw new DataError("value-range", { file, row: index + 1, column: "lower" }, `lower ${row.lower} exceeds upper ${row.upper}`);
    if (row.kind === "range" && row.lower < 0) throw new DataError("value-range", { file, row: index + 1, column: "lower" }, "a range must lie in [0, 100]");
  });
  return rows;
}

/**
 * The documented convention for one quantifier; throws a RangeError when
 * the conventions have none for it.
 *
 * @example quantifierConvention(loadQuantifierConventions(), "majority").lower // => 50
 */
export function quantifierConvention(conventions: readonly QuantifierConvention[], quantifier: string): QuantifierConvention {
  const convention = conventions.find((c) => c.quantifier === quantifier);
  if (convention === undefined) throw new RangeError(`no quantifier convention for ${JSON.stringify(quantifier)}`);
  return convention;
}

/**
 * The share (percent of the base) a quantifier allows. For a "range" word the
 * convention's [lower, upper]; for an approximate one ("about", "around") the
 * stated share plus the tolerance, clipped to [0, 100]. A stated count is
 * turned into a share of `base` first: 100 · count / base.
 * Throws a RangeError for an unknown word or a missing stated value.
 *
 * @example quantifierRange(conventions, "overwhelmingly") // => { lower: 66.7, upper: 100 }
 * @example quantifierRange(conventions, "about", { percent: 75 }) // => { lower: 70, upper: 80 }
 * @example quantifierRange(conventions, "about", { count: 5, base: 100 }) // => { lower: 0, upper: 10 }
 */
export function quantifierRange(
  conventions: readonly QuantifierConvention[],
  quantifier: string,
  stated: { readonly percent?: number; readonly count?: number; readonly base?: number } = {},
): Interval {
  const convention = quantifierConvention(conventions, quantifier);
  if (convention.kind === "range") return { lower: convention.lower, upper: convention.upper };
  const centre = statedPercent(quantifier, stated);
  return { lower: Math.max(0, centre + convention.lower), upper: Math.min(100, centre + convention.upper) };
}

function statedPercent(quantifier: string, stated: { readonly percent?: number; readonly count?: number; readonly base?: number }): number {
  const hasPercent = stated.percent !== undefined && Number.isFinite(stated.percent);
  const hasCount = stated.count !== undefined && Number.isFinite(stated.count);
  if (hasPercent === hasCount) throw new RangeError(`quantifierRange: "${quantifier}" needs exactly one of a stated percent or a stated count`);
  if (hasPercent) return stated.percent as number;
  if (!(stated.base !== undefined && stated.base > 0)) throw new RangeError(`quantifierRange: "${quantifier}" with a count needs a positive base`);
  return (100 * (stated.count as number)) / stated.base;
}
