import type { Table2Cell } from "../article/table2";
import { figureOutcome, RespondentOutcome } from "../claims/respondent-verdict";
import { isNotAsked, type ConceptEntry } from "../waves/codebook";
import type { WaveConcept } from "../waves/concepts";
import type { WaveCollection } from "../waves/wave-data";
import { analysisSample, AnalysisSample } from "./analysis-sample";
import { asksConcepts, consecutivePoolings, waveSeries } from "./evidence-waves";
import type { Estimate, EstimateBase } from "./estimates-file";
import { crossTabEstimates } from "./multivector-claims";
import { MULTIVECTOR_CROSS_TABS } from "./multivector-estimates";
import { HEADLINE_FIGURE_CLAIMS, itemDistribution, TABLE1_ITEM_CLAIMS } from "./table1-from-waves";
import { POSITIVE_ON_RUSSIA, REASON_CONCEPTS, ReasonCategory, TABLE2_CATEGORY_CLAIMS, TABLE2_CONCEPTS, table2OnSample, table2SampleEstimates } from "./table2-from-waves";
import { TABLE1_CONCEPTS } from "../waves/concepts";
import { toEstimate } from "./wave-estimates";
import { inPercent } from "./respondent-layers";

/**
 * Which evidence the memo used (issue 12, item 3): every printed figure the
 * waves inform, held against each single wave and each pooling of
 * consecutive waves, on each documented base, with the estimate and whether
 * it rounds to the printed figure. The memo names no wave; a figure that
 * only one pooling and base reproduce points at what the authors tabulated.
 */

/** A printed figure of the memo and the estimate that would reproduce it. */
export interface PrintedFigure {
  /** e.g. "Table 1 · russia_opinion · Very favorable", "¶1 · russia_favorable". */
  readonly figure: string;
  readonly claimIds: readonly string[];
  /** The printed value, whole percent. */
  readonly printed: number;
  /** The estimate it corresponds to, in output/estimates.csv's terms; one candidate per base. */
  readonly concept: string;
  readonly measure: string;
  readonly domain: string;
  readonly bases: readonly EstimateBase[];
}

/** A single wave or a pooling of consecutive waves, with every estimate of it the analyses compute. */
export interface Pooling {
  readonly label: string;
  readonly waveIds: readonly string[];
  readonly synthetic: boolean;
  readonly estimates: readonly Estimate[];
}

/** One printed figure against one pooling and base. */
export interface Candidate {
  readonly figure: PrintedFigure;
  readonly pooling: Pick<Pooling, "label" | "waveIds" | "synthetic">;
  readonly estimate: Estimate;
  /** The estimate, in percent, rounds to the printed figure (|100·p̂ − r| ≤ 0.5). */
  readonly rounds: boolean;
  /** {@link figureOutcome}: reproduced, consistent within sampling error, not reproduced. */
  readonly outcome: RespondentOutcome;
}

/**
 * The candidate samples for figures about `concepts`: every single wave and
 * every pooling of consecutive waves among those that ask them
 * ({@link consecutivePoolings}), the real series first, then the SYNTHETIC
 * one; the two are never pooled together.
 *
 * @example candidateSamples(collection, ["russia_opinion"]).map((s) => s.label) // => ["kz-2017-synthetic (SYNTHETIC)", "kz-2017-synthetic + kz-2018-synthetic (pooled, SYNTHETIC)", …]
 */
export function candidateSamples(collection: WaveCollection, concepts: readonly WaveConcept[]): AnalysisSample[] {
  const { real, synthetic } = waveSeries(collection.waves);
  return [real, synthetic].flatMap((series) => consecutivePoolings(series.filter((wave) => asksConcepts(wave, concepts))).map((waves) => analysisSample(waves, collection.codebook)));
}

/**
 * Poolings keyed by their waves, the estimates of every analysis merged: the
 * candidates of figures about different concepts line up in one table.
 */
function mergePoolings(parts: readonly Pooling[]): Pooling[] {
  const byWaves = new Map<string, Pooling>();
  for (const part of parts) {
    const key = part.waveIds.join(";");
    const previous = byWaves.get(key);
    byWaves.set(key, previous === undefined ? part : { ...previous, estimates: [...previous.estimates, ...part.estimates] });
  }
  return [...byWaves.values()];
}

