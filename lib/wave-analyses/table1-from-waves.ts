import { designDegreesOfFreedom, linearizedVariances, surveyProportions, tInterval } from "../survey";
import { SCALE_CONCEPTS, TABLE1_CONCEPTS, WaveConcept } from "../waves/concepts";
import type { WaveCollection } from "../waves/wave-data";
import type { AnalysisSample } from "./analysis-sample";
import type { SurveyPeriod } from "./evidence-waves";
import type { Estimate } from "./estimates-file";
import { sampleSet, SampleSet, samplesToShow } from "./sample-set";
import { categoryEstimate, indicatorShare, LabelledEstimate, NON_SUBSTANTIVE_MARK, TestedEstimate, toEstimate, withTest } from "./wave-estimates";

/**
 * Table 1 from the waves (issue 12, item 2): the full distribution of each
 * of the three items (every code, "do not know" and refusal apart), the
 * boxes on both bases, per wave and pooled, with design-based intervals; the
 * moderate-vs-strong comparisons as design-based differences with their t
 * tests, per item and summed over items.
 */

/** Which claims each Table 1 estimate is evidence for, by item. */
export interface Table1ItemClaims {
  /** The top box (very/strongly + somewhat). */
  readonly positive: readonly string[];
  /** The bottom box. */
  readonly negative: readonly string[];
  /** The item's printed options adding up (its whole distribution). */
  readonly distribution: string;
  /** Moderate at least as common as the strongest positive option. */
  readonly moderate: string;
}

/** The claims of data/claims/claims.csv each Table 1 item bears on (the top box of the Russia item also on the restated 89 %, T1-13, and both Russia items on "overwhelmingly", T1-14). */
export const TABLE1_ITEM_CLAIMS: Readonly<Record<string, Table1ItemClaims>> = {
  russia_opinion: { positive: ["T1-01", "T1-13", "T1-14"], negative: ["T1-02"], distribution: "T1-07", moderate: "T1-10" },
  russia_economic_relations: { positive: ["T1-03", "T1-14"], negative: ["T1-04"], distribution: "T1-08", moderate: "T1-11" },
  eeu_benefit: { positive: ["T1-05"], negative: ["T1-06"], distribution: "T1-09", moderate: "T1-12" },
};

/** The claims each in-text headline figure bears on (figure id of data/article/text-figures.csv → claim ids). */
export const HEADLINE_FIGURE_CLAIMS: Readonly<Record<string, readonly string[]>> = {
  russia_favorable: ["T1-01", "T1-14"],
  russia_unfavorable: ["T1-02"],
  russia_relations_support: ["T1-03", "T1-14"],
  russia_relations_oppose: ["T1-04"],
  eeu_benefit_agree: ["T1-05"],
  eeu_benefit_disagree: ["T1-06"],
  russia_positive_restated: ["T1-13"],
};

/** Name of the moderate-minus-strong difference in output/estimates.csv. */
export const MODERATE_MINUS_STRONG = "moderate_positive_minus_strong_positive";

/**
 * Scale position of every respondent's answer (−2, −1, +1, +2; 0 for a
 * non-substantive answer; NaN blank), from the sample's default codes.
 *
 * @throws RangeError when the sample's waves do not all ask the concept
 * @example scalePositions(sample, "russia_opinion") // => Float64Array [2, 1, 0, …]
 */
export function scalePositions(sample: AnalysisSample, concept: WaveConcept): Float64Array {
  const codes = sample.codes.get(concept);
  if (codes === undefined || !SCALE_CONCEPTS.includes(concept)) throw new RangeError(`scalePositions: ${sample.label} has no scale answers for ${concept}`);
  const positions = new Map(sample.coding.get(concept)!.codes.map((answer) => [answer.code, answer.scalePosition ?? 0]));
  return Float64Array.from(codes, (code) => (Number.isNaN(code) ? NaN : (positions.get(code) ?? 0)));
}

