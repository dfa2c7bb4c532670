import { strict as assert } from "node:assert";
import { SavReadError } from "../../lib/spss";

describe("spss/sav-read-error", () => {
  it("starts its message with the file and keeps code, location and detail", () => {
    const error = new SavReadError("truncated", { file: "w.sav", caseNumber: 5, expectedCases: 7, foundCases: 4 }, "the data end inside case 5");
    assert.equal(error.message, "w.sav: the data end inside case 5");
    assert.deepEqual([error.name, error.code, error.detail, error.location.foundCases], ["SavReadError", "truncated", "the data end inside case 5", 4]);
    assert.ok(error instanceof Error);
  });
});
