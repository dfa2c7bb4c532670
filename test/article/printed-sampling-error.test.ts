/**
 * Sampling error of printed comparisons (issue 14, item 4). Expected values
 * by hand from Var(p̂₁ − p̂₂) = (p₁ + p₂ − (p₁ − p₂)²)/n · deff over the
 * rounding box of the two shares.
 */
import { strict as assert } from "node:assert";
import {
  aggregateSamplingError,
  differenceSamplingError,
  mentionScenarios,
  respondentScenarios,
  SAMPLING_ERROR_QUANTILE,
  samplingErrorOutcome,
} from "../../lib/article/printed-sampling-error";
import type { SamplingAssumptions } from "../../lib/claims/sampling-assumptions";
import { interval } from "../../lib/rounding/interval";

const ASSUMPTIONS: SamplingAssumptions = { respondentsPerWave: interval(1500, 1500), wavesPooled: interval(1, 6), designEffect: interval(1, 2), mentionsPerRespondent: interval(1, 2), rows: [] };
const [perWave, pooled] = respondentScenarios(ASSUMPTIONS);

describe("printed sampling error", () => {
  it("gives a per-wave and a pooled scenario from the documented assumptions", () => {
    assert.deepEqual(perWave, { name: "per wave", n: interval(1500, 1500), designEffect: interval(1, 2) });
    assert.deepEqual(pooled.n, interval(9000, 9000));
    assert.equal(pooled.name, "pooled over 6 waves");
  });

  it("bounds the mentions behind shares of reasons: respondents × base × one to two mentions × share", () => {
    const [mentions] = mentionScenarios(ASSUMPTIONS, interval(86, 88), interval(81.5, 82.5));
    assert.ok(Math.abs(mentions.n.lower - (1500 * 0.86 * 0.815)) < 1e-9);
    assert.ok(Math.abs(mentions.n.upper - 1500 * 0.88 * 2 * 0.825) < 1e-9);
  });

  it("differenceSamplingError: 48 vs 39 per wave: SE from the corners of the rounding box, beyond sampling error", () => {
    const check = differenceSamplingError({ first: 48, second: 39 }, perWave);
    assert.deepEqual(check.difference, { lower: 8, upper: 10 });
    // smallest n·Var at (0.475, 0.385): 0.86 − 0.09² = 0.8519; largest at (0.485, 0.395): 0.88 − 0.09² = 0.8719
    assert.ok(Math.abs(check.se.lower - 100 * Math.sqrt(0.8519 / 1500)) < 1e-9);
    assert.ok(Math.abs(check.se.upper - 100 * Math.sqrt((0.8719 * 2) / 1500)) < 1e-9);
    assert.ok(Math.abs(check.threshold.upper - SAMPLING_ERROR_QUANTILE * check.se.upper) < 1e-12);
    assert.equal(check.outcome, "beyond sampling error");
  });

  it("differenceSamplingError: a one-point difference is within sampling error; 42 vs 46 depends per wave and is beyond pooled", () => {
    assert.equal(differenceSamplingError({ first: 50, second: 49 }, perWave).outcome, "within sampling error");
    assert.equal(differenceSamplingError({ first: 42, second: 46 }, perWave).outcome, "depends on the assumptions");
    assert.equal(differenceSamplingError({ first: 42, second: 46 }, pooled).outcome, "beyond sampling error");
  });

  it("aggregateSamplingError: sums the differences; the variance between independence and perfect correlation", () => {
    const check = aggregateSamplingError([{ first: 48, second: 39 }, { first: 42, second: 46 }], perWave);
    assert.deepEqual(check.difference, { lower: 3, upper: 7 });
    // Σ V_j: 0.8519 + 0.8684; (Σ √V_j)²: (√0.8719 + √0.8884)²
    assert.ok(Math.abs(check.se.lower - 100 * Math.sqrt((0.8519 + 0.8684) / 1500)) < 1e-9);
    assert.ok(Math.abs(check.se.upper - 100 * Math.sqrt(((Math.sqrt(0.8719) + Math.sqrt(0.8884)) ** 2 * 2) / 1500)) < 1e-9);
    assert.equal(check.outcome, "depends on the assumptions");
    assert.throws(() => aggregateSamplingError([], perWave), /no item/);
  });

  it("samplingErrorOutcome: never beyond when the difference may be zero; refuses a scenario without units", () => {
    assert.equal(samplingErrorOutcome(interval(-1, 20), interval(1, 2)), "depends on the assumptions");
    assert.equal(samplingErrorOutcome(interval(-3, -1), interval(4.3, 6.1)), "within sampling error");
    assert.equal(samplingErrorOutcome(interval(8, 10), interval(4.7, 6.7)), "beyond sampling error");
    assert.throws(() => differenceSamplingError({ first: 48, second: 39 }, { ...perWave, n: interval(0, 0) }), /n > 0/);
  });
});
