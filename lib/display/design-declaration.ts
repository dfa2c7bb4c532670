import { designDegreesOfFreedom } from "../survey/degrees-of-freedom";
import type { SurveyDesign } from "../survey/design";
import type { LonelyPsuRule } from "../survey/lonely-psu";
import { showTable } from "./notebook-display";

/**
 * The design declaration of one wave sample, as plain numbers: what R's
 * `summary(svydesign(...))` reports (design type, strata, PSUs, the spread of
 * the weights) plus the design degrees of freedom and the single-PSU rule.
 * Built from a {@link SurveyDesign} by {@link designDeclaration}, or by hand
 * (e.g. from the survey core's design summary once it exists).
 */
export interface DesignDeclaration {
  /** Which sample, e.g. the wave id; shown in the caption. */
  readonly sample: string;
  readonly rows: number;
  readonly strata: number;
  readonly psus: number;
  /** PSUs per stratum: the fewest and the most. */
  readonly psusPerStratum: { readonly min: number; readonly max: number };
  /** The weights: sum (estimated population size), smallest, largest. */
  readonly weights: { readonly sum: number; readonly min: number; readonly max: number };
  /** Design degrees of freedom, R's `degf()`: PSUs − strata, over rows with nonzero weight. */
  readonly degreesOfFreedom: number;
  readonly lonelyPsu: LonelyPsuRule;
  /** Column names of the weight, stratum and PSU, as the data file has them. */
  readonly columns: { readonly weights: string; readonly strata: string; readonly psu: string };
}

/**
 * The declaration of a design from the fields a SurveyDesign has today:
 * counts of rows, strata and PSUs, PSUs per stratum, the weights' sum and
 * range, `designDegreesOfFreedom` and the lonely-PSU rule.
 *
 * @example designDeclaration(createSurveyDesign({ weights: [1, 1, 2, 2], strata: [1, 1, 2, 2], psu: [1, 2, 1, 2] }), "demo").degreesOfFreedom // => 2
 */
export function designDeclaration(design: SurveyDesign, sample: string): DesignDeclaration {
  const perStratum = Array.from(design.psuCountOfStratum);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const w of design.weights) {
    sum += w;
    if (w < min) min = w;
    if (w > max) max = w;
  }
  return {
    sample,
    rows: design.rowCount,
    strata: design.stratumCount,
    psus: design.psuCount,
    psusPerStratum: { min: Math.min(...perStratum), max: Math.max(...perStratum) },
    weights: { sum, min, max },
    degreesOfFreedom: designDegreesOfFreedom(design),
    lonelyPsu: design.lonelyPsu,
    columns: { weights: design.source.weights, strata: design.source.strata, psu: design.source.psu },
  };
}

/** One line of a design declaration table. */
export interface DesignDeclarationRow {
  readonly item: string;
  readonly value: string;
}

/**
 * The declaration as rows of a two-column table, in the order R's
 * `summary(design)` prints them: design type and call, strata and PSUs, the
 * weights, then degrees of freedom and the lonely-PSU rule (R's
 * `options(survey.lonely.psu = …)`). Numbers are printed with at most four
 * significant decimals, so reruns are byte-identical.
 *
 * @example designDeclarationRows(declaration)[0] // => { item: "design", value: "stratified cluster sample, PSUs with replacement (ultimate cluster variance)" }
 */
export function designDeclarationRows(d: DesignDeclaration): DesignDeclarationRow[] {
  const n = (x: number): string => String(Number(x.toPrecision(10)));
  const w = (x: number): string => String(Math.round(x * 1e4) / 1e4);
  return [
    { item: "design", value: "stratified cluster sample, PSUs with replacement (ultimate cluster variance)" },
    { item: "as R", value: `svydesign(ids = ~${d.columns.psu}, strata = ~${d.columns.strata}, weights = ~${d.columns.weights}, nest = TRUE)` },
    { item: "respondents (rows)", value: n(d.rows) },
    { item: "strata", value: n(d.strata) },
    { item: "PSUs", value: n(d.psus) },
    { item: "PSUs per stratum", value: d.psusPerStratum.min === d.psusPerStratum.max ? n(d.psusPerStratum.min) : `${n(d.psusPerStratum.min)} to ${n(d.psusPerStratum.max)}` },
    { item: "weights: sum", value: w(d.weights.sum) },
    { item: "weights: range", value: `${w(d.weights.min)} to ${w(d.weights.max)}` },
    { item: "weights: largest / smallest", value: d.weights.min > 0 ? w(d.weights.max / d.weights.min) : "smallest weight is 0" },
    { item: "design degrees of freedom (PSUs − strata)", value: n(d.degreesOfFreedom) },
    { item: "single-PSU strata rule", value: d.lonelyPsu },
  ];
}

/**
 * Shows the design declaration of a wave sample as an escaped HTML table
 * (with a plain-text twin), captioned with the sample's name.
 *
 * @example showDesignDeclaration(designDeclaration(sample.design, "kz-2019-synthetic"))
 */
export function showDesignDeclaration(d: DesignDeclaration): void {
  showTable(designDeclarationRows(d), `Survey design of ${d.sample} (as R's summary(design))`);
}
