import { strict as assert } from "node:assert";
import * as fc from "fast-check";
import {
  createSurveyDesign,
  domainOf,
  LONELY_PSU_RULES,
  ProportionTable,
  surveyCorrelation,
  surveyLinearRegression,
  surveyProportions,
  surveyProportionDifference,
  surveyProportionsByGroup,
  EmptyDomainError,
  SurveyInputError,
  type GroupProportionOptions,
  type GroupProportionTable,
  type LonelyPsuRule,
  type SurveyDesign,
} from "../../lib/survey";

/**
 * Property-based tests (fast-check, fixed seeds) of the invariants every
 * design-based estimator must satisfy whatever the data: proportions of a
 * complete item sum to 1; estimates and SEs do not change when all weights
 * are multiplied by a constant or the rows are permuted; SEs are finite and
 * ≥ 0 and intervals contain the estimate; equal weights without a design give
 * the textbook unweighted formulas; and a domain estimate equals the same
 * estimate on the design whose weights are zeroed outside the domain
 * (Lumley 2010 §2.6). fast-check prints the seed and a shrunk counterexample
 * on failure.
 */

const SEED = 7_2019;
const RUNS = 150;

/** A random stratified cluster sample: 1–4 strata × 2–4 PSUs × 1–5 respondents, with an item, a group and a domain. */
interface Sample {
  readonly weights: number[];
  readonly strata: number[];
  readonly psu: number[];
  readonly item: number[];
  readonly other: number[];
  readonly group: number[];
  readonly inDomain: boolean[];
  readonly lonelyPsu: LonelyPsuRule;
}

const respondent = fc.record({
  weight: fc.double({ min: 0.05, max: 20, noNaN: true }),
  answer: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(NaN) }),
  other: fc.integer({ min: 1, max: 5 }),
  group: fc.integer({ min: 1, max: 2 }),
  inDomain: fc.boolean(),
});

/**
 * Random samples with `minPsus`–4 PSUs per stratum. With the default minimum
 * of 2 no stratum is lonely, so the lonely-PSU rule never applies (R treats
 * strata emptied by a subset specially, so domain ≡ zero weights is only
 * claimed there); `lonelyStrata` allows single-PSU strata under every rule
 * except "fail".
 */