function pooling(sample: AnalysisSample, estimates: readonly Estimate[]): Pooling {
  return { label: sample.label, waveIds: sample.waveIds, synthetic: sample.synthetic, estimates };
}

/**
 * The candidate poolings of Table 1's figures: for each item, every single
 * wave and consecutive pooling of the waves that ask it ({@link candidateSamples}),
 * with the item's whole distribution on both bases ({@link itemDistribution}).
 *
 * @example table1Poolings(collection).map((p) => p.label) // => 6 poolings of the three SYNTHETIC waves
 */
export function table1Poolings(collection: WaveCollection): Pooling[] {
  return mergePoolings(TABLE1_CONCEPTS.flatMap((concept) => candidateSamples(collection, [concept]).map((sample) => pooling(sample, itemDistribution(sample, concept).map(toEstimate)))));
}

/**
 * The candidate poolings of Table 2's figures: every single wave and
 * consecutive pooling of the waves that ask the reasons, with Table 2 on it
 * ({@link table2OnSample}).
 *
 * @example table2Poolings(collection, table2.categories).length // => 6
 */
export function table2Poolings(collection: WaveCollection, categories: readonly ReasonCategory[]): Pooling[] {
  return candidateSamples(collection, TABLE2_CONCEPTS).map((sample) => pooling(sample, table2SampleEstimates(table2OnSample(sample, categories))));
}

/**
 * The candidate poolings of the cross-tabulations: for each, every single
 * wave and consecutive pooling of the waves that ask its two items, with the
 * share on both bases ({@link crossTabEstimates}).
 *
 * @example crossTabPoolings(collection).length // => 6
 */
export function crossTabPoolings(collection: WaveCollection): Pooling[] {
  return mergePoolings(
    MULTIVECTOR_CROSS_TABS.flatMap((crossTab) =>
      candidateSamples(collection, [crossTab.target, crossTab.anchor]).map((sample) =>
        pooling(sample, crossTabEstimates([sample.sample]).filter((e) => e.concept === crossTab.target && e.domain === `${crossTab.anchor}=positive`)),
      ),
    ),
  );
}

/**
 * Every printed figure against every pooling and each of its bases: the
 * estimate with the same concept, measure, domain and base. Figures or bases
 * a pooling has no estimate for are skipped (a wave that does not ask it).
 *
 * @example candidateEvidence(figures, poolings).filter((c) => c.rounds && c.figure.figure.includes("restated"))
 */
export function candidateEvidence(figures: readonly PrintedFigure[], poolings: readonly Pooling[]): Candidate[] {
  return figures.flatMap((figure) =>
    poolings.flatMap((pooling) =>
      figure.bases.flatMap((base) => {
        const estimate = pooling.estimates.find((e) => e.concept === figure.concept && e.measure === figure.measure && e.domain === figure.domain && e.base === base);
        if (estimate === undefined) return [];
        const outcome = figureOutcome(inPercent(estimate), figure.printed);
        return [{ figure, pooling: { label: pooling.label, waveIds: pooling.waveIds, synthetic: pooling.synthetic }, estimate, rounds: outcome === "reproduced", outcome }];
      }),
    ),
  );
}

/** For one printed figure: the candidates that round to it. */
export interface CandidateSummary {
  readonly figure: string;
  readonly claimIds: string;
  readonly printed: number;
  readonly candidates: number;
  /** e.g. "kz-2018, base all; kz-2017 + kz-2018 (pooled), base substantive", or "none". */
  readonly giving: string;
  /** The candidate nearest to the printed figure, e.g. "kz-2019, substantive: 88.1%". */
  readonly nearest: string;
  readonly synthetic: boolean;
}

/**
 * Per printed figure: how many candidates there are, which of them round to
 * it ("none" when no wave, pooling or base gives it) and the nearest one.
 *
 * @example summariseCandidates(candidates).find((s) => s.figure.includes("restated"))?.giving // => "none"
 */
