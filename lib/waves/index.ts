/**
 * Respondent-level survey waves, the contract of data/waves/ (see
 * data/waves/README.md): the concepts, the manifest and the codebook
 * (concepts a wave does not ask included); safe reading of wave files, CSV
 * and SPSS readers, validation with row accounting and the file's value
 * labels checked against the codebook; loading every wave of the manifest,
 * with duplicates refused; harmonised samples (one survey design per wave,
 * or pooled); the coding table; the check of a whole data folder (`npm run
 * wave -- check`) and codebook rows drafted from a file (`draft-codebook`).
 */
export * from "./concepts";
export * from "./manifest";
export * from "./codebook";
export * from "./answer-label-meaning";
export * from "./wave-file-access";
export * from "./wave-table-file";
export * from "./raw-wave-file";
export * from "./read-csv-wave";
export * from "./read-sav-wave";
export * from "./wave-data";
export * from "./validate-wave";
export * from "./duplicate-waves";
export * from "./load-waves";
export * from "./wave-sample";
export * from "./coding-table";
export * from "./wave-check";
export * from "./concept-cues";
export * from "./draft-codebook";
export * from "./wave-check-text";
