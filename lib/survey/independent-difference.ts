import { normalCdf, normalQuantile } from "./distributions/normal";
import type { ConfidenceInterval, TestResult } from "./types";

/** A difference between two estimates with its SE, interval and test. Plain data. */
export interface DifferenceEstimate extends TestResult {
  /** first − second. */
  readonly estimate: number;
  readonly se: number;
  readonly ci: ConfidenceInterval;
}

/**
 * Difference of two estimates from independent samples (e.g. two survey
 * waves): d = θ̂₁ − θ̂₂, SE(d) = √(se₁² + se₂²) (no covariance between
 * independent samples; Wolter 2007 §1.4; Lumley 2010 §2.3), z = d / SE(d) with a
 * normal reference (df = null) and a Wald interval. For two waves whose
 * respondents are at hand, prefer `surveyTTest` (t-test.ts) on a design pooling them
 * (each wave keeping its strata and PSUs): the same SE, but t on the design
 * degrees of freedom, as R's `svyttest`.
 *
 * @example differenceOfIndependentEstimates({ estimate: 0.6, se: 0.03 }, { estimate: 0.5, se: 0.04 })
 * // => { estimate: 0.1, se: 0.05, statistic: 2, df: null, pValue: 0.0455…, ci: { lower: 0.002, upper: 0.198, … } }
 */
export function differenceOfIndependentEstimates(
  first: { readonly estimate: number; readonly se: number },
  second: { readonly estimate: number; readonly se: number },
  level = 0.95,
): DifferenceEstimate {
  const estimate = first.estimate - second.estimate;
  const se = Math.sqrt(first.se * first.se + second.se * second.se);
  const statistic = estimate / se;
  const q = normalQuantile(1 - (1 - level) / 2);
  return {
    estimate,
    se,
    statistic,
    df: null,
    pValue: 2 * normalCdf(-Math.abs(statistic)),
    ci: { lower: estimate - q * se, upper: estimate + q * se, level, method: "wald" },
  };
}
