import type { RespondentLevelResult } from "../claims/claim-result";
import { readingsOf } from "../claims/quantifier-conventions";
import { figureOutcome, rangeOutcome, relationOutcome, RespondentOutcome, weakestOutcome } from "../claims/respondent-verdict";
import type { Interval } from "../rounding/interval";
import type { Candidate, Table1Option, TextFigureRow } from "./candidate-evidence";
import { describeEvidence } from "./evidence-waves";
import { describeDifference, describePercent, describeShare, estimateLayer, inPercent, missingWavesLayer, weakestOf } from "./respondent-layers";
import { ITEMS_TOWARD_RUSSIA } from "../article/table1-claims";
import { TABLE1_CONCEPTS, WaveConcept } from "../waves/concepts";
import { HEADLINE_FIGURE_CLAIMS, Table1FromWaves, Table1Item, TABLE1_ITEM_CLAIMS } from "./table1-from-waves";
import type { LabelledEstimate } from "./wave-estimates";

/**
 * The respondent-level layer of claims T1-01 … T1-14 (notebook 01): each
 * judged on the evidence waves of its item ({@link table1FromWaves}) by the
 * rules of lib/claims/respondent-verdict.ts, on Table 1's base (non-substantive
 * answers in the denominator, as the printed table has them), the other base
 * in the detail.
 */

/** What the memo prints that the Table 1 claims are held against. */
export interface Table1Printed {
  /** data/article/table1.csv. */
  readonly options: readonly Table1Option[];
  /** data/article/text-figures.csv. */
  readonly figures: readonly TextFigureRow[];
  /** The readings of "overwhelmingly" (claims.quantifierRange). */
  readonly overwhelmingly: Interval;
  /** The readings of "frequently" (T1-15) and "much of" (T1-16). */
  readonly frequently: Interval;
  readonly muchOf: Interval;
}

/** The evidence sample's estimates of an item, or undefined when no wave asks it. */
function evidenceOf(item: Table1Item): readonly LabelledEstimate[] | undefined {
  const pooled = item.set.pooled;
  return pooled === null ? undefined : item.distributions.find((d) => d.sample.id === pooled.id)?.estimates;
}

function find(estimates: readonly LabelledEstimate[], measure: string, base: "all" | "substantive"): LabelledEstimate {
  const found = estimates.find((e) => e.measure === measure && e.base === base);
  if (found === undefined) throw new RangeError(`no estimate of ${measure} on base ${base}`);
  return found;
}

function gap(estimate: LabelledEstimate, printed: number): string {
  const points = 100 * estimate.estimate - printed;
  return `${points > 0 ? "+" : ""}${points.toFixed(1)} points`;
}

function perWave(item: Table1Item, measure: string): string {
  const waves = item.set.evidence.waves.map((wave) => wave.entry.waveId);
  if (waves.length < 2) return "";
  const singles = item.distributions.filter((d) => d.sample.waveIds.length === 1 && waves.includes(d.sample.waveIds[0]));
  return ` Per wave: ${singles.map((d) => `${d.sample.waveIds[0]} ${(100 * find(d.estimates, measure, "all").estimate).toFixed(1)}%`).join(", ")}.`;
}

/**
 * The respondent-level results of T1-01 … T1-14:
 * - T1-01 … T1-06, the headline shares: the top or bottom box on Table 1's
 *   base against the in-text figure ({@link figureOutcome}); the other base in the detail;
 * - T1-07 … T1-09, each item's printed options: every option against its
 *   estimate, the claim's outcome the weakest, the estimate shown that option's;
 * - T1-10 … T1-12, moderate at least as common as the strongest option: the
 *   design-based difference moderate − strongest ≥ 0 on its interval
 *   ({@link relationOutcome}), with its t test, and the sum over items in the detail;
 * - T1-13, the restated 89 %: the top box of the Russia item against it, and
 *   every wave, pooling and base that gives it (`candidates`);
 * - T1-14, "overwhelmingly": both top boxes within each reading's range
 *   ({@link rangeOutcome}); when the readings disagree, the weakest, each named.
 * A claim whose item no wave asks gets "no respondent-level data".
 *
 * @example table1RespondentResults(table1, printed, candidates).map((r) => r.id) // => ["T1-01", …, "T1-14"]
 */
