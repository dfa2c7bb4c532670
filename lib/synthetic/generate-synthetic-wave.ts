import { DataError } from "../io/data-error";
import type { ConceptCoding } from "../waves/codebook";
import { WAVE_CONCEPTS, WaveConcept } from "../waves/concepts";
import type { WaveManifestEntry } from "../waves/manifest";
import { createSeededRandom, SeededRandom, seedFromText } from "./seeded-random";
import type { FiveWayShares, SyntheticTargets } from "./synthetic-targets";
import { assignFiveWay, assignReasons } from "./assign-answers";

/** Value of the `data_status` column written in every row of a generated file. */
export const SYNTHETIC_DATA_STATUS = "SYNTHETIC";

/** A generated wave as text cells: header and rows, ready to be written as CSV. */
export interface GeneratedWave {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface Respondent {
  stratum: string;
  psu: string;
  weight: number;
  openness: number;
  leadership: number;
  engagement: number;
}

/**
 * Generates a SYNTHETIC respondent-level wave, seeded by the wave id (same
 * input → byte-identical output). Method, step by step:
 *
 * 1. Design: strata with assumed population shares and PSU counts, a fixed
 *    number of interviews per PSU; weight = (population share / sample share
 *    of the stratum) × a log-normal nonresponse factor, scaled to mean 1 and
 *    rounded to 6 decimals (the file's weights are the ones calibrated on).
 * 2. Latent attitudes: an openness factor G and a leadership factor L, each
 *    with a PSU effect (clustering); each country item's latent is
 *    a·G + b·L + PSU effect + noise (economic-relations items also load on the
 *    opinion of the same country), so opinions of countries correlate
 *    positively even given leadership opinion.
 * 3. Answers by weighted quota ({@link assignByWeightedQuota}): the rows with
 *    the highest "disengagement" score get the non-substantive answers, the
 *    others are cut by their latent into the four options, so that weighted
 *    shares hit the targets: Table 1 for the three Russia items; for the US
 *    and China items, separately among those positive and not positive about
 *    Russia, the memo's conditional share and the assumed complement.
 * 4. Reasons (asked of those positive about Russia): first and second
 *    mentions assigned by quota to Table 2's all-reasons distribution;
 *    do-not-know and refusal only as a sole first mention.
 *
 * @example const wave = generateSyntheticWave(entry, loadSyntheticTargets(), codingForWave(codebook, entry.waveId));
 */
export function generateSyntheticWave(entry: WaveManifestEntry, targets: SyntheticTargets, coding: ReadonlyMap<WaveConcept, ConceptCoding>): GeneratedWave {
  const random = createSeededRandom(seedFromText(entry.waveId));
  const respondents = drawDesign(targets, random);
  const weights = respondents.map((r) => r.weight);
  const n = respondents.length;
  const everyone = respondents.map((_, i) => i);
  const psuEffect = new Map<string, number>();
  const clusterShift = (key: string): number => {
    if (!psuEffect.has(key)) psuEffect.set(key, targets.psuEffectSd * random.normal());
    return psuEffect.get(key)!;
  };
  const latent = (extra: (i: number) => number, name: string): Float64Array =>
    Float64Array.from(respondents, (r, i) => targets.opennessLoading * r.openness + targets.leadershipLoading * r.leadership + clusterShift(`${name}|${r.psu}`) + random.normal() + extra(i));
  const disengagement = (name: string): Float64Array => Float64Array.from(respondents, (r) => r.engagement + 0.7 * random.normal() + clusterShift(`dk-${name}|${r.psu}`));

  const codes = new Map<WaveConcept, number[]>(WAVE_CONCEPTS.map((concept) => [concept, new Array<number>(n).fill(NaN)]));
  const latents = new Map<WaveConcept, Float64Array>();
  latents.set("russia_opinion", latent(() => 0, "ru"));
  latents.set("us_opinion", latent(() => 0, "us"));
  latents.set("china_opinion", latent(() => 0, "cn"));
  latents.set("russia_economic_relations", latent((i) => 0.6 * latents.get("russia_opinion")![i], "ru-econ"));
  latents.set("us_economic_relations", latent((i) => 0.6 * latents.get("us_opinion")![i], "us-econ"));
  latents.set("china_economic_relations", latent((i) => 0.6 * latents.get("china_opinion")![i], "cn-econ"));
  latents.set("eeu_benefit", latent((i) => 0.8 * latents.get("russia_economic_relations")![i], "eeu"));
  const leadershipLatent = Float64Array.from(respondents, (r) => 1.5 * r.leadership + clusterShift(`lead|${r.psu}`) + 0.5 * random.normal());

  const assign = (concept: WaveConcept, rows: number[], shares: FiveWayShares, score: Float64Array): void => {
    assignFiveWay(rows, weights, shares, score, disengagement(concept), coding.get(concept)!, targets.refusedShare, random, codes.get(concept)!);
  };
  assign("leadership_opinion", everyone, targets.leadership, leadershipLatent);
  for (const [concept, shares] of targets.table1) assign(concept, everyone, shares, latents.get(concept)!);
  for (const target of targets.conditional) {
    const anchorCodes = codes.get(target.anchor)!;
    const anchorPositive = positiveCodes(coding.get(target.anchor)!);
    const inAnchor = everyone.filter((i) => anchorPositive.has(anchorCodes[i]));
    const outside = everyone.filter((i) => !anchorPositive.has(anchorCodes[i]));
    assign(target.concept, inAnchor, fiveWay(target.positiveGivenAnchor, target.nonSubstantiveGivenAnchor, target.strongShare, entry, target.concept), latents.get(target.concept)!);
    assign(target.concept, outside, fiveWay(target.positiveGivenNotAnchor, target.nonSubstantiveGivenNotAnchor, target.strongShare, entry, target.concept), latents.get(target.concept)!);
  }
  const russiaPositive = positiveCodes(coding.get("russia_opinion")!);
  assignReasons(everyone.filter((i) => russiaPositive.has(codes.get("russia_opinion")![i])), weights, targets, coding, random, codes);

  const questionIds = WAVE_CONCEPTS.map((concept) => coding.get(concept)!.questionId);
  const header = [entry.respondentIdColumn, entry.strataColumn, entry.psuColumn, entry.weightColumn, ...questionIds, "data_status"];
  const rows = respondents.map((r, i) => [
    `r${String(i + 1).padStart(5, "0")}`,
    r.stratum,
    r.psu,
    r.weight.toFixed(6),
    ...WAVE_CONCEPTS.map((concept) => (Number.isNaN(codes.get(concept)![i]) ? "" : String(codes.get(concept)![i]))),
    SYNTHETIC_DATA_STATUS,
  ]);
  return { header, rows };
}

function drawDesign(targets: SyntheticTargets, random: SeededRandom): Respondent[] {
  const { stratumPopulationShares: shares, stratumPsuCounts: psuCounts, interviewsPerPsu } = targets;
  const sampleSize = psuCounts.reduce((a, b) => a + b, 0) * interviewsPerPsu;
  if (shares.length !== psuCounts.length || sampleSize !== targets.respondents) {
    throw new DataError("value-range", { file: "data/waves/synthetic-parameters.csv", column: "value" }, `design: ${shares.length} population shares for ${psuCounts.length} strata, and ${sampleSize} interviews planned for ${targets.respondents} respondents`);
  }
  const shareSum = shares.reduce((a, b) => a + b, 0);
  const respondents: Respondent[] = [];
  psuCounts.forEach((psuCount, h) => {
    const stratum = `R${h + 1}`;
    const designWeight = (shares[h] / shareSum) / ((psuCount * interviewsPerPsu) / sampleSize);
    const stratumEngagement = 0.3 * random.normal();
    for (let p = 0; p < psuCount; p++) {
      const psu = `${stratum}-${String(p + 1).padStart(2, "0")}`;
      const psuOpenness = targets.psuEffectSd * random.normal();
      const psuLeadership = targets.psuEffectSd * random.normal();
      for (let k = 0; k < interviewsPerPsu; k++) {
        const sd = targets.nonresponseWeightSd;
        const leadership = psuLeadership + random.normal();
        respondents.push({
          stratum,
          psu,
          weight: designWeight * Math.exp(sd * random.normal() - (sd * sd) / 2),
          openness: psuOpenness + 0.3 * leadership + random.normal(),
          leadership,
          engagement: stratumEngagement + random.normal(),
        });
      }
    }
  });
  const mean = respondents.reduce((sum, r) => sum + r.weight, 0) / respondents.length;
  for (const r of respondents) r.weight = Number((r.weight / mean).toFixed(6));
  return respondents;
}

function fiveWay(positive: number, nonSubstantive: number, strong: number, entry: WaveManifestEntry, concept: WaveConcept): FiveWayShares {
  const negative = 1 - positive - nonSubstantive;
  if (negative < 0) throw new RangeError(`${entry.waveId} ${concept}: positive ${positive} + non-substantive ${nonSubstantive} exceed 1`);
  return [positive * strong, positive * (1 - strong), nonSubstantive, negative * (1 - strong), negative * strong];
}

function positiveCodes(coding: ConceptCoding): Set<number> {
  return new Set(coding.codes.filter((c) => (c.scalePosition ?? 0) > 0).map((c) => c.code));
}
