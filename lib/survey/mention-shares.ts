import { createCodeLookup } from "./code-lookup";
import { designDegreesOfFreedom } from "./degrees-of-freedom";
import type { SurveyDesign } from "./design";
import { describeDomain, SurveyInputError } from "./errors";
import { estimationRows, respondentsIn, weightedTotalOf } from "./estimation-rows";
import { linearizedVariances } from "./linearized-variance";
import { proportionInterval } from "./proportion-interval";
import { tInterval } from "./t-interval";
import type { ConfidenceInterval } from "./types";

/** What {@link surveyMentionShares} tabulates: coded multiple responses of each respondent. */
export interface MentionSharesSpec {
  /** The mention slots, one array per coded answer (e.g. [reason1, reason2]); NaN = no mention in that slot. */
  readonly mentions: readonly ArrayLike<number>[];
  /** Codes of the categorizable categories, in report order. */
  readonly categories: readonly number[];
  /** Codes that count as mentions but cannot be categorized ("other", "cannot say"), reported after the categories. */
  readonly uncategorizable?: readonly number[];
  /** Column names of the slots, for messages. */
  readonly mentionNames?: readonly string[];
  /** Sub-population (1/true = in), e.g. respondents positive on Russia: the respondents of every share. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/** One share with its linearized SE and interval. Plain data. */
export interface MentionShareEstimate {
  readonly estimate: number;
  readonly se: number;
  readonly ci: ConfidenceInterval;
}

/** The three shares of one code. Plain data. */
export interface MentionShare {
  readonly code: number;
  readonly categorizable: boolean;
  /** Share of all mentions: R `svyratio(~c_k, ~mentions, subset(design, domain))`, Wald interval on t. */
  readonly ofMentions: MentionShareEstimate;
  /** Share of categorizable mentions: R `svyratio(~c_k, ~categorizable, …)`; null for an uncategorizable code. */
  readonly ofCategorizable: MentionShareEstimate | null;
  /** Share of respondents citing the code at least once: R `svymean(~I(c_k > 0), …)`, logit interval (`svyciprop`). */
  readonly citing: MentionShareEstimate;
  /** Mentions of the code by respondents with nonzero weight (unweighted). */
  readonly mentions: number;
  /** Σ w·c_k. */
  readonly weightedMentions: number;
}

/** Result of {@link surveyMentionShares}. Plain data, JSON-serialisable. */
export interface MentionShareTable {
  /** Categories first, then uncategorizable codes. */
  readonly shares: MentionShare[];
  /** Respondents in the domain with nonzero weight (the unit of every share). */
  readonly respondents: number;
  /** Σ w over the domain. */
  readonly weightedRespondents: number;
  /** Σ w·m over the domain, m = a respondent's mentions. */
  readonly weightedMentions: number;
  /** Σ w·m_c, m_c = a respondent's categorizable mentions. */
  readonly weightedCategorizableMentions: number;
  /** degf of the domain, used for every interval. */
  readonly df: number;
}

/**
 * Shares of coded multiple responses (e.g. up to two reasons per respondent)
 * with the respondent as the unit of the design, so that the mentions of one
 * person are not treated as independent. For each code k, with c_ik the
 * mentions of k by respondent i, m_i all mentions, m^c_i categorizable ones
 * (all over the rows of the domain, respondents without a mention included
 * with zero counts):
 *
 * - share of all mentions R_k = Σ w c_k / Σ w m, and of categorizable mentions
 *   Σ w c_k / Σ w m^c: ratio estimators with linearized SEs, u_i = w_i (c_ik − R_k m_i) / Σ w m
 *   (R `svyratio`, Lumley 2010 §3.4), Wald intervals on t with the domain's degf;
 * - share of respondents citing k at least once p_k = Σ w 1{c_k > 0} / Σ w
 *   (R `svymean` of the indicator, Lumley 2010 §2.3), logit interval
 *   (R `svyciprop(method = "logit")`) with the same df.
 *
 * A respondent who names the same code in two slots has two mentions of it
 * and cites it once. To leave respondents without any mention out of the
 * respondent shares, exclude them from `domain`.
 *
 * @throws SurveyInputError "value-unknown-code" (row and slot named) for a code that is neither a category nor uncategorizable
 * @throws EmptyDomainError when the domain has no row with a nonzero weight
 * @throws SurveyInputError "value-range" when the domain has no (categorizable) mention: the shares are undefined
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * const table = surveyMentionShares(design, { mentions: [reason1, reason2], categories: [1, 2, 3, 4, 5], uncategorizable: [9],
 *   domain: positive, domainName: "positive on Russia", mentionNames: ["reason1", "reason2"] });
 * table.shares[0].ofMentions.estimate; table.shares[0].ofCategorizable?.estimate; table.shares[0].citing.estimate
 */
export function surveyMentionShares(design: SurveyDesign, spec: MentionSharesSpec): MentionShareTable {
  const { rowCount, weights } = design;
  const uncategorizable = spec.uncategorizable ?? [];
  const codes = [...spec.categories, ...uncategorizable];
  const categoryCount = spec.categories.length;
  const codeOf = createCodeLookup(codes);
  const rows = estimationRows(design, [], spec.domain);
  if (spec.mentions.length === 0) throw new RangeError("surveyMentionShares needs at least one mention slot");
  for (const slot of spec.mentions) if (slot.length !== rowCount) throw new RangeError(`a mention slot has ${slot.length} rows, the design has ${rowCount}`);
  const naming = { domainName: spec.domainName, hasDomain: spec.domain !== undefined };
  const weightedRespondents = weightedTotalOf(design, rows.inDomain, naming);

  // per-respondent counts c_ik (row-major rowCount × codes), m_i and m^c_i
  const K = codes.length;
  const counts = new Float64Array(rowCount * K);
  const mentions = new Float64Array(rowCount);
  const categorizable = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (!rows.inDomain[i]) continue;
    spec.mentions.forEach((slot, s) => {
      const code = slot[i];
      if (Number.isNaN(code)) return;
      const k = codeOf(code);
      if (k < 0)
        throw new SurveyInputError("value-unknown-code", { file: design.source.file, row: i + 1, column: spec.mentionNames?.[s] }, `mention code ${code} is neither a category [${spec.categories.join(", ")}] nor uncategorizable [${uncategorizable.join(", ")}]`);
      counts[i * K + k]++;
      mentions[i]++;
      if (k < categoryCount) categorizable[i]++;
    });
  }
  const weightedCounts = new Float64Array(K);
  const mentionCounts = new Float64Array(K);
  const citingTotals = new Float64Array(K);
  let weightedMentions = 0;
  let weightedCategorizableMentions = 0;
  for (let i = 0; i < rowCount; i++) {
    if (!rows.inDomain[i]) continue;
    const w = weights[i];
    weightedMentions += w * mentions[i];
    weightedCategorizableMentions += w * categorizable[i];
    for (let k = 0; k < K; k++) {
      const c = counts[i * K + k];
      weightedCounts[k] += w * c;
      if (c > 0) citingTotals[k] += w;
      if (w !== 0) mentionCounts[k] += c;
    }
  }
  const where = describeDomain(naming);
  if (weightedMentions === 0) throw new SurveyInputError("value-range", { file: design.source.file }, `no mention (with a nonzero weight) in ${where}: the shares of mentions are undefined`);
  if (weightedCategorizableMentions === 0 && categoryCount > 0)
    throw new SurveyInputError("value-range", { file: design.source.file }, `no categorizable mention (with a nonzero weight) in ${where}: the shares of categorizable mentions are undefined`);

