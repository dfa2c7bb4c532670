import { SavReadError } from "./sav-read-error";

/** What the first bytes of a file say it is. */
export type FileKind =
  | "system" // $FL2: SPSS system file, uncompressed or bytecode-compressed (.sav)
  | "system-zlib" // $FL3: SPSS system file with zlib-compressed data (.zsav)
  | "system-ebcdic" // $FL2 in EBCDIC (mainframe SPSS)
  | "encrypted" // SPSS 25+ password-protected .sav
  | "portable" // SPSS portable file (.por)
  | "spss-pc" // SPSS/PC+ system file (1980s-90s)
  | "empty"
  | "zip" // ZIP archive (also .xlsx, .docx)
  | "gzip"
  | "stata" // Stata .dta (117+ XML-like header or binary 104-115)
  | "text" // plain text, e.g. a CSV renamed .sav
  | "unknown";

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * Identifies a file from its first bytes, following the signatures of the
 * GNU PSPP manual ("System File Format": rec_type `$FL2`/`$FL3`, or
 * `5b c6 d3 f2` in EBCDIC; "Portable File Format": the `SPSSPORT` tag after
 * the 464-byte header; "SPSS/PC+ System File Format": `SPSS` at 0x104 after a
 * directory starting 2, 0) and the common formats a mislabelled file may be.
 *
 * @example identifyFile(new TextEncoder().encode("$FL2@(#) SPSS DATA FILE")) // => "system"
 */
export function identifyFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  const head = ascii(bytes, 0, Math.min(bytes.length, 4));
  if (head === "$FL2") return "system";
  if (head === "$FL3") return "system-zlib";
  if (bytes.length >= 4 && bytes[0] === 0x5b && bytes[1] === 0xc6 && bytes[2] === 0xd3 && bytes[3] === 0xf2) return "system-ebcdic";
  if (bytes.length >= 20 && ascii(bytes, 8, 12) === "ENCRYPTEDSAV") return "encrypted";
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes("SPSSPORT")) return "portable";
  if (bytes.length >= 0x108 && bytes[0] === 2 && bytes[1] === 0 && bytes[4] === 0 && ascii(bytes, 0x104, 4) === "SPSS") return "spss-pc";
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return "zip";
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  if (ascii(bytes, 0, Math.min(bytes.length, 11)) === "<stata_dta>" || (bytes.length >= 2 && bytes[0] >= 104 && bytes[0] <= 115 && (bytes[1] === 1 || bytes[1] === 2))) return "stata";
  if (looksLikeText(bytes.subarray(0, 4096))) return "text";
  return "unknown";
}

/** True when the bytes hold no control characters other than tab, CR, LF (and no NUL): a text file. */
function looksLikeText(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return false;
  }
  return true;
}

const REFUSALS: Record<Exclude<FileKind, "system" | "system-zlib">, string> = {
  "system-ebcdic": "an SPSS system file in EBCDIC (mainframe SPSS), which this reader does not read; convert it with pspp-convert on a machine with an EBCDIC locale, or re-save it from SPSS",
  encrypted: "an encrypted (password-protected) SPSS data file; this reader cannot decrypt it: open it in SPSS with its password and save it again without encryption",
  portable: "an SPSS portable file (.por), not a system file (.sav); convert it to .sav (pspp-convert FILE.por FILE.sav) or read it with haven::read_por",
  "spss-pc": "an SPSS/PC+ system file (the 1980s-90s DOS format), which this reader does not read; convert it to .sav with pspp-convert",
  empty: "the file is empty (0 bytes), not an SPSS system file",
  zip: "a ZIP archive (or an Office file such as .xlsx), not an SPSS system file; unzip it, or export the sheet as .sav or .csv",
  gzip: "a gzip-compressed file, not an SPSS system file; decompress it first (gunzip)",
  stata: "a Stata data file (.dta), not an SPSS system file",
  text: "a text file (e.g. CSV), not an SPSS system file: a .sav begins with \"$FL2\" (or \"$FL3\" for .zsav)",
  unknown: "not an SPSS system file: it does not begin with \"$FL2\" or \"$FL3\"",
};

/**
 * Throws a {@link SavReadError} ("unsupported", or "format" for a file that is
 * no SPSS file at all) naming the file and what it is, unless the file is an
 * SPSS system file (.sav or .zsav).
 *
 * @throws SavReadError for every kind but "system" and "system-zlib".
 * @example requireSystemFile(bytes, "wave.sav") // => "system"
 */
export function requireSystemFile(bytes: Uint8Array, file: string): "system" | "system-zlib" {
  const kind = identifyFile(bytes);
  if (kind === "system" || kind === "system-zlib") return kind;
  const recognised = kind === "system-ebcdic" || kind === "encrypted" || kind === "portable" || kind === "spss-pc";
  throw new SavReadError(recognised ? "unsupported" : "format", { file, offset: 0 }, REFUSALS[kind]);
}
