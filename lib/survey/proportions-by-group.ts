import { createCodeLookup } from "./code-lookup";
import type { SurveyDesign } from "./design";
import { estimateProportionTables } from "./proportion-engine";
import type { GroupProportionTable, ProportionOptions } from "./proportion-types";

/** Options of {@link surveyProportionsByGroup}: those of surveyProportions plus the groups to report. */
export interface GroupProportionOptions extends ProportionOptions {
  /** Group codes to report, in order. Default: codes observed in the domain (NaN = no group), sorted. */
  readonly groups?: readonly number[];
  /** Name of the grouping variable in an EmptyDomainError ("<groupName> = <code>"), default "group". */
  readonly groupName?: string;
}

/**
 * Weighted frequency tables of an item within each level of a grouping
 * variable — R's `svyby(~factor(y), ~group, design, svymean)` with each table
 * also carrying logit/Wald intervals with that group's degf (as
 * `svyciprop(…, subset(design, group == g))`). Each group is a domain: weights
 * outside it are zeroed, so SEs use the full PSU structure (Lumley 2010 §2.6).
 * Computed in a single pass over the rows for all groups. Rows with a NaN
 * group are in no group.
 *
 * @throws EmptyDomainError naming the group when a reported group has no answered row with nonzero weight
 *   (R's `svyby` leaves unobserved groups out and gives NaN or 0 ± 0 for empty ones; see README)
 * @throws SurveyInputError "value-unknown-code" for an answer outside the reported and non-substantive codes
 * @example
 * const byRegion = surveyProportionsByGroup(design, answers, region, { categories: [1, 2, 3, 4, 5], groupName: "region" });
 * byRegion.map((t) => [t.group, t.categories[0].estimate, t.categories[0].se]);
 */
export function surveyProportionsByGroup(
  design: SurveyDesign,
  item: ArrayLike<number>,
  group: ArrayLike<number>,
  options: GroupProportionOptions = {},
): GroupProportionTable[] {
  if (group.length !== design.rowCount) throw new RangeError(`group has ${group.length} rows, design has ${design.rowCount}`);
  const groupCodes = options.groups ? [...options.groups] : observedGroups(group, options.domain);
  const groupOf = createCodeLookup(groupCodes);
  const groupOfRow = new Int32Array(group.length);
  for (let i = 0; i < group.length; i++) {
    const code = group[i];
    groupOfRow[i] = Number.isNaN(code) ? -1 : groupOf(code);
  }
  return estimateProportionTables(design, item, groupOfRow, groupCodes, options, options.groupName);
}

function observedGroups(group: ArrayLike<number>, domain: ArrayLike<number | boolean> | undefined): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < group.length; i++) if (!Number.isNaN(group[i]) && (!domain || domain[i])) seen.add(group[i]);
  return [...seen].sort((a, b) => a - b);
}
