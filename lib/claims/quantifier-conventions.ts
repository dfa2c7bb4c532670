import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import { formatInterval, Interval } from "../rounding/interval";
import { Verdict } from "./verdict";

/** Project-relative path of the documented readings of the memo's vague quantifiers. */
export const QUANTIFIER_CONVENTIONS_FILE = "data/claims/quantifier-conventions.csv";

/** Where a reading comes from: an arithmetic definition, a semantic analysis, a documented choice, or a rule applied to another reading. */
export const READING_BASES = ["definition", "semantic", "convention", "derived"] as const;
export type ReadingBasis = (typeof READING_BASES)[number];

/**
 * Contract of the conventions file: one row per quantifier and named reading
 * (key quantifier + reading). `kind` "range" gives the share (percent of the
 * base) a word allows, [lower, upper]; `kind` "tolerance" gives the offsets
 * around a stated share ("about two-thirds" = 66.7 + [lower, upper]).
 * `min_count` is the least number of members of the base the reading asserts
 * (a plural word: 2; "several": 3; "about five": 1), applied when the base
 * size is known. Exactly one reading of each word is its `reference` reading.
 */
export const QUANTIFIER_CONVENTIONS_SCHEMA: TableSchema = {
  columns: {
    quantifier: { type: "string" },
    reading: { type: "string" },
    reference: { type: "string", values: ["yes", "no"] },
    kind: { type: "string", values: ["range", "tolerance"] },
    lower: { type: "number", min: -100, max: 100 },
    upper: { type: "number", min: -100, max: 100 },
    min_count: { type: "integer", min: 0 },
    basis: { type: "string", values: READING_BASES },
    source: { type: "string", optional: true },
    rationale: { type: "string" },
  },
  key: ["quantifier", "reading"],
};

/** One documented reading of a quantifier (one row of the conventions file). */
export interface QuantifierConvention {
  readonly quantifier: string;
  /** Name of the reading, e.g. "more than half", "well above half". */
  readonly reading: string;
  /** "yes" for the one reading shown as the word's headline range. */
  readonly reference: "yes" | "no";
  readonly kind: "range" | "tolerance";
  readonly lower: number;
  readonly upper: number;
  /** Least number of members of the base the reading asserts (0: none asserted). */
  readonly min_count: number;
  readonly basis: ReadingBasis;
  /** Short citation(s) of the literature behind the reading (full references in data/claims/README.md); "" when none. */
  readonly source: string;
  readonly rationale: string;
}

/**
 * Loads the quantifier readings; refuses (DataError naming file, row and
 * column) lower > upper, a "range" outside [0, 100], and a word without
 * exactly one reference reading.
 *
 * @example loadQuantifierConventions().filter((q) => q.quantifier === "most").map((q) => q.lower) // => [50, 60]
 */
export function loadQuantifierConventions(file: string = QUANTIFIER_CONVENTIONS_FILE): QuantifierConvention[] {
  const rows = loadTidyCsv(file, QUANTIFIER_CONVENTIONS_SCHEMA).objects() as unknown as QuantifierConvention[];
  rows.forEach((row, index) => {
    const at = (column: string) => ({ file, row: index + 1, column });
    if (row.lower > row.upper) throw new DataError("value-range", at("lower"), `lower ${row.lower} exceeds upper ${row.upper}`);
    if (row.kind === "range" && (row.lower < 0 || row.upper > 100)) throw new DataError("value-range", at("lower"), "a range must lie in [0, 100]");
  });
  for (const word of new Set(rows.map((row) => row.quantifier))) {
    const references = rows.filter((row) => row.quantifier === word && row.reference === "yes");
    if (references.length !== 1) {
      const row = rows.findIndex((r) => r.quantifier === word) + 1;
      throw new DataError("value-missing", { file, row, column: "reference" }, `"${word}" needs exactly one reference reading, found ${references.length}`);
    }
  }
  return rows;
}

/**
 * Every documented reading of one quantifier, the reference reading first;
 * throws a RangeError when the conventions have none for it.
 *
 * @example quantifierConventions(loadQuantifierConventions(), "most").map((q) => q.reading) // => ["more than half", "well above half"]
 */