/**
 * 0/1 indicator of the positions in `box` among substantive answers, with
 * {@link NON_SUBSTANTIVE_MARK} for non-substantive ones and NaN for blanks.
 *
 * @example boxIndicator(scalePositions(sample, "eeu_benefit"), [1, 2])
 */
export function boxIndicator(positions: Float64Array, box: readonly number[]): Float64Array {
  return Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p === 0 ? NON_SUBSTANTIVE_MARK : box.includes(p) ? 1 : 0));
}

/**
 * The full distribution of one item in one sample, as output/estimates.csv
 * holds it: every answer code of the default coding (and any other code a
 * wave used), non-substantive answers in the base ("all"); the boxes
 * `positive`, `negative`, `nonsubstantive` on base "all"; then every
 * substantive code and the boxes `positive`, `negative` on base
 * "substantive" ("do not know"/refused excluded). Logit
 * 95% intervals on the design df, design effects "replace" (R
 * `svyciprop(method = "logit")`, `svymean(…, deff = "replace")`).
 *
 * @example itemDistribution(sample, "russia_opinion").map((e) => `${e.measure}/${e.base}`) // => ["1/all", …, "99/all", "positive/all", "negative/all", "nonsubstantive/all", "1/substantive", …, "negative/substantive"]
 */
export function itemDistribution(sample: AnalysisSample, concept: WaveConcept, claims: Table1ItemClaims | undefined = TABLE1_ITEM_CLAIMS[concept]): LabelledEstimate[] {
  const codes = sample.codes.get(concept);
  const coding = sample.coding.get(concept);
  if (codes === undefined || coding === undefined) throw new RangeError(`itemDistribution: ${sample.label} does not ask ${concept}`);
  const substantive = coding.codes.filter((a) => a.kind === "substantive").map((a) => a.code);
  const defaultNonSubstantive = coding.codes.filter((a) => a.kind === "nonsubstantive").map((a) => a.code);
  const observed = [...new Set(Array.from(codes).filter((c) => !Number.isNaN(c)))].sort((a, b) => a - b);
  const nonSubstantive = [...defaultNonSubstantive, ...observed.filter((c) => !substantive.includes(c) && !defaultNonSubstantive.includes(c))];
  const table = surveyProportions(sample.sample.design, codes, {
    categories: substantive,
    nonSubstantive: { codes: nonSubstantive, handling: "category" },
    intervalMethod: "logit",
    itemName: concept,
  });
  const label = (code: number) => coding.codes.find((a) => a.code === code)?.label ?? `code ${code} (no default label)`;
  const distribution = [...substantive, ...nonSubstantive].map((code) =>
    categoryEstimate(sample, table, table.categories.find((c) => c.code === code)!, {
      claimIds: claims ? [claims.distribution] : [],
      concept,
      measure: String(code),
      base: "all",
      label: `${label(code)} (code ${code})`,
    }),
  );
  const substantiveOnly = surveyProportions(sample.sample.design, codes, {
    categories: substantive,
    nonSubstantive: { codes: nonSubstantive, handling: "exclude" },
    intervalMethod: "logit",
    itemName: concept,
  });
  const distributionOfSubstantive = substantive.map((code) =>
    categoryEstimate(sample, substantiveOnly, substantiveOnly.categories.find((c) => c.code === code)!, {
      claimIds: claims ? [claims.distribution] : [],
      concept,
      measure: String(code),
      base: "substantive",
      label: `${label(code)} (code ${code}), of substantive answers`,
    }),
  );
  const positions = scalePositions(sample, concept);
  const positive = boxIndicator(positions, [1, 2]);
  const negative = boxIndicator(positions, [-1, -2]);
  const nonsubstantive = Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p === 0 ? 1 : 0));
  const box = (measure: string, indicator: Float64Array, base: "all" | "substantive", claimIds: readonly string[], text: string) =>
    indicatorShare(sample, indicator, base, { claimIds, concept, measure, base, label: text });
  return [
    ...distribution,
    box("positive", positive, "all", claims?.positive ?? [], "positive (the two positive options), non-substantive answers in the base"),
    box("negative", negative, "all", claims?.negative ?? [], "negative (the two negative options), non-substantive answers in the base"),
    box("nonsubstantive", nonsubstantive, "all", claims ? [claims.distribution] : [], "do not know or refused, in the base"),
    ...distributionOfSubstantive,
    box("positive", positive, "substantive", claims?.positive ?? [], "positive, non-substantive answers excluded"),
    box("negative", negative, "substantive", claims?.negative ?? [], "negative, non-substantive answers excluded"),
  ];
}

