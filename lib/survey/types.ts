/** A stratum or PSU label as read from a data file. */
export type Label = string | number;

/** Interval method: "logit" = R `svyciprop(method = "logit")`, "wald" = R `svyciprop(method = "mean")`. */
export type ProportionIntervalMethod = "logit" | "wald";

/** A two-sided confidence interval, plain data (JSON-serialisable). */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
  /** Coverage level, e.g. 0.95. */
  readonly level: number;
  /** How the interval was built ("logit", "wald", "fisher-z"). */
  readonly method: string;
}

/** A test of a difference or coefficient: t (finite df) or z (df = null) statistic. */
export interface TestResult {
  readonly statistic: number;
  /** Degrees of freedom of the t reference distribution; null = standard normal (z test). */
  readonly df: number | null;
  readonly pValue: number;
}