export function quantifierConventions(conventions: readonly QuantifierConvention[], quantifier: string): QuantifierConvention[] {
  const readings = conventions.filter((c) => c.quantifier === quantifier);
  if (readings.length === 0) throw new RangeError(`no quantifier convention for ${JSON.stringify(quantifier)}`);
  return [...readings.filter((c) => c.reference === "yes"), ...readings.filter((c) => c.reference !== "yes")];
}

/**
 * The reference reading of one quantifier (the one shown as its headline
 * range); throws a RangeError when the conventions have none for it.
 *
 * @example quantifierConvention(loadQuantifierConventions(), "majority").lower // => 50
 */
export function quantifierConvention(conventions: readonly QuantifierConvention[], quantifier: string): QuantifierConvention {
  return quantifierConventions(conventions, quantifier)[0];
}

/** What a quantifier states besides the word: a share, or a count of people out of a base of known size. */
export interface StatedValue {
  /** A stated share in percent ("about two-thirds" = 66.6667). */
  readonly percent?: number;
  /** A stated count ("about five" = 5). */
  readonly count?: number;
  /** Size of the base in members (e.g. 100 participants); needed for a count, and to apply a reading's `min_count`. */
  readonly base?: number;
}

/** One named reading of a quantifier applied to a claim: the share it allows. */
export interface ReadingRange {
  readonly reading: string;
  readonly basis: ReadingBasis;
  readonly source: string;
  /** Share (percent of the base) the reading allows, after the stated value and the least count. */
  readonly range: Interval;
}

/**
 * The share a quantifier allows under its reference reading (`lower`,
 * `upper`, as before), with every documented reading in `readings`
 * (reference first). Functions that judge a claim take it as an Interval and
 * judge it under every reading ({@link readingsOf}).
 */
export interface QuantifierRange extends Interval {
  readonly quantifier: string;
  /** Name of the reference reading. */
  readonly reading: string;
  readonly readings: readonly ReadingRange[];
}

/**
 * The shares (percent of the base) a quantifier allows, under each of its
 * documented readings. For a "range" reading, [lower, upper]; for an
 * approximate one ("about", "around"), the stated share plus the tolerance,
 * clipped to [0, 100], a stated count being turned into a share of the base
 * first (100 · count / base). When the base size is known, a reading's least
 * count raises the lower bound to 100 · min_count / base, so "about five of
 * 100" never allows zero and "several of 100" means at least 3%.
 * Throws a RangeError for an unknown word, an approximate word without
 * exactly one stated share or count, or a count without a positive base.
 *
 * @example quantifierRange(conventions, "overwhelmingly") // => { lower: 66.6667, upper: 100, readings: [3 readings], … }
 * @example quantifierRange(conventions, "about", { percent: 75 }) // => { lower: 70, upper: 80, … }
 * @example quantifierRange(conventions, "about", { count: 5, base: 100 }) // => { lower: 1, upper: 10, … }
 */
export function quantifierRange(conventions: readonly QuantifierConvention[], quantifier: string, stated: StatedValue = {}): QuantifierRange {
  const readings = quantifierConventions(conventions, quantifier).map((c) => ({
    reading: c.reading,
    basis: c.basis,
    source: c.source,
    range: readingRange(c, stated),
  }));
  const reference = readings[0];
  return { lower: reference.range.lower, upper: reference.range.upper, quantifier, reading: reference.reading, readings };
}

function readingRange(convention: QuantifierConvention, stated: StatedValue): Interval {
  const base = stated.base;
  const hasBase = base !== undefined && Number.isFinite(base) && base > 0;
  let lower: number;
  let upper: number;
  if (convention.kind === "range") {
    lower = convention.lower;
    upper = convention.upper;
  } else {
    const centre = statedPercent(convention.quantifier, stated);
    lower = Math.max(0, centre + convention.lower);
    upper = Math.min(100, centre + convention.upper);
  }
  if (hasBase && convention.min_count > 0) lower = Math.min(upper, Math.max(lower, (100 * convention.min_count) / (base as number)));
  return { lower, upper };
}

function statedPercent(quantifier: string, stated: StatedValue): number {
  const hasPercent = stated.percent !== undefined && Number.isFinite(stated.percent);
  const hasCount = stated.count !== undefined && Number.isFinite(stated.count);
  if (hasPercent === hasCount) throw new RangeError(`quantifierRange: "${quantifier}" needs exactly one of a stated percent or a stated count`);
  if (hasPercent) return stated.percent as number;
  if (!(stated.base !== undefined && stated.base > 0)) throw new RangeError(`quantifierRange: "${quantifier}" with a count needs a positive base`);
  return (100 * (stated.count as number)) / stated.base;
}

