import type { Table2Cell } from "../article/table2";
import { surveyProportions } from "../survey";
import type { WaveConcept } from "../waves/concepts";
import type { WaveCollection } from "../waves/wave-data";
import type { AnalysisSample } from "./analysis-sample";
import type { SurveyPeriod } from "./evidence-waves";
import type { Estimate } from "./estimates-file";
import { sampleSet, SampleSet, samplesToShow } from "./sample-set";
import { scalePositions } from "./table1-from-waves";
import { categoryEstimate, LabelledEstimate, TestedEstimate, testedRatio, toEstimate } from "./wave-estimates";

/**
 * Table 2 from respondent-level reasons (issue 12, item 4). Respondents with
 * a positive opinion of Russia name up to two coded reasons: multiple
 * responses, with the respondent as the unit of the design (the two mentions
 * of one person are not independent). For each Table 2 category k, with c_k
 * a respondent's mentions of k, m all mentions and m^c categorizable ones,
 * in the domain of positive respondents:
 * - share of all mentions Σ w c_k / Σ w m (Table 2 column 1) and of
 *   categorizable mentions Σ w c_k / Σ w m^c (column 2): ratio estimators,
 *   R `svyratio(~c_k, ~m, subset(design, positive))`;
 * - share of positive respondents citing k at least once: R
 *   `svyciprop(~I(c_k > 0), subset(design, positive), method = "logit")`,
 *   and the same among the respondents with at least one categorizable
 *   reason (`subset(design, positive & m^c > 0)`), the base the memo's wording
 *   ("of those categorizable positions, 57 percent admire") suggests read as people.
 */

/** The two mention slots. */
export const REASON_CONCEPTS: readonly WaveConcept[] = ["russia_positive_reason_1", "russia_positive_reason_2"];

/** Concepts Table 2 from the waves needs: the reasons and the opinion that defines who was asked. */
export const TABLE2_CONCEPTS: readonly WaveConcept[] = ["russia_opinion", ...REASON_CONCEPTS];

/** The domain of every Table 2 estimate, in output/estimates.csv's notation. */
export const POSITIVE_ON_RUSSIA = "russia_opinion=positive";

/** A Table 2 category as the waves are tabulated into it. */
export interface ReasonCategory {
  readonly categoryId: string;
  readonly category: string;
  readonly group: Table2Cell["reason_group"];
  /** Default reason codes counted in it. */
  readonly codes: readonly number[];
}

/**
 * Maps the reason codes of the default coding to the categories of Table 2:
 * a code whose codebook label is a Table 2 category's label (case and
 * spacing ignored) counts in that category; every other code (another
 * reason, "do not know", refused) counts in Table 2's uncategorizable row,
 * as the memo's "Other/do not know/did not answer". Categories come in Table
 * 2's order. Throws a RangeError when a categorizable Table 2 category has no
 * code (the waves could not reproduce it) or Table 2 has no uncategorizable row.
 *
 * @example reasonCategories(sample.coding.get("russia_positive_reason_1")!.codes, table2Cells(loadTable2()))[0] // => { categoryId: "ru_domestic", codes: [1], … }
 */
export function reasonCategories(codes: readonly { readonly code: number; readonly label: string }[], cells: readonly Table2Cell[]): ReasonCategory[] {
  const normalise = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
  const categories = [...new Map(cells.map((cell) => [cell.category_id, cell])).values()];
  const other = categories.find((c) => c.reason_group === "uncategorizable");
  if (other === undefined) throw new RangeError("reasonCategories: Table 2 has no uncategorizable row");
  const assigned = new Set<number>();
  const result = categories
    .filter((c) => c.reason_group !== "uncategorizable")
    .map((c): ReasonCategory => {
      const matching = codes.filter((answer) => normalise(answer.label) === normalise(c.category)).map((answer) => answer.code);
      if (matching.length === 0) throw new RangeError(`reasonCategories: no reason code is labelled "${c.category}" (Table 2's ${c.category_id}); the codebook's reason labels must name Table 2's categories`);
      matching.forEach((code) => assigned.add(code));
      return { categoryId: c.category_id, category: c.category, group: c.reason_group, codes: matching };
    });
  return [...result, { categoryId: other.category_id, category: other.category, group: other.reason_group, codes: codes.map((a) => a.code).filter((code) => !assigned.has(code)) }];
}

