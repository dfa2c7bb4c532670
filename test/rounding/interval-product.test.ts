import { strict as assert } from "node:assert";
import { interval } from "../../lib/rounding/interval";
import { intervalProduct } from "../../lib/rounding/interval-product";

describe("intervalProduct", () => {
  it("multiplies the lower and the upper bounds of non-negative intervals", () => {
    assert.deepEqual(intervalProduct(interval(2, 3), interval(4, 5)), { lower: 8, upper: 15 });
  });
  it("contains every product of points in the intervals", () => {
    const product = intervalProduct(interval(0.86, 0.88), interval(0.705, 0.715));
    for (const a of [0.86, 0.87, 0.88]) for (const b of [0.705, 0.71, 0.715]) {
      assert.ok(a * b >= product.lower - 1e-12 && a * b <= product.upper + 1e-12);
    }
  });
  it("keeps zero and refuses negative intervals", () => {
    assert.deepEqual(intervalProduct(interval(0, 1), interval(0, 1)), { lower: 0, upper: 1 });
    assert.throws(() => intervalProduct(interval(-1, 1), interval(1, 2)), /non-negative/);
  });
});
