import { DataError } from "./data-error";

/** A text column; `values` restricts it to a closed set of codes. */
export interface StringColumnSpec {
  readonly type: "string";
  /** Empty cells are refused unless `optional` is true (they load as ""). */
  readonly optional?: boolean;
  readonly values?: readonly string[];
}

/** A numeric column (decimal point ".", no thousands separators); `integer` refuses fractions. */
export interface NumberColumnSpec {
  readonly type: "number" | "integer";
  /** Empty cells are refused unless `optional` is true (they load as NaN). */
  readonly optional?: boolean;
  readonly min?: number;
  readonly max?: number;
}

export type ColumnSpec = StringColumnSpec | NumberColumnSpec;

/** The contract of a tidy file: its columns, and the columns whose combination must be unique. */
export interface TableSchema {
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /** Columns that together identify a row; duplicates are refused. */
  readonly key?: readonly string[];
}

/** Typed column arrays in schema order, ready for `aq.table()`. */
export type TypedColumns = Record<string, string[] | number[]>;

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Checks a parsed file against a schema and converts its cells: every schema
 * column must be present, no other column may be, each cell must parse as its
 * column's type and lie in its range or code list, and key combinations must
 * be unique. The first problem throws a {@link DataError} naming file, row and
 * column; nothing is dropped or coerced silently.
 *
 * @example
 * applySchema({ file: "t.csv", header: ["n"], rows: [["3"]] }, { columns: { n: { type: "integer" } } })
 * // => { n: [3] }
 */
export function applySchema(
  parsed: { readonly file: string; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] },
  schema: TableSchema,
): TypedColumns {
  const { file, header, rows } = parsed;
  const expected = Object.keys(schema.columns);
  for (const name of expected) {
    if (!header.includes(name)) {
      throw new DataError("column-missing", { file, row: 0, column: name }, `required column is missing (header has: ${header.join(", ")})`);
    }
  }
  for (const name of header) {
    if (!Object.prototype.hasOwnProperty.call(schema.columns, name)) {
      throw new DataError("column-unexpected", { file, row: 0, column: name }, `column is not in the schema (expected: ${expected.join(", ")})`);
    }
  }
  const columns: TypedColumns = {};
  for (const name of expected) {
    const spec = schema.columns[name];
    const position = header.indexOf(name);
    columns[name] = rows.map((row, index) => convertCell(row[position], spec, { file, row: index + 1, column: name })) as string[] | number[];
  }
  if (schema.key !== undefined) checkKeyUnique(columns, schema.key, file);
  return columns;
}

function convertCell(raw: string, spec: ColumnSpec, location: { file: string; row: number; column: string }): string | number {
  const text = raw.trim();
  if (text === "") {
    if (spec.optional) return spec.type === "string" ? "" : NaN;
    throw new DataError("value-missing", location, "empty cell in a required column");
  }
  if (spec.type === "string") {
    if (spec.values !== undefined && !spec.values.includes(text)) {
      throw new DataError("value-unknown-code", location, `${JSON.stringify(text)} is not one of ${spec.values.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    return text;
  }
  if (!NUMBER_PATTERN.test(text)) throw new DataError("value-type", location, `${JSON.stringify(text)} is not a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) throw new DataError("value-type", location, `${JSON.stringify(text)} is not a finite number`);
  if (spec.type === "integer" && !Number.isInteger(value)) throw new DataError("value-type", location, `${JSON.stringify(text)} is not an integer`);
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    throw new DataError("value-range", location, `${value} is outside [${spec.min ?? "-inf"}, ${spec.max ?? "inf"}]`);
  }
  return value;
}

function checkKeyUnique(columns: TypedColumns, key: readonly string[], file: string): void {
  const firstRowOfKey = new Map<string, number>();
  const rowCount = columns[key[0]]?.length ?? 0;
  for (let i = 0; i < rowCount; i++) {
    const value = JSON.stringify(key.map((name) => columns[name][i]));
    const first = firstRowOfKey.get(value);
    if (first !== undefined) {
      throw new DataError("key-duplicate", { file, row: i + 1, column: key.join("+") }, `duplicate key ${value}, first seen in row ${first}`);
    }
    firstRowOfKey.set(value, i + 1);
  }
}
