/**
 * What an answer label says, read from its wording in English, Russian or
 * Kazakh (and labels that give two languages side by side, as CAB's files
 * do: "Очень положительно / Өте оң"): a non-substantive answer ("do not
 * know", refused, no answer), a substantive answer with its direction
 * (positive, negative, or the middle of a scale) and strength (strong,
 * moderate), or not recognised. Used to draft codebook rows from a file's
 * value labels and to check the codebook against them.
 *
 * The vocabulary is that of survey response scales: favourability
 * ("Very favorable … Very unfavorable"), support ("Strongly support …
 * Strongly oppose") and agreement ("Strongly agree … Strongly disagree")
 * in CAB's English wording; «Очень положительно … Очень отрицательно»,
 * «Полностью согласен», «Скорее поддерживаю», «Затрудняюсь ответить»,
 * «Отказ от ответа»; «Өте оң», «Оңға жақын», «Теріске жақын», «Білмеймін»,
 * «Жауап беруге қиналамын», «Жауап бермеді». A label with cues of both
 * directions, or a negation before a strength word ("not very favourable"),
 * is not recognised rather than guessed.
 */

/** The reading of one answer label. Plain data. */
export interface AnswerLabelMeaning {
  readonly kind: "substantive" | "nonsubstantive" | "unrecognised";
  /** +1 positive, −1 negative, 0 the middle of a scale ("neither … nor"); null when not substantive or unknown. */
  readonly direction: 1 | -1 | 0 | null;
  /** 2 strong ("very", "strongly", «очень», «өте»), 1 moderate ("somewhat", «скорее», «жақын»); null when not said. */
  readonly strength: 2 | 1 | null;
  /** The words of the label that decided the reading, for messages. */
  readonly cues: readonly string[];
}

/** Phrases (normalised, words separated by one space) that mark a non-substantive answer. */
const NON_SUBSTANTIVE_PHRASES = [
  // English
  "don't know", "do not know", "dont know", "dk", "not sure", "hard to say", "difficult to say", "difficult to answer",
  "can't say", "cannot say", "can not say", "refused", "refuse", "refusal", "no answer", "not answered", "n a",
  "not applicable", "no opinion", "not asked",
  // Russian
  "затрудняюсь", "не знаю", "трудно сказать", "трудно ответить", "сложно сказать", "сложно ответить", "отказ",
  "отказался", "отказалась", "нет ответа", "без ответа", "не ответил", "не ответила", "неприменимо", "не применимо",
  "нет мнения", "не задавался",
  // Kazakh
  "білмеймін", "қиналамын", "айту қиын", "жауап бермеді", "бас тартты", "бас тарту", "жауапсыз", "жауап жоқ",
];

/** Phrases of the middle of a scale. */
const NEUTRAL_PHRASES = ["neither", "neutral", "ни то ни другое", "нейтрально", "нейтральное", "бейтарап"];

/** Word stems of a positive answer (a word matches when it starts with the stem, unless an exact word is marked with "="). */
const POSITIVE_STEMS = [
  "favorab", "favourab", "support", "agree", "positiv", "=good", "=approve",
  "положительн", "благоприятн", "позитивн", "поддерживаю", "поддерживает", "согласен", "согласна", "согласны", "=хорошо",
  "хорош", "одобряю", "=за",
  "=оң", "=оңға", "=оңды", "жағымды", "қолдаймын", "қолдайды", "келісемін", "=жақсы",
];

/** Word stems of a negative answer (checked before the positive ones: "unfavorable" holds "favorable"). */
const NEGATIVE_STEMS = [
  "unfavorab", "unfavourab", "oppose", "disagree", "negativ", "=bad", "=against", "disapprove",
  "отрицательн", "неблагоприятн", "негативн", "против", "несогласен", "несогласна", "=плохо", "плох", "не одобряю",
  "теріс", "жағымсыз", "қарсы", "келіспеймін", "қолдамаймын", "=жаман",
];

