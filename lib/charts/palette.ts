/**
 * Colours of the package's charts: ColorBrewer "PuOr" (5 classes), a
 * diverging palette that stays distinguishable under the common forms of
 * colour-vision deficiency, with a neutral grey for non-substantive answers.
 * Reference: Harrower & Brewer (2003), "ColorBrewer.org", The Cartographic Journal 40(1).
 */
export const LIKERT_COLOURS = {
  strongNegative: "#b35806",
  moderateNegative: "#f1a340",
  moderatePositive: "#998ec3",
  strongPositive: "#542788",
  nonsubstantive: "#bdbdbd",
} as const;

/** Fill colour of a scale position (−2, −1, +1, +2) or of a non-substantive answer (null). */
export function likertColour(position: number | null): string {
  if (position === null) return LIKERT_COLOURS.nonsubstantive;
  if (position <= -2) return LIKERT_COLOURS.strongNegative;
  if (position < 0) return LIKERT_COLOURS.moderateNegative;
  if (position >= 2) return LIKERT_COLOURS.strongPositive;
  return LIKERT_COLOURS.moderatePositive;
}

/** Text colour that reads on a fill: white on the dark ends, near-black elsewhere. */
export function labelColour(fill: string): string {
  return fill === LIKERT_COLOURS.strongPositive || fill === LIKERT_COLOURS.strongNegative ? "#ffffff" : "#1a1a1a";
}
