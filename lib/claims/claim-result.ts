import { isRespondentVerdict, RespondentVerdict } from "./respondent-verdict";
import { isVerdict, Verdict } from "./verdict";

/**
 * What the interval of a printed-figures judgement is: the range of true
 * values behind rounded published figures ("rounding"); the range a vague
 * quantifier is read as ("quantifier reading"); or the range the printed
 * figures allow for a quantity they do not determine, on rounding intervals
 * ("bounds": Fréchet bounds of a joint distribution the memo does not print,
 * a share of people from shares of up to two reasons each). Confidence
 * intervals belong to the respondent-level layer ({@link RespondentLayer}),
 * never here.
 */
export type IntervalKind = "rounding" | "quantifier reading" | "bounds";

/** The kinds of {@link IntervalKind}, in the order the ledger documents them. */
export const INTERVAL_KINDS: readonly IntervalKind[] = ["rounding", "quantifier reading", "bounds"];

/** Unit of a respondent-level estimate and its interval. */
export type RespondentUnit = "percent" | "percentage points" | "correlation" | "";

/** The units of {@link RespondentUnit}. */
export const RESPONDENT_UNITS: readonly RespondentUnit[] = ["percent", "percentage points", "correlation", ""];

/**
 * The respondent-level layer of a claim's judgement (issue 12): what the
 * evidence waves give, with its 95% confidence interval, base and waves.
 * `estimate`, `ciLow`, `ciHigh` are null together when no estimate is shown
 * (no respondent-level data, or a claim the waves inform only in words).
 */
export interface RespondentLayer {
  readonly verdict: RespondentVerdict;
  /** True when the evidence waves are SYNTHETIC (then the verdict is "demonstrated on SYNTHETIC data"). */
  readonly synthetic: boolean;
  readonly estimate: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly unit: RespondentUnit;
  /** The base, in output/estimates.csv's terms: all, substantive, mentions, categorizable_mentions, respondents ("" without estimate). */
  readonly base: string;
  /** "" for all respondents, else concept=measure, e.g. "russia_opinion=positive". */
  readonly domain: string;
  /** Wave ids of the evidence, in field order. */
  readonly waves: readonly string[];
  /** How it was computed, the rule's outcome (on SYNTHETIC waves: what it would say on real data), every other figure or reading. */
  readonly detail: string;
}

/** A {@link RespondentLayer} for one claim, as the analyses of the waves build it. */
export interface RespondentLevelResult extends RespondentLayer {
  /** Registry id, e.g. "T1-01". */
  readonly id: string;
}

/** What one analysis notebook found for one registered claim (the claims contract). */
export interface ClaimResult {
  /** Registry id, e.g. "T1-01". */
  readonly id: string;
  /** What the data give, human-readable, e.g. "39 + 48 = 87%". */
  readonly computed: string;
  /** Interval behind the judgement on the printed figures, e.g. "[86, 88]", or "" when none. */
  readonly interval: string;
  /** What `interval` is; required when it is not empty, absent or "" otherwise. */
  readonly intervalKind?: IntervalKind | "";
  readonly verdict: Verdict;
  /** What the computation used, e.g. "memo Table 1 (published, rounded)". */
  readonly evidence: string;
  /** One or two sentences: how it was computed; the discrepancy quantified; plausible causes. */
  readonly detail: string;
  /** The respondent-level layer, when the claim's notebook estimated it from the waves. */
  readonly respondent?: RespondentLayer;
}

const TEXT_FIELDS = ["id", "computed", "interval", "evidence", "detail"] as const;

/**
 * Checks that an object is a well-formed {@link ClaimResult}: every text
 * field a string, `id`, `computed`, `evidence` and `detail` non-empty,
 * `verdict` one of the vocabulary, an `intervalKind` of {@link INTERVAL_KINDS}
 * exactly when `interval` is not empty, and a result whose evidence is
 * SYNTHETIC kept at "needs respondent-level data" (synthetic data demonstrate
 * a method, they never confirm or refute the memo). Its respondent layer, when
 * present, is checked by {@link validateRespondentLayer}. Throws a TypeError
 * naming the field.
 *
 * @example validateClaimResult({ id: "T1-01", computed: "87%", interval: "[86.5, 87.5]", intervalKind: "rounding", verdict: "reproduced", evidence: "Table 1", detail: "sum" }) // returns it
 */
