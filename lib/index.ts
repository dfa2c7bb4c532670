/**
 * @love-with-nuances/lib: the tested helpers behind the notebooks.
 * One concept per module; this barrel is what notebooks import.
 */
// Input: strict CSV, schemas, tidy tables, provenance of every loaded file.
export * from "./io/data-error";
export * from "./io/parse-csv";
export * from "./io/table-schema";
export * from "./io/load-tidy-csv";
export * from "./io/data-provenance";
export * from "./io/atomic-write";
export * from "./io/format-csv";
export * from "./project/project-path";

// The memo's published figures.
export * from "./article/table1";
export * from "./article/text-figures";
export * from "./article/text-figure-lookup";
export * from "./article/headline-figures";
export * from "./article/table1-chart";
export * from "./article/table2";
export * from "./article/table2-rebase";
export * from "./article/table2-chart";
export * from "./article/study-design";
export * from "./article/focus-groups";

// Checks of published (rounded) figures.
export * from "./article/likert-boxes";
export * from "./rounding/interval";
export * from "./rounding/rounding";
export * from "./rounding/interval-comparison";
export * from "./rounding/interval-product";
export * from "./rounding/share-of-sum";
export * from "./rounding/rounded-derivation";

// The claims ledger.
export * from "./claims";
export * from "./display/markdown-table";

// Design-based survey estimation and respondent-level waves.
export * from "./survey";
export * from "./waves";
export * from "./wave-analyses";
export * from "./synthetic";

// Charts, text and notebook display.
export * from "./display/palette";
export * from "./display/diverging-likert";
export * from "./display/likert-labels";
export * from "./display/format-percent";
export * from "./display/plotly-diverging-likert";
export * from "./display/plotly-parts";
export * from "./display/svg-diverging-likert";
export * from "./display/point-range";
export * from "./display/plotly-point-range";
export * from "./display/svg-point-range";
export * from "./display/svg-parts";
export * from "./display/svg-marker";
export * from "./display/escape-html";
export * from "./display/escape-markdown";
export * from "./display/text-width";
export * from "./display/wrap-text";
export * from "./display/html-table";
export * from "./display/notebook-display";
