import type { RespondentLayer, RespondentLevelResult, RespondentUnit } from "../claims/claim-result";
import { IntervalEstimate, RespondentOutcome, respondentVerdict } from "../claims/respondent-verdict";
import type { EvidenceWaves } from "./evidence-waves";
import type { Estimate } from "./estimates-file";
import type { TestedEstimate } from "./wave-estimates";

/**
 * Helpers shared by the builders of the respondent-level layer: estimates in
 * percent or points, their text, and the layer itself.
 */

/** Said of every estimate on SYNTHETIC waves. */
export const SYNTHETIC_CALIBRATION_NOTE =
  "SYNTHETIC waves were generated to match the memo's own published figures, so agreement demonstrates the method and confirms nothing.";

/**
 * An estimate in proportions as percent (or percentage points): estimate and
 * 95% interval × 100.
 *
 * @example inPercent({ estimate: 0.868, ciLow: 0.851, ciHigh: 0.883 }) // => { estimate: 86.8, lower: 85.1, upper: 88.3 }
 */
export function inPercent(e: Pick<Estimate, "estimate" | "ciLow" | "ciHigh">): IntervalEstimate {
  return { estimate: 100 * e.estimate, lower: 100 * e.ciLow, upper: 100 * e.ciHigh };
}

/**
 * A share and its 95% interval as text: "86.8% (95% CI 85.1–88.3)".
 *
 * @example describePercent({ estimate: 0.868, ciLow: 0.851, ciHigh: 0.883 }) // => "86.8% (95% CI 85.1–88.3)"
 */
export function describePercent(e: Pick<Estimate, "estimate" | "ciLow" | "ciHigh">): string {
  return `${(100 * e.estimate).toFixed(1)}% (95% CI ${(100 * e.ciLow).toFixed(1)}–${(100 * e.ciHigh).toFixed(1)})`;
}

/**
 * A share as text: "86.8% (95% CI 85.1–88.3; n = 4498)".
 *
 * @example describeShare(estimate) // => "86.8% (95% CI 85.1–88.3; n = 4498)"
 */
export function describeShare(e: Pick<Estimate, "estimate" | "ciLow" | "ciHigh" | "n">): string {
  return `${(100 * e.estimate).toFixed(1)}% (95% CI ${(100 * e.ciLow).toFixed(1)}–${(100 * e.ciHigh).toFixed(1)}; n = ${e.n})`;
}

/**
 * A difference as text with its test: "+9.1 points (95% CI 6.2 to 12.0; t = 6.1 on 141 df, p < 0.001)".
 *
 * @example describeDifference(difference) // => "+9.1 points (95% CI 6.2 to 12.0; t = 6.1 on 141 df, p < 0.001)"
 */
export function describeDifference(e: TestedEstimate): string {
  const signed = (x: number) => `${x > 0 ? "+" : ""}${(100 * x).toFixed(1)}`;
  const p = e.pValue < 0.001 ? "p < 0.001" : `p = ${e.pValue.toFixed(3)}`;
  return `${signed(e.estimate)} points (95% CI ${(100 * e.ciLow).toFixed(1)} to ${(100 * e.ciHigh).toFixed(1)}; t = ${e.t.toFixed(2)} on ${e.df} df, ${p})`;
}

/**
 * The respondent-level layer built around one estimate: the verdict of the
 * outcome on the evidence (always "demonstrated on SYNTHETIC data" on
 * synthetic waves, the outcome named in the detail), the estimate and its
 * interval in `unit` (proportions × 100 for percent and points), its base,
 * domain and waves.
 *
 * @example estimateLayer(positive, "percent", "reproduced", "Share positive …") // => { verdict: "reproduced", estimate: 86.8, … }
 */
export function estimateLayer(shown: Estimate, unit: Exclude<RespondentUnit, "" | "correlation">, outcome: RespondentOutcome, detail: string): RespondentLayer {
  const scaled = inPercent(shown);
  return {
    verdict: respondentVerdict(outcome, shown.synthetic),
    synthetic: shown.synthetic,
    estimate: scaled.estimate,
    ciLow: scaled.lower,
    ciHigh: scaled.upper,
    unit,
    base: shown.base,
    domain: shown.domain,
    waves: [...shown.waves],
    detail: `${shown.synthetic ? "SYNTHETIC waves. " : ""}${detail} Rule on these waves: ${outcome}.${shown.synthetic ? ` ${SYNTHETIC_CALIBRATION_NOTE}` : ""}`,
  };
}

/**
 * The layer of a claim no wave informs: "no respondent-level data", saying why.
 *
 * @example noDataLayer("T2-23", "the verbatim answers are not in the coded data")
 */
export function noDataLayer(id: string, why: string): RespondentLevelResult {
  return { id, verdict: "no respondent-level data", synthetic: false, estimate: null, ciLow: null, ciHigh: null, unit: "", base: "", domain: "", waves: [], detail: why };
}

/**
 * The layer of a claim whose concepts no listed wave asks: "no respondent-level data" with the evidence note and the waves left out.
 *
 * @example missingWavesLayer("T1-05", evidence)
 */
export function missingWavesLayer(id: string, evidence: EvidenceWaves): RespondentLevelResult {
  const leftOut = evidence.leftOut.length > 0 ? `: ${evidence.leftOut.map((w) => `${w.waveId} ${w.reason}`).join("; ")}` : "";
  return noDataLayer(id, `${evidence.note}${leftOut}.`);
}

/**
 * The estimate whose outcome is the weakest of several (the first of the
 * weakest, by their order), for a claim made of several figures or relations.
 *
 * @example weakestOf([{ outcome: "reproduced", estimate: a }, { outcome: "not reproduced", estimate: b }]).estimate // => b
 */
export function weakestOf<T extends { readonly outcome: RespondentOutcome }>(parts: readonly T[]): T {
  const order: RespondentOutcome[] = ["not reproduced", "consistent within sampling error", "reproduced"];
  if (parts.length === 0) throw new RangeError("weakestOf: nothing to choose from");
  return parts.reduce((weakest, part) => (order.indexOf(part.outcome) < order.indexOf(weakest.outcome) ? part : weakest));
}
