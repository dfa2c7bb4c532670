/**
 * The seeded generator of SYNTHETIC demonstration waves, calibrated to the
 * memo's published figures (`npm run synthetic`), and the report of how
 * closely a generated wave meets its targets. Synthetic waves demonstrate the
 * methods; they are labelled as such wherever they appear and never confirm
 * or refute the memo.
 */
export * from "./seeded-random";
export * from "./weighted-quota";
export * from "./synthetic-targets";
export * from "./assign-answers";
export * from "./generate-synthetic-wave";
export * from "./write-synthetic-waves";
export * from "./calibration-report";
