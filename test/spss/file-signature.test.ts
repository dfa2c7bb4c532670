import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { deflateSync, gzipSync } from "node:zlib";
import { identifyFile } from "../../lib/spss";
import { refusal } from "./refusal";
import { sharedPath } from "./shared-folder";


/** The start of an SPSS portable file: 200 bytes of vanity text, the 256-byte character table, then "SPSSPORT" (PSPP manual A.3), in 80-column lines. */
function portableFileStart(): Uint8Array {
  const text = "ASCII SPSS PORT FILE".padEnd(200, " ") + "0".repeat(256) + "SPSSPORTA8/20191001";
  const lines = text.match(/.{1,80}/g)!.join("\r\n");
  return Buffer.from(lines, "latin1");
}

/** An SPSS/PC+ file's directory (2, 0, …) and main header with "SPSS" at 0x104 (PSPP manual C.1). */
function spssPcStart(): Uint8Array {
  const bytes = new Uint8Array(0x200);
  bytes[0] = 2;
  bytes.set(Buffer.from("PCSPSS SYSTEM FILE.  IBM PC DOS, SPSS/PC+", "latin1"), 0x102);
  return bytes;
}

describe("spss/file-signature: what a file is, and a clear refusal of what is not a system file", () => {
  it("identifies .sav and .zsav by $FL2 and $FL3", () => {
    assert.equal(identifyFile(Buffer.from("$FL2@(#) SPSS DATA FILE")), "system");
    assert.equal(identifyFile(Buffer.from("$FL3@(#) SPSS DATA FILE")), "system-zlib");
  });

  it("refuses an encrypted .sav (the corpus file haven also refuses) as unsupported, saying how to decrypt it", () => {
    const error = refusal(readFileSync(sharedPath("sav-corpus", "readspss__hotel-encrypted.sav")), "x.sav");
    assert.equal(error.code, "unsupported");
    assert.match(error.message, /^x\.sav: an encrypted \(password-protected\) SPSS data file/);
  });

  const cases: [string, Uint8Array, "unsupported" | "format", RegExp][] = [
    ["a portable file (.por)", portableFileStart(), "unsupported", /portable file \(\.por\).*pspp-convert/],
    ["an SPSS/PC+ file", spssPcStart(), "unsupported", /SPSS\/PC\+/],
    ["an EBCDIC system file", Uint8Array.of(0x5b, 0xc6, 0xd3, 0xf2, 0, 0, 0, 0), "unsupported", /EBCDIC/],
    ["an empty file", new Uint8Array(0), "format", /empty \(0 bytes\)/],
    ["a CSV renamed .sav", Buffer.from("respondent_id,weight\nr1,1\n"), "format", /text file \(e\.g\. CSV\)/],
    ["a ZIP archive (.xlsx)", Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0), "format", /ZIP archive/],
    ["a gzip file", gzipSync(Buffer.from("$FL2")), "format", /gzip/],
    ["a Stata file", Buffer.from("<stata_dta><header>"), "format", /Stata/],
    ["random bytes", deflateSync(Buffer.from("not a sav file at all, but some binary bytes")), "format", /does not begin with "\$FL2"/],
  ];
  for (const [what, bytes, code, message] of cases) {
    it(`refuses ${what}, naming the file and what it is`, () => {
      const error = refusal(bytes, "x.sav");
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.ok(error.message.startsWith("x.sav: "));
    });
  }
});