/**
 * Per respondent, 1{position = +1} − 1{position = +2} (0 for any other
 * answer, NaN blank): its mean is the share of the moderate positive option
 * minus the share of the strongest one, non-substantive answers in the base.
 *
 * @example moderateMinusStrongScores(scalePositions(sample, "russia_opinion"))
 */
export function moderateMinusStrongScores(positions: Float64Array): Float64Array {
  return Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p === 1 ? 1 : p === 2 ? -1 : 0));
}

/**
 * The moderate-vs-strong comparison of one or more items in one sample, as a
 * design-based difference of shares with its t test: for one item, the mean
 * of {@link moderateMinusStrongScores} (R `svymean(~z, design, na.rm =
 * TRUE)`, or `svycontrast` of `svymean(~factor(y))`); for several, the sum
 * over items of each item's difference, each over the respondents who
 * answered it, d = Σ_j Σ_{D_j} w z_j / Σ_{D_j} w, linearized with
 * u_i = Σ_j 1{i ∈ D_j} w_i (z_ij − d_j) / W_j (R: `svycontrast` of
 * `svyratio(~z1 + z2 + z3, ~a1 + a2 + a3, covmat = TRUE)` with a_j the
 * answered indicator). Wald interval on t and t test on degf(design).
 * Positive values: the moderate option is the more common.
 *
 * @throws RangeError when the sample does not ask every item
 * @example moderateVersusStrong(sample, ["russia_opinion"]).estimate // => 0.09 (48 % vs 39 % on Table 1's figures)
 */
export function moderateVersusStrong(sample: AnalysisSample, concepts: readonly WaveConcept[], claimIds: readonly string[] = concepts.length === 1 ? [TABLE1_ITEM_CLAIMS[concepts[0]]?.moderate].filter((id): id is string => id !== undefined) : []): TestedEstimate {
  const label = concepts.length === 1 ? "moderate positive minus strongest positive option" : `moderate minus strongest positive, summed over ${concepts.length} items`;
  return summedItemMeans(sample, concepts, moderateMinusStrongScores, { claimIds, measure: MODERATE_MINUS_STRONG, label });
}

/** The other answers the moderate positive option is held against for the modal reading of "typical" (T1-17), with their scale positions and measure names. */
export const MODE_RIVALS: readonly { readonly position: number; readonly measure: string; readonly label: string }[] = [
  { position: 2, measure: MODERATE_MINUS_STRONG, label: "moderate positive minus strongest positive option" },
  { position: 0, measure: "moderate_positive_minus_nonsubstantive", label: "moderate positive option minus do not know and refused" },
  { position: -1, measure: "moderate_positive_minus_moderate_negative", label: "moderate positive minus moderate negative option" },
  { position: -2, measure: "moderate_positive_minus_strong_negative", label: "moderate positive minus strongest negative option" },
];

/**
 * The share of the moderate positive option minus the share of another
 * answer of the same item, same respondents (non-substantive answers in the
 * base, position 0 for them), as {@link moderateVersusStrong} does for the
 * strongest option: the mean of 1{+1} − 1{rival}, Wald interval and t test on
 * degf(design). The rival is one of {@link MODE_RIVALS}.
 *
 * @throws RangeError for a rival not in MODE_RIVALS, or a sample that does not ask the item
 * @example moderateMinusAnswer(sample, "russia_opinion", -1).measure // => "moderate_positive_minus_moderate_negative"
 */
