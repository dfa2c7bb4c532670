import { SavReadError } from "./sav-read-error";

/**
 * A bounded, endian-aware reader over the bytes of a file: every read checks
 * that the bytes exist and throws a {@link SavReadError} ("truncated") naming
 * the file, the offset and what was being read when they do not. Nothing in
 * the reader can run past the end of its input.
 *
 * Reference: GNU PSPP manual, "System File Format" (data types: char, int32,
 * int64, flt64; byte order given by the header's layout_code).
 */
export class ByteCursor {
  /** Next byte to read. */
  offset: number;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly littleEndian: boolean;
  readonly file: string;

  /**
   * @param bytes the whole file (offsets in errors are offsets in it)
   * @param littleEndian byte order of integers and floating-point numbers
   * @param file the file name for error messages
   * @example new ByteCursor(new Uint8Array(8), true, "w.sav").int32("layout code") // => 0
   */
  constructor(bytes: Uint8Array, littleEndian: boolean, file: string, offset = 0) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.littleEndian = littleEndian;
    this.file = file;
    this.offset = offset;
  }

  /** Bytes left after the current offset. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /**
   * Throws "truncated" unless `count` bytes are left; `what` names the field for the message.
   * @example cursor.need(8, "the bias");
   */
  need(count: number, what: string): void {
    if (count < 0 || this.offset + count > this.bytes.length) {
      throw new SavReadError(
        "truncated",
        { file: this.file, offset: this.offset },
        `the file ends at byte ${this.bytes.length} while reading ${what} (${count} bytes needed at byte ${this.offset}): the file is truncated or is not a complete SPSS system file`,
      );
    }
  }

  /** Reads a signed 32-bit integer. @example cursor.int32("record type") // => 2 */
  int32(what: string): number {
    this.need(4, what);
    const value = this.view.getInt32(this.offset, this.littleEndian);
    this.offset += 4;
    return value;
  }

  /** Reads a signed 64-bit integer as a number (exact up to 2^53; larger magnitudes lose precision but stay huge). @example cursor.int64("ncases64") */
  int64(what: string): number {
    this.need(8, what);
    const value = Number(this.view.getBigInt64(this.offset, this.littleEndian));
    this.offset += 8;
    return value;
  }

  /** Reads an IEEE 754 double. @example cursor.float64("bias") // => 100 */
  float64(what: string): number {
    this.need(8, what);
    const value = this.view.getFloat64(this.offset, this.littleEndian);
    this.offset += 8;
    return value;
  }

  /** Reads one unsigned byte. @example cursor.uint8("label length") */
  uint8(what: string): number {
    this.need(1, what);
    return this.bytes[this.offset++];
  }

  /** Returns a view (not a copy) of the next `count` bytes and moves past them. @example cursor.take(8, "variable name") */
  take(count: number, what: string): Uint8Array {
    this.need(count, what);
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  /** Moves past `count` bytes. @example cursor.skip(3, "padding") */
  skip(count: number, what: string): void {
    this.need(count, what);
    this.offset += count;
  }
}
