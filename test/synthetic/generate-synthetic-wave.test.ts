import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";
import { codingForWave, loadWaveCodebook } from "../../lib/waves/codebook";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { generateSyntheticWave, SYNTHETIC_DATA_STATUS } from "../../lib/synthetic/generate-synthetic-wave";
import { loadSyntheticTargets } from "../../lib/synthetic/synthetic-targets";
import { generatedWaveCsv } from "../../lib/synthetic/write-synthetic-waves";

/** Published figures read straight from the transcriptions, independently of the generator's target loader. */
function published(): { table1: Map<string, number>; conditional: Map<string, number> } {
  const table1 = parseCsv(readFileSync(projectPath("data/article/table1.csv"), "utf8"), "table1.csv");
  const figures = parseCsv(readFileSync(projectPath("data/article/text-figures.csv"), "utf8"), "text-figures.csv");
  const at = (parsed: typeof table1, name: string) => parsed.header.indexOf(name);
  return {
    table1: new Map(table1.rows.map((row) => [`${row[at(table1, "item_id")]}|${row[at(table1, "scale_position")]}`, Number(row[at(table1, "percent")])])),
    conditional: new Map(figures.rows.map((row) => [row[at(figures, "figure_id")], Number(row[at(figures, "value")])])),
  };
}

describe("generateSyntheticWave", () => {
  const codebook = loadWaveCodebook();
  const targets = loadSyntheticTargets();
  const entry = loadWaveManifest().find((wave) => wave.synthetic)!;
  const wave = generateSyntheticWave(entry, targets, codingForWave(codebook, entry.waveId));
  const column = (name: string) => wave.rows.map((row) => row[wave.header.indexOf(name)]);
  const weights = column("weight").map(Number);
  const total = weights.reduce((a, b) => a + b, 0);
  const weightedShare = (question: string, codes: string[], among: (i: number) => boolean = () => true) => {
    const values = column(question);
    let inBase = 0;
    let hit = 0;
    values.forEach((value, i) => {
      if (!among(i)) return;
      inBase += weights[i];
      if (codes.includes(value)) hit += weights[i];
    });
    return (100 * hit) / inBase;
  };

  it("is byte-identical to the committed file and to a second run (seeded by the wave id)", () => {
    const again = generateSyntheticWave(entry, targets, codingForWave(codebook, entry.waveId));
    assert.equal(generatedWaveCsv(again), generatedWaveCsv(wave));
    assert.equal(generatedWaveCsv(wave), readFileSync(projectPath(entry.path), "utf8"));
    const other = generateSyntheticWave({ ...entry, waveId: `${entry.waveId}-other` }, targets, codingForWave(codebook, entry.waveId));
    assert.notEqual(generatedWaveCsv(other), generatedWaveCsv(wave));
  });

  it("labels every row SYNTHETIC", () => {
    assert.ok(column("data_status").every((value) => value === SYNTHETIC_DATA_STATUS));
  });

  it("has a stratified cluster design with at least two PSUs per stratum and unequal weights", () => {
    const strata = column("stratum");
    const psus = column("psu");
    for (const stratum of new Set(strata)) assert.ok(new Set(psus.filter((_, i) => strata[i] === stratum)).size >= 2);
    const mean = total / weights.length;
    const cv = Math.sqrt(weights.reduce((a, w) => a + (w - mean) ** 2, 0) / weights.length) / mean;
    assert.ok(cv > 0.2, `weight CV ${cv}`);
    assert.ok(weights.every((w) => w > 0));
  });

  it("matches every option of the memo's Table 1 within rounding (weighted)", () => {
    const { table1 } = published();
    const items: [string, string][] = [["russia_opinion", "q_opinion_russia"], ["russia_economic_relations", "q_econ_russia"], ["eeu_benefit", "q_eeu_benefit"]];
    for (const [item, question] of items) {
      for (const [position, codes] of [["2", ["1"]], ["1", ["2"]], ["", ["98", "99"]], ["-1", ["3"]], ["-2", ["4"]]] as const) {
        const achieved = weightedShare(question, [...codes]);
        assert.ok(Math.abs(achieved - table1.get(`${item}|${position}`)!) <= 0.5, `${item} ${position}: ${achieved}`);
      }
    }
  });

  it("matches the memo's four conditional shares within rounding, with non-substantive answers in the base", () => {
    const { conditional } = published();
    const russia = column("q_opinion_russia");
    const russiaRelations = column("q_econ_russia");
    const cases: [string, string, string[]][] = [["q_opinion_usa", "mv_russia_fav_us_fav", russia], ["q_opinion_china", "mv_russia_fav_china_fav", russia], ["q_econ_usa", "mv_russia_rel_us_rel", russiaRelations], ["q_econ_china", "mv_russia_rel_china_rel", russiaRelations]];
    for (const [question, figure, anchor] of cases) {
      const achieved = weightedShare(question, ["1", "2"], (i) => ["1", "2"].includes(anchor[i]));
      assert.ok(Math.abs(achieved - conditional.get(figure)!) <= 0.5, `${question}: ${achieved}`);
    }
  });

  it("asks reasons only of those favourable to Russia, and a second reason only after a substantive first one", () => {
    const russia = column("q_opinion_russia");
    const first = column("q_reason_russia_1");
    const second = column("q_reason_russia_2");
    russia.forEach((answer, i) => {
      assert.equal(first[i] !== "", ["1", "2"].includes(answer), `row ${i + 1}`);
      if (second[i] !== "") assert.ok(!["98", "99"].includes(first[i]) && !["98", "99"].includes(second[i]));
    });
  });
});
