import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { readSav } from "../../lib/spss";
import { refusal } from "./refusal";
import { buildSav, TestSavSpec } from "./sav-builder";

const fixture = (name: string) => readFileSync(projectPath(`test/fixtures/spss/${name}`));

const SPEC: TestSavSpec = {
  variables: [
    { name: "ID", width: 0 },
    { name: "NAME", width: 12 },
    { name: "SCORE", width: 0 },
  ],
  cases: [
    [1, "Алматы", 2.5],
    [2, "Астана", NaN],
    [3, "", 1000.25],
  ],
};


describe("spss/case-stream: the number of cases is checked against the data", () => {
  for (const name of ["cyrillic-utf8.sav", "cyrillic-utf8-uncompressed-big-endian.sav", "cyrillic-utf8.zsav", "haven-bytecode.sav", "haven.zsav", "russian-windows-1251.sav", "zero-cases.sav", "zero-cases-uncompressed.sav", "zero-cases.zsav"]) {
    it(`${name} cut at every byte offset is refused, each time with a SavReadError (never fewer cases, never a hang)`, () => {
      const whole = fixture(name);
      const declared = readSav(whole).caseCount;
      for (let length = 0; length < whole.length; length++) {
        const error = refusal(whole.subarray(0, length));
        if (error.location.expectedCases !== undefined) {
          assert.equal(error.location.expectedCases, declared, `${name} cut at ${length}: ${error.message}`);
          assert.ok(error.location.foundCases! < declared || error.code === "truncated", `${name} cut at ${length}: ${error.message}`);
        }
      }
    });
  }

  it("names the declared and found cases when the data end inside a case (the field case sav-truncated-compressed)", () => {
    const error = refusal(buildSav({ ...SPEC, compression: 0 }).subarray(0, -10));
    assert.equal(error.code, "truncated");
    assert.deepEqual([error.location.expectedCases, error.location.foundCases, error.location.caseNumber], [3, 2, 3]);
    assert.match(error.message, /^t\.sav: the header declares 3 cases, but the data end inside case 3 \(byte \d+\), after 2 complete cases: the file is truncated$/);
  });

  for (const compression of [0, 1, 2] as const) {
    it(`layout ${compression}: fewer complete cases than declared → truncated, naming both counts`, () => {
      const error = refusal(buildSav({ ...SPEC, compression, caseCount: 5 }));
      assert.equal(error.code, "truncated");
      assert.deepEqual([error.location.expectedCases, error.location.foundCases], [5, 3]);
      assert.match(error.message, /declares 5 cases, but the data end after case 3/);
    });

    it(`layout ${compression}: more cases than declared → format error ("bytes left over"), naming both counts`, () => {
      const error = refusal(buildSav({ ...SPEC, compression, caseCount: 2 }));
      assert.equal(error.code, "format");
      assert.deepEqual([error.location.expectedCases, error.location.foundCases], [2, 3]);
      assert.match(error.message, /declares 2 cases, but the data hold 3/);
    });

    it(`layout ${compression}: an unknown number of cases (-1) reads every complete case`, () => {
      const data = readSav(buildSav({ ...SPEC, compression, caseCount: -1 }));
      assert.equal(data.caseCount, 3);
      assert.equal(data.dictionary.declaredCaseCount, null);
      assert.deepEqual([...data.columns[2].values], [2.5, NaN, 1000.25]);
    });
  }

  it("an unknown number of cases and a partial last case → truncated", () => {
    const error = refusal(buildSav({ ...SPEC, compression: 0, caseCount: -1 }).subarray(0, -8));
    assert.equal(error.code, "truncated");
    assert.deepEqual([error.location.foundCases, error.location.caseNumber], [2, 3]);
    assert.match(error.message, /does not declare its number of cases, and the data end inside case 3/);
  });

  it("uncompressed: bytes after the last case that do not make a case are left over → format", () => {
    const error = refusal(buildSav({ ...SPEC, compression: 0, trailing: new Uint8Array(5) }));
    assert.equal(error.code, "format");
    assert.match(error.message, /the data hold 3 and 5 bytes of a further case/);
  });

  it("bytecode: non-zero bytes after the end-of-data code are left over → format; zero padding is not", () => {
    assert.match(refusal(buildSav({ ...SPEC, trailing: Uint8Array.of(1, 2, 3) })).message, /3 bytes follow the end-of-data code/);
    assert.equal(readSav(buildSav({ ...SPEC, trailing: new Uint8Array(16) })).caseCount, 3);
  });

  it("bytecode: data ending inside a block of command codes after the last case → truncated", () => {
    const whole = buildSav({ ...SPEC, endCode: false });
    const error = refusal(Buffer.concat([whole, Uint8Array.of(252, 1)]));
    assert.equal(error.code, "truncated");
    assert.match(error.message, /all 3 declared cases are present, but the data end inside a block of compression codes/);
  });

  it("reads bytecode data padded with no-op codes (0) before every value, as ReadStat writes (the field case sav-readstat-byte-compressed)", () => {
    const data = readSav(buildSav({ ...SPEC, padWithNoOps: true }));
    assert.equal(data.caseCount, 3);
    assert.deepEqual(data.columns[1].values, ["Алматы", "Астана", ""]);
  });

  it("reads zlib data whose bytecode blocks and values straddle zlib block boundaries", () => {
    for (const blockSize of [8, 9, 13, 64]) {
      const data = readSav(buildSav({ ...SPEC, compression: 2, zlibBlockSize: blockSize }));
      assert.deepEqual([...data.columns[0].values], [1, 2, 3], `blocks of ${blockSize}`);
      assert.deepEqual(data.columns[1].values, ["Алматы", "Астана", ""], `blocks of ${blockSize}`);
    }
  });

  it("a dictionary without variables has no cases to read, whatever the header declares (no endless loop)", () => {
    for (const compression of [0, 1, 2] as const) {
      const data = readSav(buildSav({ variables: [], cases: [], compression, caseCount: -1 }));
      assert.deepEqual([data.caseCount, data.columns.length], [0, 0]);
    }
    assert.match(refusal(buildSav({ variables: [], cases: [], compression: 0, trailing: new Uint8Array(8) })).message, /8 bytes of data follow a dictionary that has no variables/);
  });

  it("never allocates for more cases than the data can hold: a header claiming 2^31-1 cases is refused quickly", () => {
    const error = refusal(buildSav({ ...SPEC, caseCount: 2 ** 31 - 1 }));
    assert.deepEqual([error.code, error.location.foundCases], ["truncated", 3]);
  });
});
