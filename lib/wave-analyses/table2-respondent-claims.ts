import type { Table2Cell } from "../article/table2";
import type { RespondentLevelResult } from "../claims/claim-result";
import { readingsOf } from "../claims/quantifier-conventions";
import { figureOutcome, rangeOutcome, relationOutcome, RespondentOutcome, weakestOutcome } from "../claims/respondent-verdict";
import type { Interval } from "../rounding/interval";
import type { TextFigureRow } from "./candidate-evidence";
import { TABLE2_TEXT_FIGURES } from "./candidate-evidence";
import { PEOPLE_WORDING } from "../article/table2-claims";
import { describeEvidence } from "./evidence-waves";
import { describeDifference, describePercent, describeShare, estimateLayer, inPercent, missingWavesLayer, noDataLayer, weakestOf } from "./respondent-layers";
import { Table2FromWaves, Table2Sample } from "./table2-from-waves";
import type { LabelledEstimate, TestedEstimate } from "./wave-estimates";

/**
 * The respondent-level layer of claims T2-01 … T2-25 (notebook 03), judged on
 * the pooled evidence of the reasons ({@link table2FromWaves}) by the rules of
 * lib/claims/respondent-verdict.ts. A figure is held against the estimate on
 * the base its printed column has (column 1: all mentions; column 2 and the
 * in-text shares that restate it: categorizable mentions); the share of
 * respondents, the base the memo's wording suggests, is in the detail with
 * its own outcome.
 */

/** What the memo prints that the Table 2 claims are held against. */
export interface Table2Printed {
  /** data/article/table2.csv. */
  readonly cells: readonly Table2Cell[];
  /** data/article/text-figures.csv. */
  readonly figures: readonly TextFigureRow[];
  /** The readings of "overwhelmingly" and "usually" (claims.quantifierRange). */
  readonly overwhelmingly: Interval;
  readonly usually: Interval;
}

/** Why T2-12, T2-22 and T2-23 get no respondent-level verdict. */
export const TABLE2_WITHOUT_WAVES: Readonly<Record<string, string>> = {
  "T2-12": "The waves' reason coding (data/waves/codebook.csv) has Table 2's categories only, not the sub-codes of the domestic category (development, economic growth) the claim is about.",
  "T2-22":
    "The waves contract holds two reason slots (russia_positive_reason_1, _2) because the memo says so: the data cannot test how many reasons the questionnaire allowed.",
  "T2-23": "The claim quotes verbatim answers, which the coded waves do not hold.",
};

function share(estimate: LabelledEstimate | TestedEstimate): string {
  return describeShare(estimate);
}

/**
 * The respondent-level results of T2-01 … T2-25:
 * - T2-01, T2-02: every printed row of column 1 (shares of all mentions) or
 *   column 2 (of categorizable mentions) against its estimate; the weakest;
 * - T2-03, T2-04: categorizable and uncategorizable shares of all mentions;
 * - T2-05 … T2-10: each row's two printed figures (both columns); the weaker;
 * - T2-11, T2-13 … T2-17: the in-text share against the categorizable-mentions
 *   estimate; for the shares worded about people (PEOPLE_WORDING), also against
 *   the share of respondents with a categorizable reason citing the category,
 *   the weaker of the two readings shown;
 * - T2-18: benign − strong > 0 on categorizable mentions ({@link relationOutcome});
 * - T2-19: the benign share "of the total" under both readings of "the total"
 *   (all mentions; categorizable mentions), the weaker shown;
 * - T2-20, T2-21: the shares held against each reading of "overwhelmingly"
 *   and "usually" ({@link rangeOutcome}); the weakest when readings disagree;
 * - T2-24, T2-25: innate bonds, domestic qualities and benign conduct each
 *   more common than strong, and together (the bundle), of all mentions; the weaker reading;
 * - T2-12, T2-22, T2-23: "no respondent-level data" ({@link TABLE2_WITHOUT_WAVES}),
 *   T2-22 with the share naming a second reason.
 *
 * @example table2RespondentResults(table2, printed).map((r) => r.id).length // => 25
 */
