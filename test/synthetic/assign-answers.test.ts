import * as assert from "node:assert/strict";
import { codingForWave, loadWaveCodebook } from "../../lib/waves/codebook";
import { assignFiveWay, byScoreDescending, nonSubstantivePair } from "../../lib/synthetic/assign-answers";
import { createSeededRandom } from "../../lib/synthetic/seeded-random";

const coding = codingForWave(loadWaveCodebook(), "any").get("russia_opinion")!;

describe("byScoreDescending and nonSubstantivePair", () => {
  it("sort by score, highest first, ties by row", () => {
    assert.deepEqual(byScoreDescending([0, 1, 2, 3], [0.2, 0.9, 0.5, 0.9]), [1, 3, 2, 0]);
  });
  it("give [do not know, refused] in code order, and refuse a coding without exactly two", () => {
    assert.deepEqual(nonSubstantivePair(coding), [98, 99]);
    assert.throws(() => nonSubstantivePair({ ...coding, codes: coding.codes.slice(0, 5) }), RangeError);
  });
});

describe("assignFiveWay", () => {
  it("hits the five weighted shares, gives non-substantive answers to the most disengaged and positive answers to the highest latents", () => {
    const n = 1000;
    const random = createSeededRandom(1);
    const weights = Array.from({ length: n }, () => 0.5 + random.uniform());
    const latent = Float64Array.from({ length: n }, () => random.normal());
    const disengagement = Float64Array.from({ length: n }, () => random.normal());
    const out = new Array<number>(n).fill(NaN);
    const shares = [0.3, 0.4, 0.1, 0.15, 0.05] as const;
    assignFiveWay(Array.from({ length: n }, (_, i) => i), weights, shares, latent, disengagement, coding, 0.25, random, out);
    const total = weights.reduce((a, b) => a + b, 0);
    const share = (codes: number[]) => out.reduce((sum, code, i) => sum + (codes.includes(code) ? weights[i] : 0), 0) / total;
    const tolerance = 1.5 / total + 1e-12;
    [[1], [2], [98, 99], [3], [4]].forEach((codes, k) => assert.ok(Math.abs(share(codes) - shares[k]) <= tolerance, `codes ${codes}: ${share(codes)}`));
    assert.ok(Math.abs(share([99]) / share([98, 99]) - 0.25) < 0.05);
    const minDisengagementOfNonSubstantive = Math.min(...out.flatMap((code, i) => (code >= 98 ? [disengagement[i]] : [])));
    assert.ok(out.every((code, i) => code >= 98 || disengagement[i] <= minDisengagementOfNonSubstantive));
    const minLatentOfVery = Math.min(...out.flatMap((code, i) => (code === 1 ? [latent[i]] : [])));
    assert.ok(out.every((code, i) => code !== 2 || latent[i] <= minLatentOfVery));
  });
});
