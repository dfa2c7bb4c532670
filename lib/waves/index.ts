/**
 * Respondent-level survey waves, the contract of data/waves/ (see
 * data/waves/README.md): the concepts, the manifest and the codebook; CSV and
 * SPSS readers, validation with row accounting, loading every wave of the
 * manifest; harmonised samples (one survey design per wave, or waves pooled)
 * for design-based estimation; the table of the coding used for each wave.
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
export * from "./coding-table";
