import { loadTable1 } from "../article/table1";
import { loadTable2, Table2Cell } from "../article/table2";
import { loadTextFigures } from "../article/text-figures";
import { DataError } from "../io/data-error";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import type { WaveConcept } from "../waves/concepts";

/** Project-relative path of the generator's assumed parameters (values the memo does not publish). */
export const SYNTHETIC_PARAMETERS_FILE = "data/waves/synthetic-parameters.csv";

/**
 * Shares of the five answers of a balanced item, as fractions summing to 1:
 * [strong positive, moderate positive, non-substantive, moderate negative, strong negative].
 */
export type FiveWayShares = readonly [number, number, number, number, number];

/** A dependent item calibrated to one of the memo's conditional shares. */
export interface ConditionalTarget {
  readonly concept: WaveConcept;
  /** The Russia item it is conditioned on. */
  readonly anchor: WaveConcept;
  /** `figure_id` of the memo's figure in data/article/text-figures.csv. */
  readonly memoFigureId: string;
  /** P(positive | anchor positive), from the memo (fraction). */
  readonly positiveGivenAnchor: number;
  readonly positiveGivenNotAnchor: number;
  readonly nonSubstantiveGivenAnchor: number;
  readonly nonSubstantiveGivenNotAnchor: number;
  /** Share of the strong option on each side. */
  readonly strongShare: number;
}

/** Everything the generator calibrates to: the memo's published figures and the documented assumptions. */
export interface SyntheticTargets {
  readonly respondents: number;
  readonly stratumPopulationShares: readonly number[];
  readonly stratumPsuCounts: readonly number[];
  readonly interviewsPerPsu: number;
  readonly nonresponseWeightSd: number;
  readonly psuEffectSd: number;
  readonly opennessLoading: number;
  readonly leadershipLoading: number;
  readonly refusedShare: number;
  /** Table 1 items (memo, published), by concept. */
  readonly table1: ReadonlyMap<WaveConcept, FiveWayShares>;
  readonly leadership: FiveWayShares;
  readonly conditional: readonly ConditionalTarget[];
  /** Table 2, "all reasons" base: share of all first- and second-named reasons by reason label (memo, published). */
  readonly reasonShares: ReadonlyMap<string, number>;
  /** Table 2's uncategorizable share (fraction) and its assumed split into other / do not know / refused. */
  readonly uncategorizableShare: number;
  readonly uncategorizableSplit: readonly [number, number, number];
  readonly secondReasonShare: number;
}

/** The memo's four conditional shares: concept, anchor and figure id in data/article/text-figures.csv. */
export const CONDITIONAL_SHARE_FIGURES: readonly { concept: WaveConcept; anchor: WaveConcept; figureId: string }[] = [
  { concept: "us_opinion", anchor: "russia_opinion", figureId: "mv_russia_fav_us_fav" },
  { concept: "china_opinion", anchor: "russia_opinion", figureId: "mv_russia_fav_china_fav" },
  { concept: "us_economic_relations", anchor: "russia_economic_relations", figureId: "mv_russia_rel_us_rel" },
  { concept: "china_economic_relations", anchor: "russia_economic_relations", figureId: "mv_russia_rel_china_rel" },
];

const PARAMETERS_SCHEMA: TableSchema = {
  columns: { parameter: { type: "string" }, value: { type: "string" }, rationale: { type: "string" } },
  key: ["parameter"],
};

/**
 * Reads the generator's targets: Table 1 distributions (data/article/table1.csv),
 * the memo's four conditional shares (data/article/text-figures.csv), Table 2's
 * all-reasons distribution (data/article/table2.csv) and the assumed
 * parameters (data/waves/synthetic-parameters.csv). Published percentages
 * are normalised to sum to 1 within an item (they are rounded).
 *
 * @throws DataError naming the file, row and column of a missing or malformed value.
 * @example loadSyntheticTargets().table1.get("russia_opinion") // => [0.39, 0.48, 0.05, 0.06, 0.02]
 */
