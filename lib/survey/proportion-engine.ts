import { createCodeLookup } from "./code-lookup";
import { proportionDesignEffects } from "./design-effect";
import type { SurveyDesign } from "./design";
import { describeDomain, EmptyDomainError, SurveyInputError } from "./errors";
import { normaliseNonSubstantive, type NonSubstantiveOption } from "./non-substantive";
import type { CategoryProportion, GroupProportionTable, ProportionOptions } from "./proportion-types";
import { proportionInterval } from "./proportion-interval";
import { stratifiedVariances } from "./stratified-variance";

/**
 * Shared engine of the proportion estimators, in two steps:
 *
 * 1. **accumulate** (one pass over the rows): the weight of every answered row
 *    is added to its cell T_pgk (PSU p, group g, category k); respondents,
 *    missing answers and the PSUs and strata of each group's degrees of
 *    freedom are flagged on the way;
 * 2. **finalize** (per group): W = Σ_k T_k, p̂_k = T_k / W, PSU scores
 *    z_pk = (T_pk − p̂_k W_p) / W = Σ_{i∈p} w_i (1{y_i = k} − p̂_k) / W, their
 *    stratified with-replacement variance, intervals and design effects.
 *
 * This is the Taylor linearization of a ratio (Binder 1983), R's `svymean` of
 * the category indicators on a subset design (Lumley 2010 §2.2–2.3, §2.6).
 *
 * @param groupOfRow group index per row (−1 = in no group); null = one group
 * @throws SurveyInputError "value-unknown-code" for an answer outside the reported and non-substantive codes
 * @throws EmptyDomainError when a group (or the domain) has no answered row with nonzero weight
 * @internal used by surveyProportions and surveyProportionsByGroup
 * @example estimateProportionTables(design, item, null, [0], {}) // one table for the whole sample
 */
export function estimateProportionTables(
  design: SurveyDesign,
  item: ArrayLike<number>,
  groupOfRow: Int32Array | null,
  groupCodes: readonly number[],
  options: ProportionOptions,
  groupName?: string,
): GroupProportionTable[] {
  if (item.length !== design.rowCount) throw new RangeError(`item has ${item.length} rows, design has ${design.rowCount}`);
  if (options.domain && options.domain.length !== design.rowCount)
    throw new RangeError(`domain has ${options.domain.length} rows, design has ${design.rowCount}`);
  const nonSubstantive = normaliseNonSubstantive(options.nonSubstantive);
  const codes = reportedCodes(item, options.domain, options.categories, nonSubstantive);
  const totals = accumulate(design, item, groupOfRow, groupCodes.length, codes, nonSubstantive, options);
  const scores = new Float64Array(design.psuCount * codes.length); // z_pk, reused for every group
  return groupCodes.map((group, g) => {
    if (totals.groupWeight[g] === 0) {
      const domain = describeDomain({ domainName: options.domainName, hasDomain: options.domain !== undefined, group: groupOfRow ? `${groupName ?? "group"} = ${group}` : undefined });
      throw new EmptyDomainError({ file: design.source.file, column: options.itemName }, domain, emptyDetail(item, groupOfRow, g, design.weights, nonSubstantive, options.domain));
    }
    return finalize(design, totals, g, group, codes, nonSubstantive, options, scores);
  });
}

/** Sizes of the accumulated arrays. */
interface TableDimensions {
  readonly groups: number;
  readonly psus: number;
  readonly strata: number;
  readonly categories: number;
}

/** Everything one pass over the rows collects; arrays are indexed by the named dimensions. */
interface ProportionTotals {
  readonly dimensions: TableDimensions;
  /** T_pgk, Σ w of answered rows by PSU × group × category, at (p·groups + g)·categories + k. */
  readonly psuCategoryWeight: Float64Array;
  /** W_pg, Σ w of answered rows by PSU × group, at p·groups + g. */
  readonly psuWeight: Float64Array;
  /** T_gk, by group × category, at g·categories + k. */
  readonly categoryWeight: Float64Array;
  /** Respondents with nonzero weight, by group × category. */
  readonly categoryCount: Float64Array;
  /** W_g, Σ w of answered rows by group. */
  readonly groupWeight: Float64Array;
  /** Respondents with an answer and nonzero weight, by group. */
  readonly groupCount: Float64Array;
  /** Rows of the group with a missing (NaN) answer. */
  readonly missingCount: Float64Array;
  /** 1 where stratum h holds an answered row of group g (the strata that can be lonely), at g·strata + h. */
  readonly stratumAnswered: Uint8Array;
  /** 1 where PSU p holds a row with nonzero weight in group g's df domain, at g·psus + p. */
  readonly dfPsu: Uint8Array;
  /** 1 where stratum h holds a row with nonzero weight in group g's df domain, at g·strata + h. */
  readonly dfStratum: Uint8Array;
}

