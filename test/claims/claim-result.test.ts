import { strict as assert } from "node:assert";
import { ClaimResult, validateClaimResult } from "../../lib/claims/claim-result";

const good: ClaimResult = { id: "T1-01", computed: "39 + 48 = 87%", interval: "[86, 88]", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum of options." };

describe("validateClaimResult", () => {
  it("returns a well-formed result, also with an empty interval", () => {
    assert.equal(validateClaimResult(good), good);
    assert.equal(validateClaimResult({ ...good, interval: "" }).interval, "");
  });
  it("refuses an unknown verdict", () => {
    assert.throws(() => validateClaimResult({ ...good, verdict: "fine" as never }), /unknown verdict/);
  });
  it("refuses empty computed, evidence or detail", () => {
    for (const field of ["computed", "evidence", "detail", "id"] as const) {
      assert.throws(() => validateClaimResult({ ...good, [field]: " " }), new RegExp(`"${field}" is empty`));
    }
  });
  it("refuses a non-string field", () => {
    assert.throws(() => validateClaimResult({ ...good, computed: 87 as never }), /"computed" must be a string/);
  });
});

describe("validateClaimResult on SYNTHETIC evidence", () => {
  it("accepts a SYNTHETIC demonstration that keeps 'needs respondent-level data'", () => {
    const synthetic = { ...good, verdict: "needs respondent-level data" as const, evidence: "SYNTHETIC demonstration wave kz-2019-synthetic" };
    assert.equal(validateClaimResult(synthetic), synthetic);
  });
  it("refuses any other verdict on SYNTHETIC evidence", () => {
    assert.throws(() => validateClaimResult({ ...good, evidence: "SYNTHETIC demonstration wave kz-2019-synthetic" }), /must stay "needs respondent-level data"/);
  });
});
