import { invertSymmetricPositiveDefinite } from "../small-matrix";

/**
 * Weighted least squares over the rows of a mask: β = (XᵀΩX)⁻¹ XᵀΩz, with X
 * given by columns (Golub & Van Loan 2013 §5.3; the normal equations, solved by
 * Cholesky, which is exact enough for the small, well-conditioned survey
 * models here).
 *
 * @param columns one Float64Array per column of X
 * @param rows 0/1 mask of the rows used
 * @param omega weight of each row
 * @returns β, one entry per column
 * @throws RangeError when XᵀΩX is not positive definite (collinear or constant columns)
 * @example weightedLeastSquares([ones, x], y, Uint8Array.of(1, 1, 1), Float64Array.of(1, 1, 1)) // => Float64Array [intercept, slope]
 */
export function weightedLeastSquares(columns: readonly Float64Array[], response: ArrayLike<number>, rows: Uint8Array, omega: ArrayLike<number>): Float64Array {
  const p = columns.length;
  const cross = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i]) continue;
    const w = omega[i];
    for (let a = 0; a < p; a++) {
      const wa = w * columns[a][i];
      rhs[a] += wa * response[i];
      for (let b = 0; b <= a; b++) cross[a * p + b] += wa * columns[b][i];
    }
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) cross[a * p + b] = cross[b * p + a];
  const inverse = invertSymmetricPositiveDefinite(cross, p);
  const beta = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let value = 0;
    for (let b = 0; b < p; b++) value += inverse[a * p + b] * rhs[b];
    beta[a] = value;
  }
  return beta;
}
