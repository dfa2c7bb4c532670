/**
 * What to do with a stratum that has a single PSU (its variance contribution
 * n_h/(n_h−1)·Σ(z − z̄_h)² is undefined). Mirrors R's
 * `options(survey.lonely.psu = …)` as implemented in `survey:::onestrat`:
 *
 * - "fail" (default, R's default): throw a SurveyInputError (code "lonely-psu")
 *   naming the stratum, when an estimate uses that stratum.
 * - "remove": the stratum contributes nothing to the variance.
 * - "certainty": the PSU is treated as sampled with certainty, which also
 *   contributes nothing (identical numbers to "remove" for this design class;
 *   R distinguishes them only for multistage/fpc designs).
 * - "adjust": the PSU total is centred at zero instead of its stratum mean,
 *   i.e. it contributes z_h² — conservative. Zero is the grand mean of the PSU
 *   totals of a linearized estimate (its scores sum to zero over the sample).
 *
 * As R with `options(survey.adjust.domain.lonely = FALSE)` (its default), a
 * stratum with two or more PSUs in the design is never lonely, even when a
 * domain holds rows of only one of them; zero-weight PSUs count in n_h.
 * - "average": the stratum's contribution is replaced by the average of the
 *   other strata (variance scaled by #strata / #strata with ≥ 2 PSUs).
 *
 * Reference: Lumley 2010, Complex Surveys, §2.4.1 (strata with a single PSU).
 */
export type LonelyPsuRule = "fail" | "remove" | "certainty" | "adjust" | "average";

/** All valid {@link LonelyPsuRule} values, for validation and documentation. */
export const LONELY_PSU_RULES: readonly LonelyPsuRule[] = ["fail", "remove", "certainty", "adjust", "average"];
