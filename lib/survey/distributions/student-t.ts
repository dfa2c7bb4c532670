import { regularizedIncompleteBeta } from "./incomplete-beta";
import { normalCdf, normalQuantile } from "./normal";
import { logGamma } from "./log-gamma";

/**
 * Distribution function of Student's t with `df` > 0 degrees of freedom
 * (df = Infinity gives the standard normal).
 *
 * P(T ≤ t) = 1 − ½ I_{df/(df+t²)}(df/2, ½) for t ≥ 0, by symmetry for t < 0
 * (Abramowitz & Stegun 26.7.1; R `pt`). Used for design-based t tests with
 * df = degf(design) (Lumley 2010, §2.3).
 *
 * @example studentTCdf(2.2281388519649385, 10) // => 0.975
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Two-sided p-value 2·P(T ≥ |t|) of Student's t with `df` degrees of freedom
 * (R: `2 * pt(-abs(t), df)`); df = Infinity gives the normal p-value.
 *
 * @example twoSidedPValue(2.2281388519649385, 10) // => 0.05
 */
export function twoSidedPValue(t: number, df: number): number {
  return 2 * studentTCdf(-Math.abs(t), df);
}

/**
 * Quantile function of Student's t (R `qt(p, df)`), 0 < p < 1, df > 0.
 *
 * Starts from the normal quantile (Cornish–Fisher corrected) and refines by
 * safeguarded Newton steps on {@link studentTCdf} until the relative change is
 * below 1e-15. df = Infinity gives the normal quantile.
 *
 * @example studentTQuantile(0.975, 10) // => 2.2281388519649385
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (df === Infinity) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const logDensityConstant =
    logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const upperTail = 1 - p;
  let t = initialGuess(p, df);
  let low = 0;
  let high = Infinity;
  for (let iteration = 0; iteration < 200; iteration++) {
    // work with the upper tail 1 − F(t) for accuracy when p is close to 1
    const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
    const error = upperTail - tail; // > 0 means t too large
    if (error > 0) high = Math.min(high, t);
    else low = Math.max(low, t);
    const density = Math.exp(logDensityConstant - ((df + 1) / 2) * Math.log1p((t * t) / df));
    let next = t + error / density;
    if (!(next > low && next < high)) next = high === Infinity ? 2 * t + 1 : (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}

function initialGuess(p: number, df: number): number {
  const z = normalQuantile(p);
  const z3 = z * z * z;
  const guess = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
  return guess > 0 ? guess : z;
}
