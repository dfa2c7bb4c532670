import { Buffer, isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import { SavReadError } from "./sav-read-error";

/** How the reader decided the file's character encoding. */
export type EncodingSource =
  | "encoding-record" // the character encoding record (subtype 20)
  | "character-code" // the machine integer info record's character_code (code page number)
  | "detected-utf-8" // nothing declared; every text in the file is valid UTF-8
  | "fallback-windows-1252"; // nothing declared; some text is not valid UTF-8

/** The character encoding every text of the file is decoded with. */
export interface SavEncoding {
  /** WHATWG name of the encoding used to decode (as Node's TextDecoder reports it), e.g. "utf-8", "windows-1251". */
  readonly name: string;
  readonly source: EncodingSource;
  /** What the file declares, as written: the encoding record's text or "code page 1251"; null when nothing is declared. */
  readonly declared: string | null;
}

/**
 * Windows code page numbers (the machine integer record's character_code) and
 * the WHATWG labels Node's TextDecoder knows them by. Source: Microsoft,
 * "Code Page Identifiers"; WHATWG Encoding Standard, "Names and labels".
 * ISO-8859-1 (28591) and ASCII decode as windows-1252, its superset, as the
 * WHATWG standard prescribes.
 */
const CODE_PAGES: ReadonlyMap<number, string> = new Map([
  [65001, "utf-8"],
  [1250, "windows-1250"], [1251, "windows-1251"], [1252, "windows-1252"], [1253, "windows-1253"], [1254, "windows-1254"],
  [1255, "windows-1255"], [1256, "windows-1256"], [1257, "windows-1257"], [1258, "windows-1258"], [874, "windows-874"],
  [866, "ibm866"], [20866, "koi8-r"], [21866, "koi8-u"], [10000, "macintosh"], [10007, "x-mac-cyrillic"],
  [28591, "iso-8859-1"], [28592, "iso-8859-2"], [28593, "iso-8859-3"], [28594, "iso-8859-4"], [28595, "iso-8859-5"],
  [28596, "iso-8859-6"], [28597, "iso-8859-7"], [28598, "iso-8859-8"], [28599, "iso-8859-9"], [28600, "iso-8859-10"],
  [28603, "iso-8859-13"], [28604, "iso-8859-14"], [28605, "iso-8859-15"],
  [932, "shift_jis"], [936, "gbk"], [949, "euc-kr"], [950, "big5"], [54936, "gb18030"], [20932, "euc-jp"], [51932, "euc-jp"],
  [50220, "iso-2022-jp"],
]);

/** character_code values that declare nothing usable: 0 (unset), 2 and 3 ("ASCII", written by old SPSS whatever the encoding). */
const UNDECLARED_CODES = new Set([0, -1, 2, 3]);

/** character_code values that name encodings this reader cannot decode. */
const UNSUPPORTED_CODES: ReadonlyMap<number, string> = new Map([
  [1, "EBCDIC"], [4, "DEC Kanji"], [1200, "UTF-16LE"], [1201, "UTF-16BE"], [12000, "UTF-32LE"], [12001, "UTF-32BE"],
]);

/**
 * The WHATWG label for a Windows code page number, or null when unknown.
 * @example codePageLabel(1251) // => "windows-1251"
 */
export function codePageLabel(codePage: number): string | null {
  return CODE_PAGES.get(codePage) ?? null;
}

/**
 * The encoding a file declares: the character encoding record (subtype 20)
 * when present, else the machine integer record's character_code; null when
 * neither declares one (no record, or code 2/3 "ASCII" that old SPSS versions
 * wrote whatever the encoding). Follows the order the PSPP manual recommends
 * ("System File Format": "consult the character encoding record, if present,
 * and failing that the character_code").
 *
 * @param recordText the encoding record's bytes as ASCII (an IANA name such as "UTF-8" or "windows-1251"), or null
 * @param characterCode the machine integer record's character_code, or null without that record
 * @throws SavReadError "encoding" for an encoding Node cannot decode (UTF-16/32, EBCDIC, an unknown name or code page).
 * @example declaredEncoding("WINDOWS-1251", 1251, "w.sav") // => { name: "windows-1251", source: "encoding-record", declared: "WINDOWS-1251" }
 */
export function declaredEncoding(recordText: string | null, characterCode: number | null, file: string): SavEncoding | null {
  if (recordText !== null && recordText.trim() !== "") {
    const declared = recordText.replace(/\0+$/, "").trim();
    if (/^(utf|ucs)-?(16|32|2|4)/i.test(declared)) throw refusal(file, `the file declares the character encoding ${declared}, whose 16/32-bit units a system file cannot hold`);
    const name = whatwgName(declared);
    if (name === null) throw refusal(file, `the file declares the character encoding "${declared}", which Node's TextDecoder does not know`);
    return { name, source: "encoding-record", declared };
  }
  if (characterCode === null || UNDECLARED_CODES.has(characterCode)) return null;
  const unsupported = UNSUPPORTED_CODES.get(characterCode);
  if (unsupported !== undefined) throw refusal(file, `the file declares code page ${characterCode} (${unsupported}), which this reader cannot decode`);
  const label = codePageLabel(characterCode);
  const name = label === null ? null : whatwgName(label);
  if (name === null) throw refusal(file, `the file declares code page ${characterCode}, which this reader cannot decode; no text can be decoded safely`);
  return { name, source: "character-code", declared: `code page ${characterCode}` };
}

function refusal(file: string, detail: string): SavReadError {
  return new SavReadError("encoding", { file }, detail);
}

/** Canonical WHATWG name of an encoding label, or null when Node's TextDecoder does not know it. */
function whatwgName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * windows-1252 bytes 0x80-0x9F (WHATWG Encoding Standard, index-windows-1252;
 * Unicode's CP1252.TXT, with the five unassigned bytes mapped to the C1
 * control of the same value). Node 20's TextDecoder decodes windows-1252 as
 * ISO-8859-1 (0x8C becomes U+008C instead of Œ), so this reader maps these
 * 32 bytes itself.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** Decodes windows-1252: Latin-1 for every byte but 0x80-0x9F, which take their windows-1252 characters. */
function decodeWindows1252(bytes: Buffer, start: number, end: number): string {
  return bytes.toString("latin1", start, end).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Multi-byte encodings, where a writer that cuts text at a byte limit may leave half a character at the end. */
const MULTI_BYTE = new Set(["utf-8", "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "iso-2022-jp"]);

/**
 * Where a text ends with a multi-byte character cut in half, the length of
 * the text without it; else -1. Writers that truncate text at a byte limit
 * leave such a cut at the end of the text (before the padding: the corpus
 * file pyreadstat basic_tegulu.sav has one, which haven also drops). A cut is
 * only recognised in text that holds other, valid, non-ASCII characters, so a
 * single-byte text such as windows-1252 "Café" is never taken for cut UTF-8.
 */
function cutCharacterEnd(bytes: Buffer, start: number, end: number, valid: (end: number) => boolean): number {
  for (let cut = 1; cut <= 3 && end - cut > start; cut++) {
    if (bytes[end - cut] < 0x80) return -1;
    if (bytes[end - cut] >= 0xc0 || cut === 3) {
      const kept = end - cut;
      let nonAscii = false;
      for (let i = start; i < kept && !nonAscii; i++) nonAscii = bytes[i] >= 0x80;
      return nonAscii && valid(kept) ? kept : -1;
    }
  }
  return -1;
}

/** End of the text without its trailing spaces and NULs (the padding of fixed-width fields). */
function unpaddedEnd(bytes: Buffer, start: number, end: number): number {
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  return end;
}

/**
 * Decodes the texts of one file in one encoding. Trailing spaces and NUL
 * bytes (the padding of fixed-width fields) are removed before decoding, as
 * ReadStat and PSPP do. A multi-byte character cut in half at the end of the
 * text (a writer truncated it at a byte limit; see cutCharacterEnd) is
 * dropped, as haven does; any other invalid byte sequence makes
 * {@link TextDecoding.decode} return null, so the caller can say where it is.
 */
export class TextDecoding {
  readonly encoding: SavEncoding;
  private readonly decoder: TextDecoder;
  private readonly asciiCompatible: boolean;
  private readonly multiByte: boolean;
  private readonly windows1252: boolean;

  /** @example new TextDecoding({ name: "windows-1251", source: "character-code", declared: "code page 1251" }) */
  constructor(encoding: SavEncoding) {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding.name, { fatal: true });
    this.asciiCompatible = encoding.name !== "iso-2022-jp";
    this.multiByte = MULTI_BYTE.has(encoding.name);
    this.windows1252 = encoding.name === "windows-1252";
  }

  /**
   * Decodes `bytes[start, end)` without its trailing spaces and NULs; null when the bytes are not valid text.
   * @example decoding.decode(Buffer.from("Юг   ", "utf8"), 0, 7) // => "Юг"
   */
  decode(bytes: Buffer, start = 0, end = bytes.length): string | null {
    const textEnd = unpaddedEnd(bytes, start, end);
    if (textEnd === start) return "";
    if (this.asciiCompatible) {
      let ascii = true;
      for (let i = start; i < textEnd; i++) {
        if (bytes[i] >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) return bytes.toString("latin1", start, textEnd);
    }
    if (this.windows1252) return decodeWindows1252(bytes, start, textEnd);
    const attempt = (stop: number): string | null => {
      try {
        return this.decoder.decode(bytes.subarray(start, stop));
      } catch {
        return null;
      }
    };
    const whole = attempt(textEnd);
    if (whole !== null || !this.multiByte) return whole;
    const kept = cutCharacterEnd(bytes, start, textEnd, (stop) => attempt(stop) !== null);
    return kept < 0 ? null : attempt(kept);
  }
}

/**
 * True when `bytes[start, end)` (without trailing spaces and NULs) is valid
 * UTF-8, allowing a character cut in half at the end of the text (see
 * {@link TextDecoding}). Used to detect the encoding of files that declare none.
 *
 * @example isValidUtf8Text(Buffer.from("Алматы  ", "utf8"), 0, 14) // => true
 */
export function isValidUtf8Text(bytes: Buffer, start: number, end: number): boolean {
  const textEnd = unpaddedEnd(bytes, start, end);
  if (isUtf8(bytes.subarray(start, textEnd))) return true;
  return cutCharacterEnd(bytes, start, textEnd, (stop) => isUtf8(bytes.subarray(start, stop))) >= 0;
}

/** The encoding of a file that declares none: UTF-8 when every text is valid UTF-8, else windows-1252 (as ReadStat assumes). */
export const UTF8_DETECTED: SavEncoding = { name: "utf-8", source: "detected-utf-8", declared: null };
/** See {@link UTF8_DETECTED}. */
export const WINDOWS_1252_FALLBACK: SavEncoding = { name: "windows-1252", source: "fallback-windows-1252", declared: null };