/** Per-respondent counts of the reasons of one sample, in the domain of positive respondents. */
export interface ReasonCounts {
  /** c_k by category id. */
  readonly byCategory: ReadonlyMap<string, Float64Array>;
  /** m: all mentions (0, 1 or 2). */
  readonly mentions: Float64Array;
  /** m^c: categorizable mentions. */
  readonly categorizable: Float64Array;
  /** 1 for respondents positive on russia_opinion. */
  readonly positive: Uint8Array;
  /** Mentions recorded for respondents outside the domain (not counted; shown so a skip error is seen). */
  readonly outsideDomain: number;
}

/**
 * Counts each positive respondent's mentions per category from the two
 * reason slots (default codes; a blank slot is no mention; a code outside
 * every category counts as uncategorizable). Respondents outside the domain
 * get zero counts; their recorded mentions are counted in `outsideDomain`.
 *
 * @throws RangeError when the sample does not ask the reasons and the opinion of Russia
 * @example reasonCounts(sample, categories).byCategory.get("ru_domestic")
 */
export function reasonCounts(sample: AnalysisSample, categories: readonly ReasonCategory[]): ReasonCounts {
  const slots = REASON_CONCEPTS.map((concept) => sample.codes.get(concept));
  if (slots.some((slot) => slot === undefined)) throw new RangeError(`reasonCounts: ${sample.label} does not ask both reason slots`);
  const positions = scalePositions(sample, "russia_opinion");
  const rows = positions.length;
  const positive = Uint8Array.from(positions, (p) => (p > 0 ? 1 : 0));
  const uncategorizable = categories[categories.length - 1];
  const byCategory = new Map(categories.map((c) => [c.categoryId, new Float64Array(rows)]));
  const mentions = new Float64Array(rows);
  const categorizable = new Float64Array(rows);
  let outsideDomain = 0;
  for (const slot of slots as Float64Array[]) {
    for (let i = 0; i < rows; i++) {
      const code = slot[i];
      if (Number.isNaN(code)) continue;
      if (!positive[i]) {
        outsideDomain++;
        continue;
      }
      const category = categories.find((c) => c.codes.includes(code)) ?? uncategorizable;
      byCategory.get(category.categoryId)![i]++;
      mentions[i]++;
      if (category !== uncategorizable) categorizable[i]++;
    }
  }
  return { byCategory, mentions, categorizable, positive, outsideDomain };
}

/** Names of the derived measures of Table 2 from the waves, as output/estimates.csv writes them. */
export const TABLE2_MEASURES = {
  categorizable: "categorizable",
  benignMinusStrong: "ru_international_benign_minus_ru_international_strong",
  notInternational: "not_international",
  benignOfInternational: "ru_international_benign_of_international",
  secondReason: "two_mentions",
  bundleMinusStrong: "history_domestic_benign_minus_ru_international_strong",
} as const;

/** The bases the memo sets against Russia's international strength (T2-24, T2-25): history (innate bonds), domestic accomplishments, benign conduct. */
export const POWER_BASES: readonly string[] = ["kz_ru_innate_bonds", "ru_domestic", "ru_international_benign"];

/** Name of the domain of respondents positive on Russia with at least one categorizable reason, in errors. */
const WITH_CATEGORIZABLE = "russia_opinion=positive, with a categorizable reason";

