/**
 * The survey concepts the memo's respondent-level claims use. A wave file
 * holds them under its own question ids; the codebook maps concept → question
 * id and answer codes (see `data/waves/README.md`).
 */
export const WAVE_CONCEPTS = [
  "russia_opinion",
  "us_opinion",
  "china_opinion",
  "russia_economic_relations",
  "us_economic_relations",
  "china_economic_relations",
  "eeu_benefit",
  "leadership_opinion",
  "russia_positive_reason_1",
  "russia_positive_reason_2",
] as const;

/** One concept of {@link WAVE_CONCEPTS}. */
export type WaveConcept = (typeof WAVE_CONCEPTS)[number];

/** The three concepts of the memo's Table 1, with the item ids of `data/article/table1.csv`. */
export const TABLE1_CONCEPTS: readonly WaveConcept[] = ["russia_opinion", "russia_economic_relations", "eeu_benefit"];

/** Concepts measured on a balanced four-point scale (scale positions −2, −1, +1, +2) plus non-substantive codes. */
export const SCALE_CONCEPTS: readonly WaveConcept[] = WAVE_CONCEPTS.filter((concept) => !concept.startsWith("russia_positive_reason"));

/** Concepts asked only of part of the sample (a blank answer means "not asked"). */
export const SKIP_PATTERN_CONCEPTS: readonly WaveConcept[] = ["russia_positive_reason_1", "russia_positive_reason_2"];

/**
 * True when `name` is one of {@link WAVE_CONCEPTS}.
 *
 * @example isWaveConcept("us_opinion") // => true
 */
export function isWaveConcept(name: string): name is WaveConcept {
  return (WAVE_CONCEPTS as readonly string[]).includes(name);
}