export function moderateMinusAnswer(sample: AnalysisSample, concept: WaveConcept, rivalPosition: number, claimIds: readonly string[] = ["T1-17"]): TestedEstimate {
  const rival = MODE_RIVALS.find((r) => r.position === rivalPosition);
  if (rival === undefined) throw new RangeError(`moderateMinusAnswer: no rival answer at position ${rivalPosition}`);
  return summedItemMeans(sample, [concept], (positions) => Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : (p === 1 ? 1 : 0) - (p === rival.position ? 1 : 0))), {
    claimIds,
    measure: rival.measure,
    label: rival.label,
  });
}

/**
 * The share of the moderate positive option among the positive answers of
 * an item, somewhat / (very + somewhat): a proportion in the domain of those
 * positive on it (R `svyciprop(~I(y == 2), subset(design, y %in% 1:2),
 * method = "logit")` in the default coding), with its design effect. Its
 * measure is the moderate option's code, its domain `concept=positive`.
 *
 * @example moderateAmongPositiveShare(sample, "russia_opinion").estimate // => 0.55 on Table 1's figures
 */
export function moderateAmongPositiveShare(sample: AnalysisSample, concept: WaveConcept, claimIds: readonly string[] = ["T1-15"]): LabelledEstimate {
  const positions = scalePositions(sample, concept);
  const moderateCode = sample.coding.get(concept)!.codes.find((a) => a.kind === "substantive" && a.scalePosition === 1)?.code;
  if (moderateCode === undefined) throw new RangeError(`moderateAmongPositiveShare: the default coding of ${concept} has no moderate positive code`);
  const positive = Uint8Array.from(positions, (p) => (p > 0 ? 1 : 0));
  const indicator = Float64Array.from(positions, (p) => (Number.isNaN(p) ? NaN : p === 1 ? 1 : 0));
  return indicatorShare(sample, indicator, "all", { claimIds, concept, measure: String(moderateCode), domain: `${concept}=positive`, base: "all", label: "moderate positive option, among the positive answers" }, { mask: positive, name: `${concept} positive` });
}

function summedItemMeans(
  sample: AnalysisSample,
  concepts: readonly WaveConcept[],
  scoreOf: (positions: Float64Array) => Float64Array,
  id: { readonly claimIds: readonly string[]; readonly measure: string; readonly label: string },
): TestedEstimate {
  if (concepts.length === 0) throw new RangeError("summedItemMeans: no item");
  const { design } = sample.sample;
  const scores = concepts.map((concept) => scoreOf(scalePositions(sample, concept)));
  const influence = new Float64Array(design.rowCount);
  const used = new Uint8Array(design.rowCount);
  let estimate = 0;
  const answered = new Set<number>();
  for (const z of scores) {
    let total = 0;
    let sum = 0;
    for (let i = 0; i < design.rowCount; i++) {
      if (Number.isNaN(z[i])) continue;
      total += design.weights[i];
      sum += design.weights[i] * z[i];
    }
    if (total === 0) throw new RangeError(`${id.measure}: no answer with a nonzero weight in ${sample.label}`);
    const d = sum / total;
    estimate += d;
    for (let i = 0; i < design.rowCount; i++) {
      if (Number.isNaN(z[i])) continue;
      influence[i] += (design.weights[i] * (z[i] - d)) / total;
      used[i] = 1;
      if (design.weights[i] !== 0) answered.add(i);
    }
  }
  const se = Math.sqrt(linearizedVariances(design, [influence], used)[0]);
  const df = designDegreesOfFreedom(design);
  const ci = tInterval(estimate, se, df, 0.95);
  return withTest({
    claimIds: id.claimIds,
    waves: sample.waveIds,
    synthetic: sample.synthetic,
    concept: concepts.join(";"),
    measure: id.measure,
    domain: "",
    base: "all",
    label: id.label,
    estimate,
    se,
    ciLow: ci.lower,
    ciHigh: ci.upper,
    df,
    n: answered.size,
    deff: null,
  });
}

