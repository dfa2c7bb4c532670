/**
 * A 0/1 row mask of the respondents whose answer is one of `codes` — the
 * domain "holding A" for domain estimates such as the share holding B among
 * those holding A (pass it as `domain` to surveyProportions). NaN answers are
 * outside the domain, like R's `subset(design, y %in% codes)`.
 *
 * @example domainOf([1, 2, NaN, 3], [2, 3]) // => Uint8Array [0, 1, 0, 1]
 */
export function domainOf(item: ArrayLike<number>, codes: readonly number[]): Uint8Array {
  const wanted = new Set(codes);
  const mask = new Uint8Array(item.length);
  for (let i = 0; i < item.length; i++) mask[i] = wanted.has(item[i]) ? 1 : 0;
  return mask;
}