/** Word stems of a strong answer. */
const STRONG_STEMS = [
  "=very", "strongly", "completely", "totally", "=fully", "entirely", "absolutely", "definitely", "=extremely",
  "очень", "полностью", "совершенно", "абсолютно", "категорически", "определенно", "безусловно",
  "=өте", "толық", "толығ", "мүлдем", "әбден", "=кесімді",
];

/** Word stems of a moderate answer. */
const MODERATE_STEMS = [
  "somewhat", "=rather", "=mostly", "=fairly", "=mainly", "=partly", "partially", "moderately", "=tend",
  "скорее", "отчасти", "частично", "=довольно", "пожалуй", "=скорей",
  "жақын", "біршама", "ішінара", "негізінен", "көбінесе",
];

/** Negations: a negation right before a direction word turns it around ("do not support", «не согласен»). */
const NEGATIONS = new Set(["not", "don't", "dont", "no", "не", "емес"]);

/**
 * Reads an answer label. Matching is on the label lower-cased (NFKC, "ё" as
 * "е", typographic apostrophes as "'"), word by word. Non-substantive
 * phrases win over everything else ("Don't know / Refused (vol.)"); then the
 * middle of a scale; then direction and strength.
 *
 * @example classifyAnswerLabel("Очень положительно / Өте оң") // => { kind: "substantive", direction: 1, strength: 2, cues: ["положительно", "оң", "очень", "өте"] }
 * @example classifyAnswerLabel("Don't know / Refused (vol.)").kind // => "nonsubstantive"
 * @example classifyAnswerLabel("Somewhat unfavorable") // => { kind: "substantive", direction: -1, strength: 1, … }
 */
export function classifyAnswerLabel(label: string): AnswerLabelMeaning {
  const text = normalise(label);
  const words = text.split(" ").filter((word) => word !== "");
  const padded = ` ${words.join(" ")} `;
  const nonSubstantive = NON_SUBSTANTIVE_PHRASES.filter((phrase) => padded.includes(` ${phrase} `) || (!phrase.includes(" ") && words.some((word) => word.startsWith(phrase) && phrase.length >= 5)));
  if (nonSubstantive.length > 0) return { kind: "nonsubstantive", direction: null, strength: null, cues: nonSubstantive };
  const neutral = NEUTRAL_PHRASES.filter((phrase) => padded.includes(` ${phrase} `));
  if (neutral.length > 0) return { kind: "substantive", direction: 0, strength: null, cues: neutral };

  const directions: { direction: 1 | -1; word: string }[] = [];
  const strengths: { strength: 2 | 1; word: string }[] = [];
  let ambiguous = false;
  words.forEach((word, i) => {
    const negated = i > 0 && NEGATIONS.has(words[i - 1]);
    const direction: 1 | -1 | null = matches(word, NEGATIVE_STEMS) ? -1 : matches(word, POSITIVE_STEMS) ? 1 : null;
    if (direction !== null) directions.push({ direction: negated ? (-direction as 1 | -1) : direction, word: negated ? `${words[i - 1]} ${word}` : word });
    const strength: 2 | 1 | null = matches(word, STRONG_STEMS) ? 2 : matches(word, MODERATE_STEMS) ? 1 : null;
    if (strength !== null) {
      if (negated) ambiguous = true;
      strengths.push({ strength, word });
    }
  });
  for (const phrase of ["в целом"]) if (padded.includes(` ${phrase} `)) strengths.push({ strength: 1, word: phrase });
  const directionSet = new Set(directions.map((d) => d.direction));
  const strengthSet = new Set(strengths.map((s) => s.strength));
  if (ambiguous || directionSet.size !== 1 || strengthSet.size > 1) {
    return { kind: "unrecognised", direction: null, strength: null, cues: [...directions.map((d) => d.word), ...strengths.map((s) => s.word)] };
  }
  return {
    kind: "substantive",
    direction: directions[0].direction,
    strength: strengths.length > 0 ? strengths[0].strength : null,
    cues: [...directions.map((d) => d.word), ...strengths.map((s) => s.word)],
  };
}

