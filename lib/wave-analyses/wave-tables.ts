import { designDeclaration, designDeclarationRows } from "../display/design-declaration";
import { figureOutcome, relationOutcome } from "../claims/respondent-verdict";
import type { AnalysisSample } from "./analysis-sample";
import type { Candidate, Table1Option } from "./candidate-evidence";
import type { Estimate } from "./estimates-file";
import { inPercent } from "./respondent-layers";
import type { Table1FromWaves, Table1Item } from "./table1-from-waves";
import type { Table2FromWaves, Table2Sample } from "./table2-from-waves";
import type { LabelledEstimate, TestedEstimate } from "./wave-estimates";

/**
 * The tables the notebooks show of the analyses of the waves, as plain rows
 * of text (numbers formatted once, here), so that each notebook cell is a
 * caption and a call. Percent with one decimal, intervals as "(low–high)".
 */

/** A row of text cells, column name → cell. */
export type TextRow = Record<string, string>;

/**
 * An estimate and its 95% interval in percent: "39.0 (37.2–40.9)".
 *
 * @example percentCell({ estimate: 0.39, ciLow: 0.372, ciHigh: 0.409 }) // => "39.0 (37.2–40.9)"
 */
export function percentCell(e: Pick<Estimate, "estimate" | "ciLow" | "ciHigh">): string {
  return `${(100 * e.estimate).toFixed(1)} (${(100 * e.ciLow).toFixed(1)}–${(100 * e.ciHigh).toFixed(1)})`;
}

/**
 * A difference in percentage points with its interval: "+9.0 (5.7 to 12.3)".
 *
 * @example pointsCell({ estimate: 0.09, ciLow: 0.057, ciHigh: 0.123 }) // => "+9.0 (5.7 to 12.3)"
 */
export function pointsCell(e: Pick<Estimate, "estimate" | "ciLow" | "ciHigh">): string {
  const signed = (x: number) => `${x > 0 ? "+" : ""}${(100 * x).toFixed(1)}`;
  return `${signed(e.estimate)} (${(100 * e.ciLow).toFixed(1)} to ${(100 * e.ciHigh).toFixed(1)})`;
}

/**
 * A p-value for a table: "< 0.001" or three decimals.
 *
 * @example pValueCell(0.0312) // => "0.031"
 */
