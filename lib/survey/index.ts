/**
 * Design-based survey estimation (Taylor linearization, with-replacement PSUs)
 * matching R's `survey` package; each module documents its formula and
 * reference, and README.md maps every function to the R function it matches.
 * A reusable core: nothing here imports from outside lib/survey.
 */

// Types and errors
export type { Label, ConfidenceInterval, ProportionIntervalMethod, TestResult } from "./types";
export { SurveyInputError, EmptyDomainError, formatSurveyLocation, describeDomain } from "./errors";
export type { SurveyInputErrorCode, SurveyInputLocation } from "./errors";

// The design
export type { LonelyPsuRule } from "./lonely-psu";
export { LONELY_PSU_RULES } from "./lonely-psu";
export type { SurveyDesign, SurveyDesignSpec } from "./design";
export { createSurveyDesign } from "./design";
export { factorizeLabels, type FactorizedLabels } from "./factorize";
export { designDegreesOfFreedom } from "./degrees-of-freedom";
export { surveyDesignSummary, formatSurveyDesignSummary, type SurveyDesignSummary, type StratumSummary } from "./design-summary";
export { rakeWeights, type RakingMargin, type RakingControl, type RakingReport } from "./raking";

// Variance machinery
export { stratifiedCovariance, stratifiedVariances } from "./stratified-variance";
export { psuTotalsOfScores, strataPresent } from "./psu-totals";
export { linearizedVariances, linearizedCovariance } from "./linearized-variance";
export { tInterval, tTest } from "./t-interval";

// Proportions of categorical items
export type { NonSubstantiveOption } from "./non-substantive";
export { normaliseNonSubstantive, NO_NON_SUBSTANTIVE } from "./non-substantive";
export type { CategoryProportion, ProportionOptions, ProportionTable, GroupProportionTable } from "./proportion-types";
export { surveyProportions } from "./proportions";
export { surveyProportionsByGroup, type GroupProportionOptions } from "./proportions-by-group";
export { domainOf } from "./domain";
export { proportionInterval } from "./proportion-interval";
export { proportionDesignEffects, type ProportionDesignEffects } from "./design-effect";

// Means, ratios and multiple responses
export { surveyMean, type DomainEstimate, type DomainEstimateOptions } from "./mean";
export { surveyRatio, type RatioEstimate } from "./ratio";
export { surveyMentionShares, type MentionSharesSpec, type MentionShare, type MentionShareTable, type MentionShareEstimate } from "./mention-shares";

// Differences and tests
export { differenceOfIndependentEstimates, type DifferenceEstimate } from "./independent-difference";
export { surveyTTest, type SurveyTTest, type TTestSpec, type GroupMean } from "./t-test";
export { surveyProportionDifference, type ProportionDifference, type ProportionDifferenceSpec } from "./group-difference";
export { surveyChiSquareTest, type RaoScottTest, type ChiSquareTestOptions } from "./chi-square-test";

// Associations and models
export { surveyCorrelation, type CorrelationEstimate, type CorrelationOptions } from "./correlation";
export { surveyPartialCorrelation, type PartialCorrelationEstimate } from "./partial-correlation";
export { modelMatrix, asFactor, isFactorPredictor, predictorValues, type ModelMatrix, type FactorPredictor, type Predictor } from "./glm/model-matrix";
export type { RegressionSpec, RegressionResult, RegressionCoefficient } from "./glm/regression-types";
export { surveyLinearRegression } from "./glm/linear-regression";
export { surveyLogisticRegression } from "./glm/logistic-regression";
export { surveyOrdinalRegression, type OrdinalRegressionSpec, type OrdinalRegressionResult } from "./glm/ordinal-regression";
export { weightedLeastSquares } from "./glm/weighted-least-squares";
export { invertSymmetricPositiveDefinite } from "./small-matrix";

// Distributions
export { normalCdf, normalQuantile, studentTCdf, studentTQuantile, twoSidedPValue, fUpperTail, chiSquareUpperTail } from "./distributions";
