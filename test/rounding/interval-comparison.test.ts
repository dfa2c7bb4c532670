import { strict as assert } from "node:assert";
import { compareIntervals, checkWithinRange, describeFeasibility, weakestComparison } from "../../lib/rounding/interval-comparison";
import { interval } from "../../lib/rounding/interval";
import { roundingInterval } from "../../lib/rounding/rounding";

describe("compareIntervals", () => {
  it("is certain when every true value satisfies the relation (48 ≥ 39)", () => {
    const result = compareIntervals(roundingInterval(48), ">=", roundingInterval(39));
    assert.equal(result.outcome, "certain");
    assert.deepEqual(result.difference, { lower: 8, upper: 10 });
  });
  it("is impossible when no true values satisfy it (42 ≥ 46 fails)", () => {
    assert.equal(compareIntervals(roundingInterval(42), ">=", roundingInterval(46)).outcome, "impossible");
    assert.equal(compareIntervals(roundingInterval(35), ">=", roundingInterval(37)).outcome, "impossible");
  });
  it("is possible only within rounding for equal or adjacent published figures", () => {
    assert.equal(compareIntervals(roundingInterval(9), ">=", roundingInterval(9)).outcome, "possible only within rounding");
    assert.equal(compareIntervals(roundingInterval(9), ">", roundingInterval(9)).outcome, "possible only within rounding");
    // 42 vs 43: [41.5, 42.5] meets [42.5, 43.5] at one point only
    assert.equal(compareIntervals(roundingInterval(42), ">=", roundingInterval(43)).outcome, "possible only within rounding");
  });
  it("treats the strict relation strictly at touching ends", () => {
    // 43 ≥ 42 touches at 42.5: certain for >=, only possible for >
    assert.equal(compareIntervals(interval(42.5, 43.5), ">=", interval(41.5, 42.5)).outcome, "certain");
    assert.equal(compareIntervals(interval(42.5, 43.5), ">", interval(41.5, 42.5)).outcome, "possible only within rounding");
    assert.equal(compareIntervals(interval(41.5, 42.5), ">", interval(42.5, 43.5)).outcome, "impossible");
  });
  it("mirrors the relations <= and <", () => {
    assert.equal(compareIntervals(roundingInterval(39), "<=", roundingInterval(48)).outcome, "certain");
    assert.equal(compareIntervals(roundingInterval(48), "<", roundingInterval(39)).outcome, "impossible");
    assert.equal(compareIntervals(roundingInterval(9), "<", roundingInterval(9)).outcome, "possible only within rounding");
  });
  it("refuses an unknown relation", () => {
    assert.throws(() => compareIntervals(interval(0, 1), "==" as never, interval(0, 1)), /unknown relation/);
  });
});

describe("checkWithinRange", () => {
  it("is certain when the value interval lies inside the range", () => {
    assert.equal(checkWithinRange(interval(86, 88), interval(66.7, 100)).outcome, "certain");
  });
  it("is possible only within rounding when they merely overlap", () => {
    const result = checkWithinRange(interval(60, 70), interval(66.7, 100));
    assert.equal(result.outcome, "possible only within rounding");
    assert.equal(result.gap, 0);
  });
  it("is impossible when they are disjoint, and reports the gap", () => {
    const result = checkWithinRange(interval(40, 45), interval(50, 100));
    assert.equal(result.outcome, "impossible");
    assert.equal(result.gap, 5);
  });
  it("accepts a point range such as 'none' = [0, 0] only for a zero value", () => {
    assert.equal(checkWithinRange(interval(0, 0), interval(0, 0)).outcome, "certain");
    assert.equal(checkWithinRange(interval(0.5, 1), interval(0, 0)).outcome, "impossible");
  });
});

describe("weakestComparison", () => {
  it("returns the weakest outcome", () => {
    assert.equal(weakestComparison(["certain", "certain"]), "certain");
    assert.equal(weakestComparison(["certain", "possible only within rounding"]), "possible only within rounding");
    assert.equal(weakestComparison(["possible only within rounding", "impossible", "certain"]), "impossible");
  });
  it("refuses an empty list", () => {
    assert.throws(() => weakestComparison([]), /no outcomes/);
  });
});

describe("describeFeasibility", () => {
  it("names each outcome in plain words and refuses an unknown one", () => {
    assert.equal(describeFeasibility("certain"), "always holds");
    assert.equal(describeFeasibility("possible only within rounding"), "can hold");
    assert.equal(describeFeasibility("impossible"), "cannot hold");
    assert.throws(() => describeFeasibility("sure" as never), /unknown outcome/);
  });
});