/**
 * Step 1: one pass over the rows. A row enters group g's df domain (R
 * `degf(design)` of `svyciprop`) when it is in the domain and group and not a
 * non-substantive answer under "exclude"; it enters the estimate when its
 * answer is also not missing (R `na.rm = TRUE`).
 */
function accumulate(
  design: SurveyDesign,
  item: ArrayLike<number>,
  groupOfRow: Int32Array | null,
  groupCount: number,
  codes: readonly number[],
  nonSubstantive: NonSubstantiveOption,
  options: ProportionOptions,
): ProportionTotals {
  const { weights, psuOfRow, stratumOfRow } = design;
  const dimensions: TableDimensions = { groups: groupCount, psus: design.psuCount, strata: design.stratumCount, categories: codes.length };
  const { groups, psus, strata, categories } = dimensions;
  const totals: ProportionTotals = {
    dimensions,
    psuCategoryWeight: new Float64Array(psus * groups * categories),
    psuWeight: new Float64Array(psus * groups),
    categoryWeight: new Float64Array(groups * categories),
    categoryCount: new Float64Array(groups * categories),
    groupWeight: new Float64Array(groups),
    groupCount: new Float64Array(groups),
    missingCount: new Float64Array(groups),
    stratumAnswered: new Uint8Array(groups * strata),
    dfPsu: new Uint8Array(groups * psus),
    dfStratum: new Uint8Array(groups * strata),
  };
  const { psuCategoryWeight, psuWeight, categoryWeight, categoryCount, groupWeight, missingCount, stratumAnswered, dfPsu, dfStratum } = totals;
  const respondents = totals.groupCount;
  const excludeNonSubstantive = nonSubstantive.handling === "exclude";
  const isNonSubstantive = createCodeLookup(nonSubstantive.codes);
  const categoryOf = createCodeLookup(codes);
  const domain = options.domain;

  const rows = design.rowCount;
  for (let row = 0; row < rows; row++) {
    if (domain && !domain[row]) continue;
    const g = groupOfRow ? groupOfRow[row] : 0;
    if (g < 0) continue;
    const answer = item[row];
    const missing = Number.isNaN(answer);
    let k = -1;
    if (missing) {
      missingCount[g]++;
      if (excludeNonSubstantive) continue; // R: subset(design, y %in% substantive) drops NA rows too
    } else {
      k = categoryOf(answer);
      if (k < 0) {
        if (excludeNonSubstantive && isNonSubstantive(answer) >= 0) continue;
        throw new SurveyInputError("value-unknown-code", { file: design.source.file, row: row + 1, column: options.itemName }, `answer code ${answer} is not among the reported categories [${codes.join(", ")}]`);
      }
    }
    const w = weights[row];
    const p = psuOfRow[row];
    const h = stratumOfRow[row];
    if (w !== 0) {
      dfPsu[g * psus + p] = 1;
      dfStratum[g * strata + h] = 1;
    }
    if (missing) continue; // in the df domain, not in the estimate
    stratumAnswered[g * strata + h] = 1;
    psuCategoryWeight[(p * groups + g) * categories + k] += w;
    psuWeight[p * groups + g] += w;
    categoryWeight[g * categories + k] += w;
    groupWeight[g] += w;
    if (w !== 0) {
      categoryCount[g * categories + k]++;
      respondents[g]++;
    }
  }
  return totals;
}