export function pValueCell(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

/**
 * The design declarations of several samples side by side: one row per line
 * of R's `summary(design)` ({@link designDeclarationRows}), one column per sample.
 *
 * @example designDeclarationTable([sample2017, sample2018])[0] // => { item: "design", "kz-2017 …": "stratified cluster sample, …", … }
 */
export function designDeclarationTable(samples: readonly AnalysisSample[]): TextRow[] {
  const declarations = samples.map((sample) => ({ label: sample.label, rows: designDeclarationRows(designDeclaration(sample.sample.design, sample.label)) }));
  if (declarations.length === 0) return [];
  return declarations[0].rows.map((row, k) => ({ item: row.item, ...Object.fromEntries(declarations.map((d) => [d.label, d.rows[k].value])) }));
}

/**
 * One item of Table 1 from the waves as a wide table: one row per answer or
 * box and base, the memo's printed percent (Table 1 prints non-substantive
 * answers in the base), then one column per sample with the estimate and its
 * 95% interval, and the outcome of the pooled evidence against the printed figure.
 *
 * @example distributionRows(table1.items[0], table1Rows)[0] // => { answer: "Very favorable (code 1)", base: "all", memo: "39", "kz-2017-synthetic (SYNTHETIC)": "38.9 (35.6–42.3)", …, outcome: "reproduced" }
 */
export function distributionRows(item: Table1Item, options: readonly Table1Option[]): TextRow[] {
  if (item.distributions.length === 0) return [];
  const evidence = item.set.pooled === null ? undefined : item.distributions.find((d) => d.sample.id === item.set.pooled!.id);
  const printedOf = (e: LabelledEstimate): number | undefined => {
    if (e.base !== "all") return undefined;
    if (e.measure === "nonsubstantive") return options.find((o) => o.item_id === item.concept && o.kind !== "substantive")?.percent;
    if (e.measure === "positive" || e.measure === "negative") {
      const positions = e.measure === "positive" ? [1, 2] : [-1, -2];
      return options.filter((o) => o.item_id === item.concept && positions.includes(o.scale_position)).reduce((sum, o) => sum + o.percent, 0);
    }
    const coding = item.distributions[0].sample.coding.get(item.concept)!;
    const position = coding.codes.find((a) => String(a.code) === e.measure)?.scalePosition;
    return position === null || position === undefined ? undefined : options.find((o) => o.item_id === item.concept && o.scale_position === position)?.percent;
  };
  const measures = [...new Map(item.distributions.flatMap((d) => d.estimates).map((e) => [`${e.measure}|${e.base}`, e])).values()];
  const same = (a: LabelledEstimate) => (b: LabelledEstimate) => a.measure === b.measure && a.base === b.base;
  return measures.map((e) => {
    const printed = printedOf(e);
    const pooled = evidence?.estimates.find(same(e));
    return {
      answer: e.label,
      base: e.base,
      memo: printed === undefined ? "–" : String(printed),
      ...Object.fromEntries(item.distributions.map((d) => {
        const found = d.estimates.find(same(e));
        return [d.sample.label, found === undefined ? "–" : percentCell(found)];
      })),
      "evidence vs memo": printed === undefined || pooled === undefined ? "–" : figureOutcome(inPercent(pooled), printed),
    };
  });
}

/**
 * The moderate-vs-strongest differences of every item and of the sums over
 * items, per sample: estimate and interval (points), SE, t, df, p, and what
 * the interval says of "at least as common".
 *
 * @example differenceRows(table1)[0] // => { items: "russia_opinion", sample: "…", difference: "+9.0 (5.7 to 12.3)", se: "1.7", t: "5.29", df: "426", p: "< 0.001", outcome: "reproduced" }
 */
export function differenceRows(table1: Table1FromWaves): TextRow[] {
  const rows = [...table1.items.map((i) => ({ items: i.concept, differences: i.differences })), ...table1.sums.map((s) => ({ items: `sum over ${s.concepts.join(", ")}`, differences: s.differences }))];
  return rows.flatMap((r) =>
    r.differences.map((d) => ({
      items: r.items,
      sample: d.sample.label,
      "moderate − strongest (points, 95% CI)": pointsCell(d.difference),
      "SE (points)": (100 * d.difference.se).toFixed(2),
      t: d.difference.t.toFixed(2),
      df: String(d.difference.df),
      p: pValueCell(d.difference.pValue),
      "at least as common": relationOutcome(inPercent(d.difference)),
    })),
  );
}

/**
 * Candidate evidence as a wide table: one row per printed figure and base,
 * one column per single wave or pooling, each cell the estimate in percent
 * marked "✓" when it rounds to the printed figure; the last column counts
 * the candidates that give it.
 *
 * @example candidateRows(candidates)[0] // => { figure: "Table 1 · russia_opinion · Very favorable", memo: "39", base: "all", "kz-2017-synthetic (SYNTHETIC)": "38.9 ✓", …, gives: "4 of 6" }
 */
export function candidateRows(candidates: readonly Candidate[]): TextRow[] {
  const keys = [...new Set(candidates.map((c) => `${c.figure.figure}|${c.estimate.base}`))];
  return keys.map((key) => {
    const own = candidates.filter((c) => `${c.figure.figure}|${c.estimate.base}` === key);
    return {
      figure: own[0].figure.figure,
      memo: String(own[0].figure.printed),
      base: own[0].estimate.base,
      ...Object.fromEntries(own.map((c) => [c.pooling.label, `${(100 * c.estimate.estimate).toFixed(1)}${c.rounds ? " ✓" : ""}`])),
      gives: `${own.filter((c) => c.rounds).length} of ${own.length}`,
    };
  });
}

/**
 * Table 2 on one sample beside the memo's printed columns: one row per
 * category with column 1 and column 2 as printed, then the four
 * respondent-level bases with their 95% intervals.
 *
 * @example table2Rows(table2.evidence!, table2Cells(loadTable2()))[0] // => { category: "RU domestic qualities", "memo col. 1": "47", "of all mentions": "47.0 (45.6–48.4)", … }
 */
export function table2Rows(sample: Table2Sample, cells: readonly { readonly category_id: string; readonly base: string; readonly percent: number }[]): TextRow[] {
  const printed = (id: string, base: string) => cells.find((c) => c.category_id === id && c.base === base)?.percent;
  return sample.categories.map((k) => ({
    category: k.category.category,
    "memo col. 1 (% of all reasons)": String(printed(k.category.categoryId, "all_reasons") ?? "–"),
    "share of all mentions": percentCell(k.ofMentions),
    "memo col. 2 (% of categorizable)": String(printed(k.category.categoryId, "categorizable_reasons") ?? "–"),
    "share of categorizable mentions": k.ofCategorizable === null ? "–" : percentCell(k.ofCategorizable),
    "share of respondents citing it": percentCell(k.citing),
    "of those with a categorizable reason": k.citingOfCategorizable === null ? "–" : percentCell(k.citingOfCategorizable),
  }));
}

/**
 * Table 2's categories on every sample, long: category, sample, the four
 * shares with 95% intervals (of all mentions, of categorizable mentions, of
 * respondents, of respondents with a categorizable reason) and the
 * respondents in the domain.
 *
 * @example table2WaveRows(table2).length // => 7 × samples
 */
export function table2WaveRows(table2: Table2FromWaves): TextRow[] {
  return table2.samples.flatMap((s) =>
    s.categories.map((k) => ({
      category: k.category.categoryId,
      sample: s.sample.label,
      "of all mentions": percentCell(k.ofMentions),
      "of categorizable mentions": k.ofCategorizable === null ? "–" : percentCell(k.ofCategorizable),
      "of respondents": percentCell(k.citing),
      "of respondents with a categorizable reason": k.citingOfCategorizable === null ? "–" : percentCell(k.citingOfCategorizable),
      "positive respondents (n)": String(s.respondents),
    })),
  );
}

/**
 * The derived measures of Table 2 the claims need, on the pooled evidence:
 * measure, base, estimate with 95% interval (percent, or points for a
 * difference), SE, t and p where it is a difference.
 *
 * @example table2MeasureRows(table2.evidence!)[0].measure // => "categorizable"
 */
export function table2MeasureRows(sample: Table2Sample): TextRow[] {
  const row = (e: TestedEstimate, difference: boolean): TextRow => ({
    measure: e.measure,
    claims: e.claimIds.join(", "),
    base: e.base,
    "estimate (95% CI)": difference ? `${pointsCell(e)} points` : `${percentCell(e)} %`,
    SE: `${(100 * e.se).toFixed(2)}`,
    t: difference ? e.t.toFixed(2) : "–",
    p: difference ? pValueCell(e.pValue) : "–",
  });
  return [
    row(sample.categorizableShare, false),
    ...sample.benignMinusStrong.map((e) => row(e, true)),
    row(sample.notInternational, false),
    row(sample.benignOfInternational, false),
    ...sample.againstPower.map((e) => row(e, true)),
  ];
}

/**
 * The estimates behind a trend chart, one row per series and wave: estimate
 * with its 95% interval and standard error (percent), n, design df and design
 * effect, so every plotted point has its uncertainty in the table too.
 *
 * @example trendRows(rows)[0] // => { series: "Favourable opinion of Russia", wave: "kz-2017-synthetic", "% (95% CI)": "87.0 (84.9–88.9)", "SE (points)": "1.02", n: "1500", df: "142", deff: "1.38", data: "SYNTHETIC" }
 */
export function trendRows(rows: readonly { readonly measure: string; readonly wave: string; readonly synthetic: boolean; readonly row: Estimate }[]): TextRow[] {
  return rows.map((r) => ({
    series: r.measure,
    wave: r.wave,
    "% (95% CI)": percentCell(r.row),
    "SE (points)": (100 * r.row.se).toFixed(2),
    n: String(r.row.n),
    "design df": String(r.row.df),
    deff: r.row.deff === null ? "–" : r.row.deff.toFixed(2),
    data: r.synthetic ? "SYNTHETIC" : "survey data",
  }));
}

/**
 * Changes between consecutive waves as table rows: change and interval in
 * points, SE, t on the design df, p and Holm-adjusted p, the flag.
 *
 * @example changeRows(differences)[0].change // => "-0.4 (-3.2 to 2.4)"
 */
export function changeRows(
  rows: readonly { readonly measure: string; readonly from: string; readonly to: string; readonly synthetic: boolean; readonly t: number; readonly df: number; readonly pValue: number; readonly holmP: number; readonly significant: boolean; readonly row: Estimate; readonly comparison?: string }[],
): TextRow[] {
  return rows.map((d) => ({
    series: d.measure,
    ...(d.comparison === undefined ? {} : { comparison: d.comparison }),
    from: d.from,
    to: d.to,
    "change (points, 95% CI)": pointsCell(d.row),
    "SE (points)": (100 * d.row.se).toFixed(2),
    t: d.t.toFixed(2),
    df: String(d.df),
    p: pValueCell(d.pValue),
    "Holm p": pValueCell(d.holmP),
    significant: d.significant ? "yes" : "no",
    data: d.synthetic ? "SYNTHETIC" : "survey data",
  }));
}

/**
 * The Rao–Scott tests of each measure's distribution across waves as a
 * table: F on its (fractional) df, p, Holm-adjusted p, the mean generalized
 * design effect, n.
 *
 * @example distributionTestRows(distributionTests(series, TABLE1_TREND_MEASURES))[0] // => { series: "…", waves: "kz-2017 … kz-2019", F: "0.84", "df (num, den)": "6.9, 968.5", p: "0.552", … }
 */
export function distributionTestRows(
  rows: readonly { readonly measure: string; readonly waves: readonly string[]; readonly synthetic: boolean; readonly f: number; readonly ndf: number; readonly ddf: number; readonly pValue: number; readonly holmP: number; readonly significant: boolean; readonly meanDesignEffect: number; readonly n: number }[],
): TextRow[] {
  return rows.map((d) => ({
    series: d.measure,
    waves: d.waves.join(", "),
    F: d.f.toFixed(2),
    "df (num, den)": `${d.ndf.toFixed(2)}, ${d.ddf.toFixed(1)}`,
    p: pValueCell(d.pValue),
    "Holm p": pValueCell(d.holmP),
    significant: d.significant ? "yes" : "no",
    "mean design effect": d.meanDesignEffect.toFixed(2),
    n: String(d.n),
    data: d.synthetic ? "SYNTHETIC" : "survey data",
  }));
}
