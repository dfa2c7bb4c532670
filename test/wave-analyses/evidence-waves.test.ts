import { strict as assert } from "node:assert";
import type { WaveConcept } from "../../lib/waves/concepts";
import type { WaveData } from "../../lib/waves/wave-data";
import { asksConcepts, claimEvidence, consecutivePoolings, describeEvidence, memoSurveyPeriod, waveSeries } from "../../lib/wave-analyses/evidence-waves";

/** A wave as the evidence rules see it: id, field start, SYNTHETIC or not, the concepts it asks. */
function wave(waveId: string, fieldStart: string, synthetic: boolean, concepts: readonly WaveConcept[] = ["russia_opinion", "eeu_benefit"]): WaveData {
  return {
    entry: { waveId, fieldStart, synthetic },
    answers: new Map(concepts.map((c) => [c, new Float64Array(0)])),
    coding: new Map(concepts.map((c) => [c, { concept: c }])),
    accounting: { rowsRead: 10, rowsKept: 10, rowsExcluded: { "outside-filter": 0 } },
  } as unknown as WaveData;
}

const period = { firstYear: 2017, lastYear: 2019 };
const ids = (waves: readonly WaveData[]) => waves.map((w) => w.entry.waveId);

describe("memoSurveyPeriod", () => {
  it("reads the CAB years the memo states from data/article/study-design.csv", () => {
    assert.deepEqual(memoSurveyPeriod(), { firstYear: 2017, lastYear: 2019 });
  });
});

describe("asksConcepts", () => {
  it("is true when the wave has answers and a coding for every concept", () => {
    const w = wave("a", "2018-10-01", false, ["russia_opinion"]);
    assert.equal(asksConcepts(w, ["russia_opinion"]), true);
    assert.equal(asksConcepts(w, ["russia_opinion", "eeu_benefit"]), false);
  });
});

describe("claimEvidence", () => {
  const synthetic = [wave("s17", "2017-10-01", true), wave("s18", "2018-10-01", true), wave("s19", "2019-10-01", true)];

  it("uses the SYNTHETIC waves while no real wave is listed, pooled, and says so", () => {
    const chosen = claimEvidence(synthetic, ["russia_opinion"], period);
    assert.deepEqual(ids(chosen.waves), ["s17", "s18", "s19"]);
    assert.equal(chosen.synthetic, true);
    assert.equal(chosen.note, "SYNTHETIC waves of the memo's period 2017–2019 (no real wave is listed), pooled");
    assert.deepEqual(chosen.leftOut, []);
  });

  it("uses the real waves of the memo's period as soon as one is listed, never pooling them with SYNTHETIC ones", () => {
    const waves = [...synthetic, wave("cab-2018", "2018-04-01", false), wave("cab-2019", "2019-04-01", false), wave("cab-2021", "2021-04-01", false)];
    const chosen = claimEvidence(waves, ["russia_opinion"], period);
    assert.deepEqual(ids(chosen.waves), ["cab-2018", "cab-2019"]);
    assert.equal(chosen.synthetic, false);
    assert.deepEqual(chosen.leftOut, [
      { waveId: "s17", reason: "SYNTHETIC: never pooled with or tested against real waves" },
      { waveId: "s18", reason: "SYNTHETIC: never pooled with or tested against real waves" },
      { waveId: "s19", reason: "SYNTHETIC: never pooled with or tested against real waves" },
      { waveId: "cab-2021", reason: "fielded outside the memo's period 2017–2019" },
    ]);
    assert.match(describeEvidence(chosen), /^real waves of the memo's period 2017–2019, pooled: cab-2018 \(rows kept 10 of 10\), cab-2019 .*; left out: s17 \(SYNTHETIC/);
  });

  it("uses every real wave, saying so, when none falls in the memo's period", () => {
    const chosen = claimEvidence([...synthetic, wave("cab-2020", "2020-10-01", false), wave("cab-2021", "2021-04-01", false)], ["russia_opinion"], period);
    assert.deepEqual(ids(chosen.waves), ["cab-2020", "cab-2021"]);
    assert.equal(chosen.note, "real waves outside the memo's period 2017–2019 (none of it is listed), pooled");
  });

  it("leaves out a wave that does not ask the concepts, saying which it does not ask, and has no evidence when none asks them", () => {
    const waves = [wave("cab-2018", "2018-04-01", false, ["russia_opinion"]), wave("cab-2019", "2019-04-01", false)];
    const chosen = claimEvidence(waves, ["russia_opinion", "eeu_benefit"], period);
    assert.deepEqual(ids(chosen.waves), ["cab-2019"]);
    assert.deepEqual(chosen.leftOut, [{ waveId: "cab-2018", reason: "does not ask eeu_benefit" }]);
    const none = claimEvidence(waves, ["us_opinion"], period);
    assert.deepEqual(none.waves, []);
    assert.equal(none.synthetic, false);
    assert.equal(none.note, "no wave of the manifest asks us_opinion");
  });

  it("falls back to the SYNTHETIC waves for a concept no real wave asks", () => {
    const chosen = claimEvidence([...synthetic, wave("cab-2019", "2019-04-01", false, ["russia_opinion"])], ["eeu_benefit"], period);
    assert.deepEqual(ids(chosen.waves), ["s17", "s18", "s19"]);
    assert.equal(chosen.synthetic, true);
  });
});

describe("waveSeries and consecutivePoolings", () => {
  it("splits the real and the SYNTHETIC series, and pools consecutive waves within one series only", () => {
    const waves = [wave("s17", "2017-10-01", true), wave("a", "2018-01-01", false), wave("b", "2019-01-01", false), wave("c", "2020-01-01", false)];
    const { real, synthetic } = waveSeries(waves);
    assert.deepEqual([ids(real), ids(synthetic)], [["a", "b", "c"], ["s17"]]);
    assert.deepEqual(consecutivePoolings(real).map((p) => ids(p).join("+")), ["a", "a+b", "a+b+c", "b", "b+c", "c"]);
    assert.throws(() => consecutivePoolings(waves), /mixes SYNTHETIC and real waves/);
    assert.deepEqual(consecutivePoolings([]), []);
  });
});
