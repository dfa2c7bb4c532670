import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import type { LonelyPsuRule } from "./lonely-psu";
import type { Label } from "./types";

/** One stratum of a {@link SurveyDesignSummary}. Plain data. */
export interface StratumSummary {
  readonly stratum: Label;
  /** Rows (respondents), zero weights included: R's `obs`. */
  readonly rows: number;
  /** PSUs of the design in the stratum: R's `design.PSU` (= `actual.PSU` for a full design). */
  readonly psus: number;
  /** PSUs holding a row with nonzero weight (those that enter degf). */
  readonly psusWithWeight: number;
  readonly zeroWeightRows: number;
  readonly weightSum: number;
}

/** What a notebook shows about a design before estimating, as R's `summary(design)` and `degf(design)`. Plain data. */
export interface SurveyDesignSummary {
  /** R's first line, e.g. "Stratified 1 - level Cluster Sampling design (with replacement)". */
  readonly description: string;
  readonly rows: number;
  readonly zeroWeightRows: number;
  readonly strata: number;
  readonly psus: number;
  /** Fewest and most PSUs in a stratum. */
  readonly psusPerStratum: { readonly min: number; readonly max: number };
  /** Strata with a single PSU, in design order (handled by `lonelyPsu`). */
  readonly lonelyStrata: Label[];
  /** Weights: smallest, smallest nonzero, largest, sum. */
  readonly weights: { readonly min: number; readonly minPositive: number | null; readonly max: number; readonly sum: number };
  /** Design degrees of freedom, R `degf(design)`: PSUs minus strata with a nonzero-weight row. */
  readonly df: number;
  readonly lonelyPsu: LonelyPsuRule;
  /** Per stratum, in order of first appearance. */
  readonly byStratum: StratumSummary[];
}

/**
 * Summary of a survey design for a visible design declaration, the numbers
 * of R's `print(summary(design))` (stratum sizes: obs, design.PSU, actual.PSU)
 * and `degf(design)`, plus zero-weight rows, the weight range and sum, and
 * the lonely-PSU rule with the strata it applies to (Lumley 2010 §2.2, §2.4).
 * Zero-weight rows count as rows and their PSUs as PSUs (as R counts them);
 * only degf leaves out PSUs whose rows all have weight 0.
 *
 * @example
 * const summary = surveyDesignSummary(design);
 * summary.strata; summary.psusPerStratum; summary.df // => 10, { min: 2, max: 4 }, 23
 */
export function surveyDesignSummary(design: SurveyDesign): SurveyDesignSummary {
  const { weights, stratumOfRow, psuOfRow, stratumCount, psuCountOfStratum } = design;
  const rowsOf = new Float64Array(stratumCount);
  const zerosOf = new Float64Array(stratumCount);
  const sumOf = new Float64Array(stratumCount);
  const weightedPsu = new Uint8Array(design.psuCount);
  let min = Infinity;
  let minPositive = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < design.rowCount; i++) {
    const h = stratumOfRow[i];
    const w = weights[i];
    rowsOf[h]++;
    sumOf[h] += w;
    sum += w;
    if (w === 0) zerosOf[h]++;
    else {
      weightedPsu[psuOfRow[i]] = 1;
      minPositive = Math.min(minPositive, w);
    }
    min = Math.min(min, w);
    max = Math.max(max, w);
  }
  const psusWithWeight = new Float64Array(stratumCount);
  for (let p = 0; p < design.psuCount; p++) psusWithWeight[design.stratumOfPsu[p]] += weightedPsu[p];
  const byStratum = design.stratumLabels.slice(0, stratumCount).map((stratum, h): StratumSummary => ({
    stratum,
    rows: rowsOf[h],
    psus: psuCountOfStratum[h],
    psusWithWeight: psusWithWeight[h],
    zeroWeightRows: zerosOf[h],
    weightSum: sumOf[h],
  }));
  const psuCounts = byStratum.map((s) => s.psus);
  return {
    description: describeDesign(design),
    rows: design.rowCount,
    zeroWeightRows: zerosOf.reduce((a, b) => a + b, 0),
    strata: stratumCount,
    psus: design.psuCount,
    psusPerStratum: { min: psuCounts.length ? Math.min(...psuCounts) : 0, max: psuCounts.length ? Math.max(...psuCounts) : 0 },
    lonelyStrata: byStratum.filter((s) => s.psus === 1).map((s) => s.stratum),
    weights: { min: design.rowCount ? min : NaN, minPositive: minPositive === Infinity ? null : minPositive, max: design.rowCount ? max : NaN, sum },
    df: designDegreesOfFreedom(design),
    lonelyPsu: design.lonelyPsu,
    byStratum,
  };
}

/**
 * The summary as lines of text, in the manner of R's `print(summary(design))`.
 *
 * @example formatSurveyDesignSummary(surveyDesignSummary(design)).split("\n")[0] // => "Stratified 1 - level Cluster Sampling design (with replacement)"
 */
export function formatSurveyDesignSummary(summary: SurveyDesignSummary): string {
  const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(6));
  const lines = [
    summary.description,
    `${summary.rows} rows (${summary.zeroWeightRows} with weight 0), ${summary.strata} strata, ${summary.psus} PSUs (${summary.psusPerStratum.min}–${summary.psusPerStratum.max} per stratum)`,
    `weights: min ${number(summary.weights.min)}, smallest nonzero ${summary.weights.minPositive === null ? "none" : number(summary.weights.minPositive)}, max ${number(summary.weights.max)}, sum ${number(summary.weights.sum)}`,
    `design degrees of freedom (degf): ${summary.df}`,
    `single-PSU strata: ${summary.lonelyStrata.length === 0 ? "none" : summary.lonelyStrata.join(", ")} (rule "${summary.lonelyPsu}")`,
  ];
  return lines.join("\n");
}

function describeDesign(design: SurveyDesign): string {
  const stratified = design.stratumCount > 1 ? "Stratified " : "";
  if (design.psuCount === design.rowCount) return `${stratified}Independent Sampling design (with replacement)`;
  return `${stratified}1 - level Cluster Sampling design (with replacement)`;
}
