/**
 * Showing results: chart models (diverging Likert bars, point ranges) and
 * their two renderers (interactive Plotly, static SVG) sharing one set of
 * formatting and text helpers; HTML and Markdown tables with every cell
 * escaped; and the notebook display that sends each chart as one output with
 * all its forms.
 */
export * from "./palette";
export * from "./format-percent";
export * from "./escape-html";
export * from "./escape-markdown";
export * from "./text-width";
export * from "./wrap-text";
export * from "./diverging-likert";
export * from "./likert-labels";
export * from "./point-range";
export * from "./plotly-parts";
export * from "./plotly-diverging-likert";
export * from "./plotly-point-range";
export * from "./svg-parts";
export * from "./svg-marker";
export * from "./svg-diverging-likert";
export * from "./svg-point-range";
export * from "./html-table";
export * from "./table-limits";
export * from "./full-table-csv";
export * from "./table-block";
export * from "./markdown-table";
export * from "./notebook-display";
export * from "./design-declaration";
export * from "./software-versions-display";
