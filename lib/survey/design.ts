import { SurveyInputError } from "./errors";
import { factorizeLabels } from "./factorize";
import { LONELY_PSU_RULES, type LonelyPsuRule } from "./lonely-psu";
import type { Label } from "./types";

/** Inputs of {@link createSurveyDesign}: one entry per respondent (row). */
export interface SurveyDesignSpec {
  /** Sampling weights: finite and ≥ 0 (zero weights are allowed and keep the row in the design). */
  readonly weights: ArrayLike<number>;
  /** Stratum labels; omitted = one stratum. */
  readonly strata?: ArrayLike<Label>;
  /** PSU (cluster) labels, nested within strata; omitted = every row is its own PSU (R `ids = ~1`). */
  readonly psu?: ArrayLike<Label>;
  /** Single-PSU strata rule, default "fail" (see {@link LonelyPsuRule}). */
  readonly lonelyPsu?: LonelyPsuRule;
  /** Names used in error messages ({@link SurveyInputError}): the data file and the design columns. */
  readonly source?: { readonly file?: string; readonly weights?: string; readonly strata?: string; readonly psu?: string };
}

/**
 * A validated stratified cluster design (with-replacement PSUs, no fpc),
 * factorized once and shared by every estimator. Plain data, no methods.
 */
export interface SurveyDesign {
  readonly rowCount: number;
  readonly weights: Float64Array;
  /** Stratum index of each row (0-based). */
  readonly stratumOfRow: Int32Array;
  /** Global PSU index of each row (0-based; PSUs are nested in strata). */
  readonly psuOfRow: Int32Array;
  /** Stratum index of each PSU. */
  readonly stratumOfPsu: Int32Array;
  /** Number of PSUs in each stratum (n_h), zero-weight PSUs included, as R counts them. */
  readonly psuCountOfStratum: Int32Array;
  readonly stratumLabels: readonly Label[];
  readonly psuCount: number;
  readonly stratumCount: number;
  readonly lonelyPsu: LonelyPsuRule;
  /** Names for messages (file and columns). */
  readonly source: { readonly file: string; readonly weights: string; readonly strata: string; readonly psu: string };
}

/**
 * Validates and factorizes a survey design, the equivalent of R's
 * `svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE)`
 * (or `ids = ~1` without PSUs). PSU labels are nested in strata, so PSU "1" of
 * stratum A and PSU "1" of stratum B are different PSUs.
 *
 * Variance estimators built on it use the with-replacement (ultimate cluster)
 * approximation: V(t̂) = Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)² (Wolter 2007,
 * §1.5; Lumley 2010, §2.2).
 *
 * @throws SurveyInputError "weight-invalid" for a NaN, infinite or negative weight, or weights whose sum
 *   overflows to infinity (row and column named);
 *   "design-invalid" for a missing stratum/PSU label.
 * @throws RangeError when the column lengths differ or the lonely-PSU rule is unknown.
 * @example
 * const design = createSurveyDesign({ weights: [1.2, 0.8, 1, 1], strata: ["a", "a", "b", "b"], psu: [1, 2, 1, 2] });
 * design.psuCount // => 4
 */
export function createSurveyDesign(spec: SurveyDesignSpec): SurveyDesign {
  const rowCount = spec.weights.length;
  const source = {
    file: spec.source?.file ?? "survey design",
    weights: spec.source?.weights ?? "weight",
    strata: spec.source?.strata ?? "stratum",
    psu: spec.source?.psu ?? "psu",
  };
  const lonelyPsu = spec.lonelyPsu ?? "fail";
  if (!LONELY_PSU_RULES.includes(lonelyPsu)) throw new RangeError(`unknown lonelyPsu rule "${lonelyPsu}"`);
  if (spec.strata && spec.strata.length !== rowCount)
    throw new RangeError(`strata has ${spec.strata.length} rows but weights has ${rowCount}`);
  if (spec.psu && spec.psu.length !== rowCount)
    throw new RangeError(`psu has ${spec.psu.length} rows but weights has ${rowCount}`);

  const weights = validateWeights(spec.weights, source.file, source.weights);
  if (spec.strata) checkLabelsPresent(spec.strata, source.file, source.strata);
  if (spec.psu) checkLabelsPresent(spec.psu, source.file, source.psu);

  const strata = spec.strata ? factorizeLabels(spec.strata) : { codes: new Int32Array(rowCount), levels: [1] as Label[] };
  const stratumOfRow = strata.codes;
  const stratumCount = rowCount === 0 && !spec.strata ? 0 : strata.levels.length;
  const { psuOfRow, stratumOfPsu } = spec.psu
    ? nestPsusInStrata(spec.psu, stratumOfRow)
    : { psuOfRow: identityIndex(rowCount), stratumOfPsu: stratumOfRow.slice() };
  const psuCountOfStratum = new Int32Array(stratumCount);
  for (let p = 0; p < stratumOfPsu.length; p++) psuCountOfStratum[stratumOfPsu[p]]++;

  return {
    rowCount,
    weights,
    stratumOfRow,
    psuOfRow,
    stratumOfPsu,
    psuCountOfStratum,
    stratumLabels: strata.levels,
    psuCount: stratumOfPsu.length,
    stratumCount,
    lonelyPsu,
    source,
  };
}

function validateWeights(raw: ArrayLike<number>, file: string, column: string): Float64Array {
  const weights = Float64Array.from(raw);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!(w >= 0) || w === Infinity) {
      throw new SurveyInputError("weight-invalid", { file, row: i + 1, column }, `weight must be a finite number ≥ 0, got ${raw[i]}`);
    }
    total += w;
    if (total === Infinity) {
      throw new SurveyInputError("weight-invalid", { file, row: i + 1, column }, `the weights up to this row sum to more than ${Number.MAX_VALUE}; every estimate would be NaN — rescale the weights (e.g. to mean 1)`);
    }
  }
  return weights;
}

function checkLabelsPresent(labels: ArrayLike<Label>, file: string, column: string): void {
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as Label | null | undefined;
    if (label === null || label === undefined || label === "" || (typeof label === "number" && Number.isNaN(label))) {
      throw new SurveyInputError("design-invalid", { file, row: i + 1, column }, "design label is missing");
    }
  }
}

function identityIndex(length: number): Int32Array {
  const index = new Int32Array(length);
  for (let i = 0; i < length; i++) index[i] = i;
  return index;
}

/** Global PSU ids for (stratum, psu label) pairs, first-appearance order. */
function nestPsusInStrata(psu: ArrayLike<Label>, stratumOfRow: Int32Array): { psuOfRow: Int32Array; stratumOfPsu: Int32Array } {
  const psuOfRow = new Int32Array(psu.length);
  const perStratum: Map<Label, number>[] = [];
  const stratumOfPsu: number[] = [];
  let previousStratum = -1;
  let previousLabel: Label | undefined;
  let previousPsu = -1;
  for (let i = 0; i < psu.length; i++) {
    const stratum = stratumOfRow[i];
    const label = psu[i];
    if (stratum !== previousStratum || label !== previousLabel) {
      const index = perStratum[stratum] ?? (perStratum[stratum] = new Map<Label, number>());
      let id = index.get(label);
      if (id === undefined) {
        id = stratumOfPsu.length;
        index.set(label, id);
        stratumOfPsu.push(stratum);
      }
      previousStratum = stratum;
      previousLabel = label;
      previousPsu = id;
    }
    psuOfRow[i] = previousPsu;
  }
  return { psuOfRow, stratumOfPsu: Int32Array.from(stratumOfPsu) };
}
