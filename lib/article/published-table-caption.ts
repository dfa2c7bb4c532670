/** The memo's citation in chart captions. */
export const MEMO_SOURCE = "Laruelle, Royce & Beyssembayev, 'Love with Nuances' (PONARS Eurasia Policy Memo No. 658, 2020)";

/**
 * Caption of a chart drawn from a published table of the memo, built from the
 * table's own `source` cells (their table name: the text before the first
 * comma, e.g. "Table 2" of "Table 2, row 1, column 1"). It names no survey
 * wave, year or sample size, because the memo's tables state none (they are
 * labelled "(CAB)" only). Throws a RangeError when the sources name no table
 * or more than one.
 *
 * @example publishedTableCaption(["Table 1", "Table 1"]) // => "Source: Laruelle, Royce & Beyssembayev, …, Table 1 (labelled \"(CAB)\"): Kazakhstan; the table states no survey wave, year or n."
 */
export function publishedTableCaption(sources: readonly string[]): string {
  const tables = [...new Set(sources.map((s) => s.split(",")[0].trim()))];
  if (tables.length !== 1 || tables[0] === "") throw new RangeError(`publishedTableCaption: expected one table, got ${JSON.stringify(tables)}`);
  return `Source: ${MEMO_SOURCE}, ${tables[0]} (labelled "(CAB)"): Kazakhstan; the table states no survey wave, year or n.`;
}
