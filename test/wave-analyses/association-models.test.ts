/**
 * The association models of MV-05, MV-06 and MV-10 (issue 14, items 8 and 10)
 * on constructed samples, where the answer is known by construction: a
 * positive and a negative association beyond leadership, a spurious one that
 * a non-linear leadership opinion produces (partialled out by leadership as a
 * factor, not by leadership as a number: the sensitivity run says the outcome
 * changes), "do not know" kept at the midpoint, and the wave entered as a
 * factor when waves are pooled. The estimates themselves are held against
 * R's survey in test/wave-analyses/cab-like-wave.test.ts.
 */
import * as assert from "node:assert/strict";
import { createSurveyDesign } from "../../lib/survey";
import type { WaveConcept } from "../../lib/waves/concepts";
import type { WaveData } from "../../lib/waves/wave-data";
import type { WaveSample } from "../../lib/waves/wave-sample";
import {
  ASSOCIATION_SPECIFICATIONS,
  JUDGED_SPECIFICATION,
  pairAssociations,
  runOf,
  sensitivityOutcomes,
  waveMembership,
} from "../../lib/wave-analyses/association-models";

const PAIR = { x: "russia_opinion", y: "us_opinion" } as const;
const POSITIONS = [-2, -1, 1, 2];

/** A deterministic stream of numbers in [0, 1) (Park–Miller). */
function stream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** A latent value cut into the four scale positions (−2, −1, +1, +2). */
function position(latent: number): number {
  return latent < -0.8 ? -2 : latent < 0 ? -1 : latent < 0.8 ? 1 : 2;
}

/** A constructed sample: 4 strata × 5 PSUs, unequal weights, answers as scale positions (0 = non-substantive). */
function constructed(answers: Partial<Record<WaveConcept, number[]>>): WaveSample {
  const n = answers.leadership_opinion!.length;
  const weights = Array.from({ length: n }, (_, i) => 1 + (i % 3) * 0.5);
  return {
    id: "constructed",
    label: "constructed",
    synthetic: false,
    waveIds: ["constructed"],
    design: createSurveyDesign({ weights, strata: weights.map((_, i) => String(i % 4)), psu: weights.map((_, i) => String(Math.floor(i / 4) % 5)) }),
    answers: new Map(Object.entries(answers).map(([concept, values]) => [concept as WaveConcept, Float64Array.from(values!)])),
    respondents: n,
  };
}

/** x and y built from leadership, a shared part (sign `shared`), and noise; `bend` makes leadership's effect U-shaped. */
function sample(shared: number, options: { n?: number; bend?: boolean; seed?: number } = {}): WaveSample {
  const next = stream(options.seed ?? 7);
  const n = options.n ?? 240;
  const leadership = Array.from({ length: n }, () => POSITIONS[Math.floor(next() * 4)]);
  const effect = (l: number) => (options.bend ? (Math.abs(l) === 2 ? 0.5 : -0.5) : 0.3 * l);
  const common = leadership.map(() => next() - 0.5);
  const x = leadership.map((l, i) => position(effect(l) + common[i] + 1.2 * (next() - 0.5)));
  const y = leadership.map((l, i) => position(effect(l) + shared * common[i] + 1.2 * (next() - 0.5)));
  return constructed({ russia_opinion: x, us_opinion: y, leadership_opinion: leadership });
}

