import { strict as assert } from "node:assert";
import { checkRoundedDerivation, weakestRoundedOutcome } from "../../lib/rounding/rounded-derivation";
import { interval, intervalQuotient, intervalScale } from "../../lib/rounding/interval";
import { roundingInterval } from "../../lib/rounding/rounding";

/** 100 · a / (100 − u) for published a and u, as a point and an interval. */
function rebase(a: number, u: number): { point: number; possible: ReturnType<typeof interval> } {
  const base = roundingInterval(100 - u);
  return { point: (100 * a) / (100 - u), possible: intervalScale(intervalQuotient(roundingInterval(a), base), 100) };
}

describe("checkRoundedDerivation", () => {
  it("is exact when the value computed from the printed inputs rounds to the figure", () => {
    const { point, possible } = rebase(47, 18); // 57.32
    const result = checkRoundedDerivation(57, point, possible);
    assert.equal(result.outcome, "exact");
    assert.equal(result.gap, 0);
  });
  it("is consistent within rounding when only the rounding intervals reach the figure", () => {
    const { point, possible } = rebase(2, 18); // 2.44 → 2, printed 3; possible [1.82, 3.07]
    const result = checkRoundedDerivation(3, point, possible);
    assert.equal(result.outcome, "consistent within rounding");
    assert.ok(possible.upper > 2.5);
  });
  it("is inconsistent when no rounding can produce the figure", () => {
    const { point, possible } = rebase(47, 18);
    const result = checkRoundedDerivation(60, point, possible);
    assert.equal(result.outcome, "inconsistent");
    assert.ok(Math.abs(result.gap - (59.5 - possible.upper)) < 1e-9);
  });
  it("rounds half up, free of binary noise", () => {
    assert.equal(checkRoundedDerivation(3, 2.5, interval(2, 3)).outcome, "exact");
    assert.equal(checkRoundedDerivation(0.15, 0.145, interval(0.14, 0.15), 2).outcome, "exact");
  });
  it("refuses a computed value outside its own possible interval, and a non-finite one", () => {
    assert.throws(() => checkRoundedDerivation(3, 5, interval(1, 2)), /outside/);
    assert.throws(() => checkRoundedDerivation(3, NaN, interval(1, 2)), /not finite/);
  });
});

describe("weakestRoundedOutcome", () => {
  it("returns the weakest outcome", () => {
    assert.equal(weakestRoundedOutcome(["exact", "exact"]), "exact");
    assert.equal(weakestRoundedOutcome(["exact", "consistent within rounding"]), "consistent within rounding");
    assert.equal(weakestRoundedOutcome(["consistent within rounding", "inconsistent"]), "inconsistent");
  });
  it("refuses an empty list", () => {
    assert.throws(() => weakestRoundedOutcome([]), /no outcomes/);
  });
});
