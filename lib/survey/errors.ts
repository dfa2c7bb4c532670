/**
 * Where a problem with the survey input lies: the data file (or a name the
 * caller gave the design), the 1-based data row and the column, where known.
 * Same shape as the package's `DataErrorLocation`, so a caller that needs its
 * own error type can pass `location` on unchanged.
 */
export interface SurveyInputLocation {
  /** Data file or design name, from `SurveyDesignSpec.source.file` ("survey design" when not given). */
  readonly file: string;
  /** 1-based data row; undefined when the problem is not one row's. */
  readonly row?: number;
  /** Column (variable) name; undefined when not known. */
  readonly column?: string;
}

/**
 * Machine-readable kind of a {@link SurveyInputError}, stable across releases:
 *
 * - "weight-invalid": a NaN, infinite or negative weight, or weights whose sum overflows;
 * - "design-invalid": a missing stratum or PSU label;
 * - "lonely-psu": a stratum with a single PSU under the lonely-PSU rule "fail";
 * - "value-unknown-code": a code that is not among the reported categories (or raking population);
 * - "value-missing": a missing value where none is allowed (raking variables);
 * - "value-range": a value outside its allowed range (a logistic outcome outside [0, 1],
 *   a population cell without sample, a table level without weight);
 * - "empty-domain": an estimate over a domain with no respondents or zero total weight
 *   (always an {@link EmptyDomainError}).
 *
 * The first six equal the codes of the package's `DataError` for the same
 * kind of problem, except "lonely-psu" (a `DataError` says "design-invalid").
 */
export type SurveyInputErrorCode =
  | "weight-invalid"
  | "design-invalid"
  | "lonely-psu"
  | "value-unknown-code"
  | "value-missing"
  | "value-range"
  | "empty-domain";

/**
 * Formats a location as `file`, `file, row 3` or `file, row 3, column "weight"`.
 *
 * @example formatSurveyLocation({ file: "wave.csv", row: 3, column: "weight" }) // => 'wave.csv, row 3, column "weight"'
 */
export function formatSurveyLocation(location: SurveyInputLocation): string {
  let text = location.file;
  if (location.row !== undefined) text += `, row ${location.row}`;
  if (location.column !== undefined) text += `, column "${location.column}"`;
  return text;
}

/**
 * A problem with the input of a survey estimator (weights, design labels,
 * codes, domains), located by file, row and column where known. The message is
 * `<location>: <detail>`, e.g. `wave.csv, row 7, column "weight": weight must
 * be a finite number ≥ 0, got -1`.
 *
 * @example
 * try { createSurveyDesign({ weights: [1, -1] }); } catch (error) {
 *   if (error instanceof SurveyInputError) console.log(error.code, error.location.row); // "weight-invalid" 2
 * }
 */
export class SurveyInputError extends Error {
  readonly code: SurveyInputErrorCode;
  readonly location: SurveyInputLocation;
  /** The message without the location. */
  readonly detail: string;

  constructor(code: SurveyInputErrorCode, location: SurveyInputLocation, detail: string) {
    super(`${formatSurveyLocation(location)}: ${detail}`);
    this.name = "SurveyInputError";
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}

/**
 * An estimate was asked for over a domain (sub-population, group) that holds
 * no respondent with an answer and a nonzero weight. R's `survey` stops here
 * (or returns NaN); this package always throws, so nothing shows NaN as a
 * number. Where an empty domain is a legitimate outcome (e.g. nobody in a
 * wave is positive on the anchor item of a cross-tabulation), catch it and
 * show `no respondents in ${error.domain}`.
 *
 * @example
 * try { surveyProportions(design, item, { domain, domainName: "russia_opinion = positive" }); }
 * catch (error) { if (error instanceof EmptyDomainError) show(`no respondents in ${error.domain}`); else throw error; }
 */
export class EmptyDomainError extends SurveyInputError {
  /** The domain as the caller named it (e.g. "russia_opinion = positive, group = 2"), or "the sample". */
  readonly domain: string;

  constructor(location: SurveyInputLocation, domain: string, detail: string) {
    super("empty-domain", location, `no respondents in ${domain}: ${detail}`);
    this.name = "EmptyDomainError";
    this.domain = domain;
  }
}

/**
 * The description of a domain used in {@link EmptyDomainError}: the caller's
 * name, "the domain" for an unnamed row mask, "the sample" without one, with
 * the group appended for by-group estimates.
 *
 * @example describeDomain({ domainName: "positive on Russia", hasDomain: true, group: "wave = 2" }) // => "positive on Russia, wave = 2"
 */
export function describeDomain(options: { readonly domainName?: string; readonly hasDomain: boolean; readonly group?: string }): string {
  const base = options.domainName ?? (options.hasDomain ? "the domain" : "the sample");
  return options.group === undefined ? base : `${base}, ${options.group}`;
}
