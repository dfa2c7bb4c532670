/**
 * Claims of the memo and their verdicts: the registry, the verdict vocabularies
 * of both layers (printed figures; respondent level)
 * and the rules that derive a verdict from a computed outcome, the reading of
 * vague quantifiers, the recorder each notebook uses, the ledger
 * (`output/claims.csv`) and its chart.
 */
export * from "./verdict";
export * from "./verdict-rules";
export * from "./respondent-verdict";
export * from "./claims-registry";
export * from "./quantifier-conventions";
export * from "./sampling-assumptions";
export * from "./claim-result";
export * from "./claim-results-file";
export * from "./claim-recorder";
export * from "./ledger";
export * from "./verdict-chart";
