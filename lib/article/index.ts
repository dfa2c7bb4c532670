/**
 * The memo's published tables and figures, transcribed once into
 * data/article/ (see data/article/README.md): loaders with their schemas,
 * lookups, the charts drawn from them, and the checks of the memo's figures
 * against each other (headline figures against Table 1, Table 2's columns
 * against each other).
 */
export * from "./table1";
export * from "./table1-sums";
export * from "./likert-boxes";
export * from "./published-table-caption";
export * from "./table1-chart";
export * from "./text-figures";
export * from "./text-figure-lookup";
export * from "./headline-figures";
export * from "./printed-sampling-error";
export * from "./table1-claims";
export * from "./table2";
export * from "./table2-rebase";
export * from "./table2-chart";
export * from "./table2-claims";
export * from "./study-design";
export * from "./context-claims";
export * from "./multivector-claims";
export * from "./focus-groups";
export * from "./focus-group-claims";
