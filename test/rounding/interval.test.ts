import { strict as assert } from "node:assert";
import {
  formatInterval,
  interval,
  intervalDifference,
  intervalGap,
  intervalQuotient,
  intervalScale,
  intervalsOverlap,
  intervalSum,
} from "../../lib/rounding/interval";

describe("interval arithmetic", () => {
  it("builds intervals and refuses reversed or non-finite bounds", () => {
    assert.deepEqual(interval(1, 2), { lower: 1, upper: 2 });
    assert.deepEqual(interval(3, 3), { lower: 3, upper: 3 });
    assert.throws(() => interval(2, 1), RangeError);
    assert.throws(() => interval(NaN, 1), RangeError);
    assert.throws(() => interval(0, Infinity), RangeError);
  });

  it("adds: the two favourable options of Table 1 (39, 48) give [86, 88]", () => {
    assert.deepEqual(intervalSum([interval(38.5, 39.5), interval(47.5, 48.5)]), { lower: 86, upper: 88 });
    assert.deepEqual(intervalSum([]), { lower: 0, upper: 0 });
  });

  it("subtracts with the outer bounds", () => {
    assert.deepEqual(intervalDifference(interval(47.5, 48.5), interval(38.5, 39.5)), { lower: 8, upper: 10 });
  });

  it("divides positive intervals with the outer bounds and refuses zero or negative divisors", () => {
    const q = intervalQuotient(interval(46.5, 47.5), interval(81.5, 82.5));
    assert.ok(Math.abs(q.lower - 46.5 / 82.5) < 1e-15);
    assert.ok(Math.abs(q.upper - 47.5 / 81.5) < 1e-15);
    assert.throws(() => intervalQuotient(interval(1, 2), interval(0, 1)), RangeError);
    assert.throws(() => intervalQuotient(interval(-1, 2), interval(1, 2)), RangeError);
  });

  it("scales by a non-negative factor only", () => {
    assert.deepEqual(intervalScale(interval(0.5, 0.6), 100), { lower: 50, upper: 60 });
    assert.throws(() => intervalScale(interval(0, 1), -1), RangeError);
    assert.throws(() => intervalScale(interval(0, 1), NaN), RangeError);
  });

  it("tells overlap and gap, touching intervals included", () => {
    assert.equal(intervalsOverlap(interval(86, 88), interval(88, 89)), true);
    assert.equal(intervalsOverlap(interval(86, 88), interval(88.5, 89.5)), false);
    assert.equal(intervalGap(interval(86, 88), interval(88.5, 89.5)), 0.5);
    assert.equal(intervalGap(interval(88.5, 89.5), interval(86, 88)), 0.5);
    assert.equal(intervalGap(interval(0, 10), interval(2, 3)), 0);
  });

  it("formats without binary noise", () => {
    assert.equal(formatInterval({ lower: 0.1 + 0.2, upper: 88 }), "[0.3, 88]");
    assert.equal(formatInterval({ lower: 56.3636, upper: 58.2822 }, 1), "[56.4, 58.3]");
  });
});
