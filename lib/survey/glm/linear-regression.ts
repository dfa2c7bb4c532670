import type { SurveyDesign } from "../design";
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
 * item controlling for covariates.
 *
 * @example
 * const fit = surveyLinearRegression(design, { outcome: trust, predictors: { media: tvScore, age, female } });
 * fit.coefficients[1] // => { term: "media", estimate, se, statistic, df, pValue, ci }
 */
export function surveyLinearRegression(design: SurveyDesign, spec: RegressionSpec): RegressionResult {
  return fitSurveyGlm(design, spec, "gaussian");
}
