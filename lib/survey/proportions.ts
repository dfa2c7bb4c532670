import type { SurveyDesign } from "./design";
import { estimateProportionTables } from "./proportion-engine";
import type { ProportionOptions, ProportionTable } from "./proportion-types";

/**
 * Weighted frequency table of a categorical item with design-based standard
 * errors, the equivalent of R's
 * `svymean(~factor(y), design, na.rm = TRUE, deff = TRUE)` plus
 * `svyciprop(~I(y == k), design, method = "logit")` for each category:
 *
 *   p̂_k = Σ_i w_i 1{y_i = k} / Σ_i w_i,
 *   V(p̂_k) = Σ_h n_h/(n_h − 1) Σ_{p∈h} (z_pk − z̄_hk)²,  z_pk = Σ_{i∈p} w_i (1{y_i = k} − p̂_k) / Σw
 *
 * (Taylor linearization of a ratio, with-replacement PSUs; Binder 1983;
 * Lumley 2010 §2.2–2.3). Missing answers (NaN) are excluded as by R's
 * `na.rm = TRUE`, i.e. domain estimation over answered rows — the rows stay
 * in the design, so PSU counts and variance are unaffected by dropping; the
 * t quantiles use df = degf(design) as `svyciprop(…, na.rm = TRUE)` does.
 * With `domain`, estimates are for the sub-population (R `subset(design, …)`,
 * df = degf of the subset); with `nonSubstantive.handling = "exclude"`,
 * the non-substantive answers are likewise a domain restriction.
 *
 * @throws EmptyDomainError (naming `domainName`) when no answered row of the domain has a nonzero weight
 * @throws SurveyInputError "value-unknown-code" (row and `itemName` named) for a code outside the categories and non-substantive codes
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail" when a used stratum has one PSU
 * @throws RangeError when the item or the domain has another length than the design
 * @example
 * const table = surveyProportions(design, answers, { categories: [1, 2, 3, 4, 5], nonSubstantive: { codes: [8, 9], handling: "exclude" } });
 * table.categories[0].estimate; table.categories[0].ci.lower; table.nonSubstantive.handling // "exclude"
 */
export function surveyProportions(design: SurveyDesign, item: ArrayLike<number>, options: ProportionOptions = {}): ProportionTable {
  const [table] = estimateProportionTables(design, item, null, [0], options);
  const { group: _group, ...rest } = table;
  return rest;
}
