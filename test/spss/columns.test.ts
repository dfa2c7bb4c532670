import { strict as assert } from "node:assert";
import { readSav } from "../../lib/spss";
import { buildSav, extensionRecord } from "./sav-builder";

describe("spss/columns: values by variable", () => {
  const variables = [{ name: "A", width: 0 }, { name: "B", width: 0 }, { name: "S", width: 3 }];

  it("gives numbers as Float64Array with system-missing as NaN, user-missing codes as stored, strings trimmed", () => {
    const data = readSav(buildSav({ variables, cases: [[1.5, 99, "ab "], [NaN, -1e300, ""]], compression: 0 }));
    const [a, b, s] = data.columns;
    assert.ok(a.values instanceof Float64Array);
    assert.deepEqual([[...a.values], [...b.values], s.values], [[1.5, NaN], [99, -1e300], ["ab", ""]]);
  });

  it("treats the machine floating-point record's sysmis as system-missing too, when a writer uses another value", () => {
    const doubles = Buffer.alloc(24);
    doubles.writeDoubleLE(-999999, 0);
    doubles.writeDoubleLE(Number.MAX_VALUE, 8);
    doubles.writeDoubleLE(-Number.MAX_VALUE, 16);
    const data = readSav(buildSav({ variables: [variables[0]], records: [extensionRecord(4, 8, doubles)], cases: [[-999999], [3]], compression: 0 }));
    assert.deepEqual([...data.columns[0].values], [NaN, 3]);
  });

  it("decodes repeated and changing string values alike (a repeated value reuses the previous case's text)", () => {
    const values = ["Алматы", "Алматы", "Астана", "Алматы", "", "", "Шымкент", "Шымкент"];
    const data = readSav(buildSav({ variables: [{ name: "CITY", width: 14 }], cases: values.map((value) => [value]) }));
    assert.deepEqual(data.columns[0].values, values);
  });

  it("grows its columns when the number of cases is not declared", () => {
    const cases = Array.from({ length: 70_000 }, (_, i) => [i % 200, i, "x"]);
    const data = readSav(buildSav({ variables, cases, caseCount: -1 }), { variables: ["B"] });
    assert.equal(data.caseCount, 70_000);
    assert.equal(data.columns[0].values.length, 70_000);
    assert.equal(data.columns[0].values[69_999], 69_999);
  });
});