/**
 * The scale position a label implies: direction × strength (−2, −1, +1,
 * +2), or null when either is unknown or the label is not a substantive
 * answer with a direction.
 *
 * @example impliedScalePosition(classifyAnswerLabel("Скорее отрицательно")) // => -1
 */
export function impliedScalePosition(meaning: AnswerLabelMeaning): number | null {
  if (meaning.kind !== "substantive" || meaning.direction === null || meaning.direction === 0 || meaning.strength === null) return null;
  return meaning.direction * meaning.strength;
}

/**
 * The reading in a few words, for tables and messages: "positive, strong",
 * "negative", "middle of the scale", "do not know / refused / no answer",
 * "not recognised".
 *
 * @example describeAnswerLabelMeaning(classifyAnswerLabel("Very favorable")) // => "positive, strong"
 */
export function describeAnswerLabelMeaning(meaning: AnswerLabelMeaning): string {
  if (meaning.kind === "nonsubstantive") return "do not know / refused / no answer";
  if (meaning.kind === "unrecognised" || meaning.direction === null) return "not recognised";
  if (meaning.direction === 0) return "middle of the scale";
  const direction = meaning.direction > 0 ? "positive" : "negative";
  return meaning.strength === null ? direction : `${direction}, ${meaning.strength === 2 ? "strong" : "moderate"}`;
}

/** How the codebook reads a code: its kind and, on a balanced scale, its position (null otherwise). */
export interface CodebookReading {
  readonly kind: "substantive" | "nonsubstantive";
  readonly scalePosition: number | null;
}

/**
 * Why a file's label contradicts the codebook's reading of the same code,
 * or null when it does not (or when the label is not recognised, which is
 * shown for review but is not an error):
 *
 * - a "do not know"/refusal label on a substantive code;
 * - a substantive label with a direction on a non-substantive code;
 * - on a scale: a label of the other direction than the scale position
 *   (a positive label on a negative position), a middle-of-the-scale label
 *   on any position, or a strong label on a moderate position (or the
 *   reverse) — what a scale coded the other way round looks like.
 *
 * @example labelContradiction(classifyAnswerLabel("Very unfavorable"), { kind: "substantive", scalePosition: 2 })
 * // => "the file's label says negative, strong; the codebook reads the code as scale position +2"
 */
export function labelContradiction(meaning: AnswerLabelMeaning, reading: CodebookReading): string | null {
  const says = `the file's label says ${describeAnswerLabelMeaning(meaning)}`;
  if (meaning.kind === "unrecognised") return null;
  if (meaning.kind === "nonsubstantive") return reading.kind === "substantive" ? `${says}; the codebook reads the code as a substantive answer${positionText(reading)}` : null;
  if (reading.kind === "nonsubstantive") return meaning.direction === 0 ? null : `${says}; the codebook reads the code as non-substantive ("do not know", refused)`;
  if (reading.scalePosition === null) return null;
  const position = reading.scalePosition;
  if (meaning.direction === 0) return `${says}; the codebook reads the code as scale position ${signed(position)} (the scale has no middle)`;
  if (meaning.direction !== null && Math.sign(position) !== meaning.direction) return `${says}; the codebook reads the code as scale position ${signed(position)}`;
  if (meaning.strength !== null && Math.abs(position) !== meaning.strength) return `${says}; the codebook reads the code as scale position ${signed(position)}`;
  return null;
}

function positionText(reading: CodebookReading): string {
  return reading.scalePosition === null ? "" : ` (scale position ${signed(reading.scalePosition)})`;
}

function signed(position: number): string {
  return position > 0 ? `+${position}` : String(position);
}

function matches(word: string, stems: readonly string[]): boolean {
  return stems.some((stem) => (stem.startsWith("=") ? word === stem.slice(1) : word.startsWith(stem)));
}

function normalise(label: string): string {
  return label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}