export function table2RespondentResults(table2: Table2FromWaves, printed: Table2Printed): RespondentLevelResult[] {
  const ids = ["T2-01", "T2-02", "T2-03", "T2-04", "T2-05", "T2-06", "T2-07", "T2-08", "T2-09", "T2-10", "T2-11", "T2-13", "T2-14", "T2-15", "T2-16", "T2-17", "T2-18", "T2-19", "T2-20", "T2-21", "T2-24", "T2-25"];
  const evidence = table2.evidence;
  const withoutWaves = Object.entries(TABLE2_WITHOUT_WAVES).map(([id, why]) => {
    if (id !== "T2-22" || evidence === null) return noDataLayer(id, why);
    return noDataLayer(id, `${why} Share of positive respondents naming a second reason, among those naming any: ${share(evidence.secondReason)}${evidence.sample.synthetic ? " (SYNTHETIC)" : ""}.`);
  });
  if (evidence === null) return [...ids.map((id) => missingWavesLayer(id, table2.set.evidence)), ...withoutWaves].sort(byId);
  const note = ` Evidence: ${describeEvidence(table2.set.evidence)}.`;
  const results = [
    ...columnResults(evidence, printed.cells, note),
    ...categorizableResults(evidence, printed, note),
    ...rowResults(evidence, printed.cells, note),
    ...textResults(evidence, printed, note),
    benignVersusStrong(evidence, printed, note),
    ofTotal(evidence, printed, note),
    quantifierResult("T2-20", evidence.notInternational, printed.overwhelmingly, "overwhelmingly", "Domestic and bilateral reasons (not foreign policy), of categorizable mentions", note),
    quantifierResult("T2-21", evidence.benignOfInternational, printed.usually, "usually", "Benign among the reasons about Russia's international role (benign + strong)", note),
    ...powerResults(evidence, note),
    ...withoutWaves,
  ];
  return results.sort(byId);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function percentOf(cells: readonly Table2Cell[], categoryId: string, base: Table2Cell["base"]): number {
  const cell = cells.find((c) => c.category_id === categoryId && c.base === base);
  if (cell === undefined) throw new RangeError(`Table 2 has no ${base} figure for ${categoryId}`);
  return cell.percent;
}

function figureValue(printed: Table2Printed, figureId: string): number {
  const figure = printed.figures.find((f) => f.figure_id === figureId);
  if (figure === undefined) throw new RangeError(`figure ${figureId} is not in data/article/text-figures.csv`);
  return figure.value;
}

interface Part {
  readonly label: string;
  readonly printed: number;
  readonly estimate: LabelledEstimate;
  readonly outcome: RespondentOutcome;
}

function part(label: string, printed: number, estimate: LabelledEstimate): Part {
  return { label, printed, estimate, outcome: figureOutcome(inPercent(estimate), printed) };
}

function partsText(parts: readonly Part[]): string {
  return parts.map((p) => `${p.label} ${p.printed}% → ${describePercent(p.estimate)}, ${p.outcome}`).join("; ");
}

function compositeResult(id: string, parts: readonly Part[], lead: string, note: string): RespondentLevelResult {
  const weakest = weakestOf(parts);
  return { id, ...estimateLayer(weakest.estimate, "percent", weakest.outcome, `${lead}: ${partsText(parts)}. The weakest is shown (${weakest.label}).${note}`) };
}

function columnResults(evidence: Table2Sample, cells: readonly Table2Cell[], note: string): RespondentLevelResult[] {
  const column1 = evidence.categories.map((k) => part(k.category.categoryId, percentOf(cells, k.category.categoryId, "all_reasons"), k.ofMentions));
  const column2 = evidence.categories.flatMap((k) => (k.ofCategorizable === null ? [] : [part(k.category.categoryId, percentOf(cells, k.category.categoryId, "categorizable_reasons"), k.ofCategorizable)]));
  return [
    compositeResult("T2-01", column1, "Column 1, shares of all mentions by positive respondents (respondent-level ratio estimates, which add up to 100 by construction), each printed row against its estimate", note),
    compositeResult("T2-02", column2, "Column 2, shares of categorizable mentions, each printed row against its estimate", note),
  ];
}

function categorizableResults(evidence: Table2Sample, printed: Table2Printed, note: string): RespondentLevelResult[] {
  const other = evidence.categories[evidence.categories.length - 1].ofMentions;
  const categorizable = figureValue(printed, "reasons_categorizable");
  const uncategorizable = figureValue(printed, "reasons_uncategorizable");
  return [
    { id: "T2-03", ...estimateLayer(evidence.categorizableShare, "percent", figureOutcome(inPercent(evidence.categorizableShare), categorizable), `Categorizable mentions among all mentions of positive respondents: ${share(evidence.categorizableShare)}; memo ${categorizable}%.${note}`) },
    { id: "T2-04", ...estimateLayer(other, "percent", figureOutcome(inPercent(other), uncategorizable), `Other reasons, "do not know" and refusals among all mentions: ${share(other)}; memo ${uncategorizable}%.${note}`) },
  ];
}

function rowResults(evidence: Table2Sample, cells: readonly Table2Cell[], note: string): RespondentLevelResult[] {
  const rows: readonly [string, string][] = [["T2-05", "ru_domestic"], ["T2-06", "kz_ru_good_relationship"], ["T2-07", "kz_ru_innate_bonds"], ["T2-08", "kz_ru_practical"], ["T2-09", "ru_international_benign"], ["T2-10", "ru_international_strong"]];
  return rows.map(([id, categoryId]) => {
    const k = evidence.categories.find((c) => c.category.categoryId === categoryId)!;
    const parts = [part("column 1 (all mentions)", percentOf(cells, categoryId, "all_reasons"), k.ofMentions), part("column 2 (categorizable mentions)", percentOf(cells, categoryId, "categorizable_reasons"), k.ofCategorizable!)];
    return compositeResult(id, parts, `Row ${categoryId}, both printed columns against the respondent-level ratio estimates`, note);
  });
}

function textResults(evidence: Table2Sample, printed: Table2Printed, note: string): RespondentLevelResult[] {
  return TABLE2_TEXT_FIGURES.filter((link) => link.claimIds[0] >= "T2-11" && link.claimIds[0] <= "T2-17").map((link) => {
    const id = link.claimIds[0];
    const value = figureValue(printed, link.figureId);
    const k = evidence.categories.find((c) => c.category.categoryId === link.measure)!;
    const onMentions = k.ofCategorizable!;
    const verb = PEOPLE_WORDING[id];
    const others = [
      { base: "share of positive respondents citing it", estimate: k.citing },
      { base: "share of all mentions", estimate: k.ofMentions },
    ].map((a) => `${a.base}: ${share(a.estimate)}, ${figureOutcome(inPercent(a.estimate), value)}`);
    if (verb === undefined || k.citingOfCategorizable === null) {
      return {
        id,
        ...estimateLayer(onMentions, "percent", figureOutcome(inPercent(onMentions), value), `The memo's ${value}% restates Table 2's column 2: ${link.measure} of categorizable mentions ${share(onMentions)}; its wording speaks of reasons. Other bases: ${others.join("; ")}.${note}`),
      };
    }
    const readings = [
      { reading: "of the categorizable reasons (the base the sentence names)", estimate: onMentions as LabelledEstimate, outcome: figureOutcome(inPercent(onMentions), value) },
      { reading: `of the respondents with a categorizable reason (the people who '${verb}')`, estimate: k.citingOfCategorizable, outcome: figureOutcome(inPercent(k.citingOfCategorizable), value) },
    ];
    const weakest = weakestOf(readings);
    const agree = readings.every((r) => r.outcome === readings[0].outcome);
    return {
      id,
      ...estimateLayer(
        weakest.estimate,
        "percent",
        weakest.outcome,
        `The memo's ${value}% '${verb}' restates Table 2's column 2 (shares of reasons) in words about people. Under each reading of its base: ` +
          `${readings.map((r) => `${r.reading}: ${share(r.estimate)}, ${r.outcome}`).join("; ")}. ` +
          `${agree ? "Both readings give the same outcome." : "The readings disagree: the weakest outcome is given (on the printed figures the verdict depends on the reading)."} ` +
          `Other bases: ${others.join("; ")}.${note}`,
      ),
    };
  });
}

function benignVersusStrong(evidence: Table2Sample, printed: Table2Printed, note: string): RespondentLevelResult {
  const [categorizable, all] = evidence.benignMinusStrong;
  const values = `printed ${percentOf(printed.cells, "ru_international_benign", "categorizable_reasons")} vs ${percentOf(printed.cells, "ru_international_strong", "categorizable_reasons")}`;
  return {
    id: "T2-18",
    ...estimateLayer(
      categorizable,
      "percentage points",
      relationOutcome(inPercent(categorizable)),
      `Benign minus strong, of categorizable mentions, same respondents (a ratio of the difference of counts): ${describeDifference(categorizable)}; ${values}. ` +
        `Of all mentions: ${describeDifference(all)}. "More common" holds beyond sampling error when the whole interval is > 0; "substantially" has no threshold to test.${note}`,
    ),
  };
}

function ofTotal(evidence: Table2Sample, printed: Table2Printed, note: string): RespondentLevelResult {
  const k = evidence.categories.find((c) => c.category.categoryId === "ru_international_benign")!;
  const value = figureValue(printed, "reasons_benign");
  const readings = [
    { reading: "of all mentions (Table 2's total column)", estimate: k.ofMentions as LabelledEstimate, outcome: figureOutcome(inPercent(k.ofMentions), value) },
    { reading: "of the categorizable mentions (the base the list began with)", estimate: k.ofCategorizable! as LabelledEstimate, outcome: figureOutcome(inPercent(k.ofCategorizable!), value) },
  ];
  const weakest = weakestOf(readings);
  return {
    id: "T2-19",
    ...estimateLayer(
      weakest.estimate,
      "percent",
      weakest.outcome,
      `"${value} percent of the total", under each reading of "the total": ${readings.map((r) => `${r.reading}: ${share(r.estimate)}, ${r.outcome}`).join("; ")}. ` +
        `${readings.every((r) => r.outcome === readings[0].outcome) ? "Both readings give the same outcome." : "The readings disagree: the weakest outcome is given (on the printed figures the verdict depends on the reading)."}${note}`,
    ),
  };
}

function quantifierResult(id: string, estimate: TestedEstimate, range: Interval, word: string, what: string, note: string): RespondentLevelResult {
  const perReading = readingsOf(range).map((r) => ({ reading: r, outcome: rangeOutcome(inPercent(estimate), r.range) }));
  const agree = perReading.every((r) => r.outcome === perReading[0].outcome);
  const outcome = weakestOutcome(perReading.map((r) => r.outcome));
  const readings = perReading.map((r) => `"${r.reading.reading}" [${r.reading.range.lower.toFixed(1)}, ${r.reading.range.upper.toFixed(1)}]: ${r.outcome}`).join("; ");
  return {
    id,
    ...estimateLayer(
      estimate,
      "percent",
      outcome,
      `${what}: ${share(estimate)}, held within each reading of "${word}": ${readings}. ` +
        `${agree ? "Every reading gives the same outcome." : "The readings disagree: the weakest outcome is given (the verdict depends on the reading)."}${note}`,
    ),
  };
}

function powerResults(evidence: Table2Sample, note: string): RespondentLevelResult[] {
  const parts = evidence.againstPower.map((d) => ({ estimate: d, outcome: relationOutcome(inPercent(d)) }));
  const each = weakestOf(parts);
  const bundle = { estimate: evidence.bundleAgainstPower, outcome: relationOutcome(inPercent(evidence.bundleAgainstPower)) };
  const shown = weakestOf([each, bundle]);
  const text = parts.map((p) => `${p.estimate.measure}: ${describeDifference(p.estimate)}, ${p.outcome}`).join("; ");
  return ["T2-24", "T2-25"].map((id) => ({
    id,
    ...estimateLayer(
      shown.estimate,
      "percentage points",
      shown.outcome,
      `Against Russia's international strength, of all mentions (same respondents), under each reading: each basis more common (${text}): ${each.outcome}; ` +
        `the bases together (the bundle): ${describeDifference(bundle.estimate)}, ${bundle.outcome}. ` +
        `${each.outcome === bundle.outcome ? "Both readings give the same outcome." : "The readings disagree: the weakest outcome is given (on the printed figures the verdict depends on the reading)."} The estimate shown is the weakest reading's.${note}`,
    ),
  }));
}