export function summariseCandidates(candidates: readonly Candidate[]): CandidateSummary[] {
  const figures = [...new Set(candidates.map((c) => c.figure))];
  return figures.map((figure) => {
    const own = candidates.filter((c) => c.figure === figure);
    const giving = own.filter((c) => c.rounds).map((c) => `${c.pooling.label}, base ${c.estimate.base}`);
    const nearest = own.reduce((best, c) => (Math.abs(100 * c.estimate.estimate - figure.printed) < Math.abs(100 * best.estimate.estimate - figure.printed) ? c : best));
    return {
      figure: figure.figure,
      claimIds: figure.claimIds.join(", "),
      printed: figure.printed,
      candidates: own.length,
      giving: giving.length === 0 ? "none" : giving.join("; "),
      nearest: `${nearest.pooling.label}, ${nearest.estimate.base}: ${(100 * nearest.estimate.estimate).toFixed(1)}%`,
      synthetic: own.some((c) => c.pooling.synthetic),
    };
  });
}

/** A row of the memo's Table 1 as data/article/table1.csv has it. */
export interface Table1Option {
  readonly item_id: string;
  readonly response: string;
  readonly kind: string;
  readonly scale_position: number;
  readonly percent: number;
}

/** An in-text figure as data/article/text-figures.csv has it. */
export interface TextFigureRow {
  readonly figure_id: string;
  readonly section: string;
  readonly paragraph: number;
  readonly item_id: string;
  readonly measure: string;
  readonly value: number;
}

/**
 * The printed figures of Table 1 and of the first section's headline shares
 * (and the restated 89 %), as estimates of the waves: each substantive
 * option as the share of its default code (bases all and substantive), the
 * non-substantive option as `nonsubstantive` (base all), each in-text box
 * as `positive`/`negative` (both bases).
 *
 * `coding` is the default coding (the codebook's entries for applies_to "*"; a concept it marks
 * "not asked" has no code to compare with).
 *
 * @example table1PrintedFigures(table1Rows, figureRows, coding).length // => 22
 */
export function table1PrintedFigures(options: readonly Table1Option[], figures: readonly TextFigureRow[], coding: ReadonlyMap<WaveConcept, ConceptEntry> | undefined): PrintedFigure[] {
  const tableFigures = options.map((o): PrintedFigure => {
    const claims = TABLE1_ITEM_CLAIMS[o.item_id];
    const entry = coding?.get(o.item_id as WaveConcept);
    const code = entry === undefined || isNotAsked(entry) ? undefined : entry.codes.find((a) => a.kind === "substantive" && a.scalePosition === o.scale_position)?.code;
    const substantive = o.kind === "substantive";
    if (substantive && code === undefined) throw new RangeError(`table1PrintedFigures: no default code of ${o.item_id} has scale position ${o.scale_position}`);
    return {
      figure: `Table 1 · ${o.item_id} · ${o.response}`,
      claimIds: claims === undefined ? [] : [claims.distribution],
      printed: o.percent,
      concept: o.item_id,
      measure: substantive ? String(code) : "nonsubstantive",
      domain: "",
      bases: substantive ? ["all", "substantive"] : ["all"],
    };
  });
  const textFigures = figures
    .filter((f) => f.item_id !== "" && (f.measure === "positive" || f.measure === "negative"))
    .map((f): PrintedFigure => ({
      figure: `${f.section} ¶${f.paragraph} · ${f.figure_id}`,
      claimIds: HEADLINE_FIGURE_CLAIMS[f.figure_id] ?? [],
      printed: f.value,
      concept: f.item_id,
      measure: f.measure,
      domain: "",
      bases: ["all", "substantive"],
    }));
  return [...tableFigures, ...textFigures];
}