/** Table 1 from the waves: each item's distributions and differences, and the sums over items. */
export interface Table1FromWaves {
  readonly items: readonly Table1Item[];
  /** Summed over all three items, and over the two items about Russia (without the EEU item, which is not an attitude toward Russia). */
  readonly sums: readonly Table1Sum[];
}

/** One item of Table 1 from the waves. */
export interface Table1Item {
  readonly concept: WaveConcept;
  readonly set: SampleSet;
  /** For each sample of {@link samplesToShow}: the item's distribution ({@link itemDistribution}). */
  readonly distributions: readonly { readonly sample: AnalysisSample; readonly estimates: readonly LabelledEstimate[] }[];
  /** For each sample: moderate minus strongest ({@link moderateVersusStrong}). */
  readonly differences: readonly { readonly sample: AnalysisSample; readonly difference: TestedEstimate }[];
  /**
   * For each sample, what the characterizations of the position need (T1-15, T1-17): the moderate option among the
   * positive answers ({@link moderateAmongPositiveShare}) and the moderate option minus each other answer but the
   * strongest ({@link moderateMinusAnswer}; minus the strongest is `differences`).
   */
  readonly characterizations: readonly { readonly sample: AnalysisSample; readonly moderateOfPositive: LabelledEstimate; readonly modeDifferences: readonly TestedEstimate[] }[];
}

/** The moderate-vs-strong difference summed over items, per sample. */
export interface Table1Sum {
  readonly concepts: readonly WaveConcept[];
  readonly set: SampleSet;
  readonly differences: readonly { readonly sample: AnalysisSample; readonly difference: TestedEstimate }[];
}

/**
 * Computes Table 1 from the loaded waves: for each item of
 * {@link TABLE1_CONCEPTS}, its {@link SampleSet} (waves that do not ask it
 * are left out and listed), the distribution and the moderate-vs-strong
 * difference on every single wave and on the pooled evidence; and the
 * difference summed over the three items and over the two Russia items.
 *
 * @example table1FromWaves(collection, memoSurveyPeriod()).items[0].distributions.length // => 4 (three waves and their pooling)
 */
export function table1FromWaves(collection: WaveCollection, period: SurveyPeriod): Table1FromWaves {
  const items = TABLE1_CONCEPTS.map((concept): Table1Item => {
    const set = sampleSet(collection, [concept], period);
    const samples = samplesToShow(set);
    return {
      concept,
      set,
      distributions: samples.map((sample) => ({ sample, estimates: itemDistribution(sample, concept) })),
      differences: samples.map((sample) => ({ sample, difference: moderateVersusStrong(sample, [concept]) })),
      characterizations: samples.map((sample) => ({
        sample,
        moderateOfPositive: moderateAmongPositiveShare(sample, concept),
        modeDifferences: MODE_RIVALS.filter((r) => r.position !== 2).map((r) => moderateMinusAnswer(sample, concept, r.position)),
      })),
    };
  });
  const sums = [TABLE1_CONCEPTS, TABLE1_CONCEPTS.filter((c) => c !== "eeu_benefit")].map((concepts): Table1Sum => {
    const set = sampleSet(collection, concepts, period);
    const claimIds = concepts.map((c) => TABLE1_ITEM_CLAIMS[c].moderate);
    return { concepts, set, differences: samplesToShow(set).map((sample) => ({ sample, difference: moderateVersusStrong(sample, concepts, claimIds) })) };
  });
  return { items, sums };
}

/**
 * Every estimate of {@link table1FromWaves}, as rows of output/estimates.csv.
 *
 * @example table1Estimates(table1).length
 */
export function table1Estimates(table1: Table1FromWaves): Estimate[] {
  return [
    ...table1.items.flatMap((item) => [
      ...item.distributions.flatMap((d) => d.estimates),
      ...item.differences.map((d) => d.difference),
      ...item.characterizations.flatMap((c) => [c.moderateOfPositive, ...c.modeDifferences]),
    ]),
    ...table1.sums.flatMap((sum) => sum.differences.map((d) => d.difference)),
  ].map(toEstimate);
}
