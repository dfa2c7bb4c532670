import * as assert from "node:assert/strict";
import { domainOf, factorizeLabels, invertSymmetricPositiveDefinite, normaliseNonSubstantive, proportionDesignEffects, proportionInterval } from "../../lib/survey";
import { createCodeLookup } from "../../lib/survey/code-lookup";
import { assertAllClose, assertClose } from "./fixture-data";

describe("factorizeLabels", () => {
  it("codes labels in first-appearance order", () => {
    const { codes, levels } = factorizeLabels(["b", "a", "b", 3, 3]);
    assert.deepEqual([Array.from(codes), levels], [[0, 1, 0, 2, 2], ["b", "a", 3]]);
  });
});

describe("createCodeLookup", () => {
  it("finds small integer codes and arbitrary codes", () => {
    assert.deepEqual([1, 5, 7, NaN, -1].map(createCodeLookup([1, 2, 5])), [0, 2, -1, -1, -1]);
    assert.deepEqual([0.5, -3, 9].map(createCodeLookup([-3, 0.5])), [1, 0, -1]);
  });
});

describe("domainOf", () => {
  it("marks rows whose answer is one of the codes", () => assert.deepEqual(Array.from(domainOf([1, 2, NaN, 3], [2, 3])), [0, 1, 0, 1]));
});

describe("normaliseNonSubstantive", () => {
  it("copies the option and rejects an unknown handling", () => {
    assert.deepEqual(normaliseNonSubstantive({ codes: [8, 9], handling: "exclude" }), { codes: [8, 9], handling: "exclude" });
    assert.throws(() => normaliseNonSubstantive({ codes: [8], handling: "drop" as never }), RangeError);
  });
});

describe("proportionInterval", () => {
  it("builds the logit interval expit(logit p ± t·se/(p(1 − p)))", () => {
    const ci = proportionInterval(0.3, 0.05, 14, 0.95, "logit");
    const q = 2.1447866879169273; // R: qt(0.975, 14)
    const half = (q * 0.05) / 0.21;
    assertClose(ci.lower, 1 / (1 + Math.exp(-(Math.log(0.3 / 0.7) - half))), "lower");
    assertClose(ci.upper, 1 / (1 + Math.exp(-(Math.log(0.3 / 0.7) + half))), "upper");
    const wald = proportionInterval(0.3, 0.05, 14, 0.95, "wald");
    assertAllClose([wald.lower, wald.upper], [0.3 - q * 0.05, 0.3 + q * 0.05], "wald");
  });
  it("stays at p for p = 0 or 1 under logit", () => assert.deepEqual([proportionInterval(0, 0, 10, 0.95, "logit").upper], [0]));
});

describe("proportionDesignEffects", () => {
  it("uses R's svyvar-based SRS variances", () => {
    const effects = proportionDesignEffects(0.001, 0.5, 100, 1000);
    assertClose(effects.deff as number, 0.44, "deff");
    assertClose(effects.deffReplace as number, 0.396, "deffReplace");
    assert.equal(proportionDesignEffects(0.001, 0.5, 100, 100).deff, null);
  });
});

describe("invertSymmetricPositiveDefinite", () => {
  it("inverts a 2 × 2 matrix and refuses a singular one", () => {
    assertAllClose(invertSymmetricPositiveDefinite(Float64Array.of(4, 2, 2, 3), 2), [0.375, -0.25, -0.25, 0.5], "inverse");
    assert.throws(() => invertSymmetricPositiveDefinite(Float64Array.of(1, 2, 2, 4), 2), RangeError);
  });
});
