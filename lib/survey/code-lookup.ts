const TABLE_LIMIT = 1 << 16;

/**
 * Returns a function mapping an answer code to its position in `codes`
 * (−1 when absent). Small non-negative integer codes use an Int32Array table,
 * others a Map, so the per-row lookup in hot loops allocates nothing.
 *
 * @example createCodeLookup([1, 2, 5])(5) // => 2
 */
export function createCodeLookup(codes: readonly number[]): (code: number) => number {
  const smallIntegers = codes.every((code) => Number.isInteger(code) && code >= 0 && code < TABLE_LIMIT);
  if (smallIntegers) {
    const size = codes.length === 0 ? 0 : Math.max(...codes) + 1;
    const table = new Int32Array(size).fill(-1);
    codes.forEach((code, index) => {
      if (table[code] < 0) table[code] = index;
    });
    return (code) => (code >= 0 && code < size && (code | 0) === code ? table[code] : -1);
  }
  const map = new Map<number, number>();
  codes.forEach((code, index) => {
    if (!map.has(code)) map.set(code, index);
  });
  return (code) => map.get(code) ?? -1;
}
