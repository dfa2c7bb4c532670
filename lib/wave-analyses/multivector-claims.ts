import { loadTextFigures } from "../article/text-figures";
import type { ClaimResult, RespondentLayer } from "../claims/claim-result";
import { figureOutcome, rangeOutcome, relationOutcome, RespondentOutcome, respondentVerdict, weakestOutcome } from "../claims/respondent-verdict";
import type { WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";
import { poolWaves, waveSample, WaveSample } from "../waves/wave-sample";
import { claimEvidence, describeEvidence, EvidenceWaves, LeftOutWave, memoSurveyPeriod, SurveyPeriod } from "./evidence-waves";
import type { Estimate, EstimateBase } from "./estimates-file";
import { readingsOf } from "../claims/quantifier-conventions";
import type { RespondentLevelResult } from "../claims/claim-result";
import type { Interval } from "../rounding/interval";
import { AssociationRun, JUDGED_SPECIFICATION, pairAssociations, PairAssociations, runOf, sensitivityOutcomes } from "./association-models";
import { AssociationPair, CrossTab, crossTabShare, MULTIVECTOR_CROSS_TABS, MULTIVECTOR_PAIRS, positiveShareEstimate, ShareEstimate } from "./multivector-estimates";
import { characterizationEstimates, characterizations, Characterizations } from "./multivector-characterizations";
import { describePercent, inPercent, weakestOf } from "./respondent-layers";

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

/** The pairs of MV-05: opinions of, and closer relations with, every two of the three countries the waves ask about. */
export const MV05_PAIRS: readonly AssociationPair[] = MULTIVECTOR_PAIRS;

/** The pair of MV-06, "even opinions of the United States and Russia": the opinions only (issue 14, item 2). */
export const MV06_PAIRS: readonly AssociationPair[] = MULTIVECTOR_PAIRS.filter((p) => p.x === "russia_opinion" && p.y === "us_opinion");

/** What the waves can and cannot check of MV-05's "various other countries". */
export const VARIOUS_COUNTRIES_NOTE =
  "The memo says opinions of \"various other countries\", and of closer relations with them, are positively correlated; the waves' contract holds three countries " +
  "(Russia, the US, China), so the claim is checked on every pair of those three only; any other country the authors' own findings covered cannot be checked.";

/** The associations of the multivector pairs on the evidence and on each evidence wave. */
export interface MultivectorAssociations {
  /** On the evidence waves of the association claims, pooled (wave fixed effects), one per pair of {@link MULTIVECTOR_PAIRS}; null without evidence. */
  readonly pooled: readonly PairAssociations[] | null;
  /** The same on each evidence wave alone. */
  readonly perWave: readonly (readonly PairAssociations[])[];
  readonly chosen: EvidenceWaves;
}

/**
 * Every association run ({@link pairAssociations}) of the six pairs, on the
 * evidence waves of MV-05 (pooled, the wave entered as a factor) and on each
 * of them alone.
 *
 * @example multivectorAssociations(evidenceSample(waves)).pooled?.length // => 6
 */
export function multivectorAssociations(evidence: EvidenceSample): MultivectorAssociations {
  const concepts = [...new Set(MULTIVECTOR_PAIRS.flatMap((p) => [p.x, p.y])), "leadership_opinion" as const];
  const chosen = claimEvidence(evidence.listed, concepts, evidence.period);
  if (chosen.waves.length === 0) return { pooled: null, perWave: [], chosen };
  const sample = sampleFor(evidence, chosen);
  return {
    pooled: MULTIVECTOR_PAIRS.map((pair) => pairAssociations(sample, pair, chosen.waves)),
    perWave: chosen.waves.length === 1 ? [] : chosen.waves.map((wave) => MULTIVECTOR_PAIRS.map((pair) => pairAssociations(waveSample(wave), pair, [wave]))),
    chosen,
  };
}

function pairsOf(associations: readonly PairAssociations[], pairs: readonly AssociationPair[]): PairAssociations[] {
  return pairs.map((pair) => associations.find((a) => a.pair.x === pair.x && a.pair.y === pair.y)!);
}

/**
 * The results of claims MV-05 (opinions of, and closer relations with, the
 * countries positively associated given leadership opinion: all six pairs of
 * the three countries the waves ask about, {@link VARIOUS_COUNTRIES_NOTE}) and
 * MV-06 (the opinions of the US and Russia only: {@link MV06_PAIRS}; the
 * closer-relations pair is in the detail). Printed figures: "needs
 * respondent-level data". Respondent level: judged on the design-based partial
 * correlation given leadership opinion as a factor (and the wave as a factor
 * when pooled), symmetric in the two items ({@link JUDGED_SPECIFICATION}):
 * each pair by {@link relationOutcome}, the claim by the weakest pair; the
 * detail gives every pair, every sensitivity run and the ordinal check, and
 * says whether any of them would change the verdict.
 *
 * @example associationClaimResults(evidenceSample(waves)).map((r) => r.id) // => ["MV-05", "MV-06"]
 */
export function associationClaimResults(evidence: EvidenceSample, associations: MultivectorAssociations = multivectorAssociations(evidence)): ClaimResult[] {
  const where = "Kazakhstanis' Moderate Pro-Russian Position ¶4";
  const claims = [
    { id: "MV-05", pairs: MV05_PAIRS, reported: "positive partial correlations", note: ` ${VARIOUS_COUNTRIES_NOTE}` },
    { id: "MV-06", pairs: MV06_PAIRS, reported: "positive partial correlation", note: " The claim is about the opinions of the US and of Russia; closer economic relations with them are MV-05's." },
  ];
  return claims.map((claim): ClaimResult => {
    const printed = needsWaves(claim.id, claim.reported, where);
    const withNote = { ...printed, detail: `${printed.detail}${claim.note}` };
    if (associations.pooled === null) return { ...withNote, respondent: noWaves(associations.chosen) };
    return { ...withNote, respondent: associationLayer(pairsOf(associations.pooled, claim.pairs), associations, claim.id === "MV-06" ? pairsOf(associations.pooled, MULTIVECTOR_PAIRS.filter((p) => p.x === "russia_economic_relations" && p.y === "us_economic_relations")) : [], claim.note) };
  });
}

function r(run: AssociationRun): string {
  return `${run.correlation.estimate.toFixed(3)} (95% CI ${run.correlation.ci.lower.toFixed(3)} to ${run.correlation.ci.upper.toFixed(3)})`;
}

function associationLayer(pairs: readonly PairAssociations[], associations: MultivectorAssociations, beside: readonly PairAssociations[], note: string): RespondentLayer {
  const { chosen } = associations;
  const judged = pairs.map((p) => runOf(p, JUDGED_SPECIFICATION.measure));
  const outcome = weakestOutcome(judged.map((run) => run.outcome));
  const weakest = judged.reduce((w, run) => (run.correlation.ci.lower < w.correlation.ci.lower ? run : w));
  const weakestPair = pairs[judged.indexOf(weakest)].pair;
  const sensitivity = sensitivityOutcomes(pairs);
  const changed = sensitivity.filter((s) => s.changes);
  const pooledNote = chosen.waves.length > 1 ? ` The ${chosen.waves.length} waves are pooled as independent samples (each keeps its own strata and PSUs) with the wave as a factor (wave fixed effects).` : "";
  const besideText = beside.length === 0 ? "" : ` Beside the claim, closer economic relations with the two: ${beside.map((b) => `${b.pair.x}–${b.pair.y} r = ${r(runOf(b, JUDGED_SPECIFICATION.measure))}, ${runOf(b, JUDGED_SPECIFICATION.measure).outcome}`).join("; ")}.`;
  return {
    verdict: respondentVerdict(outcome, chosen.synthetic),
    synthetic: chosen.synthetic,
    estimate: weakest.correlation.estimate,
    ciLow: weakest.correlation.ci.lower,
    ciHigh: weakest.correlation.ci.upper,
    unit: "correlation",
    base: JUDGED_SPECIFICATION.base,
    domain: "",
    waves: chosen.waves.map((wave) => wave.entry.waveId),
    detail:
      `${chosen.synthetic ? "SYNTHETIC " : ""}design-based partial correlation given leadership opinion as a factor (${JUDGED_SPECIFICATION.label}; non-substantive answers left out), each pair: ` +
      pairs.map((p, k) => `${p.pair.x}–${p.pair.y} r = ${r(judged[k])}, ${judged[k].outcome}, n = ${judged[k].correlation.n}`).join("; ") +
      `. The claim holds only if every pair does: ${outcome}; the estimate shown is the weakest pair's (${weakestPair.x}–${weakestPair.y}).${pooledNote} ` +
      `Sensitivity (weakest pair each): ${sensitivity.map((s) => `${s.label}: ${s.outcome}`).join("; ")}; ` +
      (changed.length === 0 ? "no run changes the outcome." : `the outcome changes under ${changed.map((s) => s.label).join("; ")}.`) +
      `${besideText}${note} Evidence: ${describeEvidence(chosen)}.` +
      (chosen.synthetic ? " SYNTHETIC: the generator builds these associations in, so this demonstrates the method only." : ""),
  };
}

/** The readings the characterizations MV-07 … MV-09 are judged under (claims.quantifierRange). */
export interface CharacterizationReadings {
  readonly frequently: Interval;
  readonly majority: Interval;
  readonly generally: Interval;
}

/** The characterization estimates of the evidence waves of MV-07 … MV-10, pooled; null when no wave asks the items. */
export interface CharacterizationEvidence {
  readonly chosen: EvidenceWaves;
  readonly sample: WaveSample | null;
  readonly estimates: Characterizations | null;
  /** The four cross-tabulated shares on the same sample (MV-07, MV-08). */
  readonly crossTabs: readonly { readonly crossTab: CrossTab; readonly share: ShareEstimate }[];
}

/**
 * The evidence of the characterizations: the waves asking the six country
 * items (the memo's period, real before SYNTHETIC), pooled, with
 * {@link characterizations} and the four cross-tabulated shares on them.
 *
 * @example characterizationEvidence(evidenceSample(waves)).estimates?.netPositive.length // => 4
 */
export function characterizationEvidence(evidence: EvidenceSample): CharacterizationEvidence {
  const concepts = MULTIVECTOR_CONCEPTS.filter((c) => c !== "leadership_opinion");
  const chosen = claimEvidence(evidence.listed, concepts, evidence.period);
  if (chosen.waves.length === 0) return { chosen, sample: null, estimates: null, crossTabs: [] };
  const sample = sampleFor(evidence, chosen);
  return { chosen, sample, estimates: characterizations(sample), crossTabs: MULTIVECTOR_CROSS_TABS.map((crossTab) => ({ crossTab, share: crossTabShare(sample, crossTab) })) };
}

function shareEstimate(crossTab: CrossTab, share: ShareEstimate, sample: WaveSample, base: EstimateBase = "all"): Estimate {
  return positiveShareEstimate(sample, share, { claimIds: [crossTab.claimId], concept: crossTab.target, domain: `${crossTab.anchor}=positive`, base });
}

function pointsText(e: Estimate): string {
  return `${e.estimate >= 0 ? "+" : ""}${(100 * e.estimate).toFixed(1)} points (95% CI ${(100 * e.ciLow).toFixed(1)} to ${(100 * e.ciHigh).toFixed(1)})`;
}

function layerOf(shown: Estimate, unit: "percent" | "percentage points" | "correlation", outcome: RespondentOutcome, chosen: EvidenceWaves, detail: string): RespondentLayer {
  const scale = unit === "correlation" ? 1 : 100;
  return {
    verdict: respondentVerdict(outcome, chosen.synthetic),
    synthetic: chosen.synthetic,
    estimate: scale * shown.estimate,
    ciLow: scale * shown.ciLow,
    ciHigh: scale * shown.ciHigh,
    unit,
    base: shown.base,
    domain: shown.domain,
    waves: chosen.waves.map((wave) => wave.entry.waveId),
    detail: `${chosen.synthetic ? "SYNTHETIC waves. " : ""}${detail} Rule on these waves: ${outcome}. Evidence: ${describeEvidence(chosen)}.${chosen.synthetic ? SYNTHETIC_NOTE : ""}`,
  };
}

/** Per reading of a quantifier: the weakest part's outcome. */
function underReadings<T extends { readonly estimate: Estimate }>(range: Interval, parts: readonly T[], outcomeOf: (part: T, reading: Interval) => RespondentOutcome): { readonly reading: string; readonly outcome: RespondentOutcome; readonly weakest: T }[] {
  return readingsOf(range).map((reading) => {
    const judged = parts.map((part) => ({ part, outcome: outcomeOf(part, reading.range) }));
    const weakest = weakestOf(judged);
    return { reading: `"${reading.reading}" [${reading.range.lower.toFixed(1)}, ${reading.range.upper.toFixed(1)}]`, outcome: weakest.outcome, weakest: weakest.part };
  });
}

/**
 * The respondent-level layers of MV-07 … MV-10 on the pooled evidence
 * ({@link characterizationEvidence}); under several readings the weakest
 * outcome (the respondent rule), each reading named in the detail:
 * - MV-07: the four cross-tabulated shares within each reading of "frequently";
 * - MV-08: per country, its opinion or its closer relations ("and/or": the
 *   better), among those positive on Russia: positive minus negative > 0, and
 *   the positive share within each reading of "majority"; the weaker country;
 * - MV-09: the share not favouring a Russia-only policy within each reading of "generally";
 * - MV-10: the zero-order correlation of the opinions of the US and of Russia
 *   not negative (whole interval ≥ 0 → reproduced), with the partial one (MV-06)
 *   and the share holding opposed views in the detail.
 *
 * @example characterizationLayers(characterizationEvidence(evidence), readings, associations).map((l) => l.id) // => ["MV-07", "MV-08", "MV-09", "MV-10"]
 */
export function characterizationLayers(c: CharacterizationEvidence, readings: CharacterizationReadings, associations: MultivectorAssociations): RespondentLevelResult[] {
  const ids = ["MV-07", "MV-08", "MV-09", "MV-10"];
  if (c.sample === null || c.estimates === null) return ids.map((id) => ({ id, ...noWaves(c.chosen) }));
  const sample = c.sample;
  const e = c.estimates;
  const shares = c.crossTabs.map((t) => ({ crossTab: t.crossTab, estimate: shareEstimate(t.crossTab, t.share, sample) }));
  const describeShares = shares.map((s) => `${s.crossTab.claimId} ${s.crossTab.target} among ${s.crossTab.anchor} positive ${describePercent(s.estimate)}`).join("; ");

  const frequent = underReadings(readings.frequently, shares, (s, reading) => rangeOutcome(inPercent(s.estimate), reading));
  const mv07 = weakestOf(frequent);
  const mv07Layer = layerOf(mv07.weakest.estimate, "percent", mv07.outcome, c.chosen, `The four cross-tabulated shares (${describeShares}) within each reading of "frequently": ${frequent.map((r) => `${r.reading}: ${r.outcome}`).join("; ")}.`);

  const byCountry = (outcomeOf: (k: number) => RespondentOutcome) =>
    weakestOutcome((["us", "china"] as const).map((country) => {
      const outcomes = MULTIVECTOR_CROSS_TABS.map((t, k) => ({ t, k })).filter(({ t }) => t.target.startsWith(country)).map(({ k }) => outcomeOf(k));
      return outcomes.includes("reproduced") ? "reproduced" : outcomes.includes("consistent within sampling error") ? "consistent within sampling error" : "not reproduced";
    }));
  const net = e.netPositive.map((n) => n.estimate);
  const netOutcome = byCountry((k) => relationOutcome(inPercent(net[k])));
  const majority = readingsOf(readings.majority).map((reading) => ({ reading: `a majority positive ("${reading.reading}")`, outcome: byCountry((k) => rangeOutcome(inPercent(shares[k].estimate), reading.range)) }));
  const mv08Readings = [{ reading: "more positive than negative", outcome: netOutcome }, ...majority];
  const mv08Outcome = weakestOutcome(mv08Readings.map((m) => m.outcome));
  const mv08Shown = net.reduce((low, x) => (x.ciLow < low.ciLow ? x : low));
  const mv08Layer = layerOf(
    mv08Shown,
    "percentage points",
    mv08Outcome,
    c.chosen,
    `Among those positive on Russia, positive minus negative on each item ("do not know" in the base): ${e.netPositive.map((n) => `${n.crossTab.target} ${pointsText(n.estimate)}`).join("; ")}; ` +
      `the shares positive: ${describeShares}. A country counts when its opinion or its closer relations qualify ("and/or"); the claim needs the US and China. ` +
      `Under each reading: ${mv08Readings.map((m) => `${m.reading}: ${m.outcome}`).join("; ")}. The estimate shown is the smallest net share.`,
  );

  const notOnly = underReadings(readings.generally, [{ estimate: e.notRussiaOnly }], (part, reading) => rangeOutcome(inPercent(part.estimate), reading));
  const supporters = underReadings(readings.generally, [{ estimate: e.notRussiaOnlyAmongSupporters }], (part, reading) => rangeOutcome(inPercent(part.estimate), reading));
  const mv09 = weakestOf(notOnly);
  const mv09Layer = layerOf(
    e.notRussiaOnly,
    "percent",
    mv09.outcome,
    c.chosen,
    `Not favouring closer economic relations with Russia only (favouring them with Russia and with neither the US nor China; "do not know" counted as not favouring): ` +
      `of all respondents ${describePercent(e.notRussiaOnly)}, within each reading of "generally": ${notOnly.map((r) => `${r.reading}: ${r.outcome}`).join("; ")}; ` +
      `of the supporters of closer relations with Russia ${describePercent(e.notRussiaOnlyAmongSupporters)}: ${supporters.map((r) => `${r.reading}: ${r.outcome}`).join("; ")}.`,
  );

  const opinionPair = associations.pooled === null ? undefined : pairsOf(associations.pooled, MV06_PAIRS)[0];
  const relationsPair = associations.pooled === null ? undefined : pairsOf(associations.pooled, MULTIVECTOR_PAIRS.filter((p) => p.x === "russia_economic_relations" && p.y === "us_economic_relations"))[0];
  let mv10Layer: RespondentLayer;
  if (opinionPair === undefined) mv10Layer = noWaves(associations.chosen);
  else {
    const zero = runOf(opinionPair, "correlation");
    const partial = runOf(opinionPair, JUDGED_SPECIFICATION.measure);
    mv10Layer = layerOf(
      zero.row,
      "correlation",
      zero.outcome,
      associations.chosen,
      `"No zero-sum game": the opinions of the US and of Russia not negatively associated. Zero-order correlation (scale positions, "do not know" left out) r = ${r(zero)}: ` +
        `not negative beyond sampling error when the whole interval is at or above zero. Given leadership opinion (MV-06) r = ${r(partial)}. ` +
        (relationsPair === undefined ? "" : `Closer economic relations with the two: r = ${r(runOf(relationsPair, "correlation"))}. `) +
        `Holding opposed views of the two (positive on one, negative on the other): ${describePercent(e.opposedViews)}.`,
    );
  }
  return [
    { id: "MV-07", ...mv07Layer },
    { id: "MV-08", ...mv08Layer },
    { id: "MV-09", ...mv09Layer },
    { id: "MV-10", ...mv10Layer },
  ];
}

/**
 * The characterization results with both layers: the printed-figures results
 * (built by lib/article/multivector-claims.ts) with the respondent layers of
 * {@link characterizationLayers} attached. Throws a RangeError for a printed
 * result without a layer.
 *
 * @example withRespondentLayers(printed, characterizationLayers(c, readings, associations))
 */
export function withRespondentLayers(printed: readonly ClaimResult[], layers: readonly RespondentLevelResult[]): ClaimResult[] {
  return printed.map((result) => {
    const layer = layers.find((l) => l.id === result.id);
    if (layer === undefined) throw new RangeError(`no respondent-level layer for ${result.id}`);
    const { id: _id, ...respondent } = layer;
    return { ...result, respondent };
  });
}

/**
 * Every estimate of the associations and characterizations as rows of
 * output/estimates.csv: each correlation of each pair on the pooled evidence
 * and on each wave, and the characterization estimates of the evidence.
 *
 * @example multivectorModelEstimates(associations, c).length
 */
export function multivectorModelEstimates(associations: MultivectorAssociations, c: CharacterizationEvidence): Estimate[] {
  const claimsOf = (pair: AssociationPair): string[] => [
    "MV-05",
    ...(MV06_PAIRS.some((p) => p.x === pair.x && p.y === pair.y) ? ["MV-06", "MV-10"] : []),
  ];
  const runs = [...(associations.pooled ?? []), ...associations.perWave.flat()].flatMap((p) => p.runs.map((run) => ({ ...run.row, claimIds: claimsOf(p.pair) })));
  return [...runs, ...(c.estimates === null ? [] : characterizationEstimates(c.estimates))];
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
      (["in base", "excluded"] as const).map((base) =>
        shareEstimate(crossTab, crossTabShare(sample, crossTab, base), sample, base === "in base" ? "all" : "substantive"),
      ),
    ),
  );
}
