/**
 * Formats a percentage with at most one decimal ("39", "12.5").
 *
 * @example formatPercent(12.345) // => "12.3"
 */
export function formatPercent(value: number): string {
  return String(Math.round(value * 10) / 10);
}
