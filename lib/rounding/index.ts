/**
 * Interval arithmetic on rounded published figures: what a printed figure can
 * stand for, and whether sums, derived shares and asserted relations between
 * printed figures can hold (see README.md in this folder).
 */
export * from "./interval";
export * from "./interval-product";
export * from "./share-of-sum";
export * from "./rounding";
export * from "./rounded-derivation";
export * from "./interval-comparison";
