import { logGamma } from "./log-gamma";

const MAX_ITERATIONS = 100000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), a > 0.
 *
 * Series for P(a, x) when x < a + 1, Lentz continued fraction for Q otherwise
 * (Press et al. 2007, Numerical Recipes §6.2).
 *
 * @example regularizedUpperGamma(1, 2) // => 0.1353352832366127 (= e⁻²)
 */
export function regularizedUpperGamma(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`incomplete gamma needs a > 0, got ${a}`);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const logFront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) return 1 - sum * Math.exp(logFront);
    }
    throw new RangeError(`incomplete gamma series did not converge (a=${a}, x=${x})`);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return Math.exp(logFront) * h;
  }
  throw new RangeError(`incomplete gamma continued fraction did not converge (a=${a}, x=${x})`);
}

/**
 * Upper tail P(X² > x) of the chi-square distribution with `df` > 0 degrees
 * of freedom, R's `pchisq(x, df, lower.tail = FALSE)` = Q(df/2, x/2)
 * (Abramowitz & Stegun 26.4.19). Used for the first-order Rao–Scott test.
 *
 * @example chiSquareUpperTail(3.841458820694124, 1) // => 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) return NaN;
  return regularizedUpperGamma(df / 2, x / 2);
}