function samples(options: { lonelyStrata?: boolean } = {}): fc.Arbitrary<Sample> {
  const minPsus = options.lonelyStrata ? 1 : 2;
  const rules = options.lonelyStrata ? LONELY_PSU_RULES.filter((rule) => rule !== "fail") : LONELY_PSU_RULES;
  return fc
    .record({
      strata: fc.array(fc.array(fc.array(respondent, { minLength: 1, maxLength: 5 }), { minLength: minPsus, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      lonelyPsu: fc.constantFrom(...rules),
    })
    .map(({ strata, lonelyPsu }) => {
      const sample: Sample = { weights: [], strata: [], psu: [], item: [], other: [], group: [], inDomain: [], lonelyPsu };
      strata.forEach((psus, h) =>
        psus.forEach((people, p) =>
          people.forEach((person) => {
            sample.weights.push(person.weight);
            sample.strata.push(h + 1);
            sample.psu.push(p + 1);
            sample.item.push(person.answer);
            sample.other.push(person.other);
            sample.group.push(person.group);
            sample.inDomain.push(person.inDomain);
          }),
        ),
      );
      return sample;
    });
}

const sampleArbitrary = samples();
const sampleWithLonelyStrata = samples({ lonelyStrata: true });

function designOf(sample: Sample, weights: readonly number[] = sample.weights) {
  return createSurveyDesign({ weights, strata: sample.strata, psu: sample.psu, lonelyPsu: sample.lonelyPsu });
}

/** |a − b| within 1e-9 relative (1e-12 absolute near zero); NaN equals NaN. */
function close(a: number, b: number, what: string): void {
  if (Number.isNaN(a) && Number.isNaN(b)) return;
  assert.ok(Math.abs(a - b) <= 1e-12 + 1e-9 * Math.max(Math.abs(a), Math.abs(b)), `${what}: ${a} vs ${b}`);
}

/** The numbers of a proportion table that must be invariant (weightedN is compared separately, it scales). */
function assertSameTable(actual: ProportionTable, expected: ProportionTable, what: string): void {
  assert.deepEqual(actual.categories.map((c) => c.code), expected.categories.map((c) => c.code), `${what}: categories`);
  assert.equal(actual.df, expected.df, `${what}: df`);
  assert.equal(actual.n, expected.n, `${what}: n`);
  actual.categories.forEach((category, k) => {
    const other = expected.categories[k];
    close(category.estimate, other.estimate, `${what}: estimate of ${category.code}`);
    close(category.se, other.se, `${what}: SE of ${category.code}`);
    close(category.ci.lower, other.ci.lower, `${what}: CI lower of ${category.code}`);
    close(category.ci.upper, other.ci.upper, `${what}: CI upper of ${category.code}`);
    assert.equal(category.n, other.n, `${what}: n of ${category.code}`);
  });
}

/** A random permutation of 0…n−1 drawn from a seed (Fisher–Yates with a linear congruential stream). */
function permutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function permute(sample: Sample, order: readonly number[]): Sample {
  const pick = <T>(values: readonly T[]) => order.map((i) => values[i]);
  return {
    weights: pick(sample.weights),
    strata: pick(sample.strata),
    psu: pick(sample.psu),
    item: pick(sample.item),
    other: pick(sample.other),
    group: pick(sample.group),
    inDomain: pick(sample.inDomain),
    lonelyPsu: sample.lonelyPsu,
  };
}

const answered = (sample: Sample) => sample.item.some((y) => !Number.isNaN(y));

/** The estimate, or nothing when its domain is empty (an EmptyDomainError, tested in test/survey). */
function unlessEmpty<T>(estimate: () => T): T[] {
  try {
    return [estimate()];
  } catch (error) {
    if (error instanceof EmptyDomainError) return [];
    throw error;
  }
}

/** The tables of groups 1 and 2 that have respondents. */
function groupTables(design: SurveyDesign, sample: Sample, options: GroupProportionOptions = {}): GroupProportionTable[] {
  return [1, 2].flatMap((group) => unlessEmpty(() => surveyProportionsByGroup(design, sample.item, sample.group, { ...options, groups: [group] })[0]));
}

describe("reliability: invariants of the survey estimators (property-based, seeded)", function () {
  this.timeout(20_000);

  it("proportions of a complete item sum to 1 (whole sample, each domain, each group; both non-substantive handlings)", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.boolean(), (sample, exclude) => {
        fc.pre(answered(sample));
        const design = designOf(sample);
        const nonSubstantive = { codes: [4], handling: exclude ? ("exclude" as const) : ("category" as const) };
        const tables = [...unlessEmpty(() => surveyProportions(design, sample.item, { nonSubstantive })), ...groupTables(design, sample, { nonSubstantive })];
        for (const table of tables) {
          if (!(table.weightedN > 0)) continue;
          close(table.categories.reduce((sum, c) => sum + c.estimate, 0), 1, "Σ p̂");
          close(table.categories.reduce((sum, c) => sum + c.weightedCount, 0), table.weightedN, "Σ weighted counts = weighted N");
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("estimates, SEs, intervals and df are unchanged when every weight is multiplied by a constant (weighted N scales)", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (sample, factor) => {
        fc.pre(answered(sample));
        const base = surveyProportions(designOf(sample), sample.item);
        const scaled = surveyProportions(designOf(sample, sample.weights.map((w) => w * factor)), sample.item);
        assertSameTable(scaled, base, `× ${factor}`);
        close(scaled.weightedN, base.weightedN * factor, "weighted N");
        const r = surveyCorrelation(designOf(sample), sample.item, sample.other);
        const rScaled = surveyCorrelation(designOf(sample, sample.weights.map((w) => w * factor)), sample.item, sample.other);
        close(rScaled.estimate, r.estimate, "correlation");
        close(rScaled.se, r.se, "correlation SE");
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it("estimates, SEs, intervals and df are unchanged when the rows are permuted", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.integer(), (sample, seed) => {
        fc.pre(answered(sample));
        const shuffled = permute(sample, permutation(sample.weights.length, seed));
        assertSameTable(surveyProportions(designOf(shuffled), shuffled.item), surveyProportions(designOf(sample), sample.item), "permuted");
        const byGroup = groupTables(designOf(sample), sample);
        groupTables(designOf(shuffled), shuffled).forEach((table, g) => assertSameTable(table, byGroup[g], `permuted, group ${table.group}`));
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it("SEs are finite and ≥ 0, and every interval lies in [0, 1] and contains its estimate", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.constantFrom("logit" as const, "wald" as const), (sample, intervalMethod) => {
        fc.pre(answered(sample));
        const table = surveyProportions(designOf(sample), sample.item, { intervalMethod });
        for (const c of table.categories) {
          assert.ok(Number.isFinite(c.se) && c.se >= 0, `SE ${c.se}`);
          assert.ok(c.estimate >= 0 && c.estimate <= 1, `estimate ${c.estimate}`);
          if (table.df > 0 && intervalMethod === "logit") {
            assert.ok(c.ci.lower >= 0 && c.ci.upper <= 1, `logit CI [${c.ci.lower}, ${c.ci.upper}] within [0, 1]`);
          }
          if (table.df > 0) assert.ok(c.ci.lower <= c.estimate + 1e-12 && c.estimate <= c.ci.upper + 1e-12, `CI [${c.ci.lower}, ${c.ci.upper}] contains ${c.estimate}`);
        }
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });

  it("equal weights and no design reduce to the textbook unweighted formulas: p̂ = x/n, SE = √(p̂(1 − p̂)/(n − 1)), df = n − 1", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 60 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (answers, weight) => {
        const n = answers.length;
        const table = surveyProportions(createSurveyDesign({ weights: answers.map(() => weight) }), answers);
        assert.equal(table.df, n - 1);
        for (const c of table.categories) {
          const count = answers.filter((y) => y === c.code).length;
          const p = count / n;
          close(c.estimate, p, `p̂ of ${c.code}`);
          close(c.se, Math.sqrt((p * (1 - p)) / (n - 1)), `SE of ${c.code}`);
          assert.equal(c.n, count);
        }
      }),
      { seed: SEED + 4, numRuns: RUNS },
    );
  });

  it("equal weights and no design reduce to Pearson's r and to the OLS line", () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 4, maxLength: 60 }), (pairs) => {
        const x = pairs.map(([a]) => a);
        const y = pairs.map(([, b]) => b);
        const n = x.length;
        const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / n;
        const mx = mean(x);
        const my = mean(y);
        const sxy = x.reduce((s, xi, i) => s + (xi - mx) * (y[i] - my), 0);
        const sxx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
        const syy = y.reduce((s, yi) => s + (yi - my) ** 2, 0);
        fc.pre(sxx > 0 && syy > 0);
        const design = createSurveyDesign({ weights: x.map(() => 1) });
        close(surveyCorrelation(design, x, y).estimate, sxy / Math.sqrt(sxx * syy), "r");
        const fit = surveyLinearRegression(design, { outcome: y, predictors: { x } });
        close(fit.coefficients[1].estimate, sxy / sxx, "OLS slope");
        close(fit.coefficients[0].estimate, my - (sxy / sxx) * mx, "OLS intercept");
      }),
      { seed: SEED + 5, numRuns: RUNS },
    );
  });

  it("a domain estimate equals the same estimate on the design with weights zeroed outside the domain", () => {
    fc.assert(
      fc.property(sampleArbitrary, (sample) => {
        const domain = sample.inDomain.map((inside) => (inside ? 1 : 0));
        fc.pre(sample.item.some((y, i) => domain[i] === 1 && !Number.isNaN(y)));
        const zeroed = designOf(sample, sample.weights.map((w, i) => w * domain[i]));
        const categories = [1, 2, 3, 4];
        const byDomain = surveyProportions(designOf(sample), sample.item, { domain, categories });
        const byZeroWeights = surveyProportions(zeroed, sample.item, { categories });
        assertSameTable(byDomain, byZeroWeights, "domain vs zero weights");
        close(byDomain.weightedN, byZeroWeights.weightedN, "weighted N");
        const rDomain = surveyCorrelation(designOf(sample), sample.item, sample.other, { domain });
        const rZero = surveyCorrelation(zeroed, sample.item, sample.other);
        close(rDomain.estimate, rZero.estimate, "correlation");
        close(rDomain.se, rZero.se, "correlation SE");
      }),
      { seed: SEED + 6, numRuns: RUNS },
    );
  });

  it("a group's table equals the domain estimate for that group (surveyProportionsByGroup ≡ domain = group)", () => {
    fc.assert(
      fc.property(sampleArbitrary, (sample) => {
        const design = designOf(sample);
        const categories = [1, 2, 3, 4];
        for (const table of groupTables(design, sample, { categories })) {
          const { group: _group, ...asDomain } = table;
          assertSameTable(asDomain, surveyProportions(design, sample.item, { domain: domainOf(sample.group, [table.group]), categories }), `group ${table.group}`);
        }
      }),
      { seed: SEED + 7, numRuns: RUNS },
    );
  });

  it("non-substantive answers under \"exclude\" give the same table as a domain restricted to the substantive answers", () => {
    fc.assert(
      fc.property(sampleArbitrary, (sample) => {
        const substantive = domainOf(sample.item, [1, 2, 3]);
        fc.pre(substantive.some((inside) => inside === 1));
        const design = designOf(sample);
        const excluded = surveyProportions(design, sample.item, { categories: [1, 2, 3], nonSubstantive: { codes: [4], handling: "exclude" } });
        assertSameTable(excluded, surveyProportions(design, sample.item, { categories: [1, 2, 3], domain: substantive }), "exclude vs domain");
      }),
      { seed: SEED + 8, numRuns: RUNS },
    );
  });

  it("a difference between groups equals the difference of the two groups' own proportions", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.subarray([1, 2, 3, 4], { minLength: 1 }), (sample, codes) => {
        const design = designOf(sample);
        const byGroup = groupTables(design, sample, { categories: [1, 2, 3, 4] });
        fc.pre(byGroup.length === 2);
        const share = (g: number) => byGroup[g].categories.filter((c) => codes.includes(c.code)).reduce((sum, c) => sum + c.estimate, 0);
        const difference = surveyProportionDifference(design, sample.item, { codes, group: sample.group, groups: [1, 2] });
        close(difference.first.estimate, share(0), "first group");
        close(difference.second.estimate, share(1), "second group");
        close(difference.estimate, share(0) - share(1), "difference");
        assert.ok(Number.isFinite(difference.se) ? difference.se >= 0 : Number.isNaN(difference.se), `SE ${difference.se}`);
      }),
      { seed: SEED + 9, numRuns: RUNS },
    );
  });

  it("with single-PSU strata (rules remove, certainty, adjust, average): SEs finite and ≥ 0, unchanged by scaling the weights or permuting the rows", () => {
    fc.assert(
      fc.property(sampleWithLonelyStrata, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer(), (sample, factor, seed) => {
        fc.pre(answered(sample));
        // "average" borrows the variance of strata with ≥ 2 PSUs; with none, no variance exists and the SE is NaN (as in R).
        fc.pre(sample.lonelyPsu !== "average" || sample.strata.some((h, i) => sample.strata.some((k, j) => k === h && sample.psu[j] !== sample.psu[i])));
        const base = surveyProportions(designOf(sample), sample.item);
        for (const c of base.categories) assert.ok(Number.isFinite(c.se) && c.se >= 0, `SE ${c.se} under ${sample.lonelyPsu}`);
        assertSameTable(surveyProportions(designOf(sample, sample.weights.map((w) => w * factor)), sample.item), base, `× ${factor} under ${sample.lonelyPsu}`);
        const shuffled = permute(sample, permutation(sample.weights.length, seed));
        assertSameTable(surveyProportions(designOf(shuffled), shuffled.item), base, `permuted under ${sample.lonelyPsu}`);
      }),
      { seed: SEED + 10, numRuns: RUNS },
    );
  });

  it("createSurveyDesign refuses weights whose total overflows (every estimate would be NaN), naming the row where it does", () => {
    assert.throws(
      () => createSurveyDesign({ weights: [1e308, 1e308, 1], source: { file: "w.csv", weights: "wt" } }),
      (error: unknown) => error instanceof SurveyInputError && error.code === "weight-invalid" && error.location.row === 2 && error.location.column === "wt",
    );
    const largeButFinite = surveyProportions(createSurveyDesign({ weights: [1e300, 1e300, 1e300, 1e300], strata: [1, 1, 2, 2], psu: [1, 2, 1, 2] }), [1, 2, 1, 2]);
    close(largeButFinite.categories[0].estimate, 0.5, "estimate with weights of 1e300");
  });
});
