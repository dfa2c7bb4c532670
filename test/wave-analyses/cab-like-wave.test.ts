/**
 * Every estimate the notebooks record for a real (non-synthetic) wave equals
 * R's survey to 1e-9, computed here in-process on the constructed CAB-like
 * test wave (test/helpers/cab-like-wave.ts): Table 1 from the waves (every
 * code on both bases, the boxes, moderate minus strongest per item and summed
 * over items, the moderate option among the positive and minus every other
 * answer), the cross-tabulations on both bases, the characterizations (net
 * positive, not Russia-only, opposed views), every correlation of the
 * associations (partial under each specification, zero-order), and Table 2
 * from the reasons (four bases, the derived ratios, the bundle). The reference
 * values are made by test/fixtures/waves/make-cab-like-wave.R.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { loadTable2, table2Cells } from "../../lib/article/table2";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveCollection } from "../../lib/waves/wave-data";
import { estimateKey, Estimate } from "../../lib/wave-analyses/estimates-file";
import { memoSurveyPeriod } from "../../lib/wave-analyses/evidence-waves";
import { characterizationEvidence, crossTabEstimates, evidenceSample, multivectorAssociations, multivectorModelEstimates } from "../../lib/wave-analyses/multivector-claims";
import { table1Estimates, table1FromWaves } from "../../lib/wave-analyses/table1-from-waves";
import { table2Estimates, table2FromWaves } from "../../lib/wave-analyses/table2-from-waves";
import { addCabLikeWave, CAB_LIKE_WAVE_ID, cabLikeReference } from "../helpers/cab-like-wave";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

/** |ours − R| ≤ 1e-9 · max(1, |R|), the survey core's tolerance. */
function close(ours: number, reference: number): boolean {
  return Math.abs(ours - reference) <= 1e-9 * Math.max(1, Math.abs(reference));
}

/**
 * Compares estimates with R's reference, by concept|measure|domain|base:
 * estimate, SE and interval to 1e-9, df and n exactly, the design effect to
 * 1e-9 (or absent on both sides). Returns the keys compared.
 */
function compareWithR(estimates: readonly Pick<Estimate, "concept" | "measure" | "domain" | "base" | "estimate" | "se" | "ciLow" | "ciHigh" | "df" | "n" | "deff">[]): string[] {
  const reference = cabLikeReference().estimates;
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const e of estimates) {
    const key = [e.concept, e.measure, e.domain, e.base].join("|");
    keys.add(key);
    const r = reference[key];
    if (r === undefined) {
      problems.push(`${key}: no R reference`);
      continue;
    }
    for (const [field, ours, theirs] of [["estimate", e.estimate, r.estimate], ["se", e.se, r.se], ["ci_low", e.ciLow, r.ci_low], ["ci_high", e.ciHigh, r.ci_high]] as const) {
      if (!close(ours, theirs)) problems.push(`${key} ${field}: ${ours} vs R ${theirs}`);
    }
    if (e.df !== r.df) problems.push(`${key} df: ${e.df} vs R ${r.df}`);
    if (e.n !== r.n) problems.push(`${key} n: ${e.n} vs R ${r.n}`);
    if ((e.deff === null) !== (r.deff === null) || (e.deff !== null && r.deff !== null && !close(e.deff, r.deff))) problems.push(`${key} deff: ${e.deff} vs R ${r.deff}`);
  }
  assert.deepEqual(problems, [], problems.slice(0, 20).join("\n"));
  return [...keys];
}

describe("estimates of the notebooks on a constructed CAB-like wave, against R's survey", function () {
  this.timeout(60_000);
  let collection: WaveCollection;
  before(async () => {
    const folder = temporaryWaveFolder(false);
    addCabLikeWave(folder);
    collection = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
  });

  it("reads the wave as an analyst adds it: filter, CAB codes mapped to the default coding by its codebook rows", () => {
    const [wave] = collection.waves;
    assert.equal(wave.entry.waveId, CAB_LIKE_WAVE_ID);
    assert.equal(wave.entry.synthetic, false);
    assert.equal(wave.accounting.rowsKept, cabLikeReference().meta.respondents);
    assert.equal(wave.accounting.rowsExcluded["outside-filter"], 40);
  });

  it("gives Table 1 from the waves (every code on both bases, the boxes, the differences and their sums) as R does", () => {
    const table1 = table1FromWaves(collection, memoSurveyPeriod());
    const rows = table1Estimates(table1);
    assert.ok(rows.every((e) => e.waves.join(";") === CAB_LIKE_WAVE_ID && !e.synthetic));
    const keys = compareWithR(rows);
    assert.equal(keys.length, 3 * 15 + 3 + 2 + 3 * 4);
  });

  it("gives the four cross-tabulations on both bases as R does", () => {
    const keys = compareWithR(crossTabEstimates([evidenceSample(collection.waves).sample!]));
    assert.equal(keys.length, 8);
  });

  it("gives the associations (every correlation of the six pairs) and the characterizations as R does", () => {
    const evidence = evidenceSample(collection.waves);
    const rows = multivectorModelEstimates(multivectorAssociations(evidence), characterizationEvidence(evidence));
    const keys = compareWithR(rows);
    assert.equal(keys.length, 6 * 5 + 4 + 2 + 1);
  });

  it("gives the proportional-odds check of every pair, both directions, as R's svyolr", () => {
    const evidence = evidenceSample(collection.waves);
    const pooled = multivectorAssociations(evidence).pooled!;
    const reference = cabLikeReference().ordinal;
    const checks = pooled.flatMap((pair) => pair.ordinal);
    assert.equal(checks.length, 12);
    for (const check of checks) {
      const r = reference[`${check.outcome}|${check.predictor}`];
      assert.ok(r, `${check.outcome}|${check.predictor}`);
      assert.ok(Math.abs(check.estimate - r.estimate) < 1e-7 && Math.abs(check.se - r.se) < 1e-7, `${check.outcome}|${check.predictor}: ${check.estimate} (${check.se}) vs R ${r.estimate} (${r.se})`);
      assert.equal(check.df, r.df);
    }
    assert.equal(checks.length, Object.keys(reference).length);
  });

  it("gives Table 2 from the reasons (four bases, the derived ratios, the bundle) as R does", () => {
    const table2 = table2FromWaves(collection, memoSurveyPeriod(), table2Cells(loadTable2()));
    const keys = compareWithR(table2Estimates(table2));
    // benign minus strong of all mentions serves T2-18 and T2-24/T2-25: one estimate
    assert.equal(keys.length, 7 + 6 + 7 + 6 + 1 + 2 + 1 + 1 + 3 + 1 + 1 - 1);
  });

  it("leaves no R reference unused: every estimate R computed is one the notebooks record", () => {
    const table1 = table1Estimates(table1FromWaves(collection, memoSurveyPeriod()));
    const table2 = table2Estimates(table2FromWaves(collection, memoSurveyPeriod(), table2Cells(loadTable2())));
    const evidence = evidenceSample(collection.waves);
    const crossTabs = crossTabEstimates([evidence.sample!]);
    const models = multivectorModelEstimates(multivectorAssociations(evidence), characterizationEvidence(evidence));
    const ours = new Set([...table1, ...table2, ...crossTabs, ...models].map((e) => estimateKey({ ...e, waves: [] }).slice(1)));
    assert.deepEqual(Object.keys(cabLikeReference().estimates).filter((key) => !ours.has(key)), []);
  });
});
