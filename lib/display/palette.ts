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

/**
 * Fill colour of a scale position (−2, −1, +1, +2) or of a non-substantive answer (null).
 *
 * @example likertColour(-2) // => "#b35806"
 */
export function likertColour(position: number | null): string {
  if (position === null) return LIKERT_COLOURS.nonsubstantive;
  if (position <= -2) return LIKERT_COLOURS.strongNegative;
  if (position < 0) return LIKERT_COLOURS.moderateNegative;
  if (position >= 2) return LIKERT_COLOURS.strongPositive;
  return LIKERT_COLOURS.moderatePositive;
}

/**
 * Text colour that reads on a fill: white on the dark ends, near-black elsewhere.
 *
 * @example labelColour(LIKERT_COLOURS.strongPositive) // => "#ffffff"
 */
export function labelColour(fill: string): string {
  return fill === LIKERT_COLOURS.strongPositive || fill === LIKERT_COLOURS.strongNegative ? "#ffffff" : "#1a1a1a";
}

/**
 * Colours of categorical series (e.g. groups in a point-range chart), in the
 * order they are used: the Okabe–Ito palette, distinguishable under
 * protanopia, deuteranopia and tritanopia, without its yellow (too pale on
 * white). Series beyond seven reuse the colours with other marker symbols.
 * Reference: Okabe & Ito (2008), "Color Universal Design (CUD)", jfly.uni-koeln.de/color.
 */
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"] as const;

/** Marker symbols of categorical series (Plotly names), so series differ by shape as well as colour. */
export const SERIES_SYMBOLS = ["circle", "square", "triangle-up", "diamond", "triangle-down"] as const;

/** The marker symbol of the i-th series. */
export type SeriesSymbol = (typeof SERIES_SYMBOLS)[number];

/**
 * Colour and marker symbol of the i-th series: colours cycle through
 * {@link SERIES_COLOURS}, symbols through {@link SERIES_SYMBOLS}.
 *
 * @example seriesStyle(1) // => { colour: "#D55E00", symbol: "square" }
 */
export function seriesStyle(index: number): { colour: string; symbol: SeriesSymbol } {
  return { colour: SERIES_COLOURS[index % SERIES_COLOURS.length], symbol: SERIES_SYMBOLS[index % SERIES_SYMBOLS.length] };
}
