import { DataError } from "../io/data-error";
import { createCodeLookup } from "./code-lookup";
import { proportionDesignEffects } from "./design-effect";
import type { SurveyDesign } from "./design";
import { normaliseNonSubstantive } from "./non-substantive";
import type { CategoryProportion, GroupProportionTable, ProportionOptions } from "./proportion-types";
import { proportionInterval } from "./proportion-interval";
import { stratifiedVariances } from "./stratified-variance";

/**
 * Shared single-pass engine of the proportion estimators: weighted category
 * totals per (PSU, group), then per group p̂_k = T_k / W and the linearized
 * PSU scores z_pk = (T_pk − p̂_k W_p) / W, i.e. Σ_{i∈p} w_i (1{y_i = k} − p̂_k)/W
 * (Binder 1983; R `svymean` on a subset design).
 *
 * @param groupOfRow group index per row (−1 = in no group); null = one group
 * @internal used by surveyProportions and surveyProportionsByGroup
 * @example estimateProportionTables(design, item, null, [0], {}) // one table for the whole sample
 */
export function estimateProportionTables(
  design: SurveyDesign,
  item: ArrayLike<number>,
  groupOfRow: Int32Array | null,
  groupCodes: readonly number[],
  options: ProportionOptions,
): GroupProportionTable[] {
  const { rowCount, weights, psuOfRow, stratumOfRow, psuCount, stratumCount } = design;
  if (item.length !== rowCount) throw new RangeError(`item has ${item.length} rows, design has ${rowCount}`);
  if (options.domain && options.domain.length !== rowCount)
    throw new RangeError(`domain has ${options.domain.length} rows, design has ${rowCount}`);
  const nonSubstantive = normaliseNonSubstantive(options.nonSubstantive);
  const exclude = nonSubstantive.handling === "exclude";
  const level = options.level ?? 0.95;
  const method = options.intervalMethod ?? "logit";
  const domain = options.domain;
  const isNonSubstantive = createCodeLookup(nonSubstantive.codes);
  const codes = reportedCodes(item, domain, options.categories, nonSubstantive.codes, exclude);
  const categoryOf = createCodeLookup(codes);
  const K = codes.length;
  const G = groupCodes.length;

  const psuCategoryWeight = new Float64Array(psuCount * G * K);
  const psuWeight = new Float64Array(psuCount * G);
  const categoryWeight = new Float64Array(G * K);
  const categoryCount = new Float64Array(G * K);
  const groupWeight = new Float64Array(G);
  const groupCount = new Float64Array(G);
  const missingCount = new Float64Array(G);
  const stratumInDomain = new Uint8Array(G * stratumCount);
  const psuSeen = new Uint8Array(G * psuCount);
  const stratumSeen = new Uint8Array(G * stratumCount);
  const dfPsus = new Float64Array(G);
  const dfStrata = new Float64Array(G);

  for (let i = 0; i < rowCount; i++) {
    if (domain && !domain[i]) continue;
    const g = groupOfRow ? groupOfRow[i] : 0;
    if (g < 0) continue;
    const code = item[i];
    let k = -1;
    if (code === code) {
      k = categoryOf(code);
      if (k < 0) {
        if (exclude && isNonSubstantive(code) >= 0) continue;
        throw new DataError("value-unknown-code", { file: design.source.file, row: i + 1, column: options.itemName }, `answer code ${code} is not among the reported categories [${codes.join(", ")}]`);
      }
    } else {
      missingCount[g]++;
      if (exclude) continue; // R: subset(design, y %in% substantive) also drops NA rows
    }
    const w = weights[i];
    const p = psuOfRow[i];
    const h = stratumOfRow[i];
    if (w !== 0) {
      const seenIndex = g * psuCount + p;
      if (!psuSeen[seenIndex]) {
        psuSeen[seenIndex] = 1;
        dfPsus[g]++;
      }
      if (!stratumSeen[g * stratumCount + h]) {
        stratumSeen[g * stratumCount + h] = 1;
        dfStrata[g]++;
      }
    }
    if (k < 0) continue; // missing answer: in the df domain (R svyciprop uses degf(design)), not in the estimate
    stratumInDomain[g * stratumCount + h] = 1;
    psuCategoryWeight[(p * G + g) * K + k] += w;
    psuWeight[p * G + g] += w;
    categoryWeight[g * K + k] += w;
    groupWeight[g] += w;
    if (w !== 0) {
      categoryCount[g * K + k]++;
      groupCount[g]++;
    }
  }

  const tables: GroupProportionTable[] = [];
  const scores = new Float64Array(psuCount * K);
  const estimates = new Float64Array(K);
  for (let g = 0; g < G; g++) {
    const total = groupWeight[g];
    for (let k = 0; k < K; k++) estimates[k] = categoryWeight[g * K + k] / total;
    for (let p = 0; p < psuCount; p++) {
      const wp = psuWeight[p * G + g];
      const base = (p * G + g) * K;
      for (let k = 0; k < K; k++) scores[p * K + k] = (psuCategoryWeight[base + k] - estimates[k] * wp) / total;
    }
    const variances = stratifiedVariances(design, scores, K, stratumInDomain.subarray(g * stratumCount, (g + 1) * stratumCount));
    const df = dfPsus[g] - dfStrata[g];
    const categories: CategoryProportion[] = [];
    for (let k = 0; k < K; k++) {
      const estimate = estimates[k];
      const se = Math.sqrt(variances[k]);
      categories.push({
        code: codes[k],
        nonSubstantive: isNonSubstantive(codes[k]) >= 0,
        estimate,
        se,
        ci: proportionInterval(estimate, se, df, level, method),
        ...proportionDesignEffects(variances[k], estimate, groupCount[g], total),
        n: categoryCount[g * K + k],
        weightedCount: categoryWeight[g * K + k],
      });
    }
    tables.push({
      group: groupCodes[g],
      categories,
      n: groupCount[g],
      weightedN: total,
      missing: missingCount[g],
      df,
      nonSubstantive,
      lonelyPsu: design.lonelyPsu,
    });
  }
  return tables;
}

/** Codes to report: given categories (or observed substantive codes, sorted), plus non-substantive codes under "category". */
function reportedCodes(
  item: ArrayLike<number>,
  domain: ArrayLike<number | boolean> | undefined,
  categories: readonly number[] | undefined,
  nonSubstantiveCodes: readonly number[],
  exclude: boolean,
): number[] {
  const nonSubstantive = new Set(nonSubstantiveCodes);
  let codes: number[];
  if (categories) {
    codes = [...categories];
  } else {
    const seen = new Set<number>();
    for (let i = 0; i < item.length; i++) {
      const code = item[i];
      if (code === code && (!domain || domain[i]) && !nonSubstantive.has(code)) seen.add(code);
    }
    codes = [...seen].sort((a, b) => a - b);
  }
  if (!exclude) for (const code of nonSubstantiveCodes) if (!codes.includes(code)) codes.push(code);
  else codes = codes.filter((code) => !nonSubstantive.has(code));
  return codes;
}
