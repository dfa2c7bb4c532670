const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Natural logarithm of the gamma function for x > 0.
 *
 * Lanczos approximation with g = 7, n = 9 (relative error ≈ 1e-15), used
 * through the reflection-free form ln Γ(x) = ½ln(2π) + (x − ½)ln t − t + ln A(x),
 * t = x + g − ½ (Press et al. 2007, Numerical Recipes §6.1; Lanczos 1964).
 *
 * @example logGamma(5) // => 3.1780538303479458 (= ln 24)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let k = 1; k < LANCZOS_G + 2; k++) series += LANCZOS_COEFFICIENTS[k] / (shifted + k);
  const t = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), accurate also when a or b is
 * large (e.g. t with df = 10⁶): for max(a, b) ≥ 10 the difference
 * ln Γ(x) − ln Γ(x + y) is taken from Stirling's series without cancellation,
 * −(x − ½)·log1p(y/x) − y·ln(x + y) + y + δ(x) − δ(x + y), δ(z) = 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷)
 * (Abramowitz & Stegun 6.1.41; the approach of R's `lbeta`).
 *
 * @example logBeta(2, 3) // => −2.4849066497880004 (= ln 1/12)
 */
export function logBeta(a: number, b: number): number {
  const large = Math.max(a, b);
  const small = Math.min(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const ratio = -(large - 0.5) * Math.log1p(small / large) - small * Math.log(large + small) + small + stirlingCorrection(large) - stirlingCorrection(large + small);
  return logGamma(small) + ratio;
}

function stirlingCorrection(z: number): number {
  const z2 = z * z;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z;
}
