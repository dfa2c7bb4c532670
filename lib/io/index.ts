/**
 * Reading and writing files the way the whole package does: one located
 * error type (DataError), strict RFC 4180 CSV, table schemas, tidy tables,
 * the provenance of every loaded file (checksums, row accounting), atomic
 * writes; and the project's paths (lib/project/, re-exported here).
 */
export * from "./data-error";
export * from "./parse-csv";
export * from "./format-csv";
export * from "./table-schema";
export * from "./load-tidy-csv";
export * from "./data-provenance";
export * from "./atomic-write";
export * from "./file-error-text";
export * from "../project/project-path";
export * from "./software-versions";
