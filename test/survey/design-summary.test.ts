import * as assert from "node:assert/strict";
import { createSurveyDesign, formatSurveyDesignSummary, surveyDesignSummary, type SurveyDesign } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertClose, loadFixtureTable, rEstimators } from "./fixture-data";

/** R's summary(design) numbers saved by make-estimator-fixtures.R. */
interface SummaryReference {
  strata: string[];
  obs: number[];
  designPsu: number[];
  actualPsu: number[];
  clusters: number;
  degf: number;
  rows: number;
  zeroWeights: number;
  weightSum: number;
  weightMin: number;
  weightMax: number;
  weightMinPositive: number;
}

function assertMatchesSummary(design: SurveyDesign, r: SummaryReference): void {
  const summary = surveyDesignSummary(design);
  const byLabel = new Map(summary.byStratum.map((s) => [String(s.stratum), s]));
  assert.deepEqual([...byLabel.keys()].sort(), r.strata);
  r.strata.forEach((label, h) => {
    const stratum = byLabel.get(label)!;
    assert.deepEqual([stratum.rows, stratum.psus, stratum.psus], [r.obs[h], r.designPsu[h], r.actualPsu[h]], `stratum ${label}`);
  });
  assert.deepEqual([summary.psus, summary.df, summary.rows, summary.zeroWeightRows], [r.clusters, r.degf, r.rows, r.zeroWeights]);
  assertClose(summary.weights.sum, r.weightSum, "weight sum");
  assert.deepEqual([summary.weights.min, summary.weights.max, summary.weights.minPositive], [r.weightMin, r.weightMax, r.weightMinPositive]);
}

describe("surveyDesignSummary (R summary(design), degf)", () => {
  const { designs } = mainDesigns();
  const r = rEstimators().summary;
  for (const name of DESIGN_NAMES) it(`matches R — ${name}`, () => assertMatchesSummary(designs[name], r[name]));

  it("matches R on a design with zero weights and single-PSU strata, and names those strata", () => {
    const data = loadFixtureTable("lonely-zero");
    const design = createSurveyDesign({ weights: data.number("w"), strata: data.text("stratum"), psu: data.number("psu"), lonelyPsu: "adjust" });
    assertMatchesSummary(design, r.lonelyZero);
    const summary = surveyDesignSummary(design);
    assert.deepEqual(summary.lonelyStrata, ["C", "D"]);
    assert.deepEqual(summary.psusPerStratum, { min: 1, max: 3 });
    assert.equal(summary.byStratum.find((s) => s.stratum === "B")!.psusWithWeight, 1, "B's second PSU has only zero weights");
    const text = formatSurveyDesignSummary(summary);
    assert.match(text, /^Stratified 1 - level Cluster Sampling design \(with replacement\)\n/);
    assert.match(text, /single-PSU strata: C, D \(rule "adjust"\)/);
  });

  it("matches R on the pooled waves (each wave its own strata)", () => {
    const data = loadFixtureTable("waves");
    assertMatchesSummary(createSurveyDesign({ weights: data.number("w"), strata: data.text("stratum"), psu: data.number("psu") }), r.pooledWaves);
  });

  it("describes designs without clusters as R does", () => {
    assert.equal(surveyDesignSummary(designs.weightsOnly).description, "Independent Sampling design (with replacement)");
    assert.equal(surveyDesignSummary(designs.clustered).description, "1 - level Cluster Sampling design (with replacement)");
  });
});
