import { strict as assert } from "node:assert";
import { verdictOfAgreement, verdictOfComparison, verdictOfRoundedCheck, verdictWithoutSource } from "../../lib/claims/verdict-rules";

describe("verdictOfRoundedCheck", () => {
  it("maps exact, within rounding and inconsistent", () => {
    assert.equal(verdictOfRoundedCheck("exact"), "reproduced");
    assert.equal(verdictOfRoundedCheck("consistent within rounding"), "consistent within rounding");
    assert.equal(verdictOfRoundedCheck("inconsistent"), "internally inconsistent");
    assert.equal(verdictOfRoundedCheck("inconsistent", "not supported by the memo's own numbers"), "not supported by the memo's own numbers");
  });
  it("refuses an unknown outcome", () => {
    assert.throws(() => verdictOfRoundedCheck("fine" as never), /unknown outcome/);
  });
});

describe("verdictOfComparison", () => {
  it("maps certain, possible and impossible", () => {
    assert.equal(verdictOfComparison("certain"), "reproduced");
    assert.equal(verdictOfComparison("possible only within rounding"), "consistent within rounding");
    assert.equal(verdictOfComparison("impossible"), "not supported by the memo's own numbers");
    assert.equal(verdictOfComparison("impossible", "internally inconsistent"), "internally inconsistent");
  });
  it("refuses an unknown outcome", () => {
    assert.throws(() => verdictOfComparison("maybe" as never), /unknown outcome/);
  });
});

describe("verdictWithoutSource", () => {
  it("needs respondent-level data for CAB claims, not checkable for the others", () => {
    assert.equal(verdictWithoutSource("respondent-level data"), "needs respondent-level data");
    assert.equal(verdictWithoutSource("focus-group transcripts", ["certain"]), "not checkable (source not public)");
    assert.equal(verdictWithoutSource("external source", ["possible only within rounding"]), "not checkable (source not public)");
    assert.equal(verdictWithoutSource("study design"), "not checkable (source not public)");
  });
  it("reports a failed internal check as internally inconsistent", () => {
    assert.equal(verdictWithoutSource("focus-group transcripts", ["certain", "impossible"]), "internally inconsistent");
    assert.equal(verdictWithoutSource("respondent-level data", ["impossible"]), "internally inconsistent");
  });
  it("names a failed check of a characterization as not supported when asked to", () => {
    assert.equal(verdictWithoutSource("external source", ["impossible"], "not supported by the memo's own numbers"), "not supported by the memo's own numbers");
    assert.equal(verdictWithoutSource("external source", ["certain"], "not supported by the memo's own numbers"), "not checkable (source not public)");
  });
  it("refuses evidence the package holds: such claims must be computed", () => {
    assert.throws(() => verdictWithoutSource("published table"), /compute the claim/);
    assert.throws(() => verdictWithoutSource("in-text figures"), /compute the claim/);
  });
});

describe("verdictOfAgreement", () => {
  it("reproduces equal counts and flags unequal ones", () => {
    assert.equal(verdictOfAgreement([100, 10 * 10, 100]), "reproduced");
    assert.equal(verdictOfAgreement([10, 9]), "internally inconsistent");
  });
  it("refuses fewer than two values and non-finite values", () => {
    assert.throws(() => verdictOfAgreement([10]), /at least two/);
    assert.throws(() => verdictOfAgreement([10, NaN]), /finite/);
  });
});
