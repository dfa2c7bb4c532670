import { strict as assert } from "node:assert";
import { loadWaves } from "../../lib/waves/load-waves";
import { answerLabels, codingTable } from "../../lib/waves/coding-table";
import { codingForWave } from "../../lib/waves/codebook";

describe("codingTable", () => {
  it("lists every answer code of every concept of every wave, as the codebook gives it", async () => {
    const { waves, codebook } = await loadWaves();
    const rows = codingTable(waves);
    const expected = waves.reduce((sum, wave) => sum + [...wave.coding.values()].reduce((n, coding) => n + coding.codes.length, 0) + wave.notAsked.length, 0);
    assert.equal(rows.length, expected);
    const russia = rows.filter((r) => r.wave === waves[0].entry.waveId && r.concept === "russia_opinion");
    const defaults = codingForWave(codebook, "*").get("russia_opinion");
    assert.deepEqual(russia.map((r) => r.label), defaults?.codes.map((c) => c.label));
    assert.deepEqual(russia.find((r) => r.label === "Very favorable"), {
      wave: waves[0].entry.waveId,
      concept: "russia_opinion",
      question_id: "q_opinion_russia",
      code: 1,
      label: "Very favorable",
      kind: "substantive",
      scale_position: 2,
      file_label: null,
      file_label_reads: "",
      label_check: "file has no labels (CSV)",
      coding: "*",
    });
  });

  it("is empty without waves", () => {
    assert.deepEqual(codingTable([]), []);
  });
});

describe("answerLabels", () => {
  it("maps each answer code of a concept to its codebook label", async () => {
    const { waves } = await loadWaves();
    const labels = answerLabels(waves[0], "russia_positive_reason_1");
    assert.equal(labels.get(1), "RU domestic qualities");
    assert.equal(labels.get(3), "Innate KZ-RU bonds");
    assert.equal(answerLabels(waves[0], "russia_opinion").get(1), "Very favorable");
  });
  it("refuses a concept the wave has no coding for", async () => {
    const { waves } = await loadWaves();
    const wave = { ...waves[0], coding: new Map() };
    assert.throws(() => answerLabels(wave, "russia_opinion"), /has no coding for russia_opinion/);
  });
});