/** The in-text figures of the second section linked to Table 2 (figure id → category or measure, by meaning). */
export const TABLE2_TEXT_FIGURES: readonly { readonly figureId: string; readonly measure: string; readonly claimIds: readonly string[]; readonly bases: readonly EstimateBase[] }[] = [
  { figureId: "reasons_categorizable", measure: "categorizable", claimIds: ["T2-03"], bases: ["mentions"] },
  { figureId: "reasons_uncategorizable", measure: "other_dk_na", claimIds: ["T2-04"], bases: ["mentions"] },
  { figureId: "reasons_domestic", measure: "ru_domestic", claimIds: ["T2-11"], bases: ["mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] },
  { figureId: "reasons_good_relationship", measure: "kz_ru_good_relationship", claimIds: ["T2-13"], bases: ["mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] },
  { figureId: "reasons_innate_bonds", measure: "kz_ru_innate_bonds", claimIds: ["T2-14"], bases: ["mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] },
  { figureId: "reasons_practical", measure: "kz_ru_practical", claimIds: ["T2-15"], bases: ["mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] },
  { figureId: "reasons_strong", measure: "ru_international_strong", claimIds: ["T2-16"], bases: ["mentions", "categorizable_mentions", "respondents", "categorizable_respondents"] },
  { figureId: "reasons_benign", measure: "ru_international_benign", claimIds: ["T2-17", "T2-19"], bases: ["mentions", "categorizable_mentions", "respondents"] },
];

/**
 * The printed figures of Table 2 (column 1 as shares of all mentions, column
 * 2 of categorizable mentions, each also on the other bases) and the
 * section's in-text figures ({@link TABLE2_TEXT_FIGURES}), as estimates of
 * the reasons in the domain of positive respondents.
 *
 * @example table2PrintedFigures(table2Cells(loadTable2()), figureRows).length // => 21
 */
export function table2PrintedFigures(cells: readonly Table2Cell[], figures: readonly TextFigureRow[]): PrintedFigure[] {
  const concept = REASON_CONCEPTS.join(";");
  const tableFigures = cells.map((cell): PrintedFigure => {
    const claims = TABLE2_CATEGORY_CLAIMS[cell.category_id] ?? {};
    const column1 = cell.base === "all_reasons";
    const uncategorizable = cell.reason_group === "uncategorizable";
    return {
      figure: `Table 2 · ${cell.category_id} · column ${column1 ? 1 : 2}`,
      claimIds: [column1 ? "T2-01" : "T2-02", claims.row].filter((id): id is string => id !== undefined),
      printed: cell.percent,
      concept,
      measure: cell.category_id,
      domain: POSITIVE_ON_RUSSIA,
      bases: column1 ? (uncategorizable ? ["mentions"] : ["mentions", "categorizable_mentions", "respondents"]) : ["categorizable_mentions", "mentions", "respondents"],
    };
  });
  const textFigures = TABLE2_TEXT_FIGURES.map((link): PrintedFigure => {
    const figure = figures.find((f) => f.figure_id === link.figureId);
    if (figure === undefined) throw new RangeError(`table2PrintedFigures: figure ${link.figureId} is not in data/article/text-figures.csv`);
    return { figure: `${figure.section} ¶${figure.paragraph} · ${figure.figure_id}`, claimIds: link.claimIds, printed: figure.value, concept, measure: link.measure, domain: POSITIVE_ON_RUSSIA, bases: link.bases };
  });
  return [...tableFigures, ...textFigures];
}

/**
 * The memo's four cross-tabulations as printed figures: the share positive on
 * the target among those positive on the anchor (domain `anchor=positive`),
 * on both bases. Throws a RangeError when a figure is not transcribed.
 *
 * @example crossTabPrintedFigures(MULTIVECTOR_CROSS_TABS, figureRows)[0].printed // => 55
 */
export function crossTabPrintedFigures(
  crossTabs: readonly { readonly claimId: string; readonly target: string; readonly anchor: string; readonly memoFigureId: string }[],
  figures: readonly TextFigureRow[],
): PrintedFigure[] {
  return crossTabs.map((crossTab) => {
    const figure = figures.find((f) => f.figure_id === crossTab.memoFigureId);
    if (figure === undefined) throw new RangeError(`crossTabPrintedFigures: figure ${crossTab.memoFigureId} is not in data/article/text-figures.csv`);
    return {
      figure: `${figure.section} ¶${figure.paragraph} · ${figure.figure_id}`,
      claimIds: [crossTab.claimId],
      printed: figure.value,
      concept: crossTab.target,
      measure: "positive",
      domain: `${crossTab.anchor}=positive`,
      bases: ["all", "substantive"],
    };
  });
}
