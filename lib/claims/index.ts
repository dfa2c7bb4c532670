/**
 * The claims ledger: registry, verdicts, results per notebook, the merged
 * ledger and its chart.
 */
export * from "./verdict";
export * from "./claim-result";
export * from "./claims-registry";
export * from "./judge";
export * from "./claim-results-file";
export * from "./record-claim-results";
export * from "./ledger";
export * from "./ledger-table";
export * from "./quantifier-conventions";
export * from "./verdict-chart";
