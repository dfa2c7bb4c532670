import { loadTextFigures } from "../article/text-figures";
import type { ClaimResult } from "../claims/claim-result";
import type { Verdict } from "../claims/verdict";
import { crossTabShare, MULTIVECTOR_CROSS_TABS, MULTIVECTOR_PAIRS, partialAssociation, PartialAssociation, ShareEstimate } from "./multivector-estimates";
import type { WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { poolWaves, waveSample, WaveSample, wavesAsking } from "../waves/wave-sample";

/** The waves a claim is judged on: the real (non-synthetic) waves when there are any, else the synthetic ones. */
export interface EvidenceSample {
  /** The evidence waves pooled (with the concepts every one of them asks). */
  readonly sample: WaveSample;
  readonly perWave: readonly WaveSample[];
  /** The evidence waves themselves. */
  readonly waves: readonly WaveData[];
  /** e.g. "SYNTHETIC demonstration waves kz-2017-synthetic, kz-2018-synthetic (rows kept 1500 of 1500, 1500 of 1500), pooled". */
  readonly evidence: string;
}

/**
 * Chooses the evidence for the respondent-level claims: the real waves of
 * the manifest, pooled (see {@link poolWaves}); if there are none, the
 * SYNTHETIC waves, which demonstrate the method and never confirm the memo.
 *
 * @example evidenceSample(waves).evidence // => "SYNTHETIC demonstration waves … pooled"
 */
export function evidenceSample(waves: readonly WaveData[]): EvidenceSample {
  const real = waves.filter((wave) => !wave.entry.synthetic);
  const used = real.length > 0 ? real : waves;
  const kept = used.map((wave) => `${wave.accounting.rowsKept} of ${wave.accounting.rowsRead}`).join(", ");
  const kind = real.length > 0 ? "respondent-level waves" : "SYNTHETIC demonstration waves";
  return {
    sample: used.length === 1 ? waveSample(used[0]) : poolWaves(used),
    perWave: used.map(waveSample),
    waves: used,
    evidence: `${kind} ${used.map((wave) => wave.entry.waveId).join(", ")} (rows kept ${kept})${used.length > 1 ? ", pooled" : ""}`,
  };
}

/** The evidence for an estimate that needs some concepts: the evidence waves that ask them all, and those left out. */
export interface ConceptEvidence {
  /** The waves asking every concept, pooled (one wave as it is); null when no evidence wave asks them. */
  readonly sample: WaveSample | null;
  readonly perWave: readonly WaveSample[];
  readonly leftOut: readonly { readonly waveId: string; readonly notAsked: readonly WaveConcept[] }[];
  /** The evidence text, with the waves left out and why: for the ledger's evidence column. */
  readonly evidence: string;
  /** "" when no wave was left out, else e.g. "left out: cab-2018 (does not ask eeu_benefit)". */
  readonly leftOutNote: string;
}

/**
 * The evidence waves that ask every one of `concepts`, pooled, and the
 * waves left out because they do not ask one of them (a codebook row "not
 * asked"), said in the evidence text.
 *
 * @example evidenceFor(evidenceSample(waves), ["us_opinion", "russia_opinion"]).leftOutNote // => "" when every wave asks them
 */
export function evidenceFor(evidence: EvidenceSample, concepts: readonly WaveConcept[]): ConceptEvidence {
  const { asking, leftOut } = wavesAsking(evidence.waves, concepts);
  const leftOutNote = leftOut.length === 0 ? "" : `left out: ${leftOut.map((w) => `${w.waveId} (does not ask ${w.notAsked.join(", ")})`).join("; ")}`;
  return {
    sample: asking.length === 0 ? null : asking.length === 1 ? waveSample(asking[0]) : poolWaves(asking),
    perWave: evidence.perWave.filter((sample) => asking.some((wave) => wave.entry.waveId === sample.id)),
    leftOut,
    evidence: leftOutNote === "" ? evidence.evidence : `${evidence.evidence}; ${leftOutNote}`,
    leftOutNote,
  };
}

/**
 * Formats a share as "54.8% (95% CI 52.1–57.4)".
 *
 * @example formatShare({ estimate: 0.548, ci: { lower: 0.521, upper: 0.574, level: 0.95, method: "logit" } }) // => "54.8% (95% CI 52.1–57.4)"
 */
export function formatShare(share: Pick<ShareEstimate, "estimate" | "ci">): string {
  return `${percent(share.estimate)}% (${Math.round(share.ci.level * 100)}% CI ${percent(share.ci.lower)}–${percent(share.ci.upper)})`;
}

function signedPoints(points: number): string {
  const text = points.toFixed(1);
  return Number(text) === 0 ? "0.0" : points > 0 ? `+${text}` : text;
}

function percent(fraction: number): string {
  return (100 * fraction).toFixed(1);
}

/**
 * Verdict of a respondent-level share against the memo's rounded figure r:
 * synthetic evidence → "needs respondent-level data" (a demonstration);
 * real data: the estimate (in percent) within [r − 0.5, r + 0.5], the
 * values that print as r → "reproduced"; otherwise "not reproduced by
 * respondent-level data" (the detail gives the gap and the interval, so a
 * reader can tell a different wave or base from sampling noise).
 *
 * @example shareVerdict(0.552, 55, false) // => "reproduced"
 */
export function shareVerdict(estimate: number, reported: number, synthetic: boolean): Verdict {
  if (synthetic) return "needs respondent-level data";
  const gap = Math.abs(100 * estimate - reported);
  return gap <= 0.5 ? "reproduced" : "not reproduced by respondent-level data";
}

/**
 * The results of claims MV-01..MV-04 (the memo's cross-tabulations): the
 * weighted share positive on the US/China item among those positive on the
 * Russia item, non-substantive answers in the base, pooled over the evidence
 * waves with a design-based logit interval; per-wave values and the
 * sensitivity to excluding non-substantive answers in the detail.
 *
 * @example crossTabClaimResults(evidenceSample(waves)).map((r) => r.id) // => ["MV-01", "MV-02", "MV-03", "MV-04"]
 */
export function crossTabClaimResults(evidence: EvidenceSample, figuresFile?: string): ClaimResult[] {
  const figures = loadTextFigures(figuresFile).objects() as { figure_id: string; value: number }[];
  return MULTIVECTOR_CROSS_TABS.map((crossTab): ClaimResult => {
    const reported = figures.find((figure) => figure.figure_id === crossTab.memoFigureId);
    if (!reported) throw new Error(`memo figure ${crossTab.memoFigureId} (claim ${crossTab.claimId}) is not in data/article/text-figures.csv`);
    const used = evidenceFor(evidence, [crossTab.target, crossTab.anchor]);
    if (used.sample === null) return notAskedResult(crossTab.claimId, used);
    const pooled = crossTabShare(used.sample, crossTab);
    const excluded = crossTabShare(used.sample, crossTab, "excluded");
    const perWave = used.perWave.map((sample) => `${sample.id} ${percent(crossTabShare(sample, crossTab).estimate)}%`).join(", ");
    const synthetic = used.sample.synthetic;
    return {
      id: crossTab.claimId,
      computed: `${synthetic ? "SYNTHETIC " : ""}${formatShare(pooled)}`,
      interval: `[${percent(pooled.ci.lower)}, ${percent(pooled.ci.upper)}]`,
      verdict: shareVerdict(pooled.estimate, reported.value, synthetic),
      evidence: used.evidence,
      detail:
        `Weighted share positive on ${crossTab.target} among those positive on ${crossTab.anchor} (n = ${pooled.n}), "do not know"/refused in the base; Taylor-linearized SE, logit 95% CI on ${pooled.df} design df. ` +
        `Memo: ${reported.value}%; gap ${signedPoints(100 * pooled.estimate - reported.value)} points. Per wave: ${perWave}. With non-substantive answers excluded: ${percent(excluded.estimate)}%.` +
        (synthetic ? " SYNTHETIC: calibrated to the memo's figure, so agreement demonstrates the method and does not confirm the memo." : "") +
        (used.leftOutNote === "" ? "" : ` Waves ${used.leftOutNote}.`),
    };
  });
}

/** A claim no evidence wave can inform: every one of them leaves out a concept it needs. */
function notAskedResult(id: string, used: ConceptEvidence): ClaimResult {
  return { id, computed: "no evidence wave asks the items", interval: "", verdict: "needs respondent-level data", evidence: used.evidence, detail: `Not estimated: every evidence wave is ${used.leftOutNote}.` };
}

/**
 * The results of claims MV-05 (opinions of, and closer relations with, the
 * three countries positively associated given leadership opinion: all six
 * pairs) and MV-06 (the US–Russia pairs): for each pair the design-based
 * regression slope y ~ x + leadership and the partial correlation. On real
 * data the claim is "reproduced" when every slope's 95% CI is above 0.
 *
 * @example associationClaimResults(evidenceSample(waves)).map((r) => r.id) // => ["MV-05", "MV-06"]
 */
export function associationClaimResults(evidence: EvidenceSample): ClaimResult[] {
  const concepts = [...new Set(MULTIVECTOR_PAIRS.flatMap((pair): WaveConcept[] => [pair.x, pair.y])), "leadership_opinion" as WaveConcept];
  const used = evidenceFor(evidence, concepts);
  if (used.sample === null) return [notAskedResult("MV-05", used), notAskedResult("MV-06", used)];
  const usedSample = used.sample;
  const associations = MULTIVECTOR_PAIRS.map((pair) => partialAssociation(usedSample, pair));
  const usRussia = associations.filter((a) => [a.pair.x, a.pair.y].some((c) => c.startsWith("russia")) && [a.pair.x, a.pair.y].some((c) => c.startsWith("us")));
  const synthetic = usedSample.synthetic;
  const judge = (set: PartialAssociation[]): Verdict => (synthetic ? "needs respondent-level data" : set.every((a) => a.slope.ci.lower > 0) ? "reproduced" : "not reproduced by respondent-level data");
  const describe = (set: PartialAssociation[]): string => {
    const r = set.map((a) => a.partialCorrelation.estimate);
    return `${synthetic ? "SYNTHETIC " : ""}partial r ${Math.min(...r).toFixed(2)} to ${Math.max(...r).toFixed(2)} over ${set.length} pair${set.length > 1 ? "s" : ""}; ${set.filter((a) => a.slope.ci.lower > 0).length} of ${set.length} slopes with 95% CI above 0`;
  };
  const interval = (set: PartialAssociation[]): string => `[${Math.min(...set.map((a) => a.partialCorrelation.ci.lower)).toFixed(2)}, ${Math.max(...set.map((a) => a.partialCorrelation.ci.upper)).toFixed(2)}]`;
  const detail = (set: PartialAssociation[]): string =>
    "Design-based svyglm (gaussian) y ~ x + leadership opinion on the −2..+2 scales, non-substantive answers left out; " +
    set.map((a) => `${a.pair.x}–${a.pair.y}: slope ${a.slope.estimate.toFixed(2)} (95% CI ${a.slope.ci.lower.toFixed(2)}–${a.slope.ci.upper.toFixed(2)}), partial r ${a.partialCorrelation.estimate.toFixed(2)}`).join("; ") +
    "." + (synthetic ? " SYNTHETIC: the generator builds these associations in, so this demonstrates the method only." : "") +
    (used.leftOutNote === "" ? "" : ` Waves ${used.leftOutNote}.`);
  return [
    { id: "MV-05", computed: describe(associations), interval: interval(associations), verdict: judge(associations), evidence: used.evidence, detail: detail(associations) },
    { id: "MV-06", computed: describe(usRussia), interval: interval(usRussia), verdict: judge(usRussia), evidence: used.evidence, detail: detail(usRussia) },
  ];
}
