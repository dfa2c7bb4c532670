import type { SurveyDesign } from "../design";
import type { asFactor, modelMatrix } from "./model-matrix";
import type { RegressionResult, RegressionSpec } from "./regression-types";
import { fitSurveyGlm } from "./survey-glm";

/**
 * Design-weighted linear regression with linearized sandwich SEs, R's
 * `svyglm(y ~ x1 + x2, design)` (gaussian): β̂ = (XᵀWX)⁻¹XᵀWy,
 * V(β̂) = (XᵀWX)⁻¹ V̂(Σ w_i x_i e_i) (XᵀWX)⁻¹ (Binder 1983; Lumley 2010 §5.2).
 * Coefficient tests and intervals use t with df = degf − p + 1 (R
 * `df.residual`, used by `summary.svyglm` and `confint.svyglm`). Rows with
 * any NaN are dropped from the fit as a domain (R `na.omit`: weights zeroed,
 * PSU structure kept). Use it for partial association: the coefficient of an
 * item controlling for covariates. A predictor given as {@link asFactor}(codes)
 * enters as R's `factor(x)`: treatment-contrast dummies named "factor(x)level",
 * the first level the reference (see {@link modelMatrix}).
 *
 * @throws EmptyDomainError when no row has the outcome and every predictor present and a nonzero weight
 * @throws RangeError when the predictors are collinear (XᵀWX not positive definite)
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * const fit = surveyLinearRegression(design, { outcome: trust, predictors: { media: tvScore, leadership: asFactor(leadership) } });
 * fit.coefficients.map((c) => c.term) // => ["(Intercept)", "media", "factor(leadership)2", "factor(leadership)3", …]
 */
export function surveyLinearRegression(design: SurveyDesign, spec: RegressionSpec): RegressionResult {
  return fitSurveyGlm(design, spec, "gaussian");
}
