import { strict as assert } from "node:assert";
import { intervalShareOfSum } from "../../lib/rounding/share-of-sum";
import { interval, intervalQuotient, intervalSum } from "../../lib/rounding/interval";

describe("intervalShareOfSum", () => {
  it("gives the exact range of part / (part + other)", () => {
    const share = intervalShareOfSum(interval(10.5, 11.5), interval(6.5, 7.5));
    assert.ok(Math.abs(share.lower - 10.5 / 18) < 1e-12);
    assert.ok(Math.abs(share.upper - 11.5 / 18) < 1e-12);
  });
  it("is tighter than the naive quotient, which counts the part twice", () => {
    const part = interval(10.5, 11.5);
    const other = interval(6.5, 7.5);
    const naive = intervalQuotient(part, intervalSum([part, other]));
    const exact = intervalShareOfSum(part, other);
    assert.ok(exact.lower > naive.lower && exact.upper < naive.upper);
  });
  it("contains every share computed from points in the intervals", () => {
    const part = interval(1.5, 2.5);
    const other = interval(3.5, 4.5);
    const share = intervalShareOfSum(part, other);
    for (const p of [1.5, 2, 2.5]) for (const o of [3.5, 4, 4.5]) {
      const value = p / (p + o);
      assert.ok(value >= share.lower - 1e-12 && value <= share.upper + 1e-12);
    }
  });
  it("refuses negative intervals and a sum that can be zero", () => {
    assert.throws(() => intervalShareOfSum(interval(-1, 1), interval(1, 2)), /non-negative/);
    assert.throws(() => intervalShareOfSum(interval(0, 1), interval(0, 1)), /can be 0/);
    // a part that can be 0 is fine when the other part cannot: the share then starts at 0
    assert.deepEqual(intervalShareOfSum(interval(0, 1), interval(1, 1)), { lower: 0, upper: 0.5 });
  });
});
