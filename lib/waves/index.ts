/**
 * Respondent-level survey waves: the manifest and codebook contract
 * (data/waves/README.md), CSV and SPSS loaders with validation, harmonised
 * samples for design-based estimation, the memo's multivector claims, trends
 * across waves, and the seeded SYNTHETIC demonstration-wave generator.
 */
export * from "./concepts";
export * from "./manifest";
export * from "./codebook";
export * from "./raw-wave-file";
export * from "./read-csv-wave";
export * from "./read-sav-wave";
export * from "./wave-data";
export * from "./validate-wave";
export * from "./load-waves";
export * from "./wave-sample";
export * from "./multivector-estimates";
export * from "./multivector-claims";
export * from "./wave-trends";
export * from "./synthetic/seeded-random";
export * from "./synthetic/weighted-quota";
export * from "./synthetic/assign-answers";
export * from "./synthetic/synthetic-targets";
export * from "./synthetic/generate-synthetic-wave";
export * from "./synthetic/write-synthetic-waves";
export * from "./synthetic/calibration-report";
export * from "./coding-table";