  // linearization scores: K of all mentions, categoryCount of categorizable mentions, K of respondents citing
  const ofMentions = codes.map((_, k) => weightedCounts[k] / weightedMentions);
  const ofCategorizable = spec.categories.map((_, k) => weightedCounts[k] / weightedCategorizableMentions);
  const citing = codes.map((_, k) => citingTotals[k] / weightedRespondents);
  const scores: Float64Array[] = [];
  codes.forEach((_, k) => scores.push(rowScores(rows.inDomain, (i) => (weights[i] * (counts[i * K + k] - ofMentions[k] * mentions[i])) / weightedMentions)));
  spec.categories.forEach((_, k) => scores.push(rowScores(rows.inDomain, (i) => (weights[i] * (counts[i * K + k] - ofCategorizable[k] * categorizable[i])) / weightedCategorizableMentions)));
  codes.forEach((_, k) => scores.push(rowScores(rows.inDomain, (i) => (weights[i] * ((counts[i * K + k] > 0 ? 1 : 0) - citing[k])) / weightedRespondents)));
  const variances = linearizedVariances(design, scores, rows.inDomain);
  const df = designDegreesOfFreedom(design, rows.inDomain);
  const level = spec.level ?? 0.95;
  const wald = (estimate: number, variance: number): MentionShareEstimate => {
    const se = Math.sqrt(variance);
    return { estimate, se, ci: tInterval(estimate, se, df, level) };
  };
  const shares = codes.map((code, k): MentionShare => {
    const citingSe = Math.sqrt(variances[K + categoryCount + k]);
    return {
      code,
      categorizable: k < categoryCount,
      ofMentions: wald(ofMentions[k], variances[k]),
      ofCategorizable: k < categoryCount ? wald(ofCategorizable[k], variances[K + k]) : null,
      citing: { estimate: citing[k], se: citingSe, ci: proportionInterval(citing[k], citingSe, df, level, "logit") },
      mentions: mentionCounts[k],
      weightedMentions: weightedCounts[k],
    };
  });
  return { shares, respondents: respondentsIn(design, rows.inDomain), weightedRespondents, weightedMentions, weightedCategorizableMentions, df };
}

function rowScores(rows: Uint8Array, score: (row: number) => number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) if (rows[i]) out[i] = score(i);
  return out;
}
