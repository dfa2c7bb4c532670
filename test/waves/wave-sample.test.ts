import * as assert from "node:assert/strict";
import * as path from "node:path";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import { NON_SUBSTANTIVE_SCALE_CODE, poolWaves, waveSample, wavesAsking } from "../../lib/waves/wave-sample";
import { addManifestRow, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

describe("waveSample and poolWaves", () => {
  it("harmonise codes to scale positions (non-substantive → 0) and label synthetic samples", async () => {
    const { waves } = await loadWaves();
    const wave = waves[0];
    const sample = waveSample(wave);
    const raw = wave.answers.get("russia_opinion")!;
    const harmonised = sample.answers.get("russia_opinion")!;
    raw.forEach((code, i) => assert.equal(harmonised[i], ({ 1: 2, 2: 1, 3: -1, 4: -2, 98: NON_SUBSTANTIVE_SCALE_CODE, 99: NON_SUBSTANTIVE_SCALE_CODE } as Record<number, number>)[code]));
    assert.match(sample.label, /SYNTHETIC/);
    assert.equal(sample.design.psuCount, new Set(wave.psu).size);
  });

  it("pool waves keeping strata apart and each wave's weights summing to its sample size", async () => {
    const folder = temporaryWaveFolder(true);
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "extra.csv"));
    addManifestRow(folder, manifestRow("extra", "extra.csv", { synthetic: "yes" }));
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const pooled = poolWaves(waves);
    assert.equal(pooled.respondents, waves.reduce((sum, wave) => sum + wave.respondentIds.length, 0));
    assert.equal(pooled.design.stratumCount, waves.reduce((sum, wave) => sum + new Set(wave.strata).size, 0));
    let offset = 0;
    for (const wave of waves) {
      const n = wave.respondentIds.length;
      const sum = pooled.design.weights.slice(offset, offset + n).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - n) < 1e-9, `${wave.entry.waveId}: ${sum}`);
      offset += n;
    }
    assert.equal(pooled.synthetic, true);
    assert.match(pooled.label, /SYNTHETIC/);
    assert.throws(() => poolWaves([]), RangeError);
    const recoded = { ...waves[1], coding: new Map([...waves[1].coding].map(([concept, coding]) => [concept, concept === "russia_positive_reason_1" ? { ...coding, codes: coding.codes.map((c) => ({ ...c, code: c.code + 10 })) } : coding])) };
    assert.throws(() => poolWaves([waves[0], recoded]), /coded differently/);
  });

  it("never pools SYNTHETIC waves with real ones", async () => {
    const folder = temporaryWaveFolder(true);
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "extra.csv"));
    addManifestRow(folder, manifestRow("extra", "extra.csv"));
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    assert.throws(() => poolWaves(waves), /SYNTHETIC waves \(kz-2017-synthetic, kz-2018-synthetic, kz-2019-synthetic\) cannot be pooled with real ones \(extra\)/);
    assert.equal(poolWaves(waves.filter((wave) => !wave.entry.synthetic)).synthetic, false);
  });

  it("keeps in a pooled sample only the concepts every pooled wave asks; a wave's own sample lacks the concepts it does not ask", async () => {
    const folder = temporaryWaveFolder(true);
    const codebook = path.join(folder, "codebook.csv");
    writeFileSync(codebook, `${readFileSync(codebook, "utf8")}kz-2018-synthetic,eeu_benefit,,not in this wave's questionnaire,,,not asked,\n`);
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const [, wave2018] = waves;
    assert.equal(wave2018.answers.get("eeu_benefit"), undefined);
    assert.deepEqual(wave2018.notAsked.map((n) => n.concept), ["eeu_benefit"]);
    assert.equal(waveSample(wave2018).answers.get("eeu_benefit"), undefined);
    assert.equal(poolWaves(waves).answers.get("eeu_benefit"), undefined);
    assert.ok(poolWaves(waves).answers.get("russia_opinion") !== undefined);
    assert.equal(poolWaves([waves[0], waves[2]]).answers.get("eeu_benefit")?.length, waves[0].respondentIds.length + waves[2].respondentIds.length);
    assert.deepEqual(wavesAsking(waves, ["eeu_benefit", "russia_opinion"]).leftOut, [{ waveId: "kz-2018-synthetic", notAsked: ["eeu_benefit"] }]);
  });

  it("rescales each wave's weights to sum to its respondents with a nonzero weight; zero weights stay 0", async () => {
    const folder = temporaryWaveFolder(true);
    const file = path.join(folder, "kz-2019-synthetic.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const weightColumn = lines[0].split(",").indexOf("weight");
    for (const row of [5, 9]) {
      const cells = lines[row].split(",");
      cells[weightColumn] = "0";
      lines[row] = cells.join(",");
    }
    writeFileSync(file, lines.join("\n"));
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const pooled = poolWaves(waves);
    const offset = waves[0].respondentIds.length + waves[1].respondentIds.length;
    const part = pooled.design.weights.slice(offset);
    assert.equal(part[4], 0);
    assert.equal(part[8], 0);
    assert.ok(Math.abs(part.reduce((a, b) => a + b, 0) - (waves[2].respondentIds.length - 2)) < 1e-9);
  });

  it("gives each wave's design the manifest's lonely-PSU rule, and pools single-PSU strata under that rule", async () => {
    const folder = temporaryWaveFolder(true);
    const file = path.join(folder, "kz-2019-synthetic.csv");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const header = lines[0].split(",");
    const [stratum, psu] = [header.indexOf("stratum"), header.indexOf("psu")];
    const merged = lines.map((line, i) => {
      if (i === 0) return line;
      const cells = line.split(",");
      if (cells[stratum] === "R1") cells[psu] = "R1-01";
      return cells.join(",");
    });
    writeFileSync(file, `${merged.join("\n")}\n`);
    const manifest = path.join(folder, "manifest.csv");
    const rows = readFileSync(manifest, "utf8").trimEnd().split("\n");
    assert.ok(rows[0].endsWith(",lonely_psu,delimiter,decimal_mark"), "fixture: the project's manifest has the optional columns");
    writeFileSync(manifest, `${rows.map((row) => (row.startsWith("kz-2019") ? row.replace(/,,,$/, ",adjust,,") : row)).join("\n")}\n`);
    const { waves } = await loadWaves({ manifestFile: manifest });
    assert.equal(waveSample(waves[2]).design.lonelyPsu, "adjust");
    assert.equal(waveSample(waves[0]).design.lonelyPsu, "fail");
    assert.equal(poolWaves(waves).design.lonelyPsu, "adjust");
  });
});
