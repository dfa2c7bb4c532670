import { Buffer } from "node:buffer";
import type { StringSegment, VariableLayout } from "./case-layout";
import type { CaseVisitor } from "./case-stream";
import type { SavVariable } from "./dictionary";
import { isValidUtf8Text, TextDecoding } from "./encoding";
import { SavReadError } from "./sav-read-error";

/** A numeric variable's values, case by case; NaN is the system-missing value. */
export interface SavNumericColumn {
  readonly variable: SavVariable;
  readonly type: "numeric";
  readonly values: Float64Array;
}

/** A string variable's values, case by case, decoded, trailing blanks removed ("" for an empty value). */
export interface SavStringColumn {
  readonly variable: SavVariable;
  readonly type: "string";
  readonly values: readonly string[];
}

/** One decoded column. */
export type SavColumn = SavNumericColumn | SavStringColumn;

/** The system-missing value as stored (−DBL_MAX, PSPP manual "System File Format"). */
const SYSMIS = -Number.MAX_VALUE;

/**
 * Collects the chosen variables' values from each case into columns: numbers
 * into a growing Float64Array (the system-missing value −DBL_MAX, or the
 * machine floating-point record's sysmis, becomes NaN; user-missing codes are
 * kept as they are), strings reassembled from their segments and decoded whole.
 */
export class ColumnCollector {
  private readonly numeric: { variable: SavVariable; offset: number; values: Float64Array }[] = [];
  private readonly strings: { variable: SavVariable; layout: VariableLayout; values: string[] }[] = [];
  private readonly order: SavVariable[];
  private readonly scratch: Buffer;
  private capacity: number;
  private count = 0;

  /**
   * @param variables the variables to collect, with their layouts (same order)
   * @param initialCapacity cases to allocate for at first (grows by doubling)
   * @param alternativeSysmis the machine floating-point record's sysmis when it differs from −DBL_MAX, else null
   * @example const collector = new ColumnCollector(vars, layouts, decoding, 7, true, null, "w.sav");
   */
  constructor(
    variables: readonly SavVariable[],
    layouts: readonly VariableLayout[],
    private readonly decoding: TextDecoding,
    initialCapacity: number,
    private readonly littleEndian: boolean,
    private readonly alternativeSysmis: number | null,
    private readonly file: string,
  ) {
    this.order = [...variables];
    this.capacity = Math.max(1, initialCapacity);
    let longest = 0;
    variables.forEach((variable, i) => {
      if (variable.type === "numeric") this.numeric.push({ variable, offset: variable.firstElement * 8, values: new Float64Array(this.capacity) });
      else {
        this.strings.push({ variable, layout: layouts[i], values: [] });
        longest = Math.max(longest, variable.width);
      }
    });
    this.scratch = Buffer.alloc(longest);
  }

  /** The visitor to pass to streamCases. @example streamCases(input, collector.visitor) */
  readonly visitor: CaseVisitor = (bytes, view, base, caseIndex) => {
    if (caseIndex >= this.capacity) this.grow();
    const little = this.littleEndian;
    const alternative = this.alternativeSysmis;
    for (const column of this.numeric) {
      const value = view.getFloat64(base + column.offset, little);
      column.values[caseIndex] = value === SYSMIS || value === alternative ? NaN : value;
    }
    for (const column of this.strings) {
      const text = this.decodeString(bytes, base, column.layout.segments);
      if (text === null) {
        throw new SavReadError("encoding", { file: this.file, caseNumber: caseIndex + 1, variable: column.variable.name }, `case ${caseIndex + 1}, variable ${column.variable.name}: the value is not valid ${this.decoding.encoding.name} text`);
      }
      column.values.push(text);
    }
    this.count = caseIndex + 1;
  };

  /** The columns, in the order the variables were given, trimmed to the cases read. @example collector.columns(7) */
  columns(caseCount: number): SavColumn[] {
    const numeric = new Map(this.numeric.map((column) => [column.variable.index, column]));
    const strings = new Map(this.strings.map((column) => [column.variable.index, column]));
    return this.order.map((variable): SavColumn => {
      const number = numeric.get(variable.index);
      if (number) return { variable, type: "numeric", values: number.values.length === caseCount ? number.values : number.values.slice(0, caseCount) };
      return { variable, type: "string", values: strings.get(variable.index)!.values.slice(0, caseCount) };
    });
  }

  /** Cases collected so far. */
  get casesCollected(): number {
    return this.count;
  }

  private decodeString(bytes: Buffer, base: number, segments: readonly StringSegment[]): string | null {
    if (segments.length === 1) {
      const start = base + segments[0].byteOffset;
      return this.decoding.decode(bytes, start, start + segments[0].take);
    }
    const length = assemble(bytes, base, segments, this.scratch);
    return this.decoding.decode(this.scratch, 0, length);
  }

  private grow(): void {
    this.capacity *= 2;
    for (const column of this.numeric) {
      const values = new Float64Array(this.capacity);
      values.set(column.values);
      column.values = values;
    }
  }
}

/** Copies a string value's segments into `target`; returns its length in bytes. */
function assemble(bytes: Buffer, base: number, segments: readonly StringSegment[], target: Buffer): number {
  let length = 0;
  for (const segment of segments) {
    const start = base + segment.byteOffset;
    bytes.copy(target, length, start, start + segment.take);
    length += segment.take;
  }
  return length;
}

/**
 * A visitor that checks whether every string value of the file is valid
 * UTF-8 (reassembled first); `valid` turns false at the first that is not.
 * Used only for files that declare no encoding.
 *
 * @example const check = utf8Checker(layouts); streamCases(input, check.visitor); check.valid // => true
 */
export function utf8Checker(layouts: readonly VariableLayout[]): { readonly visitor: CaseVisitor; readonly valid: () => boolean } {
  const strings = layouts.filter((layout) => layout.type === "string");
  const scratch = Buffer.alloc(Math.max(0, ...strings.map((layout) => layout.width)));
  let valid = true;
  const visitor: CaseVisitor = (bytes, _view, base) => {
    if (!valid) return;
    for (const layout of strings) {
      if (layout.segments.length === 1) {
        const start = base + layout.segments[0].byteOffset;
        valid = isValidUtf8Text(bytes, start, start + layout.segments[0].take);
      } else {
        valid = isValidUtf8Text(scratch, 0, assemble(bytes, base, layout.segments, scratch));
      }
      if (!valid) return;
    }
  };
  return { visitor, valid: () => valid };
}
