import { textWidth } from "./text-width";

/**
 * Greedy word wrap: splits `text` at spaces into lines no wider than
 * `maxWidth` pixels at `fontSize` (widths estimated by {@link textWidth}).
 * A single word wider than the line stays whole on its own line. When
 * `maxLines` is given, the last line ends with "…" if text had to be cut;
 * pass the full text somewhere else (a tooltip, a table) in that case.
 *
 * @example wrapText("Opinion of country developing closer economic relations", 160, 12)
 * // => ["Opinion of country developing", "closer economic relations"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  if (!(maxWidth > 0) || !(fontSize > 0)) throw new RangeError("wrapText: maxWidth and fontSize must be positive");
  if (!(maxLines >= 1)) throw new RangeError("wrapText: maxLines must be at least 1");
  const words = text.split(/\s+/).filter((word) => word !== "");
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== "") lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize);
  return kept;
}

/** Shortens text from the end until it fits `maxWidth` with a trailing "…". */
function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  let kept = text;
  while (kept.length > 1 && textWidth(`${kept}…`, fontSize) > maxWidth) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…`;
}
