/**
 * Approximate advance widths of Helvetica/Arial glyphs, in em (fraction of
 * the font size), grouped by shape. Static SVG has no text-measuring API, so
 * the charts lay out text with this estimate; it errs on the wide side so
 * wrapped lines never overflow.
 * Reference: Adobe Helvetica AFM metrics (e.g. "i" 222, "m" 833, "W" 944 per 1000 em).
 */
const NARROW = /[ijlI.,:;'!|()[\]{}\/ ]/;
const SEMI_NARROW = /[frt\-"*]/;
const WIDE = /[mwMW@%]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9–—]/;

/** Width in em of one character (see the table above); any other character counts as 0.56 em. */
function charWidthEm(char: string): number {
  if (NARROW.test(char)) return 0.28;
  if (SEMI_NARROW.test(char)) return 0.36;
  if (WIDE.test(char)) return 0.86;
  if (CAPITAL_OR_DIGIT.test(char)) return 0.67;
  return 0.56;
}

/**
 * Estimated rendered width of `text` in pixels at `fontSize` px in
 * Helvetica/Arial: the sum of the glyph widths, Σ width_em(c) × fontSize.
 *
 * @example textWidth("48%", 10) // => 21.8 (about two digits and a percent sign)
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSize;
}
