import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { loadWaveCodebook } from "../../lib/waves/codebook";
import { draftCodebook, formatDraftRows, waveIdFromFile } from "../../lib/waves/draft-codebook";
import { CAB_LIKE } from "../helpers/wave-fixtures";

const ROWS_OF = (rows: readonly { concept: string; code: string; kind: string; scale_position: string }[], concept: string) =>
  rows.filter((row) => row.concept === concept).map((row) => `${row.code}:${row.kind}:${row.scale_position}`);

describe("draftCodebook: codebook rows proposed from a wave file, for review", () => {
  it("places a CAB-like .sav's concepts by CAB item names and Russian variable labels, and drafts each scale from its value labels", async () => {
    const draft = await draftCodebook(projectPath(CAB_LIKE.sav), { waveId: "cab-2021" });
    assert.deepEqual(
      draft.placements.map((p) => [p.concept, p.variable, p.why.split(" ")[0]]),
      [
        ["russia_opinion", "E1b", "known"],
        ["us_opinion", "E1c", "known"],
        ["china_opinion", "E1a", "known"],
        ["russia_economic_relations", "E3b", "variable"],
        ["us_economic_relations", "E3c", "variable"],
        ["china_economic_relations", "E3a", "variable"],
        ["eeu_benefit", "E4", "variable"],
        ["leadership_opinion", "C1", "variable"],
      ],
    );
    assert.deepEqual(ROWS_OF(draft.rows, "russia_opinion"), ["1:substantive:2", "2:substantive:1", "3:substantive:-1", "4:substantive:-2", "8:nonsubstantive:", "9:nonsubstantive:"]);
    assert.deepEqual(ROWS_OF(draft.rows, "eeu_benefit"), ["1:substantive:2", "2:substantive:1", "3:substantive:-1", "4:substantive:-2", "8:nonsubstantive:", "9:nonsubstantive:"]);
    assert.equal(draft.rows.find((row) => row.concept === "russia_opinion" && row.code === "8")?.label, "Затрудняюсь ответить");
    assert.ok(draft.rows.every((row) => row.applies_to === "cab-2021"));
    assert.equal(draft.cases, 500);
  });

  it("drafts the concepts it could not place as 'not asked' rows and says so", async () => {
    const draft = await draftCodebook(projectPath(CAB_LIKE.sav), { waveId: "cab-2021" });
    assert.deepEqual(draft.notPlaced, ["russia_positive_reason_1", "russia_positive_reason_2"]);
    assert.deepEqual(ROWS_OF(draft.rows, "russia_positive_reason_1"), [":not asked:"]);
    assert.match(draft.review.join("\n"), /could not place russia_positive_reason_1, russia_positive_reason_2: drafted as "not asked"/);
  });

  it("gives the rows the reviewed fixture holds (test/fixtures/waves/cab-like-2021-codebook.csv, checked by hand against the file's labels)", async () => {
    const draft = await draftCodebook(projectPath(CAB_LIKE.sav), { waveId: "cab-2021" });
    assert.equal(formatDraftRows(draft.rows), readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8"));
  });

  it("drafts a scale stored the other way round (1 = «Очень отрицательно») the right way round", async () => {
    const draft = await draftCodebook(projectPath(CAB_LIKE.reversed), { waveId: "cab-2021" });
    assert.deepEqual(ROWS_OF(draft.rows, "russia_opinion").slice(0, 4), ["1:substantive:-2", "2:substantive:-1", "3:substantive:1", "4:substantive:2"]);
    assert.deepEqual(ROWS_OF(draft.rows, "us_opinion").slice(0, 4), ["1:substantive:2", "2:substantive:1", "3:substantive:-1", "4:substantive:-2"]);
  });

  it("guesses the manifest's design columns (totwt) and a Kazakhstan filter by its label", async () => {
    const draft = await draftCodebook(projectPath(CAB_LIKE.sav), { waveId: "cab-2021" });
    const { respondent_id, weight, strata, psu, filter_column, filter_value, file, format } = draft.manifestRow;
    assert.deepEqual({ respondent_id, weight, strata, psu, filter_column, filter_value, file, format }, {
      respondent_id: "RESPID", weight: "totwt", strata: "REGION", psu: "PSU", filter_column: "COUNTRY", filter_value: "Kazakhstan", file: "cab-like-2021.sav", format: "sav",
    });
    assert.equal(draft.manifestRow.field_start, "<YYYY-MM-DD>");
  });

  it("for a CSV, lists the distinct codes of every column and leaves labels and kinds to fill in", async () => {
    const draft = await draftCodebook(projectPath("test/fixtures/waves/extra-wave.csv"), { waveId: "extra", codebook: loadWaveCodebook() });
    const russia = draft.distinctCodes.find((column) => column.column === "q_opinion_russia")!;
    assert.deepEqual(russia.values.map((v) => v.value).sort((a, b) => Number(a) - Number(b)), ["1", "2", "3", "4", "98", "99"]);
    assert.equal(russia.values.reduce((sum, v) => sum + v.rows, 0), 300);
    assert.deepEqual(ROWS_OF(draft.rows, "russia_opinion"), ["1::", "2::", "3::", "4::", "98::", "99::"]);
    assert.match(draft.review.join("\n"), /russia_opinion \(q_opinion_russia\): a CSV has no labels; codes: 1 \(\d+ respondents\)/);
    assert.match(draft.review.join("\n"), /the default coding \(applies_to "\*"\) has this question id and these codes: if the questionnaire agrees, the wave needs no rows of its own for russia_opinion/);
  });

  it("places concepts on the question ids the codebook already uses, and leaves a scale whose labels are incomplete for review", async () => {
    const draft = await draftCodebook(projectPath("test/fixtures/waves/cp1251-wave.sav"), { codebook: loadWaveCodebook() });
    assert.equal(draft.waveId, "cp1251-wave");
    assert.equal(draft.encoding, "windows-1251");
    assert.deepEqual(draft.placements.map((p) => [p.concept, p.variable, p.why]), [["russia_opinion", "q_opinion_russia", "question id of the codebook (applies_to *)"]]);
    assert.match(draft.review.join("\n"), /the labels give scale positions 2, 1; the codebook needs −2, −1, \+1, \+2 once each/);
  });

  it("refuses a file it cannot read as a wave", async () => {
    await assert.rejects(draftCodebook(projectPath("README.md")), /reads \.sav, \.zsav and \.csv files/);
  });
});

describe("waveIdFromFile", () => {
  it("makes a wave id from a file name", () => {
    assert.equal(waveIdFromFile("data/waves/CAB 2021_KZ.sav"), "cab-2021-kz");
    assert.equal(waveIdFromFile("Волна.sav"), "new-wave");
  });
});