/** Table 2 on one sample: each category on the three bases, and the measures the memo's claims need. */
export interface Table2Sample {
  readonly sample: AnalysisSample;
  /** Respondents positive on Russia (unweighted, nonzero weight) and mentions outside the domain. */
  readonly respondents: number;
  readonly outsideDomain: number;
  /**
   * One entry per category: share of all mentions, of categorizable mentions (null for the uncategorizable row), of
   * positive respondents citing it, and of the respondents with a categorizable reason citing it (null for the
   * uncategorizable row).
   */
  readonly categories: readonly {
    readonly category: ReasonCategory;
    readonly ofMentions: TestedEstimate;
    readonly ofCategorizable: TestedEstimate | null;
    readonly citing: LabelledEstimate;
    readonly citingOfCategorizable: LabelledEstimate | null;
  }[];
  /** Categorizable mentions among all mentions (T2-03). */
  readonly categorizableShare: TestedEstimate;
  /** Benign minus strong, of categorizable mentions and of all mentions (T2-18). */
  readonly benignMinusStrong: readonly TestedEstimate[];
  /** Domestic and bilateral reasons among categorizable mentions (T2-20). */
  readonly notInternational: TestedEstimate;
  /** Benign among international mentions (T2-21). */
  readonly benignOfInternational: TestedEstimate;
  /** Each of innate bonds, domestic qualities and benign conduct minus strong, of all mentions (T2-24, T2-25). */
  readonly againstPower: readonly TestedEstimate[];
  /** The three together (the bundle the memo lists) minus strong, of all mentions (T2-24, T2-25). */
  readonly bundleAgainstPower: TestedEstimate;
  /** Share of positive respondents with a mention naming a second reason, among those naming any (T2-22, descriptive). */
  readonly secondReason: LabelledEstimate;
}

/** Claims each category's estimates bear on: the column sums, its row's rebasing, and its in-text figure. */
export const TABLE2_CATEGORY_CLAIMS: Readonly<Record<string, { readonly row?: string; readonly text?: string; readonly ofTotal?: string }>> = {
  ru_domestic: { row: "T2-05", text: "T2-11" },
  kz_ru_good_relationship: { row: "T2-06", text: "T2-13" },
  kz_ru_innate_bonds: { row: "T2-07", text: "T2-14" },
  kz_ru_practical: { row: "T2-08", text: "T2-15" },
  ru_international_benign: { row: "T2-09", text: "T2-17", ofTotal: "T2-19" },
  ru_international_strong: { row: "T2-10", text: "T2-16" },
  other_dk_na: { row: "T2-04" },
};

const REASONS = REASON_CONCEPTS.join(";");

/**
 * Table 2 on one sample (see the module): every category on the three bases
 * with 95% intervals (ratios: Wald on t; respondents: logit), and the derived
 * ratios the claims need, each with its t test of 0 where it is a difference.
 *
 * @throws RangeError when the sample does not ask the reasons
 * @example table2OnSample(sample, categories).categories[0].ofCategorizable?.estimate // => 0.57 on the SYNTHETIC waves
 */
