import { createCodeLookup } from "./code-lookup";
import type { SurveyDesign } from "./design";
import { estimateProportionTables } from "./proportion-engine";
import type { GroupProportionTable, ProportionOptions } from "./proportion-types";

/** Options of {@link surveyProportionsByGroup}: those of surveyProportions plus the groups to report. */
export interface GroupProportionOptions extends ProportionOptions {
  /** Group codes to report, in order. Default: observed codes (NaN = no group), sorted. */
  readonly groups?: readonly number[];
}

/**
 * Weighted frequency tables of an item within each level of a grouping
 * variable — R's `svyby(~factor(y), ~group, design, svymean)` with each table
 * also carrying logit/Wald intervals with that group's degf (as
 * `svyciprop(…, subset(design, group == g))`). Each group is a domain: weights
 * outside it are zeroed, so SEs use the full PSU structure (Lumley 2010 §2.6).
 * Computed in a single pass over the rows for all groups. Rows with a NaN
 * group are in no group; a listed group without respondents gets NaN estimates.
 *
 * @example
 * const byRegion = surveyProportionsByGroup(design, answers, region, { categories: [1, 2, 3, 4, 5] });
 * byRegion.map((t) => [t.group, t.categories[0].estimate, t.categories[0].se]);
 */
export function surveyProportionsByGroup(
  design: SurveyDesign,
  item: ArrayLike<number>,
  group: ArrayLike<number>,
  options: GroupProportionOptions = {},
): GroupProportionTable[] {
  if (group.length !== design.rowCount) throw new RangeError(`group has ${group.length} rows, design has ${design.rowCount}`);
  const groupCodes = options.groups ? [...options.groups] : observedGroups(group);
  const groupOf = createCodeLookup(groupCodes);
  const groupOfRow = new Int32Array(group.length);
  for (let i = 0; i < group.length; i++) {
    const code = group[i];
    groupOfRow[i] = code === code ? groupOf(code) : -1;
  }
  return estimateProportionTables(design, item, groupOfRow, groupCodes, options);
}

function observedGroups(group: ArrayLike<number>): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < group.length; i++) if (group[i] === group[i]) seen.add(group[i]);
  return [...seen].sort((a, b) => a - b);
}