export function loadSyntheticTargets(parametersFile: string = SYNTHETIC_PARAMETERS_FILE): SyntheticTargets {
  const parameterRows = loadTidyCsv(parametersFile, PARAMETERS_SCHEMA).objects() as { parameter: string; value: string }[];
  const list = (name: string, length?: number): number[] => {
    const index = parameterRows.findIndex((row) => row.parameter === name);
    if (index < 0) throw new DataError("value-missing", { file: parametersFile, column: "parameter" }, `parameter ${name} is missing`);
    const values = parameterRows[index].value.split(";").map((text) => Number(text.trim()));
    if (values.some((value) => !Number.isFinite(value) || value < 0) || (length !== undefined && values.length !== length)) {
      throw new DataError("value-type", { file: parametersFile, row: index + 1, column: "value" }, `${name} must be ${length ?? "a list of"} non-negative number(s) separated by ";"`);
    }
    return values;
  };
  const one = (name: string): number => list(name, 1)[0];
  const five = (values: number[]): FiveWayShares => {
    const sum = values.reduce((a, b) => a + b, 0);
    return values.map((value) => value / sum) as unknown as FiveWayShares;
  };

  const table1 = new Map<WaveConcept, FiveWayShares>();
  const table1Rows = loadTable1().objects() as { item_id: string; kind: string; scale_position: number; percent: number }[];
  for (const concept of ["russia_opinion", "russia_economic_relations", "eeu_benefit"] as const) {
    const rows = table1Rows.filter((row) => row.item_id === concept);
    const at = (position: number) => rows.find((row) => (position === 0 ? row.kind === "nonsubstantive" : row.scale_position === position))!.percent;
    table1.set(concept, five([at(2), at(1), at(0), at(-1), at(-2)]));
  }

  const figures = loadTextFigures().objects() as { figure_id: string; value: number }[];
  const conditional = CONDITIONAL_SHARE_FIGURES.map(({ concept, anchor, figureId }): ConditionalTarget => {
    const figure = figures.find((row) => row.figure_id === figureId);
    if (!figure) throw new DataError("value-missing", { file: "data/article/text-figures.csv", column: "figure_id" }, `figure ${figureId} (memo's conditional share for ${concept}) is missing`);
    return {
      concept,
      anchor,
      memoFigureId: figureId,
      positiveGivenAnchor: figure.value / 100,
      positiveGivenNotAnchor: one(`${concept}.positive_given_anchor_not_positive`),
      nonSubstantiveGivenAnchor: one(`${concept}.nonsubstantive_given_anchor_positive`),
      nonSubstantiveGivenNotAnchor: one(`${concept}.nonsubstantive_given_anchor_not_positive`),
      strongShare: one(`${concept}.strong_share`),
    };
  });

  const reasons = (loadTable2().objects() as unknown as Table2Cell[]).filter((row) => row.base === "all_reasons");
  const total = reasons.reduce((sum, row) => sum + row.percent, 0);
  const uncategorizable = reasons.filter((row) => row.reason_group === "uncategorizable").reduce((sum, row) => sum + row.percent, 0) / total;
  const reasonShares = new Map(reasons.filter((row) => row.reason_group !== "uncategorizable").map((row) => [row.category, row.percent / total]));
  const split = list("reasons.uncategorizable_split", 3);
  const splitSum = split[0] + split[1] + split[2];

  return {
    respondents: one("design.respondents"),
    stratumPopulationShares: list("design.stratum_population_shares"),
    stratumPsuCounts: list("design.stratum_psu_counts"),
    interviewsPerPsu: one("design.interviews_per_psu"),
    nonresponseWeightSd: one("design.nonresponse_weight_sd"),
    psuEffectSd: one("latent.psu_effect_sd"),
    opennessLoading: one("latent.openness_loading"),
    leadershipLoading: one("latent.leadership_loading"),
    refusedShare: one("nonsubstantive.refused_share"),
    table1,
    leadership: five(list("leadership_opinion.shares", 5)),
    conditional,
    reasonShares,
    uncategorizableShare: uncategorizable,
    uncategorizableSplit: [split[0] / splitSum, split[1] / splitSum, split[2] / splitSum],
    secondReasonShare: one("reasons.second_reason_share"),
  };
}