describe("pairAssociations", () => {
  it("judges a positive association beyond leadership as reproduced, under every specification and the ordinal check", () => {
    const result = pairAssociations(sample(1.5), PAIR, []);
    assert.deepEqual(result.runs.map((r) => r.specification.measure), ASSOCIATION_SPECIFICATIONS.map((s) => s.measure));
    const judged = runOf(result, JUDGED_SPECIFICATION.measure);
    assert.ok(judged.correlation.estimate > 0.3, String(judged.correlation.estimate));
    assert.equal(judged.outcome, "reproduced");
    assert.deepEqual(judged.given, ["factor(leadership_opinion)-1", "factor(leadership_opinion)1", "factor(leadership_opinion)2"]);
    assert.ok(result.ordinal.length === 2 && result.ordinal.every((o) => o.result === "reproduced" && o.estimate > 0));
    assert.ok(sensitivityOutcomes([result]).every((s) => !s.changes && s.outcome === "reproduced"));
  });

  it("judges an association of the opposite sign as not reproduced", () => {
    const result = pairAssociations(sample(-1.5), PAIR, []);
    const judged = runOf(result, JUDGED_SPECIFICATION.measure);
    assert.ok(judged.correlation.estimate < -0.3);
    assert.equal(judged.outcome, "not reproduced");
  });

  it("partials out a U-shaped leadership effect as a factor, which the linear specification cannot: the sensitivity run changes the outcome", () => {
    const result = pairAssociations(sample(0, { bend: true, n: 400, seed: 11 }), PAIR, []);
    const factor = runOf(result, "partial_correlation");
    const linear = runOf(result, "partial_correlation_leadership_linear");
    assert.equal(factor.outcome, "consistent within sampling error", String(factor.correlation.estimate));
    assert.equal(linear.outcome, "reproduced", String(linear.correlation.estimate));
    assert.equal(runOf(result, "correlation").outcome, "reproduced");
    const changed = sensitivityOutcomes([result]).filter((s) => s.changes).map((s) => s.label);
    assert.ok(changed.includes(ASSOCIATION_SPECIFICATIONS.find((s) => s.measure === "partial_correlation_leadership_linear")!.label), changed.join("; "));
  });

  it("leaves 'do not know' out of the judged run and keeps it at the midpoint in the sensitivity run", () => {
    const base = sample(1.5, { n: 120 });
    const x = Float64Array.from(base.answers.get("russia_opinion")!);
    const leadership = Float64Array.from(base.answers.get("leadership_opinion")!);
    [0, 5, 10, 15, 20].forEach((i) => (x[i] = 0));
    [1, 6].forEach((i) => (leadership[i] = 0));
    const withDk = constructed({ russia_opinion: [...x], us_opinion: [...base.answers.get("us_opinion")!], leadership_opinion: [...leadership] });
    const result = pairAssociations(withDk, PAIR, []);
    assert.equal(runOf(result, "partial_correlation").correlation.n, 120 - 7);
    assert.equal(runOf(result, "partial_correlation_dk_midpoint").correlation.n, 120);
    assert.equal(runOf(result, "partial_correlation_dk_midpoint").row.base, "all");
    // leadership's "do not know" is a level of its own in that run
    assert.ok(runOf(result, "partial_correlation_dk_midpoint").given.includes("factor(leadership_opinion)0"));
  });

  it("enters the wave as a factor when the sample pools waves, and refuses waves that do not add up to the sample", () => {
    const pooled = sample(1.5, { n: 120 });
    const waves = [{ respondentIds: new Array(60).fill("") }, { respondentIds: new Array(60).fill("") }] as unknown as WaveData[];
    const result = pairAssociations(pooled, PAIR, waves);
    assert.ok(runOf(result, "partial_correlation").given.includes("factor(wave)2"));
    assert.ok(runOf(result, "correlation").given.length === 0);
    const short = [{ respondentIds: new Array(50).fill("") }, { respondentIds: new Array(60).fill("") }] as unknown as WaveData[];
    assert.throws(() => pairAssociations(pooled, PAIR, short), /holds 120 respondents, its waves 110/);
  });

  it("throws a RangeError naming the item a sample does not ask", () => {
    const base = sample(1.5, { n: 40 });
    const without = constructed({ russia_opinion: [...base.answers.get("russia_opinion")!], leadership_opinion: [...base.answers.get("leadership_opinion")!] });
    assert.throws(() => pairAssociations(without, PAIR, []), /does not ask us_opinion/);
  });
});

describe("waveMembership", () => {
  it("numbers each respondent's wave 1 … k in pooling order", () => {
    const waves = [{ respondentIds: ["a", "b"] }, { respondentIds: ["c", "d", "e"] }] as unknown as WaveData[];
    assert.deepEqual([...waveMembership(waves)], [1, 1, 2, 2, 2]);
  });
});

describe("sensitivityOutcomes", () => {
  it("gives the weakest pair's outcome per specification and refuses an empty set", () => {
    const strong = pairAssociations(sample(1.5), PAIR, []);
    const negative = pairAssociations(sample(-1.5), PAIR, []);
    assert.ok(sensitivityOutcomes([strong, negative]).every((s) => s.outcome === "not reproduced"));
    assert.throws(() => sensitivityOutcomes([]), /no pair/);
  });
});
