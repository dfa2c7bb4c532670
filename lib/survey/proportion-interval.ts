import { studentTQuantile } from "./distributions/student-t";
import type { ConfidenceInterval, ProportionIntervalMethod } from "./types";

/**
 * Confidence interval for a design-based proportion p̂ with standard error se
 * and `df` design degrees of freedom (t quantile q = qt(1 − α/2, df)):
 *
 * - "logit" (R `svyciprop(method = "logit")`): expit(logit p̂ ± q · se / (p̂(1 − p̂))),
 *   the Wald interval on the logit scale with the delta-method SE — what R
 *   gets from the intercept-only quasibinomial `svyglm`.
 * - "wald" (R `svyciprop(method = "mean")`): p̂ ± q · se.
 *
 * Notebooks should use "logit": it always stays inside [0, 1] and has better
 * coverage than the Wald interval for proportions near 0 or 1 and for small
 * effective sample sizes (Korn & Graubard 1998, "Confidence intervals for
 * proportions with small expected number of positive counts estimated from
 * survey data", Survey Methodology 24; Lumley 2010 §2.3.1). When p̂ is 0 or 1
 * the logit interval degenerates to [p̂, p̂]; df ≤ 0 gives NaN bounds (R: NaN).
 *
 * @example proportionInterval(0.3, 0.05, 14, 0.95, "logit") // => { lower: 0.2105…, upper: 0.4078…, level: 0.95, method: "logit" }
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
