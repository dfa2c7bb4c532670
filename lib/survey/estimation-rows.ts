import type { SurveyDesign } from "./design";
import { describeDomain, EmptyDomainError } from "./errors";

/** The rows an estimate uses, as 0/1 masks over the design's rows. */
export interface EstimationRows {
  /** Rows in the domain (all rows without one): the rows of R's `subset(design, …)`. */
  readonly inDomain: Uint8Array;
  /** Rows in the domain with every variable present (not NaN): the rows of R's `na.rm = TRUE`. */
  readonly complete: Uint8Array;
  /** Rows in the domain with a missing (NaN) value in some variable. */
  readonly missing: number;
}

/**
 * Splits the design's rows for an estimate over an optional domain: those in
 * the domain, and those of them with every variable present.
 *
 * @throws RangeError when a variable or the domain has another length than the design
 * @example estimationRows(design, [y], domain).complete // Uint8Array of rows with y present inside the domain
 */
export function estimationRows(
  design: SurveyDesign,
  variables: readonly ArrayLike<number>[],
  domain?: ArrayLike<number | boolean>,
): EstimationRows {
  const rowCount = design.rowCount;
  for (const variable of variables) if (variable.length !== rowCount) throw new RangeError(`a variable has ${variable.length} rows, the design has ${rowCount}`);
  if (domain && domain.length !== rowCount) throw new RangeError(`domain has ${domain.length} rows, the design has ${rowCount}`);
  const inDomain = new Uint8Array(rowCount);
  const complete = new Uint8Array(rowCount);
  let missing = 0;
  for (let i = 0; i < rowCount; i++) {
    if (domain && !domain[i]) continue;
    inDomain[i] = 1;
    if (variables.some((variable) => Number.isNaN(variable[i]))) missing++;
    else complete[i] = 1;
  }
  return { inDomain, complete, missing };
}

/**
 * Σ w over `rows`, refusing an empty domain: no row, or zero total weight.
 *
 * @throws EmptyDomainError naming the domain (options.domainName, else "the domain"/"the sample")
 * @example weightedTotalOf(design, rows.complete, { hasDomain: true, domainName: "women" }) // => 812.5
 */
export function weightedTotalOf(
  design: SurveyDesign,
  rows: Uint8Array,
  naming: { readonly domainName?: string; readonly hasDomain: boolean; readonly group?: string; readonly column?: string },
): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i]) continue;
    total += design.weights[i];
    count++;
  }
  if (total === 0) {
    const detail = count === 0 ? "no row with every variable present lies in it" : `its ${count} row(s) with every variable present all have weight 0`;
    throw new EmptyDomainError({ file: design.source.file, column: naming.column }, describeDomain(naming), detail);
  }
  return total;
}

/**
 * Respondents among `rows` with a nonzero weight (R: `sum(weights(design) != 0)`).
 *
 * @example respondentsIn(design, rows.complete) // => 412
 */
export function respondentsIn(design: SurveyDesign, rows: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i] && design.weights[i] !== 0) n++;
  return n;
}
