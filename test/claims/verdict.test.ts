import { strict as assert } from "node:assert";
import { isVerdict, VERDICTS } from "../../lib/claims/verdict";

describe("VERDICTS", () => {
  it("lists the seven verdicts on the printed figures, each once, each with a definition (what the waves give is a layer of its own)", () => {
    const names = VERDICTS.map((v) => v.verdict);
    assert.deepEqual(names, [
      "reproduced",
      "consistent within rounding",
      "depends on the reading",
      "not supported by the memo's own numbers",
      "internally inconsistent",
      "needs respondent-level data",
      "not checkable (source not public)",
    ]);
    for (const v of VERDICTS) assert.ok(v.definition.length > 20, v.verdict);
  });
});

describe("isVerdict", () => {
  it("accepts the vocabulary and refuses anything else", () => {
    assert.equal(isVerdict("reproduced"), true);
    assert.equal(isVerdict("not checkable (source not public)"), true);
    assert.equal(isVerdict("Reproduced"), false);
    assert.equal(isVerdict("ok"), false);
    assert.equal(isVerdict(""), false);
  });
});
