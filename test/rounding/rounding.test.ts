import { strict as assert } from "node:assert";
import * as fc from "fast-check";
import { checkRoundedSum, roundingInterval, roundTo } from "../../lib/rounding/rounding";

describe("roundingInterval", () => {
  it("covers every value that rounds to the figure", () => {
    assert.deepEqual(roundingInterval(39), { lower: 38.5, upper: 39.5 });
    const oneDecimal = roundingInterval(12.3, 1);
    assert.ok(Math.abs(oneDecimal.lower - 12.25) < 1e-12 && Math.abs(oneDecimal.upper - 12.35) < 1e-12);
  });

  it("refuses non-finite figures and bad decimals", () => {
    assert.throws(() => roundingInterval(NaN), RangeError);
    assert.throws(() => roundingInterval(1, -1), RangeError);
    assert.throws(() => roundingInterval(1, 0.5), RangeError);
  });
});

describe("checkRoundedSum", () => {
  it("is exact when the figure equals the sum of its components", () => {
    const check = checkRoundedSum(87, [39, 48]);
    assert.equal(check.outcome, "exact");
    assert.equal(check.computed, 87);
    assert.deepEqual(check.possible, { lower: 86, upper: 88 });
    assert.equal(check.gap, 0);
  });

  it("is consistent within rounding when the intervals meet but the sum differs", () => {
    const check = checkRoundedSum(88, [39, 48]);
    assert.equal(check.outcome, "consistent within rounding");
    assert.equal(check.gap, 0);
    // five options of a distribution: 102 is reachable from a true total of 100 ([97.5, 102.5])
    assert.equal(checkRoundedSum(100, [57, 10, 9, 3, 14, 9]).outcome, "consistent within rounding");
  });

  it("is inconsistent when no rounding of the components gives the figure (the memo's 89 vs 39 + 48)", () => {
    const check = checkRoundedSum(89, [39, 48]);
    assert.equal(check.outcome, "inconsistent");
    assert.equal(check.gap, 0.5);
    assert.equal(checkRoundedSum(100, [50, 45]).outcome, "inconsistent");
  });

  it("handles decimals without binary noise", () => {
    assert.equal(checkRoundedSum(0.3, [0.1, 0.2], 1).outcome, "exact");
    assert.equal(roundTo(0.1 + 0.2, 6), 0.3);
  });

  it("refuses an empty list of components", () => {
    assert.throws(() => checkRoundedSum(1, []), RangeError);
  });
});

describe("checkRoundedSum on rounded true values (property-based, seeded)", () => {
  // True shares in [0, 100] with two decimals, rounded to whole percents as a publication prints them.
  const trueShares = fc.array(fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100), { minLength: 1, maxLength: 8 });
  const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

  it("the true sum lies in the possible interval of the printed components", () => {
    fc.assert(
      fc.property(trueShares, (shares) => {
        const check = checkRoundedSum(0, shares.map(roundHalfUp));
        const total = shares.reduce((sum, s) => sum + s, 0);
        assert.ok(total >= check.possible.lower - 1e-9 && total <= check.possible.upper + 1e-9, `${total} outside [${check.possible.lower}, ${check.possible.upper}]`);
      }),
      { seed: 20200601, numRuns: 500 },
    );
  });

  it("a printed total that is the rounded true total is never judged inconsistent", () => {
    fc.assert(
      fc.property(trueShares, (shares) => {
        const total = shares.reduce((sum, s) => sum + s, 0);
        assert.notEqual(checkRoundedSum(roundHalfUp(total), shares.map(roundHalfUp)).outcome, "inconsistent");
      }),
      { seed: 20200602, numRuns: 500 },
    );
  });
});
