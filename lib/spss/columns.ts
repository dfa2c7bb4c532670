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
/** Cases staged before their numbers are moved into the columns (see ColumnCollector.flush). */
const STAGED_CASES = 64;
/** True on little-endian machines, where a Float64Array reads little-endian doubles. */
const HOST_LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

/**
 * Collects the chosen variables' values from each case into columns: numbers
 * into a growing Float64Array (the system-missing value −DBL_MAX, or the
 * machine floating-point record's sysmis, becomes NaN; user-missing codes are
 * kept as they are), strings reassembled from their segments and decoded whole.
 */
export class ColumnCollector {
  /** Numeric columns as parallel arrays (element index in the case, values), the hot loop of reading. */
  private readonly numericVariables: SavVariable[] = [];
  private readonly numericElements: number[] = [];
  private numericValues: Float64Array[] = [];
  private readonly strings: StringColumnState[] = [];
  private readonly order: SavVariable[];
  private readonly scratch: Buffer;
  private capacity: number;
  /** Numbers of up to STAGED_CASES cases, case by case, waiting to be moved into the columns. */
  private readonly stage: Float64Array;
  private staged = 0;
  private flushed = 0;
  /** A Float64Array over the last case buffer seen, when its numbers can be read directly (little-endian file and host, aligned). */
  private lastBytes: Buffer | null = null;
  private lastBase = -1;
  private lastDoubles: Float64Array | null = null;

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
      if (variable.type === "numeric") {
        this.numericVariables.push(variable);
        this.numericElements.push(variable.firstElement);
        this.numericValues.push(new Float64Array(this.capacity));
      } else {
        this.strings.push({ variable, layout: layouts[i], values: [], lastBytes: Buffer.alloc(variable.width), lastLength: -1, lastText: "" });
        longest = Math.max(longest, variable.width);
      }
    });
    this.scratch = Buffer.alloc(longest);
    this.stage = new Float64Array(STAGED_CASES * this.numericElements.length);
  }

  /** The visitor to pass to streamCases. @example streamCases(input, collector.visitor) */
  readonly visitor: CaseVisitor = (bytes, view, base, caseIndex) => {
    const elements = this.numericElements;
    const count = elements.length;
    const stage = this.stage;
    let at = this.staged * count;
    const doubles = this.directDoubles(bytes, base);
    if (doubles !== null) {
      for (let k = 0; k < count; k++) stage[at++] = doubles[elements[k]];
    } else {
      const little = this.littleEndian;
      for (let k = 0; k < count; k++) stage[at++] = view.getFloat64(base + elements[k] * 8, little);
    }
    if (++this.staged === STAGED_CASES) this.flush();
    for (const column of this.strings) {
      const text = this.decodeString(bytes, base, column);
      if (text === null) {
        throw new SavReadError("encoding", { file: this.file, caseNumber: caseIndex + 1, variable: column.variable.name }, `case ${caseIndex + 1}, variable ${column.variable.name}: the value is not valid ${this.decoding.encoding.name} text`);
      }
      column.values.push(text);
    }
  };

  /**
   * Moves the staged cases into the columns. Numbers are staged case by case
   * (row order, as the file has them) and moved column by column, so that the
   * writes into each column are sequential: much faster than scattering every
   * case over hundreds of columns.
   */
  private flush(): void {
    const staged = this.staged;
    if (staged === 0) return;
    const first = this.flushed;
    while (first + staged > this.capacity) this.grow();
    const count = this.numericElements.length;
    const stage = this.stage;
    const alternative = this.alternativeSysmis;
    for (let k = 0; k < count; k++) {
      const column = this.numericValues[k];
      for (let c = 0, at = k; c < staged; c++, at += count) {
        const value = stage[at];
        column[first + c] = value === SYSMIS || value === alternative ? NaN : value;
      }
    }
    this.flushed = first + staged;
    this.staged = 0;
  }

  /** A Float64Array over the case when its numbers can be read directly: little-endian file and host, 8-byte aligned. */
  private directDoubles(bytes: Buffer, base: number): Float64Array | null {
    if (bytes === this.lastBytes && base === this.lastBase) return this.lastDoubles;
    const start = bytes.byteOffset + base;
    const direct = this.littleEndian && HOST_LITTLE_ENDIAN && start % 8 === 0 && this.numericElements.length > 0;
    this.lastBytes = bytes;
    this.lastBase = base;
    this.lastDoubles = direct ? new Float64Array(bytes.buffer, start, Math.floor((bytes.length - base) / 8)) : null;
    return this.lastDoubles;
  }

  /** The columns, in the order the variables were given, trimmed to the cases read. @example collector.columns(7) */
  columns(caseCount: number): SavColumn[] {
    this.flush();
    const numeric = new Map(this.numericVariables.map((variable, k) => [variable.index, this.numericValues[k]]));
    const strings = new Map(this.strings.map((column) => [column.variable.index, column]));
    return this.order.map((variable): SavColumn => {
      const values = numeric.get(variable.index);
      if (values) return { variable, type: "numeric", values: values.length === caseCount ? values : values.slice(0, caseCount) };
      return { variable, type: "string", values: strings.get(variable.index)!.values.slice(0, caseCount) };
    });
  }

  /**
   * Decodes one string value. Survey files repeat values (regions, answers
   * typed as text) from case to case, so a value whose bytes equal the
   * previous case's reuses its decoded text: no decoding, no new string.
   */
  private decodeString(bytes: Buffer, base: number, column: StringColumnState): string | null {
    const segments = column.layout.segments;
    let source = bytes;
    let start = base + segments[0].byteOffset;
    let length = segments[0].take;
    if (segments.length > 1) {
      source = this.scratch;
      start = 0;
      length = assemble(bytes, base, segments, this.scratch);
    }
    const last = column.lastBytes;
    if (length === column.lastLength) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (source[start + i] !== last[i]) {
          same = false;
          break;
        }
      }
      if (same) return column.lastText;
    }
    const text = this.decoding.decode(source, start, start + length);
    if (text !== null) {
      source.copy(last, 0, start, start + length);
      column.lastLength = length;
      column.lastText = text;
    }
    return text;
  }

  private grow(): void {
    this.capacity *= 2;
    this.numericValues = this.numericValues.map((old) => {
      const values = new Float64Array(this.capacity);
      values.set(old);
      return values;
    });
  }
}

/** A string column being collected, with the previous case's bytes and text. */
interface StringColumnState {
  readonly variable: SavVariable;
  readonly layout: VariableLayout;
  readonly values: string[];
  readonly lastBytes: Buffer;
  lastLength: number;
  lastText: string;
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