/**
 * The readings behind a range: those of a {@link QuantifierRange}, or the
 * range itself as the one reading "as given" for a plain Interval.
 *
 * @example readingsOf({ lower: 50, upper: 100 }) // => [{ reading: "as given", basis: "convention", source: "", range: { lower: 50, upper: 100 } }]
 */
export function readingsOf(range: Interval): readonly ReadingRange[] {
  const readings = (range as Partial<QuantifierRange>).readings;
  if (readings !== undefined && readings.length > 0) return readings;
  return [{ reading: "as given", basis: "convention", source: "", range: { lower: range.lower, upper: range.upper } }];
}

/** The verdict of a claim under one reading of its wording. */
export interface ReadingVerdict {
  readonly reading: string;
  /** The share the reading allows ("" range text when the reading is not a share). */
  readonly range?: Interval;
  readonly verdict: Verdict;
}

/** The verdict of a claim whose verdicts differ between documented readings of its wording. */
export const READING_DEPENDENT_VERDICT: Verdict = "depends on the reading";

/**
 * Verdicts under which a claim's figure or relation stands: it holds, holds
 * within rounding, stands under some narrower reading, or only a source
 * outside the memo can tell (data/claims/README.md, "depends on the reading").
 */
const STANDING_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>([
  "reproduced",
  "consistent within rounding",
  READING_DEPENDENT_VERDICT,
  "needs respondent-level data",
  "not checkable (source not public)",
]);

/**
 * The one verdict of a claim judged under several readings of its wording
 * (the rule of data/claims/README.md): the verdict every reading gives when
 * they agree; otherwise "depends on the reading" when the figure stands
 * under at least one reading (a wording ambiguity, not two contradictory
 * figures); and when it stands under none, the verdict of the first reading
 * (callers list first the reading the sentence names, e.g. its own base).
 * The detail then lists the verdict under each ({@link describeReadingVerdicts}).
 * Throws a RangeError for no readings.
 *
 * @example verdictAcrossReadings([{ reading: "a", verdict: "reproduced" }, { reading: "b", verdict: "reproduced" }]) // => "reproduced"
 * @example verdictAcrossReadings([{ reading: "a", verdict: "reproduced" }, { reading: "b", verdict: "not supported by the memo's own numbers" }]) // => "depends on the reading"
 * @example verdictAcrossReadings([{ reading: "a", verdict: "internally inconsistent" }, { reading: "b", verdict: "not supported by the memo's own numbers" }]) // => "internally inconsistent"
 */
export function verdictAcrossReadings(perReading: readonly ReadingVerdict[]): Verdict {
  if (perReading.length === 0) throw new RangeError("verdictAcrossReadings: no readings");
  const first = perReading[0].verdict;
  if (perReading.every((r) => r.verdict === first)) return first;
  return perReading.some((r) => STANDING_VERDICTS.has(r.verdict)) ? READING_DEPENDENT_VERDICT : first;
}

/**
 * Judges a claim under every reading of a quantifier: `judge` gets each
 * reading's share range and returns the verdict under it.
 *
 * @example judgeUnderReadings(quantifierRange(conventions, "most"), (r) => verdictOfComparison(checkWithinRange(share, r).outcome))
 */
export function judgeUnderReadings(range: Interval, judge: (readingRange: Interval) => Verdict): ReadingVerdict[] {
  return readingsOf(range).map((r) => ({ reading: r.reading, range: r.range, verdict: judge(r.range) }));
}

/**
 * Plain text of the verdicts under each reading, for a claim's detail:
 * `'"two-thirds supermajority" [66.7, 100]: reproduced; …'`.
 *
 * @example describeReadingVerdicts([{ reading: "more than half", range: { lower: 50, upper: 100 }, verdict: "reproduced" }]) // => '"more than half" [50, 100]: reproduced'
 */
export function describeReadingVerdicts(perReading: readonly ReadingVerdict[]): string {
  return perReading.map((r) => `"${r.reading}"${r.range === undefined ? "" : ` ${formatInterval(r.range, 1)}`}: ${r.verdict}`).join("; ");
}
