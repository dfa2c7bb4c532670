import * as aq from "arquero";
import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";

/** Project-relative path of the focus-group design derived from the memo's footnote 4 (one row per group). */
export const FOCUS_GROUPS_FILE = "data/article/focus-groups.csv";
/** Project-relative path of the memo's quantifiers about focus-group answers. */
export const FOCUS_GROUP_QUANTIFIERS_FILE = "data/article/focus-group-quantifiers.csv";

/**
 * Kazakhstan's five economic-geographic regions (North, South, West, East and
 * Central Kazakhstan), the grouping the design table uses to place each city;
 * a geographic convention, not a statement of the memo (data/article/README.md).
 */
export const MACRO_REGIONS = ["North", "South", "West", "East", "Centre"] as const;
export type MacroRegion = (typeof MACRO_REGIONS)[number];

/**
 * Contract of `data/article/focus-groups.csv`: one group per city and language
 * the footnote lists, with the city's administrative unit in 2019 and its
 * macro-region (geography added to the memo's design, not from the memo).
 */
export const FOCUS_GROUPS_SCHEMA: TableSchema = {
  columns: {
    group_id: { type: "string" },
    city: { type: "string" },
    language: { type: "string", values: ["Kazakh", "Russian"] },
    design_phrase: { type: "string" },
    oblast_2019: { type: "string" },
    macro_region: { type: "string", values: MACRO_REGIONS },
  },
  key: ["city", "language"],
};

/** Contract of `data/article/focus-group-quantifiers.csv`: one row per quantifier the memo uses. */
export const FOCUS_GROUP_QUANTIFIERS_SCHEMA: TableSchema = {
  columns: {
    quantifier_id: { type: "string" },
    section: { type: "string" },
    paragraph: { type: "integer", min: 1 },
    phrase: { type: "string" },
    quantifier: { type: "string" },
    approximate_percent: { type: "number", optional: true, min: 0, max: 100 },
    approximate_count: { type: "integer", optional: true, min: 0 },
    base: { type: "string" },
    claim_id: { type: "string" },
    nested_in: { type: "string", optional: true },
  },
  key: ["quantifier_id"],
};

/** One focus group as derived from footnote 4. */
export interface FocusGroup {
  readonly group_id: string;
  readonly city: string;
  readonly language: "Kazakh" | "Russian";
  /** The footnote's words this group is read from. */
  readonly design_phrase: string;
  /** The city's administrative unit in 2019 (region, or city of republican significance). */
  readonly oblast_2019: string;
  readonly macro_region: MacroRegion;
}

/** One quantifier the memo uses about the focus groups, with where it stands and what it is a share of. */
export interface FocusGroupQuantifier {
  readonly quantifier_id: string;
  readonly section: string;
  readonly paragraph: number;
  readonly phrase: string;
  /** The word or phrase read by a convention, e.g. "majority", "about". */
  readonly quantifier: string;
  /** The share an approximate quantifier states ("two-thirds" = 66.6667); NaN when none. */
  readonly approximate_percent: number;
  /** The count an approximate quantifier states ("about five" = 5); NaN when none. */
  readonly approximate_count: number;
  /** What the share is of, e.g. "participants", "answers". */
  readonly base: string;
  readonly claim_id: string;
  /** The quantifier whose members this one counts ("most of those"), or "" when it counts the whole base. */
  readonly nested_in: string;
}

/** Project-relative path of the quantifiers of the Conclusion's claims about the public (notebook 05). */
export const CONTEXT_QUANTIFIERS_FILE = "data/article/context-quantifiers.csv";

/**
 * Loads the quantifiers of the Conclusion's claims about Kazakhstanis
 * ("largely", "generally"), same contract as the focus-group quantifiers.
 *
 * @example focusGroupQuantifierRows(loadContextQuantifiers())[0].quantifier // => "largely"
 */
export function loadContextQuantifiers(file: string = CONTEXT_QUANTIFIERS_FILE): aq.ColumnTable {
  return loadTidyCsv(file, FOCUS_GROUP_QUANTIFIERS_SCHEMA);
}

/**
 * Loads the focus-group design (city × language, one group each).
 *
 * @example loadFocusGroups().numRows() // => 10
 */
export function loadFocusGroups(file: string = FOCUS_GROUPS_FILE): aq.ColumnTable {
  return loadTidyCsv(file, FOCUS_GROUPS_SCHEMA);
}

/**
 * Loads the quantifiers the memo uses about focus-group answers (a stated
 * share such as two-thirds in `approximate_percent`, a stated count such as
 * "about five" in `approximate_count`; both empty for words without a number).
 *
 * @example loadFocusGroupQuantifiers().numRows() // => 25
 */
export function loadFocusGroupQuantifiers(file: string = FOCUS_GROUP_QUANTIFIERS_FILE): aq.ColumnTable {
  return loadTidyCsv(file, FOCUS_GROUP_QUANTIFIERS_SCHEMA);
}

/**
 * The rows of a loaded focus-group design as typed objects, in file order.
 *
 * @example focusGroupRows(loadFocusGroups()).filter((g) => g.language === "Kazakh").length // => 5
 */
export function focusGroupRows(groups: aq.ColumnTable): FocusGroup[] {
  return groups.objects() as unknown as FocusGroup[];
}

/**
 * The rows of the loaded focus-group quantifiers as typed objects, in file order.
 *
 * @example focusGroupQuantifierRows(loadFocusGroupQuantifiers())[0].quantifier // => "almost none"
 */
export function focusGroupQuantifierRows(quantifiers: aq.ColumnTable): FocusGroupQuantifier[] {
  return quantifiers.objects() as unknown as FocusGroupQuantifier[];
}
