import type { ConceptCoding } from "../waves/codebook";
import type { WaveConcept } from "../waves/concepts";
import type { SeededRandom } from "./seeded-random";
import type { FiveWayShares, SyntheticTargets } from "./synthetic-targets";
import { assignByWeightedQuota } from "./weighted-quota";

/**
 * The two non-substantive codes of a coding in code order: [do not know, refused].
 *
 * @example nonSubstantivePair(coding) // => [98, 99]
 */
export function nonSubstantivePair(coding: ConceptCoding): [number, number] {
  const codes = coding.codes.filter((c) => c.kind === "nonsubstantive").map((c) => c.code).sort((a, b) => a - b);
  if (codes.length !== 2) throw new RangeError(`${coding.concept}: the generator expects two non-substantive codes (do not know, refused), found ${codes.length}`);
  return [codes[0], codes[1]];
}

/**
 * The rows sorted by score, highest first (ties by row index, so the order is deterministic).
 *
 * @example byScoreDescending([0, 1, 2], [0.2, 0.9, 0.5]) // => [1, 2, 0]
 */
export function byScoreDescending(rows: readonly number[], score: ArrayLike<number>): number[] {
  return [...rows].sort((a, b) => score[b] - score[a] || a - b);
}

/**
 * Answers of a balanced item for the given rows, written into `out` as codes:
 * the rows with the highest disengagement score get the non-substantive share
 * (split at random between refused and do-not-know by `refusedShare`), the
 * others are cut by their latent, highest first, into strong positive,
 * moderate positive, moderate negative and strong negative, each by weighted
 * quota ({@link assignByWeightedQuota}), so weighted shares hit `shares`.
 *
 * @example assignFiveWay(rows, weights, [0.39, 0.48, 0.05, 0.06, 0.02], latent, disengagement, coding, 0.25, random, codes)
 */
export function assignFiveWay(
  rows: number[],
  weights: readonly number[],
  shares: FiveWayShares,
  latent: Float64Array,
  disengagement: Float64Array,
  coding: ConceptCoding,
  refusedShare: number,
  random: SeededRandom,
  out: number[],
): void {
  const [dontKnow, refused] = nonSubstantivePair(coding);
  const byDisengagement = byScoreDescending(rows, disengagement);
  const substantiveSplit = assignByWeightedQuota(byDisengagement, weights, [shares[2], 1 - shares[2]]);
  const nonSubstantive = byDisengagement.filter((_, k) => substantiveSplit[k] === 0);
  const substantive = byDisengagement.filter((_, k) => substantiveSplit[k] === 1);
  const shuffled = byScoreDescending(nonSubstantive, Float64Array.from({ length: weights.length }, () => random.uniform()));
  assignByWeightedQuota(shuffled, weights, [refusedShare, 1 - refusedShare]).forEach((k, j) => (out[shuffled[j]] = k === 0 ? refused : dontKnow));
  const ordered = byScoreDescending(substantive, latent);
  const positions = [2, 1, -1, -2];
  assignByWeightedQuota(ordered, weights, [shares[0], shares[1], shares[3], shares[4]]).forEach((k, j) => (out[ordered[j]] = codeAt(coding, positions[k])));
}

/**
 * Coded reasons for a positive opinion of Russia, asked of `positive` rows,
 * written into `codes` (first and second reason): a share of respondents
 * names a second reason; do-not-know and refusal occur only as a sole first
 * answer; all other categories are assigned by weighted quota over first and
 * second mentions together, so that the weighted distribution of all
 * mentions matches Table 2's all-reasons column. Let T be the weight of
 * `positive`, q the do-not-know + refused share of mentions and s the
 * second-reason share: second mentions weigh W₂ = s·T(1 − q)/(1 + s·q), so
 * that the mentions M = T + W₂ hold q·M sole non-answers.
 *
 * @example assignReasons(positiveRows, weights, targets, coding, random, codes)
 */
export function assignReasons(
  positive: number[],
  weights: readonly number[],
  targets: SyntheticTargets,
  coding: ReadonlyMap<WaveConcept, ConceptCoding>,
  random: SeededRandom,
  codes: Map<WaveConcept, number[]>,
): void {
  const first = coding.get("russia_positive_reason_1")!;
  const [dontKnow, refused] = nonSubstantivePair(first);
  const categorized = [...targets.reasonShares].map(([label, share]) => {
    const code = first.codes.find((c) => c.label === label);
    if (!code) throw new RangeError(`Table 2 category "${label}" has no code in the codebook for russia_positive_reason_1`);
    return { code: code.code, share };
  });
  const other = first.codes.find((c) => c.kind === "substantive" && !targets.reasonShares.has(c.label));
  if (!other) throw new RangeError("the codebook has no 'other reason' code for russia_positive_reason_1");
  const [otherShare, dontKnowShare, refusedShare] = targets.uncategorizableSplit.map((s) => s * targets.uncategorizableShare);
  const noReasonShare = dontKnowShare + refusedShare;
  // Mentions of weight M = W1 + W2; do-not-know/refused (share q of M) only as sole first mentions.
  const draw = Float64Array.from({ length: weights.length }, () => random.uniform());
  const total = positive.reduce((sum, i) => sum + weights[i], 0);
  const secondWeight = targets.secondReasonShare * (total * (1 - noReasonShare)) / (1 + targets.secondReasonShare * noReasonShare);
  const mentionWeight = total + secondWeight;
  const byDraw = byScoreDescending(positive, draw);
  const withSecond = new Set(byDraw.filter((_, k) => assignByWeightedQuota(byDraw, weights, [secondWeight / total, 1 - secondWeight / total])[k] === 0));
  const soleFirst = positive.filter((i) => !withSecond.has(i));
  const soleWeight = soleFirst.reduce((sum, i) => sum + weights[i], 0);
  const noReason = (noReasonShare * mentionWeight) / soleWeight;
  const substantiveCodes = [...categorized.map((c) => c.code), other.code];
  const substantiveShares = [...categorized.map((c) => c.share), otherShare].map((s) => s / (1 - noReasonShare));
  const soleOrder = byScoreDescending(soleFirst, draw);
  const soleCategories = assignByWeightedQuota(soleOrder, weights, [noReason * (refusedShare / noReasonShare), noReason * (dontKnowShare / noReasonShare), ...substantiveShares.map((s) => s * (1 - noReason))]);
  soleOrder.forEach((i, k) => (codes.get("russia_positive_reason_1")![i] = [refused, dontKnow, ...substantiveCodes][soleCategories[k]]));
  // First and second mentions of two-reason respondents, interleaved in a random order, cut by quota.
  const mentions = [...withSecond].flatMap((i) => [{ i, slot: 1, key: random.uniform() }, { i, slot: 2, key: random.uniform() }]).sort((a, b) => a.key - b.key);
  const mentionWeights = mentions.map((m) => weights[m.i]);
  const mentionCategories = assignByWeightedQuota(mentions.map((_, k) => k), mentionWeights, substantiveShares);
  mentions.forEach((m, k) => (codes.get(m.slot === 1 ? "russia_positive_reason_1" : "russia_positive_reason_2")![m.i] = substantiveCodes[mentionCategories[k]]));
}

function codeAt(coding: ConceptCoding, position: number): number {
  return coding.codes.find((c) => c.scalePosition === position)!.code;
}