export function table1RespondentResults(table1: Table1FromWaves, printed: Table1Printed, candidates: readonly Candidate[] = []): RespondentLevelResult[] {
  const item = (concept: string) => {
    const found = table1.items.find((i) => i.concept === concept);
    if (found === undefined) throw new RangeError(`table1RespondentResults: no item ${concept}`);
    return found;
  };
  const results: RespondentLevelResult[] = [];
  for (const figure of printed.figures.filter((f) => HEADLINE_FIGURE_CLAIMS[f.figure_id] !== undefined && f.figure_id !== "russia_positive_restated")) {
    const id = HEADLINE_FIGURE_CLAIMS[figure.figure_id][0];
    results.push(headlineResult(id, item(figure.item_id), figure));
  }
  for (const [concept, claims] of Object.entries(TABLE1_ITEM_CLAIMS)) results.push(distributionResult(claims.distribution, item(concept), printed.options.filter((o) => o.item_id === concept)));
  for (const [concept, claims] of Object.entries(TABLE1_ITEM_CLAIMS)) results.push(moderateResult(claims.moderate, item(concept), printed.options, table1));
  const restated = printed.figures.find((f) => f.figure_id === "russia_positive_restated");
  if (restated === undefined) throw new RangeError("table1RespondentResults: the restated figure russia_positive_restated is not in the figures");
  results.push(restatedResult(item(restated.item_id), restated, candidates));
  results.push(overwhelminglyResult([item("russia_opinion"), item("russia_economic_relations")], printed.overwhelmingly));
  results.push(...characterizationResults(table1, printed));
  return results.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** One item's part of a claim under one reading: its outcome and the estimate it rests on. */
interface ItemPart {
  readonly concept: string;
  readonly outcome: RespondentOutcome;
  readonly estimate: LabelledEstimate;
  readonly text: string;
}

/** A claim's outcome under each reading, for the items toward Russia and for every item. */
interface ReadingOutcome {
  readonly reading: string;
  readonly inScope: ItemPart;
  readonly allItems: RespondentOutcome;
  readonly parts: readonly ItemPart[];
}

function readingOutcome(reading: string, parts: readonly ItemPart[]): ReadingOutcome {
  const inScope = parts.filter((p) => ITEMS_TOWARD_RUSSIA.includes(p.concept));
  if (inScope.length === 0) throw new RangeError(`no item toward Russia for the reading ${reading}`);
  return { reading, inScope: weakestOf(inScope), allItems: weakestOutcome(parts.map((p) => p.outcome)), parts };
}

function readingsLayer(id: string, lead: string, readings: readonly ReadingOutcome[], item: Table1Item, unit: "percent" | "percentage points"): RespondentLevelResult {
  const shown = weakestOf(readings.map((r) => r.inScope));
  const outcome = shown.outcome;
  const agree = readings.every((r) => r.inScope.outcome === readings[0].inScope.outcome);
  const allItems = weakestOutcome(readings.map((r) => r.allItems));
  return {
    id,
    ...estimateLayer(
      shown.estimate,
      unit,
      outcome,
      `${lead} For the items toward Russia (${ITEMS_TOWARD_RUSSIA.join(", ")}), under each reading: ` +
        readings.map((r) => `"${r.reading}": ${r.inScope.outcome} (${r.parts.filter((p) => ITEMS_TOWARD_RUSSIA.includes(p.concept)).map((p) => p.text).join("; ")})`).join("; ") +
        `. ${agree ? "Every reading gives the same outcome." : "The readings disagree: the weakest outcome is given (the verdict depends on the reading)."} ` +
        `With the EEU item added: ${readings.map((r) => `"${r.reading}": ${r.allItems}`).join("; ")}; the claim's outcome ${allItems === outcome ? "is the same" : `would be "${allItems}"`}. ` +
        `The estimate shown is the weakest part's (${shown.concept}). Evidence: ${describeEvidence(item.set.evidence)}.`,
    ),
  };
}

function evidenceCharacterization(item: Table1Item) {
  const pooled = item.set.pooled;
  return pooled === null ? undefined : item.characterizations.find((c) => c.sample.id === pooled.id);
}

function evidenceDifference(item: Table1Item) {
  const pooled = item.set.pooled;
  return pooled === null ? undefined : item.differences.find((d) => d.sample.id === pooled.id)?.difference;
}

function moderateCode(item: Table1Item): string {
  return String(item.set.pooled!.coding.get(item.concept)!.codes.find((a) => a.kind === "substantive" && a.scalePosition === 1)!.code);
}

function strongCode(item: Table1Item): string {
  return String(item.set.pooled!.coding.get(item.concept)!.codes.find((a) => a.kind === "substantive" && a.scalePosition === 2)!.code);
}

/**
 * The respondent-level results of the characterizations of the position
 * (issue 14, item 1), on the pooled evidence of each Table 1 item, for the
 * items toward Russia (ITEMS_TOWARD_RUSSIA of lib/article/table1-claims.ts;
 * the EEU item added in the detail); under each reading the weakest item,
 * across readings the weakest (the respondent rule), each named:
 * - T1-15 "frequently moderate": the moderate option among the positive
 *   answers within each reading of "frequently" ({@link rangeOutcome});
 * - T1-16 "much of the population": the moderate option's share of all
 *   respondents within each reading of "much of";
 * - T1-17 "a typical position": the median reading (strongest option at most
 *   half, strongest + moderate at least half: {@link relationOutcome} at 50)
 *   and the modal reading (moderate minus every other answer > 0);
 * - T1-18 the claim over its items: every item's moderate − strongest ≥ 0,
 *   and the difference summed over the items ≥ 0.
 */
function characterizationResults(table1: Table1FromWaves, printed: Table1Printed): RespondentLevelResult[] {
  const items = table1.items.filter((i) => i.set.pooled !== null);
  const anchor = table1.items.find((i) => i.concept === ITEMS_TOWARD_RUSSIA[0])!;
  if (!ITEMS_TOWARD_RUSSIA.every((c) => items.some((i) => i.concept === c))) {
    const missing = table1.items.find((i) => ITEMS_TOWARD_RUSSIA.includes(i.concept) && i.set.pooled === null)!;
    return ["T1-15", "T1-16", "T1-17", "T1-18"].map((id) => missingWavesLayer(id, missing.set.evidence));
  }
  const share = (e: LabelledEstimate) => describeShare(e);
  const withinReadings = (id: string, range: Interval, word: string, estimateOf: (item: Table1Item) => LabelledEstimate, lead: string) =>
    readingsLayer(
      id,
      lead,
      readingsOf(range).map((r) =>
        readingOutcome(
          `${word}: ${r.reading} [${r.range.lower.toFixed(1)}, ${r.range.upper.toFixed(1)}]`,
          items.map((item) => {
            const estimate = estimateOf(item);
            return { concept: item.concept, estimate, outcome: rangeOutcome(inPercent(estimate), r.range), text: `${item.concept} ${share(estimate)}` };
          }),
        ),
      ),
      anchor,
      "percent",
    );
  const t115 = withinReadings("T1-15", printed.frequently, "frequently", (item) => evidenceCharacterization(item)!.moderateOfPositive, "The moderate option among the positive answers of each item, same respondents.");
  const t116 = withinReadings("T1-16", printed.muchOf, "much of", (item) => find(evidenceOf(item)!, moderateCode(item), "all"), "The moderate positive option's share of all respondents (\"do not know\" in the base).");
  const median = readingOutcome(
    "the median answer",
    items.map((item) => {
      const strong = find(evidenceOf(item)!, strongCode(item), "all");
      const positive = find(evidenceOf(item)!, "positive", "all");
      const parts = [
        { estimate: strong, outcome: relationOutcome(inPercent(strong), 50, "at most") },
        { estimate: positive, outcome: relationOutcome(inPercent(positive), 50) },
      ];
      const weakest = weakestOf(parts);
      return { concept: item.concept, estimate: weakest.estimate, outcome: weakest.outcome, text: `${item.concept} strongest ${share(strong)} ≤ 50, positive ${share(positive)} ≥ 50` };
    }),
  );
  const mode = readingOutcome(
    "the modal answer",
    items.map((item) => {
      const differences = [evidenceDifference(item)!, ...evidenceCharacterization(item)!.modeDifferences];
      const parts = differences.map((d) => ({ estimate: d as LabelledEstimate, outcome: relationOutcome(inPercent(d)) }));
      const weakest = weakestOf(parts);
      return { concept: item.concept, estimate: weakest.estimate, outcome: weakest.outcome, text: `${item.concept} moderate minus each other answer: ${differences.map((d) => `${d.measure.replace("moderate_positive_minus_", "")} ${describeDifference(d)}`).join(", ")}` };
    }),
  );
  const t117 = readingsLayer("T1-17", "\"Strongly but not extremely pro-Russian\" is the moderate positive option; \"typical\" read as the median and as the modal answer.", [median, mode], anchor, "percent");
  const perItem = readingOutcome(
    "every item",
    items.map((item) => {
      const d = evidenceDifference(item)!;
      return { concept: item.concept, estimate: d, outcome: relationOutcome(inPercent(d)), text: `${item.concept} ${describeDifference(d)}` };
    }),
  );
  const summed = (concepts: readonly string[]) => {
    const sum = table1.sums.find((s) => s.concepts.length === concepts.length && concepts.every((c) => s.concepts.includes(c as WaveConcept)));
    const pooled = sum?.set.pooled;
    return pooled === null || pooled === undefined ? undefined : sum!.differences.find((d) => d.sample.id === pooled.id)?.difference;
  };
  const inScopeSum = summed(ITEMS_TOWARD_RUSSIA);
  const allSum = summed(TABLE1_CONCEPTS);
  const summedReading: ReadingOutcome | undefined =
    inScopeSum === undefined
      ? undefined
      : {
          reading: "summed over the items",
          inScope: { concept: ITEMS_TOWARD_RUSSIA.join(";"), estimate: inScopeSum, outcome: relationOutcome(inPercent(inScopeSum)), text: `summed ${describeDifference(inScopeSum)}` },
          allItems: allSum === undefined ? relationOutcome(inPercent(inScopeSum)) : relationOutcome(inPercent(allSum)),
          parts: [{ concept: ITEMS_TOWARD_RUSSIA[0], estimate: inScopeSum, outcome: relationOutcome(inPercent(inScopeSum)), text: `summed over ${ITEMS_TOWARD_RUSSIA.join(" and ")} ${describeDifference(inScopeSum)}${allSum === undefined ? "" : `; over all three items ${describeDifference(allSum)}`}` }],
        };
  const t118 = readingsLayer(
    "T1-18",
    "The share of the moderate positive option minus the strongest, same respondents, per item and summed over the items.",
    summedReading === undefined ? [perItem] : [perItem, summedReading],
    anchor,
    "percentage points",
  );
  return [t115, t116, t117, t118];
}

function headlineResult(id: string, item: Table1Item, figure: TextFigureRow): RespondentLevelResult {
  const estimates = evidenceOf(item);
  if (estimates === undefined) return missingWavesLayer(id, item.set.evidence);
  const shown = find(estimates, figure.measure, "all");
  const other = find(estimates, figure.measure, "substantive");
  const outcome = figureOutcome(inPercent(shown), figure.value);
  return {
    id,
    ...estimateLayer(
      shown,
      "percent",
      outcome,
      `Weighted share ${figure.measure} on ${item.concept}, "do not know"/refused in the base as Table 1 prints them: ${describeShare(shown)}, design df ${shown.df}. ` +
        `Memo ${figure.value}%: gap ${gap(shown, figure.value)}. With them excluded: ${describeShare(other)} (${figureOutcome(inPercent(other), figure.value)}).` +
        `${perWave(item, figure.measure)} Evidence: ${describeEvidence(item.set.evidence)}.`,
    ),
  };
}

function optionMeasure(item: Table1Item, option: Table1Option): string {
  if (option.kind !== "substantive") return "nonsubstantive";
  const code = item.set.pooled!.coding.get(item.concept)!.codes.find((a) => a.kind === "substantive" && a.scalePosition === option.scale_position)?.code;
  if (code === undefined) throw new RangeError(`no default code of ${item.concept} has scale position ${option.scale_position}`);
  return String(code);
}

function distributionResult(id: string, item: Table1Item, options: readonly Table1Option[]): RespondentLevelResult {
  const estimates = evidenceOf(item);
  if (estimates === undefined) return missingWavesLayer(id, item.set.evidence);
  const parts = options.map((option) => {
    const estimate = find(estimates, optionMeasure(item, option), "all");
    return { option, estimate, outcome: figureOutcome(inPercent(estimate), option.percent) };
  });
  const weakest = weakestOf(parts);
  const lines = parts.map((p) => `${p.option.response} ${p.option.percent}% → ${describePercent(p.estimate)}, ${p.outcome}`);
  return {
    id,
    ...estimateLayer(
      weakest.estimate,
      "percent",
      weakest.outcome,
      `Every printed option of ${item.concept} against the waves ("do not know" and refused, apart in the waves, summed as Table 1 prints them): ${lines.join("; ")}. ` +
        `The distribution is reproduced only if every option is; the estimate shown is the weakest option's (${weakest.option.response}). Evidence: ${describeEvidence(item.set.evidence)}.`,
    ),
  };
}

function moderateResult(id: string, item: Table1Item, options: readonly Table1Option[], table1: Table1FromWaves): RespondentLevelResult {
  const pooled = item.set.pooled;
  if (pooled === null) return missingWavesLayer(id, item.set.evidence);
  const difference = item.differences.find((d) => d.sample.id === pooled.id)!.difference;
  const outcome = relationOutcome(inPercent(difference));
  const printed = (position: number) => options.find((o) => o.item_id === item.concept && o.scale_position === position)?.percent;
  const sums = table1.sums
    .map((sum) => ({ sum, evidence: sum.set.pooled === null ? undefined : sum.differences.find((d) => d.sample.id === sum.set.pooled!.id)?.difference }))
    .filter((s) => s.evidence !== undefined)
    .map((s) => `over ${s.sum.concepts.join(", ")}: ${describeDifference(s.evidence!)} (${relationOutcome(inPercent(s.evidence!))})`);
  return {
    id,
    ...estimateLayer(
      difference,
      "percentage points",
      outcome,
      `Share of the moderate positive option minus the strongest, same respondents, design-based: ${describeDifference(difference)}; ` +
        `printed ${printed(1)}% vs ${printed(2)}%. "At least as common" holds beyond sampling error when the whole interval is ≥ 0, is contradicted when it is < 0. ` +
        `Summed over items (the claim's aggregate reading) ${sums.join("; ")}. Evidence: ${describeEvidence(item.set.evidence)}.`,
    ),
  };
}

function restatedResult(item: Table1Item, figure: TextFigureRow, candidates: readonly Candidate[]): RespondentLevelResult {
  const estimates = evidenceOf(item);
  if (estimates === undefined) return missingWavesLayer("T1-13", item.set.evidence);
  const shown = find(estimates, figure.measure, "all");
  const own = candidates.filter((c) => c.figure.claimIds.includes("T1-13"));
  const giving = own.filter((c) => c.rounds).map((c) => `${c.pooling.label}, base ${c.estimate.base} (${(100 * c.estimate.estimate).toFixed(1)}%)`);
  const candidatesText =
    own.length === 0 ? "" : ` Of ${own.length} candidates (each wave and pooling of consecutive waves, each base), ${giving.length === 0 ? "none gives" : `these give`} ${figure.value}%${giving.length === 0 ? "" : `: ${giving.join("; ")}`}.`;
  return {
    id: "T1-13",
    ...estimateLayer(
      shown,
      "percent",
      figureOutcome(inPercent(shown), figure.value),
      `Weighted share positive on ${item.concept} on Table 1's base: ${describeShare(shown)}; memo's restatement ${figure.value}%: gap ${gap(shown, figure.value)}.${candidatesText} ` +
        `Evidence: ${describeEvidence(item.set.evidence)}.`,
    ),
  };
}

function overwhelminglyResult(items: readonly Table1Item[], range: Interval): RespondentLevelResult {
  const shares = items.map((item) => ({ item, estimates: evidenceOf(item) }));
  const missing = shares.find((s) => s.estimates === undefined);
  if (missing !== undefined) return missingWavesLayer("T1-14", missing.item.set.evidence);
  const positives = shares.map((s) => ({ item: s.item, estimate: find(s.estimates!, "positive", "all") }));
  const perReading = readingsOf(range).map((reading) => {
    const outcomes = positives.map((p) => ({ ...p, outcome: rangeOutcome(inPercent(p.estimate), reading.range) }));
    return { reading, outcome: weakestOutcome(outcomes.map((o) => o.outcome)), weakest: weakestOf(outcomes) };
  });
  const agree = perReading.every((r) => r.outcome === perReading[0].outcome);
  const outcome: RespondentOutcome = weakestOutcome(perReading.map((r) => r.outcome));
  const shown = weakestOf(perReading).weakest.estimate;
  const readings = perReading.map((r) => `"${r.reading.reading}" [${r.reading.range.lower.toFixed(1)}, ${r.reading.range.upper.toFixed(1)}]: ${r.outcome}`).join("; ");
  return {
    id: "T1-14",
    ...estimateLayer(
      shown,
      "percent",
      outcome,
      `Both top boxes with their 95% intervals (${positives.map((p) => `${p.item.concept} ${describeShare(p.estimate)}`).join("; ")}) within each reading of "overwhelmingly": ${readings}. ` +
        (agree ? "Every reading gives the same outcome." : "The readings disagree: the weakest outcome is given (the verdict depends on the reading).") +
        ` Evidence: ${describeEvidence(positives[0].item.set.evidence)}.`,
    ),
  };
}
