/** Design effects of a proportion, as R's `svymean(…, deff = TRUE)` and `deff = "replace"`. */
export interface ProportionDesignEffects {
  /** R `deff = TRUE`: V / V_srswor; null when undefined (p̂ ∈ {0, 1}, or weights sum to ≤ n, where R gives NA/Inf). */
  readonly deff: number | null;
  /** R `deff = "replace"`: V / V_srswr; null when p̂ ∈ {0, 1}. */
  readonly deffReplace: number | null;
}

/**
 * Kish design effects of a proportion p̂ with design variance `variance`,
 * using exactly R's reference variances (`survey:::svymean.survey.design2`):
 *
 *   s² = n/(n − 1) · p̂(1 − p̂)   (R `svyvar`, n = rows with nonzero weight)
 *   deff        = V / (s² · (N̂ − n)/(N̂ n))   (simple random sampling without replacement, N̂ = Σw)
 *   deffReplace = V / (s² / n)               (with replacement)
 *
 * Reference: Kish 1965 §8.2; Lumley 2010 §2.5.
 *
 * @example proportionDesignEffects(0.001, 0.5, 100, 1000) // => { deff: 0.44, deffReplace: 0.396 }
 */
export function proportionDesignEffects(variance: number, estimate: number, n: number, weightedN: number): ProportionDesignEffects {
  const s2 = (n / (n - 1)) * estimate * (1 - estimate);
  const replace = s2 / n;
  const withoutReplacement = (s2 * (weightedN - n)) / (weightedN * n);
  return {
    deff: weightedN > n && withoutReplacement > 0 ? variance / withoutReplacement : null,
    deffReplace: replace > 0 && Number.isFinite(replace) ? variance / replace : null,
  };
}
