/**
 * The memo's analyses on respondent-level waves: which waves are the evidence
 * (real and SYNTHETIC never mixed; the memo's survey period), samples with
 * harmonised codes; Table 1 and Table 2 from the waves, the multivector
 * cross-tabulations, partial associations and characterizations (MV-01 …
 * MV-10; pooled waves are independent samples, each with its own strata and
 * PSUs, and pooled models carry the wave as a factor), the
 * respondent-level layer of every claim they inform, the candidate evidence
 * for each printed figure, the estimates file output/estimates.csv, and each
 * measure wave by wave with the changes between waves.
 */
export * from "./evidence-waves";
export * from "./analysis-sample";
export * from "./sample-set";
export * from "./estimates-file";
export * from "./wave-estimates";
export * from "./respondent-layers";
export * from "./table1-from-waves";
export * from "./table1-respondent-claims";
export * from "./table2-from-waves";
export * from "./table2-respondent-claims";
export * from "./candidate-evidence";
export * from "./multivector-estimates";
export * from "./association-models";
export * from "./multivector-characterizations";
export * from "./multivector-claims";
export * from "./wave-trends";
export * from "./wave-tables";