export function table2OnSample(sample: AnalysisSample, categories: readonly ReasonCategory[]): Table2Sample {
  const counts = reasonCounts(sample, categories);
  const domain = { mask: counts.positive, name: POSITIVE_ON_RUSSIA };
  const c = (id: string) => counts.byCategory.get(id)!;
  const combine = (parts: readonly Float64Array[], signs: readonly number[] = parts.map(() => 1)) =>
    Float64Array.from(parts[0], (_, i) => parts.reduce((sum, part, k) => sum + signs[k] * part[i], 0));
  const id = (measure: string, base: "mentions" | "categorizable_mentions", claimIds: readonly string[], label: string) => ({ claimIds, concept: REASONS, measure, domain: POSITIVE_ON_RUSSIA, base, label });
  const withCategorizable = Uint8Array.from(counts.categorizable, (m, i) => (counts.positive[i] && m > 0 ? 1 : 0));
  const rows = categories.map((category) => {
    const claims = TABLE2_CATEGORY_CLAIMS[category.categoryId] ?? {};
    const uncategorizable = category === categories[categories.length - 1];
    const ofMentions = testedRatio(sample, c(category.categoryId), counts.mentions, id(category.categoryId, "mentions", ["T2-01", claims.row, claims.ofTotal].filter(isId), `${category.category}, of all mentions`), domain);
    const ofCategorizable = uncategorizable
      ? null
      : testedRatio(sample, c(category.categoryId), counts.categorizable, id(category.categoryId, "categorizable_mentions", ["T2-02", claims.row, claims.text].filter(isId), `${category.category}, of categorizable mentions`), domain);
    const citingIndicator = Float64Array.from(c(category.categoryId), (n) => (n > 0 ? 1 : 0));
    const table = surveyProportions(sample.sample.design, citingIndicator, { categories: [1, 0], domain: counts.positive, domainName: POSITIVE_ON_RUSSIA, intervalMethod: "logit", itemName: REASONS });
    const citing = categoryEstimate(sample, table, table.categories.find((k) => k.code === 1)!, {
      claimIds: [claims.text].filter(isId),
      concept: REASONS,
      measure: category.categoryId,
      domain: POSITIVE_ON_RUSSIA,
      base: "respondents",
      label: `${category.category}, share of respondents citing it`,
    });
    const citingOfCategorizable = uncategorizable
      ? null
      : (() => {
          const table = surveyProportions(sample.sample.design, citingIndicator, { categories: [1, 0], domain: withCategorizable, domainName: WITH_CATEGORIZABLE, intervalMethod: "logit", itemName: REASONS });
          return categoryEstimate(sample, table, table.categories.find((k) => k.code === 1)!, {
            claimIds: [claims.text].filter(isId),
            concept: REASONS,
            measure: category.categoryId,
            domain: POSITIVE_ON_RUSSIA,
            base: "categorizable_respondents",
            label: `${category.category}, share of respondents with a categorizable reason citing it`,
          });
        })();
    return { category, ofMentions, ofCategorizable, citing, citingOfCategorizable };
  });
  const byGroup = (group: string) => categories.filter((k) => k.group === group).map((k) => c(k.categoryId));
  const benign = c("ru_international_benign");
  const strong = c("ru_international_strong");
  const anyMention = Uint8Array.from(counts.mentions, (m, i) => (counts.positive[i] && m > 0 ? 1 : 0));
  const twoTable = surveyProportions(sample.sample.design, Float64Array.from(counts.mentions, (m) => (m >= 2 ? 1 : 0)), {
    categories: [1, 0],
    domain: anyMention,
    domainName: `${POSITIVE_ON_RUSSIA}, naming a reason`,
    intervalMethod: "logit",
    itemName: REASONS,
  });
  return {
    sample,
    respondents: rows[0].citing.n,
    outsideDomain: counts.outsideDomain,
    categories: rows,
    categorizableShare: testedRatio(sample, counts.categorizable, counts.mentions, id(TABLE2_MEASURES.categorizable, "mentions", ["T2-03"], "categorizable mentions, of all mentions"), domain),
    benignMinusStrong: (["categorizable_mentions", "mentions"] as const).map((base) =>
      testedRatio(sample, combine([benign, strong], [1, -1]), base === "mentions" ? counts.mentions : counts.categorizable, id(TABLE2_MEASURES.benignMinusStrong, base, ["T2-18"], `benign minus strong, of ${base === "mentions" ? "all" : "categorizable"} mentions`), domain),
    ),
    notInternational: testedRatio(sample, combine([...byGroup("domestic"), ...byGroup("bilateral")]), counts.categorizable, id(TABLE2_MEASURES.notInternational, "categorizable_mentions", ["T2-20"], "domestic and bilateral reasons, of categorizable mentions"), domain),
    benignOfInternational: testedRatio(sample, benign, combine([benign, strong]), id(TABLE2_MEASURES.benignOfInternational, "mentions", ["T2-21"], "benign, of the international mentions (benign + strong)"), domain),
    againstPower: POWER_BASES.map((k) =>
      testedRatio(sample, combine([c(k), strong], [1, -1]), counts.mentions, id(`${k}_minus_ru_international_strong`, "mentions", ["T2-24", "T2-25"], `${k} minus strong, of all mentions`), domain),
    ),
    bundleAgainstPower: testedRatio(
      sample,
      combine([...POWER_BASES.map(c), strong], [...POWER_BASES.map(() => 1), -1]),
      counts.mentions,
      id(TABLE2_MEASURES.bundleMinusStrong, "mentions", ["T2-24", "T2-25"], "innate bonds, domestic qualities and benign conduct together minus strong, of all mentions"),
      domain,
    ),
    secondReason: categoryEstimate(sample, twoTable, twoTable.categories.find((k) => k.code === 1)!, {
      claimIds: ["T2-22"],
      concept: REASONS,
      measure: TABLE2_MEASURES.secondReason,
      domain: POSITIVE_ON_RUSSIA,
      base: "respondents",
      label: "naming a second reason, of positive respondents naming any",
    }),
  };
}

