/**
 * Inverse of a small symmetric positive-definite matrix (row-major, size × size)
 * by Cholesky decomposition A = LLᵀ, A⁻¹ = L⁻ᵀL⁻¹ (Golub & Van Loan 2013 §4.2).
 * Used for the p × p information matrices of regression models.
 *
 * @throws RangeError when the matrix is not positive definite (e.g. collinear predictors)
 * @example invertSymmetricPositiveDefinite(Float64Array.of(4, 2, 2, 3), 2) // => Float64Array [0.375, -0.25, -0.25, 0.5]
 */
export function invertSymmetricPositiveDefinite(matrix: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let j = 0; j < size; j++) {
    let diagonal = matrix[j * size + j];
    for (let k = 0; k < j; k++) diagonal -= lower[j * size + k] * lower[j * size + k];
    if (!(diagonal > 0)) throw new RangeError("matrix is not positive definite (collinear or constant predictors?)");
    const root = Math.sqrt(diagonal);
    lower[j * size + j] = root;
    for (let i = j + 1; i < size; i++) {
      let value = matrix[i * size + j];
      for (let k = 0; k < j; k++) value -= lower[i * size + k] * lower[j * size + k];
      lower[i * size + j] = value / root;
    }
  }
  const lowerInverse = new Float64Array(size * size);
  for (let j = 0; j < size; j++) {
    lowerInverse[j * size + j] = 1 / lower[j * size + j];
    for (let i = j + 1; i < size; i++) {
      let value = 0;
      for (let k = j; k < i; k++) value -= lower[i * size + k] * lowerInverse[k * size + j];
      lowerInverse[i * size + j] = value / lower[i * size + i];
    }
  }
  const inverse = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let value = 0;
      for (let k = i; k < size; k++) value += lowerInverse[k * size + i] * lowerInverse[k * size + j];
      inverse[i * size + j] = value;
      inverse[j * size + i] = value;
    }
  }
  return inverse;
}
