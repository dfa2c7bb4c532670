import { strict as assert } from "node:assert";
import { readSav, SavReadError } from "../../lib/spss";
import { readDictionaryRecords } from "../../lib/spss/dictionary-records";
import { buildSav, int32Bytes, valueLabelRecords } from "./sav-builder";

const VARIABLES = [{ name: "ID", width: 0, label: "Номер" }, { name: "S", width: 12, missing: { code: 1, values: ["нет"] } }];

describe("spss/dictionary-records: the records before the data", () => {
  it("reads variable records with labels, missing values and continuations, and finds where the data begin", () => {
    const bytes = buildSav({ variables: VARIABLES, cases: [[1, "да"]] });
    const raw = readDictionaryRecords(bytes, true, "t");
    assert.deepEqual(raw.variables.map((record) => record.type), [0, 12, -1]);
    assert.equal(Buffer.from(raw.variables[0].labelBytes!).toString("utf8"), "Номер");
    assert.equal(Buffer.from(raw.variables[1].missingStrings[0]).toString("utf8").trimEnd(), "нет");
    assert.equal(bytes[raw.dataOffset - 8], 0xe7, "the termination record (999 = 0x3e7) ends where the data begin");
  });

  it("refuses an unknown record type, naming its offset", () => {
    const bytes = buildSav({ variables: VARIABLES, records: [int32Bytes(5)], cases: [] });
    assert.throws(() => readSav(bytes), (error: unknown) => error instanceof SavReadError && error.code === "format" && /unknown record type 5 at byte \d+/.test(error.message));
  });

  it("refuses a value label record that is not followed by its variables record", () => {
    const labels = valueLabelRecords([{ value: 1, label: "один" }], [1]);
    const broken = labels.subarray(0, labels.length - 12);
    const bytes = buildSav({ variables: VARIABLES, records: [broken], cases: [] });
    assert.throws(() => readSav(bytes), /is followed by a record of type 999, not by its value label variables record/);
  });

  it("refuses value labels pointing at a continuation or outside the dictionary, and negative counts", () => {
    for (const index of [3, 4, 0]) {
      const bytes = buildSav({ variables: VARIABLES, records: [valueLabelRecords([{ value: 1, label: "x" }], [index])], cases: [] });
      assert.throws(() => readSav(bytes), /not the first element of a variable/, `index ${index}`);
    }
    const negative = Buffer.concat([int32Bytes(6), int32Bytes(-1)]);
    assert.throws(() => readSav(buildSav({ variables: VARIABLES, records: [negative], cases: [] })), /declares -1 lines/);
  });

  it("applies one value label record to every variable it names, keeps the first of two labels for a value (with a warning), and merges records", () => {
    const records = [
      valueLabelRecords([{ value: 1, label: "да" }, { value: 2, label: "нет" }, { value: 1, label: "иә" }], [1, 4, 4]),
      valueLabelRecords([{ value: 9, label: "отказ" }], [4]),
    ];
    const data = readSav(buildSav({ variables: [...VARIABLES, { name: "N", width: 0 }], records, cases: [] }));
    const [first, , third] = data.dictionary.variables;
    assert.deepEqual(first.valueLabels, [{ value: 1, label: "да" }, { value: 2, label: "нет" }]);
    assert.deepEqual(third.valueLabels, [{ value: 1, label: "да" }, { value: 2, label: "нет" }, { value: 9, label: "отказ" }]);
    assert.deepEqual(first.valueLabels, [{ value: 1, label: "да" }, { value: 2, label: "нет" }], "merging into N did not change ID's labels");
    assert.match(data.dictionary.warnings.join("\n"), /variable ID labels the value 1 twice; the first label \("да"\) is kept/);
  });

  it("refuses a dictionary without its termination record (the file ends inside the dictionary)", () => {
    const bytes = buildSav({ variables: VARIABLES, cases: [] });
    assert.throws(() => readSav(bytes.subarray(0, bytes.length - 16)), (error: unknown) => error instanceof SavReadError && error.code === "truncated" && /inside the dictionary/.test(error.message));
  });

  it("refuses a variable type outside 0..255 and -1, and impossible missing value counts", () => {
    const bad = Buffer.from(buildSav({ variables: [{ name: "X", width: 0 }], cases: [] }));
    bad.writeInt32LE(300, 180);
    assert.throws(() => readSav(bad), /type 300 is neither numeric/);
    assert.throws(() => readSav(buildSav({ variables: [{ name: "X", width: 0, missing: { code: -1, values: [1] } }], cases: [] })), /n_missing_values is -1/);
  });
});
