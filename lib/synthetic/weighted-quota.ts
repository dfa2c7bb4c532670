/**
 * Assigns categories to rows so that their weighted shares hit target shares:
 * the rows (`order`, e.g. sorted by a latent score, highest first) are laid
 * end to end on a line of length W = Σ w; category j owns the segment
 * [W·S_{j−1}, W·S_j) with S_j the cumulative target share; a row takes the
 * category containing the midpoint of its own segment. Every category's
 * weighted share is then within max(w)/W of its target (weighted quantile
 * thresholding; the ordering carries the correlation structure, the quota
 * the margins).
 *
 * @returns the category index of each row of `order` (same length).
 * @example assignByWeightedQuota([0, 1, 2, 3], [1, 1, 1, 1], [0.5, 0.5]) // => [0, 0, 1, 1]
 */
export function assignByWeightedQuota(order: readonly number[], weights: ArrayLike<number>, shares: readonly number[]): number[] {
  const total = order.reduce((sum, row) => sum + weights[row], 0);
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  if (!(shareSum > 0) || shares.some((share) => share < 0)) throw new RangeError(`shares must be ≥ 0 with a positive sum, got ${shares.join(", ")}`);
  const bounds: number[] = [];
  let cumulative = 0;
  for (const share of shares) bounds.push((cumulative += share / shareSum) * total);
  const categories: number[] = [];
  let position = 0;
  let category = 0;
  for (const row of order) {
    const midpoint = position + weights[row] / 2;
    while (category < shares.length - 1 && midpoint >= bounds[category]) category++;
    categories.push(category);
    position += weights[row];
  }
  return categories;
}
