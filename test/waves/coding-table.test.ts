import { strict as assert } from "node:assert";
import { loadWaves } from "../../lib/waves/load-waves";
import { answerLabels, codingTable } from "../../lib/waves/coding-table";
import { codingForWave, conceptEntriesForWave, loadWaveCodebook } from "../../lib/waves/codebook";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { validateWave } from "../../lib/waves/validate-wave";
import type { RawWaveFile } from "../../lib/waves/raw-wave-file";
import { cabLikeFolder, WAVE_COLUMNS, tinyWaveCsv, writeWaveFolder } from "../helpers/wave-fixtures";

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

describe("codingTable: the file's value labels beside the codebook's", () => {
  it("shows each .sav label, how it reads and that it agrees; a concept not asked is one row", async () => {
    const { waves } = await loadWaves({ manifestFile: cabLikeFolder("adjust").manifestFile });
    const rows = codingTable(waves);
    const russia = rows.filter((r) => r.concept === "russia_opinion");
    assert.deepEqual(
      russia.map((r) => [r.code, r.file_label, r.file_label_reads, r.label_check]),
      [
        [1, "Очень положительно", "positive, strong", "agrees"],
        [2, "Скорее положительно", "positive, moderate", "agrees"],
        [3, "Скорее отрицательно", "negative, moderate", "agrees"],
        [4, "Очень отрицательно", "negative, strong", "agrees"],
        [8, "Затрудняюсь ответить", "do not know / refused / no answer", "agrees"],
        [9, "Отказ от ответа", "do not know / refused / no answer", "agrees"],
      ],
    );
    const reasons = rows.filter((r) => r.concept.startsWith("russia_positive_reason"));
    assert.deepEqual(reasons.map((r) => [r.concept, r.code, r.kind, r.question_id, r.coding]), [
      ["russia_positive_reason_1", null, "not asked", "", "cab-2021"],
      ["russia_positive_reason_2", null, "not asked", "", "cab-2021"],
    ]);
  });

  it("marks a label it does not recognise for review, a code without a file label, and a labelled code the codebook lacks", () => {
    const folder = writeWaveFolder({ wave: tinyWaveCsv() });
    const [entry] = loadWaveManifest(folder.manifestFile);
    const csv = tinyWaveCsv().trim().split("\n").map((line) => line.split(","));
    const raw: RawWaveFile = {
      file: "labelled.sav",
      format: "sav",
      columns: WAVE_COLUMNS,
      rows: csv.slice(1).map((cells) => cells.map((cell) => (cell === "" ? null : Number.isNaN(Number(cell)) ? cell : Number(cell)))),
      valueLabels: new Map([["q_opinion_russia", [{ code: 1, label: "Очень положительно" }, { code: 2, label: "Так себе" }, { code: 97, label: "Другое" }]]]),
      encoding: "utf-8",
      sha256: "0".repeat(64),
    };
    const wave = validateWave(raw, { ...entry, format: "sav" }, conceptEntriesForWave(loadWaveCodebook(folder.codebookFile), entry.waveId));
    const russia = codingTable([wave]).filter((r) => r.concept === "russia_opinion");
    assert.deepEqual(russia.map((r) => [r.code, r.label_check]), [
      [1, "agrees"],
      [2, "not recognised: review"],
      [3, "no label in the file"],
      [4, "no label in the file"],
      [98, "no label in the file"],
      [99, "no label in the file"],
      [97, "in the file only"],
    ]);
    assert.equal(russia.at(-1)?.file_label, "Другое");
  });
});