export function validateClaimResult(result: ClaimResult): ClaimResult {
  for (const field of TEXT_FIELDS) {
    const value = (result as unknown as Record<string, unknown>)[field];
    if (typeof value !== "string") throw new TypeError(`claim result ${String(result.id)}: "${field}" must be a string`);
    if (field !== "interval" && value.trim() === "") throw new TypeError(`claim result ${String(result.id)}: "${field}" is empty`);
  }
  if (!isVerdict(result.verdict)) throw new TypeError(`claim result ${result.id}: unknown verdict ${JSON.stringify(result.verdict)}`);
  const kind = result.intervalKind ?? "";
  if (kind !== "" && !INTERVAL_KINDS.includes(kind)) throw new TypeError(`claim result ${result.id}: unknown interval kind ${JSON.stringify(kind)} (one of ${INTERVAL_KINDS.join(", ")})`);
  if (result.interval.trim() !== "" && kind === "") throw new TypeError(`claim result ${result.id}: "intervalKind" must say what the interval ${result.interval} is (${INTERVAL_KINDS.join(" or ")})`);
  if (result.interval.trim() === "" && kind !== "") throw new TypeError(`claim result ${result.id}: "intervalKind" is ${kind} but there is no interval`);
  if (/SYNTHETIC/.test(result.evidence) && result.verdict !== "needs respondent-level data") {
    throw new TypeError(`claim result ${result.id}: evidence is SYNTHETIC, so the verdict must stay "needs respondent-level data" (got "${result.verdict}")`);
  }
  if (result.respondent !== undefined) validateRespondentLayer(result.id, result.respondent);
  return result;
}

/**
 * Checks a claim's respondent-level layer: a verdict of the respondent
 * vocabulary; estimate and interval all numbers (finite, low ≤ estimate ≤
 * high) or all null; a unit exactly when there is an estimate; waves listed
 * exactly when the verdict is not "no respondent-level data"; a non-empty
 * detail; and "demonstrated on SYNTHETIC data" exactly when the evidence is
 * synthetic, whose detail then says SYNTHETIC (the layer of synthetic
 * evidence never claims more). Throws a TypeError naming the claim and the field.
 *
 * @example validateRespondentLayer("T1-01", { verdict: "no respondent-level data", synthetic: false, estimate: null, ciLow: null, ciHigh: null, unit: "", base: "", domain: "", waves: [], detail: "no wave asks it" })
 */
export function validateRespondentLayer(id: string, layer: RespondentLayer): RespondentLayer {
  const where = `claim result ${id}, respondent level`;
  if (!isRespondentVerdict(layer.verdict)) throw new TypeError(`${where}: unknown verdict ${JSON.stringify(layer.verdict)}`);
  const numbers = [layer.estimate, layer.ciLow, layer.ciHigh];
  if (numbers.some((n) => n === null) && !numbers.every((n) => n === null)) throw new TypeError(`${where}: estimate, ciLow and ciHigh are all numbers or all null`);
  if (layer.estimate !== null) {
    if (!numbers.every((n) => typeof n === "number" && Number.isFinite(n))) throw new TypeError(`${where}: estimate and interval must be finite numbers`);
    if (!(layer.ciLow! <= layer.estimate && layer.estimate <= layer.ciHigh!)) throw new TypeError(`${where}: need ciLow ≤ estimate ≤ ciHigh`);
  }
  if (!RESPONDENT_UNITS.includes(layer.unit)) throw new TypeError(`${where}: unknown unit ${JSON.stringify(layer.unit)}`);
  if ((layer.estimate === null) !== (layer.unit === "")) throw new TypeError(`${where}: a unit is given exactly when there is an estimate`);
  for (const field of ["base", "domain", "detail"] as const) if (typeof layer[field] !== "string") throw new TypeError(`${where}: "${field}" must be a string`);
  if (layer.detail.trim() === "") throw new TypeError(`${where}: "detail" is empty`);
  if (!Array.isArray(layer.waves) || layer.waves.some((w) => typeof w !== "string" || w.trim() === "")) throw new TypeError(`${where}: "waves" must be a list of wave ids`);
  if ((layer.waves.length === 0) !== (layer.verdict === "no respondent-level data")) {
    throw new TypeError(`${where}: waves are listed exactly when the verdict is not "no respondent-level data"`);
  }
  if (typeof layer.synthetic !== "boolean") throw new TypeError(`${where}: "synthetic" must be true or false`);
  if (layer.synthetic !== (layer.verdict === "demonstrated on SYNTHETIC data")) {
    throw new TypeError(`${where}: the verdict is "demonstrated on SYNTHETIC data" exactly when the evidence is SYNTHETIC; got "${layer.verdict}" on ${layer.synthetic ? "SYNTHETIC" : "real"} waves`);
  }
  if (layer.synthetic && !/SYNTHETIC/.test(layer.detail)) throw new TypeError(`${where}: the detail of SYNTHETIC evidence must say SYNTHETIC`);
  return layer;
}