function isId(id: string | undefined): id is string {
  return id !== undefined;
}

/** Table 2 from the waves: the samples and each one's tabulation. */
export interface Table2FromWaves {
  readonly set: SampleSet;
  readonly categories: readonly ReasonCategory[];
  /** One per sample of {@link samplesToShow}: each wave, then the pooled evidence. */
  readonly samples: readonly Table2Sample[];
  /** The evidence's tabulation, or null when no wave asks the reasons. */
  readonly evidence: Table2Sample | null;
}

/**
 * Computes Table 2 from the loaded waves: the waves asking the reasons and
 * the opinion of Russia ({@link sampleSet}), the code-to-category map from
 * the default coding's labels ({@link reasonCategories}) and
 * {@link table2OnSample} on each wave and on the pooled evidence.
 *
 * @example table2FromWaves(collection, memoSurveyPeriod(), table2Cells(loadTable2())).evidence?.categories.length // => 7
 */
export function table2FromWaves(collection: WaveCollection, period: SurveyPeriod, cells: readonly Table2Cell[]): Table2FromWaves {
  const set = sampleSet(collection, TABLE2_CONCEPTS, period);
  const shown = samplesToShow(set);
  const coding = shown[0]?.coding.get("russia_positive_reason_1");
  const categories = coding === undefined ? [] : reasonCategories(coding.codes, cells);
  const samples = shown.map((sample) => table2OnSample(sample, categories));
  const evidence = set.pooled === null ? null : samples.find((s) => s.sample.id === set.pooled!.id)!;
  return { set, categories, samples, evidence };
}

/**
 * Every estimate of {@link table2OnSample}, as rows of output/estimates.csv.
 *
 * @example table2SampleEstimates(table2.evidence!).length
 */
export function table2SampleEstimates(s: Table2Sample): Estimate[] {
  return [
    ...s.categories.flatMap((k) => [k.ofMentions, ...(k.ofCategorizable === null ? [] : [k.ofCategorizable]), k.citing, ...(k.citingOfCategorizable === null ? [] : [k.citingOfCategorizable])]),
    s.categorizableShare,
    ...s.benignMinusStrong,
    s.notInternational,
    s.benignOfInternational,
    ...s.againstPower,
    s.bundleAgainstPower,
    s.secondReason,
  ].map(toEstimate);
}

/**
 * Every estimate of {@link table2FromWaves}, as rows of output/estimates.csv.
 *
 * @example table2Estimates(table2).length
 */
export function table2Estimates(table2: Table2FromWaves): Estimate[] {
  return table2.samples.flatMap(table2SampleEstimates);
}
