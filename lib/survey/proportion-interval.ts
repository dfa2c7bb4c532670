import { studentTQuantile } from "./distributions/student-t";
import type { ConfidenceInterval, ProportionIntervalMethod } from "./types";

/**
 * Confidence interval for a design-based proportion p̂ with standard error se
 * and `df` design degrees of freedom (t quantile q = qt(1 − α/2, df)):
 *
 * - "logit", R's `svyciprop(method = "logit")`: expit(logit p̂ ± q · se / (p̂(1 − p̂))),
 *   the Wald interval on the logit scale with the delta-method SE — what R
 *   gets from the intercept-only quasibinomial `svyglm` (Lumley 2010 §2.3.1).
 * - "wald", R's `svyciprop(method = "mean")`: p̂ ± q · se.
 *
 * Notebooks should use "logit": it always stays inside [0, 1] and covers
 * better than the Wald interval for proportions near 0 or 1 in clustered
 * samples (Lumley 2010 §2.3.1; Dean & Pagano 2015, "Evaluating confidence
 * interval methods for binomial proportions in clustered surveys", Journal of
 * Survey Statistics and Methodology 3). (Korn & Graubard 1998, "Confidence
 * intervals for proportions with small expected number of positive counts
 * estimated from survey data", Survey Methodology 24, is the source of R's
 * `method = "beta"`, a Clopper–Pearson interval on the effective sample size,
 * which this package does not implement.) When p̂ is 0 or 1 the logit
 * interval degenerates to [p̂, p̂]; df ≤ 0 gives NaN bounds (R: NaN).
 *
 * @throws RangeError when level is not in (0, 1)
 * @example proportionInterval(0.3, 0.05, 14, 0.95, "logit") // => { lower: 0.20457…, upper: 0.41663…, level: 0.95, method: "logit" }
 */
export function proportionInterval(
  estimate: number,
  se: number,
  df: number,
  level: number,
  method: ProportionIntervalMethod,
): ConfidenceInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const q = df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN;
  if (method === "wald") return { lower: estimate - q * se, upper: estimate + q * se, level, method };
  if (estimate <= 0 || estimate >= 1) return { lower: estimate, upper: estimate, level, method };
  const logit = Math.log(estimate / (1 - estimate));
  const halfWidth = (q * se) / (estimate * (1 - estimate));
  return { lower: expit(logit - halfWidth), upper: expit(logit + halfWidth), level, method };
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
