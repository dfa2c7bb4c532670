import type { SurveyDesign } from "../design";
import type { asFactor } from "./model-matrix";
import type { RegressionResult, RegressionSpec } from "./regression-types";
import { fitSurveyGlm } from "./survey-glm";

/**
 * Design-weighted logistic regression (pseudo-likelihood) with linearized
 * sandwich SEs, R's `svyglm(y ~ x1 + x2, design, family = quasibinomial())`:
 * solves Σ w_i x_i (y_i − expit(x_iᵀβ)) = 0 by IRLS (to |Δβ| ≤ 1e-13 relative,
 * tighter than R's default glm epsilon 1e-8), V(β̂) = A⁻¹ V̂(Σ U_i) A⁻¹ with
 * A = Σ w_i μ_i(1 − μ_i) x_i x_iᵀ (Binder 1983; Lumley 2010 §6.1).
 * Coefficients are log odds ratios; t tests/intervals use df = degf − p + 1.
 * Outcomes must lie in [0, 1]; rows with any NaN are excluded as a domain.
 * Factor predictors ({@link asFactor}) enter as treatment-contrast dummies.
 *
 * @throws SurveyInputError "value-range" for an outcome outside [0, 1]
 * @throws EmptyDomainError when no row has the outcome and every predictor present and a nonzero weight
 * @throws RangeError when the predictors are collinear
 * @example
 * const fit = surveyLogisticRegression(design, { outcome: positive, predictors: { media: tvScore, age, female } });
 * Math.exp(fit.coefficients[1].estimate) // odds ratio
 */
export function surveyLogisticRegression(design: SurveyDesign, spec: RegressionSpec): RegressionResult {
  return fitSurveyGlm(design, spec, "quasibinomial");
}
