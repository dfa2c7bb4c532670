import { regularizedIncompleteBeta } from "./incomplete-beta";

/**
 * Upper tail P(F > x) of the F distribution with `df1` and `df2` degrees of
 * freedom (both > 0, not necessarily integers), R's
 * `pf(x, df1, df2, lower.tail = FALSE)`:
 *
 *   P(F > x) = I_{df2/(df2 + df1·x)}(df2/2, df1/2)
 *
 * (Abramowitz & Stegun 26.6.2). Used for the Rao–Scott F test, whose degrees
 * of freedom are fractional (Rao & Scott 1984; R `svychisq`).
 *
 * @example fUpperTail(2.5, 2.5, 30.7) // => 0.08753081475953… (R: pf(2.5, 2.5, 30.7, lower.tail = FALSE))
 */
export function fUpperTail(x: number, df1: number, df2: number): number {
  if (Number.isNaN(x) || !(df1 > 0 && df2 > 0)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return regularizedIncompleteBeta(df2 / (df2 + df1 * x), df2 / 2, df1 / 2);
}
