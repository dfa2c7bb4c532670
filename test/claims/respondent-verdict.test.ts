import { strict as assert } from "node:assert";
import {
  figureOutcome,
  isRespondentVerdict,
  rangeOutcome,
  relationOutcome,
  RESPONDENT_VERDICTS,
  respondentVerdict,
  weakestOutcome,
} from "../../lib/claims/respondent-verdict";

describe("RESPONDENT_VERDICTS", () => {
  it("lists the five respondent-level verdicts of issue 12, each with a definition", () => {
    assert.deepEqual(
      RESPONDENT_VERDICTS.map((v) => v.verdict),
      ["reproduced", "consistent within sampling error", "not reproduced", "demonstrated on SYNTHETIC data", "no respondent-level data"],
    );
    for (const v of RESPONDENT_VERDICTS) assert.ok(v.definition.length > 40, v.verdict);
    assert.equal(isRespondentVerdict("not reproduced"), true);
    assert.equal(isRespondentVerdict("needs respondent-level data"), false, "a verdict of the printed-figures layer");
  });
});

describe("figureOutcome: a printed figure against an estimate and its 95% interval (percent)", () => {
  it("reproduced: the estimate rounds to the printed figure, which then lies in the interval", () => {
    assert.equal(figureOutcome({ estimate: 86.8, lower: 85.1, upper: 88.3 }, 87), "reproduced");
    assert.equal(figureOutcome({ estimate: 87.5, lower: 86, upper: 89 }, 87), "reproduced", "87.5 prints as 87 or 88: within [r − 0.5, r + 0.5]");
  });
  it("consistent within sampling error: the printed figure lies in the interval, the estimate does not round to it", () => {
    assert.equal(figureOutcome({ estimate: 85.2, lower: 83.4, upper: 86.9 }, 87), "consistent within sampling error");
    assert.equal(figureOutcome({ estimate: 85.2, lower: 83.4, upper: 86.5 }, 87), "consistent within sampling error", "86.5 prints as 87: a value that prints as the figure is inside");
  });
  it("not reproduced: no value that prints as the figure lies in the interval", () => {
    assert.equal(figureOutcome({ estimate: 84, lower: 82.1, upper: 85.8 }, 89), "not reproduced");
    assert.equal(figureOutcome({ estimate: 85.2, lower: 83.4, upper: 86.4 }, 87), "not reproduced");
  });
  it("keeps an estimate that rounds to the figure 'reproduced' even when its interval is narrower than the rounding", () => {
    assert.equal(figureOutcome({ estimate: 2.45, lower: 2.07, upper: 2.9 }, 2), "reproduced");
  });
  it("refuses an interval that does not hold its estimate, and non-finite numbers", () => {
    assert.throws(() => figureOutcome({ estimate: 90, lower: 85, upper: 88 }, 87), /lower ≤ estimate ≤ upper/);
    assert.throws(() => figureOutcome({ estimate: NaN, lower: 85, upper: 88 }, 87), /finite/);
    assert.throws(() => figureOutcome({ estimate: 86, lower: 85, upper: 88 }, Infinity), /finite/);
  });
});

describe("relationOutcome: an asserted relation on the interval of its quantity", () => {
  it("gives each outcome: holds beyond sampling error, contradicted, cannot be told apart", () => {
    assert.equal(relationOutcome({ estimate: 9, lower: 5.7, upper: 12.3 }), "reproduced");
    assert.equal(relationOutcome({ estimate: -3.9, lower: -7.1, upper: -0.7 }), "not reproduced");
    assert.equal(relationOutcome({ estimate: -2, lower: -4.9, upper: 0.8 }), "consistent within sampling error");
    assert.equal(relationOutcome({ estimate: 1, lower: 0, upper: 2 }), "reproduced", "'at least': a lower bound at the threshold holds");
  });
  it("judges 'at most' relations and other thresholds", () => {
    assert.equal(relationOutcome({ estimate: -3, lower: -5, upper: -1 }, 0, "at most"), "reproduced");
    assert.equal(relationOutcome({ estimate: 0.3, lower: 0.2, upper: 0.4 }, 0.5), "not reproduced");
  });
});

describe("rangeOutcome: a share against the range of a quantifier's reading", () => {
  it("gives each outcome", () => {
    assert.equal(rangeOutcome({ estimate: 87, lower: 85, upper: 89 }, { lower: 66.7, upper: 100 }), "reproduced");
    assert.equal(rangeOutcome({ estimate: 79, lower: 77, upper: 81 }, { lower: 80, upper: 100 }), "consistent within sampling error");
    assert.equal(rangeOutcome({ estimate: 61, lower: 58, upper: 64.6 }, { lower: 70, upper: 100 }), "not reproduced");
    assert.equal(rangeOutcome({ estimate: 3, lower: 1, upper: 4 }, { lower: 0, upper: 10 }), "reproduced");
    assert.equal(rangeOutcome({ estimate: 12, lower: 9, upper: 15 }, { lower: 0, upper: 10 }), "consistent within sampling error");
  });
});

describe("weakestOutcome and respondentVerdict", () => {
  it("takes the weakest outcome of a claim made of several parts", () => {
    assert.equal(weakestOutcome(["reproduced", "consistent within sampling error", "reproduced"]), "consistent within sampling error");
    assert.equal(weakestOutcome(["reproduced", "not reproduced"]), "not reproduced");
    assert.throws(() => weakestOutcome([]), /no outcome/);
  });
  it("keeps SYNTHETIC evidence at 'demonstrated on SYNTHETIC data' whatever the outcome, and gives real evidence its outcome", () => {
    for (const outcome of ["reproduced", "consistent within sampling error", "not reproduced"] as const) {
      assert.equal(respondentVerdict(outcome, true), "demonstrated on SYNTHETIC data");
      assert.equal(respondentVerdict(outcome, false), outcome);
    }
    assert.throws(() => respondentVerdict("fine" as never, false), /unknown outcome/);
  });
});
