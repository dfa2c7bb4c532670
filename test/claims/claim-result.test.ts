import { strict as assert } from "node:assert";
import { ClaimResult, RespondentLayer, validateClaimResult, validateRespondentLayer } from "../../lib/claims/claim-result";

const good: ClaimResult = { id: "T1-01", computed: "39 + 48 = 87%", interval: "[86, 88]", intervalKind: "rounding", verdict: "reproduced", evidence: "memo Table 1", detail: "Sum of options." };

const layer: RespondentLayer = {
  verdict: "consistent within sampling error",
  synthetic: false,
  estimate: 85.9,
  ciLow: 84.1,
  ciHigh: 87.6,
  unit: "percent",
  base: "all",
  domain: "",
  waves: ["cab-2019"],
  detail: "Weighted share positive.",
};

describe("validateClaimResult", () => {
  it("returns a well-formed result, also with an empty interval and no kind", () => {
    assert.equal(validateClaimResult(good), good);
    assert.equal(validateClaimResult({ ...good, interval: "", intervalKind: "" }).interval, "");
    assert.equal(validateClaimResult({ ...good, interval: "", intervalKind: undefined }).interval, "");
  });
  it("requires the kind of a non-empty interval, from the vocabulary, and no kind without an interval", () => {
    assert.throws(() => validateClaimResult({ ...good, intervalKind: undefined }), /"intervalKind" must say what the interval \[86, 88\] is/);
    assert.throws(() => validateClaimResult({ ...good, intervalKind: "confidence" as never }), /unknown interval kind "confidence"/);
    assert.throws(() => validateClaimResult({ ...good, interval: "", intervalKind: "quantifier reading" }), /there is no interval/);
    assert.equal(validateClaimResult({ ...good, intervalKind: "quantifier reading" }).intervalKind, "quantifier reading");
  });
  it("refuses an unknown verdict", () => {
    assert.throws(() => validateClaimResult({ ...good, verdict: "fine" as never }), /unknown verdict/);
    assert.throws(() => validateClaimResult({ ...good, verdict: "not reproduced by respondent-level data" as never }), /unknown verdict/, "the respondent level has a layer of its own");
  });
  it("refuses empty computed, evidence or detail", () => {
    for (const field of ["computed", "evidence", "detail", "id"] as const) {
      assert.throws(() => validateClaimResult({ ...good, [field]: " " }), new RegExp(`"${field}" is empty`));
    }
  });
  it("refuses a non-string field", () => {
    assert.throws(() => validateClaimResult({ ...good, computed: 87 as never }), /"computed" must be a string/);
  });
  it("checks the respondent layer it carries", () => {
    assert.equal(validateClaimResult({ ...good, respondent: layer }).respondent, layer);
    assert.throws(() => validateClaimResult({ ...good, respondent: { ...layer, verdict: "reproduced by luck" as never } }), /respondent level: unknown verdict/);
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

describe("validateRespondentLayer", () => {
  it("accepts an estimate with its interval, and a layer without data", () => {
    assert.equal(validateRespondentLayer("T1-01", layer), layer);
    const none: RespondentLayer = { verdict: "no respondent-level data", synthetic: false, estimate: null, ciLow: null, ciHigh: null, unit: "", base: "", domain: "", waves: [], detail: "No wave asks it." };
    assert.equal(validateRespondentLayer("T2-12", none), none);
  });
  it("keeps SYNTHETIC evidence at 'demonstrated on SYNTHETIC data', and that verdict for SYNTHETIC evidence only", () => {
    const synthetic = { ...layer, synthetic: true, verdict: "demonstrated on SYNTHETIC data" as const, detail: "SYNTHETIC waves. Rule: reproduced." };
    assert.equal(validateRespondentLayer("T1-01", synthetic), synthetic);
    assert.throws(() => validateRespondentLayer("T1-01", { ...synthetic, verdict: "reproduced" }), /exactly when the evidence is SYNTHETIC; got "reproduced" on SYNTHETIC waves/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, verdict: "demonstrated on SYNTHETIC data" }), /on real waves/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...synthetic, detail: "pooled" }), /must say SYNTHETIC/);
  });
  it("refuses half an estimate, an estimate outside its interval, a unit without estimate, and waves without data", () => {
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, ciLow: null }), /all numbers or all null/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, estimate: 90 }), /ciLow ≤ estimate ≤ ciHigh/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, estimate: NaN }), /finite/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, unit: "" }), /unit is given exactly when there is an estimate/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, waves: [] }), /waves are listed exactly when/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, verdict: "no respondent-level data" }), /waves are listed exactly when/);
    assert.throws(() => validateRespondentLayer("T1-01", { ...layer, detail: "" }), /"detail" is empty/);
  });
});
