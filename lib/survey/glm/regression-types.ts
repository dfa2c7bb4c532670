import type { ConfidenceInterval, TestResult } from "../types";
import type { asFactor, Predictor } from "./model-matrix";

/** Inputs of a design-based regression. */
export interface RegressionSpec {
  /** Outcome (NaN = missing); 0/1 (or a proportion) for logistic regression. */
  readonly outcome: ArrayLike<number>;
  /**
   * Named predictors (NaN = missing): numeric values, or {@link asFactor}(codes) for R's `factor(x)`
   * (treatment-contrast dummies named "factor(x)level"). An intercept is always added. Term order = key order.
   */
  readonly predictors: Readonly<Record<string, Predictor>>;
  /** Sub-population (1/true = in), as R `svyglm(…, subset = …)`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/** One coefficient with design-based SE, t test (df = model df) and t interval. Plain data. */
export interface RegressionCoefficient extends TestResult {
  readonly term: string;
  readonly estimate: number;
  readonly se: number;
  readonly ci: ConfidenceInterval;
}

/** A fitted design-based GLM. Plain data, JSON-serialisable. */
export interface RegressionResult {
  readonly family: "gaussian" | "quasibinomial";
  readonly coefficients: RegressionCoefficient[];
  /** Sandwich (linearized) covariance matrix of the coefficients, R `vcov(svyglm)`. */
  readonly vcov: number[][];
  /** Residual df, R `df.residual`: degf(complete-case design) + 1 − number of coefficients. */
  readonly df: number;
  /** Complete-case respondents with nonzero weight. */
  readonly n: number;
  readonly weightedN: number;
  /** IRLS iterations (1 for the closed-form linear model) and whether they converged. */
  readonly iterations: number;
  readonly converged: boolean;
}