/** Step 2 for group g: estimates, linearized variances, intervals and design effects. `scores` is scratch space. */
function finalize(
  design: SurveyDesign,
  totals: ProportionTotals,
  g: number,
  group: number,
  codes: readonly number[],
  nonSubstantive: NonSubstantiveOption,
  options: ProportionOptions,
  scores: Float64Array,
): GroupProportionTable {
  const { groups, psus, strata, categories } = totals.dimensions;
  const { psuCategoryWeight, psuWeight, categoryWeight, categoryCount } = totals;
  const total = totals.groupWeight[g];
  const estimates = new Float64Array(categories);
  for (let k = 0; k < categories; k++) estimates[k] = categoryWeight[g * categories + k] / total;
  for (let p = 0; p < psus; p++) {
    const psuTotal = psuWeight[p * groups + g];
    const cell = (p * groups + g) * categories;
    for (let k = 0; k < categories; k++) scores[p * categories + k] = (psuCategoryWeight[cell + k] - estimates[k] * psuTotal) / total;
  }
  const variances = stratifiedVariances(design, scores, categories, totals.stratumAnswered.subarray(g * strata, (g + 1) * strata));
  const df = countOnes(totals.dfPsu, g * psus, psus) - countOnes(totals.dfStratum, g * strata, strata); // R degf()
  const level = options.level ?? 0.95;
  const method = options.intervalMethod ?? "logit";
  const nonSubstantiveCodes = new Set(nonSubstantive.codes);
  const respondents = totals.groupCount[g];
  const rows: CategoryProportion[] = [];
  for (let k = 0; k < categories; k++) {
    const estimate = estimates[k];
    const se = Math.sqrt(variances[k]);
    rows.push({
      code: codes[k],
      nonSubstantive: nonSubstantiveCodes.has(codes[k]),
      estimate,
      se,
      ci: proportionInterval(estimate, se, df, level, method),
      ...proportionDesignEffects(variances[k], estimate, respondents, total),
      n: categoryCount[g * categories + k],
      weightedCount: categoryWeight[g * categories + k],
    });
  }
  return {
    group,
    categories: rows,
    n: respondents,
    weightedN: total,
    missing: totals.missingCount[g],
    df,
    nonSubstantive,
    lonelyPsu: design.lonelyPsu,
  };
}

function countOnes(flags: Uint8Array, from: number, length: number): number {
  let count = 0;
  for (let i = from; i < from + length; i++) count += flags[i];
  return count;
}

/** Why group g (a second pass, only on the way to an error): its rows by missing, excluded and zero-weight answers. */
function emptyDetail(
  item: ArrayLike<number>,
  groupOfRow: Int32Array | null,
  g: number,
  weights: Float64Array,
  nonSubstantive: NonSubstantiveOption,
  domain: ArrayLike<number | boolean> | undefined,
): string {
  const excludedCodes = new Set(nonSubstantive.handling === "exclude" ? nonSubstantive.codes : []);
  let rows = 0;
  let missing = 0;
  let excluded = 0;
  let zeroWeight = 0;
  for (let row = 0; row < item.length; row++) {
    if ((domain && !domain[row]) || (groupOfRow ? groupOfRow[row] : 0) !== g) continue;
    rows++;
    if (Number.isNaN(item[row])) missing++;
    else if (excludedCodes.has(item[row])) excluded++;
    else if (weights[row] === 0) zeroWeight++;
  }
  if (rows === 0) return "no row of the design lies in it";
  return `none of its ${rows} row(s) has an answer with a nonzero weight (${missing} missing, ${excluded} non-substantive excluded, ${zeroWeight} with weight 0)`;
}

/** Codes to report: given categories (or observed substantive codes, sorted), plus non-substantive codes under "category". */
function reportedCodes(
  item: ArrayLike<number>,
  domain: ArrayLike<number | boolean> | undefined,
  categories: readonly number[] | undefined,
  nonSubstantive: NonSubstantiveOption,
): number[] {
  const nonSubstantiveCodes = new Set(nonSubstantive.codes);
  let codes: number[];
  if (categories) {
    codes = [...categories];
  } else {
    const seen = new Set<number>();
    for (let i = 0; i < item.length; i++) {
      const code = item[i];
      if (!Number.isNaN(code) && (!domain || domain[i]) && !nonSubstantiveCodes.has(code)) seen.add(code);
    }
    codes = [...seen].sort((a, b) => a - b);
  }
  if (nonSubstantive.handling === "category") {
    for (const code of nonSubstantive.codes) if (!codes.includes(code)) codes.push(code);
  } else {
    codes = codes.filter((code) => !nonSubstantiveCodes.has(code));
  }
  return codes;
}
