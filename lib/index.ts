/**
 * @love-with-nuances/lib: the tested helpers behind the notebooks.
 * One concept per module; this barrel is what notebooks import.
 */
export * from "./io/data-error";
export * from "./io/parse-csv";
export * from "./io/table-schema";
export * from "./io/load-tidy-csv";
export * from "./project/project-path";
export * from "./article/table1";
export * from "./article/text-figures";
export * from "./article/headline-checks";
export * from "./article/table1-chart";
export * from "./likert/likert-boxes";
export * from "./checks/interval";
export * from "./checks/rounding";
export * from "./charts/palette";
export * from "./charts/diverging-likert";
export * from "./charts/plotly-figure";
export * from "./charts/svg-diverging-likert";
export * from "./text/escape-html";
export * from "./notebook/html-table";
export * from "./notebook/display";
export * from "./text/text-width";
export * from "./text/wrap-text";
export * from "./charts/point-range";
export * from "./charts/plotly-point-range";
export * from "./charts/svg-point-range";
export * from "./charts/plotly-text";
export * from "./charts/svg-parts";
export * from "./charts/svg-marker";
export * from "./claims";
export * from "./survey";
