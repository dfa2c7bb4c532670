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
