import { studentTQuantile, twoSidedPValue } from "./distributions/student-t";
import type { ConfidenceInterval } from "./types";

/**
 * Wald interval on Student's t, estimate ± q·se with q = qt(1 − α/2, df) —
 * R's `confint(object, df = df)` for `svystat`, `svyratio` and `svyglm`
 * objects (`survey:::tconfint`). df ≤ 0 gives NaN bounds, as R.
 *
 * @throws RangeError when level is not in (0, 1)
 * @example tInterval(0.5, 0.1, 10, 0.95) // => { lower: 0.2771862…, upper: 0.7228137…, level: 0.95, method: "wald" }
 */
export function tInterval(estimate: number, se: number, df: number, level: number): ConfidenceInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  return { lower: estimate - q * se, upper: estimate + q * se, level, method: "wald" };
}

/**
 * Two-sided t test of estimate = 0: t = estimate / se, p = 2·pt(−|t|, df)
 * (NaN when df ≤ 0, as R).
 *
 * @example tTest(0.2, 0.1, 10) // => { statistic: 2, df: 10, pValue: 0.07338803… }
 */
export function tTest(estimate: number, se: number, df: number): { statistic: number; df: number; pValue: number } {
  const statistic = estimate / se;
  return { statistic, df, pValue: df > 0 ? twoSidedPValue(statistic, df) : NaN };
}
