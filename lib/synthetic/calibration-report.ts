import type { WaveConcept } from "../waves/concepts";
import { answerShares, crossTabShare, MULTIVECTOR_CROSS_TABS } from "../wave-analyses/multivector-estimates";
import { NON_SUBSTANTIVE_SCALE_CODE, WaveSample } from "../waves/wave-sample";
import type { SyntheticTargets } from "./synthetic-targets";

/** One calibration target against what a synthetic wave achieves. Plain data, percent. */
export interface CalibrationRow {
  readonly wave: string;
  readonly target: string;
  /** The memo's published (rounded) value. */
  readonly memo: number;
  /** Weighted estimate on the wave. */
  readonly achieved: number;
  /** True when the achieved value rounds to the memo's figure (|achieved − memo| ≤ 0.5). */
  readonly withinRounding: boolean;
}

const POSITION_NAMES = new Map([[2, "strong +"], [1, "moderate +"], [NON_SUBSTANTIVE_SCALE_CODE, "do not know/no answer"], [-1, "moderate −"], [-2, "strong −"]]);

/**
 * Compares a synthetic wave's weighted figures with the memo's published ones
 * it was calibrated to: every option of the three Table 1 items, the four
 * conditional shares, and Table 2's all-reasons distribution (weighted share
 * of first- and second-named reasons of those positive about Russia).
 *
 * @example calibrationReport(sample, loadSyntheticTargets()).every((row) => row.withinRounding) // => true
 */
export function calibrationReport(sample: WaveSample, targets: SyntheticTargets, reasonLabels: ReadonlyMap<number, string>): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  const add = (target: string, memo: number, achieved: number) => rows.push({ wave: sample.id, target, memo, achieved, withinRounding: Math.abs(achieved - memo) <= 0.5 });
  const order = [2, 1, NON_SUBSTANTIVE_SCALE_CODE, -1, -2];
  for (const [concept, shares] of targets.table1) {
    const achieved = answerShares(sample, concept);
    order.forEach((position, k) => add(`${concept}: ${POSITION_NAMES.get(position)}`, Math.round(shares[k] * 1000) / 10, 100 * achieved.find((s) => s.position === position)!.estimate));
  }
  for (const crossTab of MULTIVECTOR_CROSS_TABS) {
    const target = targets.conditional.find((t) => t.concept === crossTab.target)!;
    add(`${crossTab.target} positive | ${crossTab.anchor} positive`, Math.round(target.positiveGivenAnchor * 1000) / 10, 100 * crossTabShare(sample, crossTab).estimate);
  }
  const mentions = reasonMentionShares(sample);
  for (const [label, share] of targets.reasonShares) {
    const code = [...reasonLabels].find(([, text]) => text === label)?.[0];
    add(`reason: ${label}`, Math.round(share * 1000) / 10, 100 * (code === undefined ? 0 : mentions.get(code) ?? 0));
  }
  const categorized = new Set([...reasonLabels].filter(([, text]) => targets.reasonShares.has(text)).map(([code]) => code));
  const uncategorized = [...mentions].filter(([code]) => !categorized.has(code)).reduce((sum, [, share]) => sum + share, 0);
  add("reason: other/do not know/did not answer", Math.round(targets.uncategorizableShare * 1000) / 10, 100 * uncategorized);
  return rows;
}

function reasonMentionShares(sample: WaveSample): Map<number, number> {
  const weights = sample.design.weights;
  const totals = new Map<number, number>();
  let all = 0;
  for (const concept of ["russia_positive_reason_1", "russia_positive_reason_2"] as WaveConcept[]) {
    sample.answers.get(concept)!.forEach((code, i) => {
      if (Number.isNaN(code)) return;
      totals.set(code, (totals.get(code) ?? 0) + weights[i]);
      all += weights[i];
    });
  }
  return new Map([...totals].map(([code, total]) => [code, total / all]));
}
