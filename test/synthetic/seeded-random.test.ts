import * as assert from "node:assert/strict";
import { createSeededRandom, seedFromText } from "../../lib/synthetic/seeded-random";

describe("createSeededRandom", () => {
  it("repeats the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random.uniform());
    };
    assert.deepEqual(draw(7), draw(7));
    assert.notDeepEqual(draw(7), draw(8));
  });

  it("draws uniforms in [0, 1) with mean 1/2 and normals with mean 0 and variance 1", () => {
    const random = createSeededRandom(2019);
    const n = 20000;
    const uniforms = Array.from({ length: n }, () => random.uniform());
    assert.ok(uniforms.every((u) => u >= 0 && u < 1));
    assert.ok(Math.abs(uniforms.reduce((a, b) => a + b, 0) / n - 0.5) < 0.01);
    const normals = Array.from({ length: n }, () => random.normal());
    const mean = normals.reduce((a, b) => a + b, 0) / n;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    assert.ok(Math.abs(mean) < 0.03 && Math.abs(variance - 1) < 0.04, `mean ${mean}, variance ${variance}`);
  });
});

describe("seedFromText", () => {
  it("is the 32-bit FNV-1a hash (published test vectors)", () => {
    assert.equal(seedFromText(""), 0x811c9dc5);
    assert.equal(seedFromText("a"), 0xe40c292c);
    assert.equal(seedFromText("foobar"), 0xbf9cf968);
  });
});
