/**
 * The memo's analyses on respondent-level waves: the multivector
 * cross-tabulations and partial associations (claims MV-01 to MV-06) with
 * the evidence they are judged on and their verdicts, and each measure wave by
 * wave with the changes between consecutive waves.
 */
export * from "./multivector-estimates";
export * from "./multivector-claims";
export * from "./wave-trends";
