import { loadTextFigures } from "../article/text-figures";
import type { ClaimResult, RespondentLayer } from "../claims/claim-result";
import { figureOutcome, relationOutcome, RespondentOutcome, respondentVerdict, weakestOutcome } from "../claims/respondent-verdict";
import type { WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { poolWaves, waveSample, WaveSample } from "../waves/wave-sample";
import { claimEvidence, describeEvidence, EvidenceWaves, LeftOutWave, memoSurveyPeriod, SurveyPeriod } from "./evidence-waves";
import type { Estimate } from "./estimates-file";
import { CrossTab, crossTabShare, MULTIVECTOR_CROSS_TABS, MULTIVECTOR_PAIRS, partialAssociation, PartialAssociation, ShareEstimate } from "./multivector-estimates";

/** Every concept the multivector claims use. */
export const MULTIVECTOR_CONCEPTS: readonly WaveConcept[] = [
  "russia_opinion",
  "us_opinion",
  "china_opinion",
  "russia_economic_relations",
  "us_economic_relations",
  "china_economic_relations",
  "leadership_opinion",
];

/** The waves the multivector claims are judged on ({@link claimEvidence}), as samples. */
export interface EvidenceSample {
  /** The evidence waves as one sample (pooled when several); null when no wave asks every concept. */
  readonly sample: WaveSample | null;
  /** Each evidence wave alone. */
  readonly perWave: readonly WaveSample[];
  /** e.g. "SYNTHETIC waves of the memo's period 2017–2019 (no real wave is listed), pooled: kz-2017-synthetic, … (rows kept 1500 of 1500, …)". */
  readonly evidence: string;
  readonly synthetic: boolean;
  /** Every wave the manifest lists (a claim that needs fewer concepts may use more of them). */
  readonly listed: readonly WaveData[];
  readonly period: SurveyPeriod;
  readonly leftOut: readonly LeftOutWave[];
}

/**
 * Chooses the evidence for the multivector claims by {@link claimEvidence}
 * over every concept they use: the real waves of the memo's survey period,
 * else every real wave, else the SYNTHETIC waves (which demonstrate the method
 * and never confirm the memo); real and synthetic never pooled.
 *
 * @example evidenceSample(waves).evidence // => "SYNTHETIC waves of the memo's period 2017–2019 (no real wave is listed), pooled: kz-2017-synthetic, …"
 */
export function evidenceSample(waves: readonly WaveData[], period: SurveyPeriod = memoSurveyPeriod()): EvidenceSample {
  const chosen = claimEvidence(waves, MULTIVECTOR_CONCEPTS, period);
  return {
    sample: poolOf(chosen.waves),
    perWave: chosen.waves.map(waveSample),
    evidence: describeEvidence(chosen),
    synthetic: chosen.synthetic,
    listed: waves,
    period,
    leftOut: chosen.leftOut,
  };
}

function poolOf(waves: readonly WaveData[]): WaveSample | null {
  return waves.length === 0 ? null : waves.length === 1 ? waveSample(waves[0]) : poolWaves(waves);
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

/** The printed-figures layer of a claim the memo's figures alone cannot check. */
function needsWaves(id: string, reported: string, where: string): Omit<ClaimResult, "respondent"> {
  return {
    id,
    computed: `memo: ${reported}; nothing the memo prints derives it`,
    interval: "",
    intervalKind: "",
    verdict: "needs respondent-level data",
    evidence: `memo ${where} (in-text figure); checking it needs the CAB respondent-level data: see the respondent-level verdict`,
    detail: "The printed figures hold nothing to check this claim against; what the waves give is its respondent-level layer.",
  };
}

/** The respondent-level layer when no listed wave asks what a claim needs. */
function noWaves(chosen: EvidenceWaves): RespondentLayer {
  return { verdict: "no respondent-level data", synthetic: false, estimate: null, ciLow: null, ciHigh: null, unit: "", base: "", domain: "", waves: [], detail: `${describeEvidence(chosen)}.` };
}

function sampleFor(evidence: EvidenceSample, chosen: EvidenceWaves): WaveSample {
  const ids = chosen.waves.map((wave) => wave.entry.waveId).join(";");
  return evidence.sample !== null && evidence.sample.waveIds.join(";") === ids ? evidence.sample : poolOf(chosen.waves)!;
}

const SYNTHETIC_NOTE = " SYNTHETIC: the waves were calibrated to the memo's own figures, so agreement demonstrates the method and confirms nothing.";

/**
 * The results of claims MV-01..MV-04 (the memo's cross-tabulations: share
 * positive on the US/China item among those positive on the Russia item).
 * Printed figures: "needs respondent-level data" (the memo prints nothing to
 * derive them from). Respondent level, on the evidence waves of the claim's
 * two items ({@link claimEvidence}): the pooled weighted share with its
 * design-based logit 95% interval, non-substantive answers on the target in
 * the base (Table 1's convention), judged by {@link figureOutcome} (the
 * printed figure within the interval; the estimate rounding to it); the detail
 * gives the gap, each wave, and the share and outcome with non-substantive
 * answers excluded.
 *
 * @example crossTabClaimResults(evidenceSample(waves)).map((r) => r.respondent?.verdict) // => 4 × "demonstrated on SYNTHETIC data"
 */
export function crossTabClaimResults(evidence: EvidenceSample, figuresFile?: string): ClaimResult[] {
  const figures = loadTextFigures(figuresFile).objects() as { figure_id: string; value: number; section: string; paragraph: number }[];
  return MULTIVECTOR_CROSS_TABS.map((crossTab): ClaimResult => {
    const reported = figures.find((figure) => figure.figure_id === crossTab.memoFigureId);
    if (!reported) throw new Error(`memo figure ${crossTab.memoFigureId} (claim ${crossTab.claimId}) is not in data/article/text-figures.csv`);
    const printed = needsWaves(crossTab.claimId, `${reported.value}%`, `${reported.section} ¶${reported.paragraph}`);
    const chosen = claimEvidence(evidence.listed, [crossTab.target, crossTab.anchor], evidence.period);
    if (chosen.waves.length === 0) return { ...printed, respondent: noWaves(chosen) };
    return { ...printed, respondent: crossTabLayer(crossTab, reported.value, chosen, sampleFor(evidence, chosen)) };
  });
}

function crossTabLayer(crossTab: CrossTab, reported: number, chosen: EvidenceWaves, sample: WaveSample): RespondentLayer {
  const inBase = crossTabShare(sample, crossTab);
  const excluded = crossTabShare(sample, crossTab, "excluded");
  const asPercent = (s: ShareEstimate) => ({ estimate: 100 * s.estimate, lower: 100 * s.ci.lower, upper: 100 * s.ci.upper });
  const outcome = figureOutcome(asPercent(inBase), reported);
  const excludedOutcome = figureOutcome(asPercent(excluded), reported);
  const perWave = chosen.waves.length > 1 ? ` Per wave: ${chosen.waves.map((wave) => `${wave.entry.waveId} ${formatShare(crossTabShare(waveSample(wave), crossTab))}`).join("; ")}.` : "";
  return {
    verdict: respondentVerdict(outcome, chosen.synthetic),
    synthetic: chosen.synthetic,
    estimate: 100 * inBase.estimate,
    ciLow: 100 * inBase.ci.lower,
    ciHigh: 100 * inBase.ci.upper,
    unit: "percent",
    base: "all",
    domain: `${crossTab.anchor}=positive`,
    waves: chosen.waves.map((wave) => wave.entry.waveId),
    detail:
      `${chosen.synthetic ? "SYNTHETIC " : ""}weighted share positive on ${crossTab.target} among those positive on ${crossTab.anchor}: ${formatShare(inBase)}, ` +
      `n = ${inBase.n}, design df ${inBase.df}, deff ${inBase.deff === null ? "–" : inBase.deff.toFixed(2)}; "do not know"/refused on ${crossTab.target} in the base. ` +
      `Memo ${reported}%: gap ${signedPoints(100 * inBase.estimate - reported)} points; rule: ${outcome}. ` +
      `With non-substantive answers excluded: ${formatShare(excluded)} (${excludedOutcome}).${perWave} Evidence: ${describeEvidence(chosen)}.` +
      (chosen.synthetic ? SYNTHETIC_NOTE : ""),
  };
}

/**
 * The results of claims MV-05 (opinions of, and closer relations with, the
 * three countries positively associated given leadership opinion: all six
 * pairs) and MV-06 (the US–Russia pairs). Printed figures: "needs
 * respondent-level data". Respondent level: judged on the design-based
 * partial correlation r(x, y | leadership), symmetric in x and y, with its
 * Fisher-z 95% interval: each pair by {@link relationOutcome} (r > 0 beyond
 * sampling error → reproduced, r < 0 beyond it → not reproduced), the claim by
 * the weakest pair ({@link weakestOutcome}); the estimate shown is that of the
 * weakest pair (smallest lower bound). The regression slopes are in the detail.
 *
 * @example associationClaimResults(evidenceSample(waves)).map((r) => r.id) // => ["MV-05", "MV-06"]
 */
export function associationClaimResults(evidence: EvidenceSample): ClaimResult[] {
  const claims = [
    { id: "MV-05", pairs: MULTIVECTOR_PAIRS, reported: "positive partial correlations" },
    { id: "MV-06", pairs: MULTIVECTOR_PAIRS.filter((p) => [p.x, p.y].some((c) => c.startsWith("russia")) && [p.x, p.y].some((c) => c.startsWith("us"))), reported: "positive partial correlation" },
  ];
  return claims.map((claim): ClaimResult => {
    const printed = needsWaves(claim.id, claim.reported, "Kazakhstanis' Moderate Pro-Russian Position ¶4");
    const concepts = [...new Set(claim.pairs.flatMap((p) => [p.x, p.y])), "leadership_opinion" as const];
    const chosen = claimEvidence(evidence.listed, concepts, evidence.period);
    if (chosen.waves.length === 0) return { ...printed, respondent: noWaves(chosen) };
    const sample = sampleFor(evidence, chosen);
    const associations = claim.pairs.map((pair) => partialAssociation(sample, pair));
    return { ...printed, respondent: associationLayer(associations, chosen) };
  });
}

function associationLayer(associations: readonly PartialAssociation[], chosen: EvidenceWaves): RespondentLayer {
  const outcomes: RespondentOutcome[] = associations.map((a) => relationOutcome({ estimate: a.partialCorrelation.estimate, lower: a.partialCorrelation.ci.lower, upper: a.partialCorrelation.ci.upper }));
  const weakest = associations.reduce((w, a) => (a.partialCorrelation.ci.lower < w.partialCorrelation.ci.lower ? a : w));
  const outcome = weakestOutcome(outcomes);
  const r = (a: PartialAssociation) => `${a.partialCorrelation.estimate.toFixed(3)} (95% CI ${a.partialCorrelation.ci.lower.toFixed(3)} to ${a.partialCorrelation.ci.upper.toFixed(3)})`;
  return {
    verdict: respondentVerdict(outcome, chosen.synthetic),
    synthetic: chosen.synthetic,
    estimate: weakest.partialCorrelation.estimate,
    ciLow: weakest.partialCorrelation.ci.lower,
    ciHigh: weakest.partialCorrelation.ci.upper,
    unit: "correlation",
    base: "substantive",
    domain: "",
    waves: chosen.waves.map((wave) => wave.entry.waveId),
    detail:
      `${chosen.synthetic ? "SYNTHETIC " : ""}design-based partial correlation given leadership opinion (items on the −2..+2 scale, non-substantive answers left out), each pair: ` +
      associations.map((a, k) => `${a.pair.x}–${a.pair.y} r = ${r(a)}, ${outcomes[k]}; svyglm slope ${a.slope.estimate.toFixed(3)} (95% CI ${a.slope.ci.lower.toFixed(3)} to ${a.slope.ci.upper.toFixed(3)}), n = ${a.n}`).join("; ") +
      `. The claim holds only if every pair does: ${outcome}; the estimate shown is the weakest pair's (${weakest.pair.x}–${weakest.pair.y}). Evidence: ${describeEvidence(chosen)}.` +
      (chosen.synthetic ? " SYNTHETIC: the generator builds these associations in, so this demonstrates the method only." : ""),
  };
}

/**
 * The four cross-tabulations on each sample given, both bases, as rows of
 * output/estimates.csv (proportions; logit intervals; concept the target
 * item, domain the anchor positive).
 *
 * @example crossTabEstimates([evidence.sample!, ...evidence.perWave]).length // => 4 × 2 × samples
 */
export function crossTabEstimates(samples: readonly WaveSample[]): Estimate[] {
  return MULTIVECTOR_CROSS_TABS.flatMap((crossTab) =>
    samples.flatMap((sample) =>
      (["in base", "excluded"] as const).map((base): Estimate => {
        const share = crossTabShare(sample, crossTab, base);
        return {
          claimIds: [crossTab.claimId],
          waves: sample.waveIds,
          synthetic: sample.synthetic,
          concept: crossTab.target,
          measure: "positive",
          domain: `${crossTab.anchor}=positive`,
          base: base === "in base" ? "all" : "substantive",
          estimate: share.estimate,
          se: share.se,
          ciLow: share.ci.lower,
          ciHigh: share.ci.upper,
          df: share.df,
          n: share.n,
          deff: share.deff,
        };
      }),
    ),
  );
}
