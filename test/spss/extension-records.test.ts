import { strict as assert } from "node:assert";
import { readSav } from "../../lib/spss";
import { buildSav, extensionRecord, int32Bytes, machineIntegerRecord, textRecord } from "./sav-builder";

const lengthPrefixed = (text: string) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([int32Bytes(bytes.length), bytes]);
};

describe("spss/extension-records: names, labels and missing values of the extension records", () => {
  const variables = [{ name: "V1", width: 0 }, { name: "V2", width: 16 }];

  it("applies long names (subtype 13) decoded whole, and long string value labels (21) and missing values (22)", () => {
    const longNames = textRecord(13, Buffer.from("V1=Возраст респондента\tV2=Город", "utf8"));
    const labels = textRecord(21, Buffer.concat([lengthPrefixed("Город"), int32Bytes(16), int32Bytes(1), lengthPrefixed("Алматы".padEnd(16 - 6, " ")), lengthPrefixed("Южная столица")]));
    const missing = textRecord(22, Buffer.concat([lengthPrefixed("Город"), Uint8Array.of(2), int32Bytes(8), Buffer.from("нет  "), Buffer.from("NA      ")]));
    const data = readSav(buildSav({ variables, records: [longNames, labels, missing], cases: [[1, "Алматы"]] }));
    const [age, city] = data.dictionary.variables;
    assert.deepEqual([age.name, age.shortName, city.name], ["Возраст респондента", "V1", "Город"]);
    assert.deepEqual(city.valueLabels, [{ value: "Алматы", label: "Южная столица" }]);
    assert.deepEqual(city.missing, { values: ["нет", "NA"], range: null });
  });

  it("reads long string missing values written with a length before each value (PSPP 1.6)", () => {
    const missing = textRecord(22, Buffer.concat([lengthPrefixed("V2"), Uint8Array.of(2), int32Bytes(8), Buffer.from("нет  "), int32Bytes(8), Buffer.from("NA      ")]));
    assert.deepEqual(readSav(buildSav({ variables, records: [missing], cases: [] })).dictionary.variables[1].missing.values, ["нет", "NA"]);
  });

  it("refuses a malformed long string record (its contents run past its length; 0 or 4 missing values)", () => {
    const short = textRecord(21, Buffer.concat([lengthPrefixed("V2"), int32Bytes(16), int32Bytes(3)]));
    assert.throws(() => readSav(buildSav({ variables, records: [short], cases: [] })), /subtype 21\) at byte \d+: its contents run past its declared length/);
    const four = textRecord(22, Buffer.concat([lengthPrefixed("V2"), Uint8Array.of(4), int32Bytes(8)]));
    assert.throws(() => readSav(buildSav({ variables, records: [four], cases: [] })), /a variable has 4 missing values/);
  });

  it("ignores, with a warning, records of other variables or a numeric variable, and nonessential records of the wrong size", () => {
    const unknown = textRecord(22, Buffer.concat([lengthPrefixed("NOPE"), Uint8Array.of(1), int32Bytes(8), Buffer.from("x       ")]));
    const numeric = textRecord(22, Buffer.concat([lengthPrefixed("V1"), Uint8Array.of(1), int32Bytes(8), Buffer.from("x       ")]));
    const badMachine = extensionRecord(3, 4, new Uint8Array(12));
    const data = readSav(buildSav({ variables, records: [unknown, numeric, badMachine], cases: [] }));
    assert.equal(data.dictionary.warnings.length, 3);
    assert.match(data.dictionary.warnings.join("\n"), /"NOPE", which is not a variable/);
    assert.match(data.dictionary.warnings.join("\n"), /numeric variable V1/);
    assert.match(data.dictionary.warnings.join("\n"), /machine integer info must be 8 int32 values, found 3/);
  });

  it("takes the case count from the extended number of cases record (16) when the header says -1", () => {
    const eight = (value: number) => {
      const b = Buffer.alloc(8);
      b.writeBigInt64LE(BigInt(value));
      return b;
    };
    const record = extensionRecord(16, 8, Buffer.concat([eight(1), eight(2)]));
    const data = readSav(buildSav({ variables, records: [record], caseCount: -1, cases: [[1, "a"], [2, "b"]] }));
    assert.deepEqual([data.dictionary.declaredCaseCount, data.caseCount], [2, 2]);
  });

  it("refuses IBM 370 and VAX floating point (machine integer record), which only old mainframe files use", () => {
    assert.throws(() => readSav(buildSav({ variables, records: [machineIntegerRecord(1252, { floatingPointRep: 2 })], cases: [] })), /IBM 370 floating point/);
  });

  it("lists the extension records it does not interpret, such as attributes (18) and XML (24)", () => {
    const data = readSav(buildSav({ variables, records: [textRecord(18, Buffer.from("V1:$@Role('0'\n)")), textRecord(24, Buffer.from("<xml/>"))], cases: [] }));
    assert.deepEqual(data.dictionary.otherExtensionRecords, [18, 24]);
  });
});
