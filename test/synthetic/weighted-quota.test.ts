import * as assert from "node:assert/strict";
import fc from "fast-check";
import { assignByWeightedQuota } from "../../lib/synthetic/weighted-quota";

describe("assignByWeightedQuota", () => {
  it("cuts equal weights at the target shares, in the given order", () => {
    assert.deepEqual(assignByWeightedQuota([3, 2, 1, 0], [1, 1, 1, 1], [0.25, 0.75]), [0, 1, 1, 1]);
    assert.deepEqual(assignByWeightedQuota([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], [0.4, 0, 0.6]), [0, 0, 2, 2, 2]);
  });

  it("hits every category's weighted share within the largest weight over the total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 3, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }).filter((shares) => shares.reduce((a, b) => a + b, 0) > 0.1),
        (weights, shares) => {
          const order = weights.map((_, i) => i);
          const categories = assignByWeightedQuota(order, weights, shares);
          const total = weights.reduce((a, b) => a + b, 0);
          const shareSum = shares.reduce((a, b) => a + b, 0);
          const tolerance = Math.max(...weights) / total + 1e-12;
          shares.forEach((share, k) => {
            const achieved = order.filter((_, j) => categories[j] === k).reduce((sum, row) => sum + weights[row], 0) / total;
            assert.ok(Math.abs(achieved - share / shareSum) <= tolerance, `category ${k}: ${achieved} vs ${share / shareSum}`);
          });
          assert.deepEqual(categories, [...categories].sort((a, b) => a - b));
        },
      ),
    );
  });

  it("refuses negative shares or shares summing to zero", () => {
    assert.throws(() => assignByWeightedQuota([0], [1], [0, 0]), RangeError);
    assert.throws(() => assignByWeightedQuota([0], [1], [1, -0.5]), RangeError);
  });
});
