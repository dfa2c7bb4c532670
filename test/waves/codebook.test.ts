import * as assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { checkCodebookWaves, codingForWave, conceptEntriesForWave, isNotAsked, loadWaveCodebook, nonSubstantiveCodes, notAskedForWave } from "../../lib/waves/codebook";
import { WAVE_CONCEPTS } from "../../lib/waves/concepts";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

function codebookWith(edit: (lines: string[]) => string[]): string {
  const file = path.join(temporaryWaveFolder(), "codebook.csv");
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  writeFileSync(file, edit(lines).join("\n") + "\n");
  return file;
}

describe("loadWaveCodebook", () => {
  it("gives every concept a default coding with a question id, four scale positions where scaled, and non-substantive codes", () => {
    const coding = codingForWave(loadWaveCodebook(), "any-wave");
    assert.deepEqual([...coding.keys()], [...WAVE_CONCEPTS]);
    const russia = coding.get("russia_opinion")!;
    assert.deepEqual(russia.codes.map((c) => c.scalePosition), [2, 1, -1, -2, null, null]);
    assert.deepEqual(nonSubstantiveCodes(russia), [98, 99]);
  });

  it("lets a wave override one concept with its own rows and keeps the defaults for the others", () => {
    const file = codebookWith((lines) => [
      ...lines,
      "kz-2020,russia_opinion,Q12,Opinion of Russia,1,Very favorable,substantive,2",
      "kz-2020,russia_opinion,Q12,Opinion of Russia,2,Somewhat favorable,substantive,1",
      "kz-2020,russia_opinion,Q12,Opinion of Russia,3,Somewhat unfavorable,substantive,-1",
      "kz-2020,russia_opinion,Q12,Opinion of Russia,4,Very unfavorable,substantive,-2",
      "kz-2020,russia_opinion,Q12,Opinion of Russia,8,Do not know,nonsubstantive,",
    ]);
    const codebook = loadWaveCodebook(file);
    const coding = codingForWave(codebook, "kz-2020");
    assert.equal(coding.get("russia_opinion")!.questionId, "Q12");
    assert.deepEqual(nonSubstantiveCodes(coding.get("russia_opinion")!), [8]);
    assert.equal(coding.get("us_opinion")!.questionId, "q_opinion_usa");
    assert.equal(codingForWave(codebook, "other").get("russia_opinion")!.questionId, "q_opinion_russia");
    assert.throws(() => checkCodebookWaves(codebook, ["kz-2019"], file), (error: unknown) => error instanceof DataError && error.location.column === "applies_to");
    assert.doesNotThrow(() => checkCodebookWaves(codebook, ["kz-2020"], file));
  });

  it("refuses a default coding that lacks a concept", () => {
    const file = codebookWith((lines) => lines.filter((line) => !line.includes(",eeu_benefit,")));
    assert.throws(() => loadWaveCodebook(file), (error: unknown) => error instanceof DataError && /lacks eeu_benefit/.test(error.message));
  });

  it("refuses a substantive scale code without a position, and a non-substantive code with one, naming the row", () => {
    const noPosition = codebookWith((lines) => lines.map((line, i) => (i === 1 ? line.replace(/,2$/, ",") : line)));
    assert.throws(() => loadWaveCodebook(noPosition), (error: unknown) => error instanceof DataError && error.location.row === 1 && error.location.column === "scale_position");
    const withPosition = codebookWith((lines) => lines.map((line, i) => (i === 5 ? line.replace(/,$/, ",1") : line)));
    assert.throws(() => loadWaveCodebook(withPosition), (error: unknown) => error instanceof DataError && error.location.row === 5);
  });

  it("refuses two question ids for one concept, and a scale with a position twice", () => {
    const twoIds = codebookWith((lines) => lines.map((line, i) => (i === 2 ? line.replace("q_opinion_russia", "q_other") : line)));
    assert.throws(() => loadWaveCodebook(twoIds), (error: unknown) => error instanceof DataError && error.location.row === 2 && error.location.column === "question_id");
    const twice = codebookWith((lines) => lines.map((line, i) => (i === 2 ? line.replace(/,1$/, ",2") : line)));
    assert.throws(() => loadWaveCodebook(twice), (error: unknown) => error instanceof DataError && /scale positions/.test(error.message));
  });
});

describe("loadWaveCodebook: concepts a wave does not ask", () => {
  it("reads one 'not asked' row: the concept is left out of the wave's coding and listed with its note", () => {
    const file = codebookWith((lines) => [...lines, "kz-2020,russia_positive_reason_1,,Reasons,,not in this wave's questionnaire,not asked,", "kz-2020,russia_positive_reason_2,,Reasons,,,not asked,"]);
    const codebook = loadWaveCodebook(file);
    const coding = codingForWave(codebook, "kz-2020");
    assert.equal(coding.get("russia_positive_reason_1"), undefined);
    assert.equal(coding.size, WAVE_CONCEPTS.length - 2);
    assert.deepEqual(notAskedForWave(codebook, "kz-2020").map((n) => [n.concept, n.note, n.codebookRow]), [
      ["russia_positive_reason_1", "Reasons: not in this wave's questionnaire", lines(file) - 1],
      ["russia_positive_reason_2", "Reasons", lines(file)],
    ]);
    assert.ok(isNotAsked(conceptEntriesForWave(codebook, "kz-2020").get("russia_positive_reason_2")!));
    assert.deepEqual(notAskedForWave(codebook, "other"), []);
  });

  it("refuses a 'not asked' row with a question id, code or scale position, naming the row and column", () => {
    for (const [row, column] of [
      ["kz-2020,eeu_benefit,Q9,EEU,,,not asked,", "question_id"],
      ["kz-2020,eeu_benefit,,EEU,1,,not asked,", "code"],
      ["kz-2020,eeu_benefit,,EEU,,,not asked,2", "scale_position"],
    ] as const) {
      const file = codebookWith((lines) => [...lines, row]);
      assert.throws(() => loadWaveCodebook(file), (error: unknown) => error instanceof DataError && error.location.column === column && error.location.row === lines(file), row);
    }
  });

  it("refuses a concept both coded and 'not asked' in one coding, and two 'not asked' rows", () => {
    const both = codebookWith((lines) => [...lines, "kz-2020,eeu_benefit,Q9,EEU,1,Strongly agree,substantive,2", "kz-2020,eeu_benefit,,EEU,,,not asked,"]);
    assert.throws(() => loadWaveCodebook(both), (error: unknown) => error instanceof DataError && error.code === "key-duplicate" && /either asked .* or not asked/.test(error.message));
    const twice = codebookWith((lines) => [...lines, "kz-2020,eeu_benefit,,EEU,,,not asked,", "kz-2020,eeu_benefit,,EEU,,,not asked,"]);
    assert.throws(() => loadWaveCodebook(twice), (error: unknown) => error instanceof DataError && error.code === "key-duplicate");
  });

  it("refuses an answer row without a question id, code or label", () => {
    for (const [row, column] of [
      ["kz-2020,eeu_benefit,,EEU,1,Strongly agree,substantive,2", "question_id"],
      ["kz-2020,eeu_benefit,Q9,EEU,,Strongly agree,substantive,2", "code"],
      ["kz-2020,eeu_benefit,Q9,EEU,1,,substantive,2", "label"],
    ] as const) {
      const file = codebookWith((lines) => [...lines, row]);
      assert.throws(() => loadWaveCodebook(file), (error: unknown) => error instanceof DataError && error.location.column === column, row);
    }
  });
});

function lines(file: string): number {
  return readFileSync(file, "utf8").trimEnd().split("\n").length - 1;
}
