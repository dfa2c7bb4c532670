import type { WaveConcept } from "../waves/concepts";
import type { WaveCollection } from "../waves/wave-data";
import { analysisSample, AnalysisSample } from "./analysis-sample";
import { asksConcepts, claimEvidence, EvidenceWaves, SurveyPeriod } from "./evidence-waves";

/**
 * The samples an analysis of some concepts is run on: every wave that asks
 * them, alone (real and SYNTHETIC ones, each labelled), and the evidence its
 * claims are judged on, pooled ({@link claimEvidence}).
 */
export interface SampleSet {
  readonly concepts: readonly WaveConcept[];
  readonly evidence: EvidenceWaves;
  /** Each wave asking the concepts, alone, in field order. */
  readonly singles: readonly AnalysisSample[];
  /** The evidence waves as one sample (pooled when more than one); null when no wave asks the concepts. */
  readonly pooled: AnalysisSample | null;
}

/**
 * Builds the {@link SampleSet} of `concepts` from the loaded waves: single
 * waves in field order, then the evidence (real waves of the memo's period,
 * else every real wave, else the SYNTHETIC ones; never mixed).
 *
 * @example sampleSet(collection, ["russia_opinion"], memoSurveyPeriod()).pooled?.label // => "kz-2017-synthetic + kz-2018-synthetic + kz-2019-synthetic (pooled, SYNTHETIC)"
 */
export function sampleSet(collection: WaveCollection, concepts: readonly WaveConcept[], period: SurveyPeriod): SampleSet {
  const evidence = claimEvidence(collection.waves, concepts, period);
  const singles = collection.waves.filter((wave) => asksConcepts(wave, concepts)).map((wave) => analysisSample([wave], collection.codebook));
  const pooled = evidence.waves.length === 0 ? null : evidence.waves.length === 1 ? singles.find((s) => s.id === evidence.waves[0].entry.waveId)! : analysisSample(evidence.waves, collection.codebook);
  return { concepts, evidence, singles, pooled };
}

/**
 * The samples to tabulate: each single wave, then the pooled evidence when
 * it pools more than one wave (a single-wave evidence is already among the
 * singles).
 *
 * @example samplesToShow(set).map((s) => s.label) // => ["kz-2017-synthetic (SYNTHETIC)", …, "… (pooled, SYNTHETIC)"]
 */
export function samplesToShow(set: SampleSet): AnalysisSample[] {
  return set.pooled !== null && set.pooled.waveIds.length > 1 ? [...set.singles, set.pooled] : [...set.singles];
}
