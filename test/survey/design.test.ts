import * as assert from "node:assert/strict";
import { createSurveyDesign } from "../../lib/survey";

describe("createSurveyDesign", () => {
  it("nests PSU labels in strata and counts PSUs per stratum", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 1, 1], strata: ["a", "a", "b", "b", "a"], psu: [1, 2, 1, 2, 1] });
    assert.deepEqual(Array.from(design.psuOfRow), [0, 1, 2, 3, 0]);
    assert.deepEqual(Array.from(design.stratumOfPsu), [0, 0, 1, 1]);
    assert.deepEqual(Array.from(design.psuCountOfStratum), [2, 2]);
    assert.deepEqual(design.stratumLabels, ["a", "b"]);
  });

  it("makes every row its own PSU in one stratum when only weights are given (ids = ~1)", () => {
    const design = createSurveyDesign({ weights: [2, 0, 1] });
    assert.equal(design.psuCount, 3);
    assert.equal(design.stratumCount, 1);
    assert.equal(design.lonelyPsu, "fail");
  });

  it("accepts zero weights", () => {
    assert.doesNotThrow(() => createSurveyDesign({ weights: [0, 1] }));
  });

  it("refuses NaN, negative and infinite weights naming row and column", () => {
    for (const bad of [NaN, -1, Infinity]) {
      assert.throws(
        () => createSurveyDesign({ weights: [1, bad], source: { file: "cab.csv", weights: "wgt" } }),
        (error: unknown) => {
          assert.ok(error instanceof Error && error.name === "SurveyInputError");
          assert.deepEqual((error as unknown as { code: string; location: object }).location, { file: "cab.csv", row: 2, column: "wgt" });
          assert.equal((error as unknown as { code: string }).code, "weight-invalid");
          return true;
        },
      );
    }
  });

  it("refuses missing design labels, mismatched lengths and unknown lonely-PSU rules", () => {
    assert.throws(() => createSurveyDesign({ weights: [1, 1], psu: [1, NaN] }), { name: "SurveyInputError", code: "design-invalid" });
    assert.throws(() => createSurveyDesign({ weights: [1, 1], strata: [1] }), RangeError);
    assert.throws(() => createSurveyDesign({ weights: [1, 1], psu: [1, 2, 3] }), RangeError);
    assert.throws(() => createSurveyDesign({ weights: [1], lonelyPsu: "drop" as never }), RangeError);
  });
});
