import { strict as assert } from "node:assert";
import { loadWaves } from "../../lib/waves/load-waves";
import { codingTable } from "../../lib/waves/coding-table";

describe("codingTable", () => {
  it("lists every answer code of every concept of every wave, as the codebook gives it", async () => {
    const { waves, codebook } = await loadWaves();
    const rows = codingTable(waves);
    const expected = waves.reduce((sum, wave) => sum + [...wave.coding.values()].reduce((n, coding) => n + coding.codes.length, 0), 0);
    assert.equal(rows.length, expected);
    const russia = rows.filter((r) => r.wave === waves[0].entry.waveId && r.concept === "russia_opinion");
    const defaults = codebook.get("*")?.get("russia_opinion");
    assert.deepEqual(russia.map((r) => r.label), defaults?.codes.map((c) => c.label));
    assert.deepEqual(russia.find((r) => r.label === "Very favorable"), {
      wave: waves[0].entry.waveId,
      concept: "russia_opinion",
      question_id: "q_opinion_russia",
      code: 1,
      label: "Very favorable",
      kind: "substantive",
      scale_position: 2,
      coding: "*",
    });
  });

  it("is empty without waves", () => {
    assert.deepEqual(codingTable([]), []);
  });
});
