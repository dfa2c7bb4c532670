import * as assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath, projectRoot } from "../../lib/project/project-path";
import { surveyProportions } from "../../lib/survey";
import { loadWaves } from "../../lib/waves/load-waves";
import { guessDelimiter, readCsvWave } from "../../lib/waves/read-csv-wave";
import { waveSample } from "../../lib/waves/wave-sample";
import { FULL_MANIFEST_HEADER, manifestRow, temporaryWaveFolder, withOptionalColumns } from "../helpers/wave-fixtures";

describe("readCsvWave", () => {
  const folder = temporaryWaveFolder();
  const write = (name: string, content: string | Buffer): string => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };

  it("reads a UTF-8 file with a byte-order mark, Cyrillic and Kazakh text intact, blank cells as null", () => {
    const file = write("bom.csv", "\uFEFFrespondent_id,label,q\nr1,Ресейге көзқарас,1\nr2,,\n");
    const wave = readCsvWave(file);
    assert.deepEqual(wave.columns, ["respondent_id", "label", "q"]);
    assert.deepEqual(wave.rows, [["r1", "Ресейге көзқарас", "1"], ["r2", null, null]]);
    assert.equal(wave.format, "csv");
  });

  it("refuses a UTF-16 file with an encoding error at row 0", () => {
    const file = write("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n1,2\n", "utf16le")]));
    assert.throws(() => readCsvWave(file), (error: unknown) => error instanceof DataError && error.code === "encoding" && error.location.row === 0 && error.location.file === file);
  });

  it("refuses bytes that are not UTF-8 (a windows-1251 file), naming the row", () => {
    const file = write("cp1251.csv", Buffer.concat([Buffer.from("id,label\nr1,ok\nr2,"), Buffer.from([0xcc, 0xed, 0xe5]), Buffer.from("\n")]));
    assert.throws(() => readCsvWave(file), (error: unknown) => error instanceof DataError && error.code === "encoding" && error.location.row === 2);
  });

  it("names the file when it is missing", () => {
    assert.throws(() => readCsvWave(path.join(folder, "absent.csv")), (error: unknown) => error instanceof DataError && error.code === "file-missing");
  });
});

describe("readCsvWave: the delimiter and decimal mark of Excel in Russian and Kazakh locales (field case csv-semicolon-decimal-comma)", () => {
  const fieldCase = path.resolve(projectRoot(), "..", "shared", "field-cases", "csv-semicolon-decimal-comma", "wave.csv");
  before(function () {
    if (!existsSync(fieldCase)) throw new Error(`the field case ${fieldCase} is missing: the tests need ../shared beside the repository, as CI has it`);
  });

  it("refuses the file read as comma-delimited, saying it looks semicolon-delimited with decimal commas and what to declare", () => {
    assert.throws(
      () => readCsvWave(fieldCase),
      (error: unknown) => {
        assert.ok(error instanceof DataError);
        assert.equal(error.code, "format");
        assert.equal(error.location.row, 0);
        assert.match(error.message, /looks semicolon-delimited \(its header has 5 names separated by ";" and no comma\), with decimal commas \(e\.g\. "1,5" in row 1\), as Excel writes CSV in Russian and Kazakh locales; declare it in the wave's manifest row: delimiter ";" and decimal_mark ","/);
        return true;
      },
    );
  });

  it("reads it as R's read.csv2 does when the manifest declares ';' and ',': 4 respondents, weights 1.5, 1, 1, 3", async () => {
    const folder = temporaryWaveFolder();
    copyFileSync(fieldCase, path.join(folder, "wave.csv"));
    const row = manifestRow("w1", "wave.csv", { fields: { respondent_id: "RESPID", weight: "WEIGHT", strata: "REGION", psu: "PSU" } });
    writeFileSync(path.join(folder, "manifest.csv"), `${FULL_MANIFEST_HEADER}\n${withOptionalColumns(row, { delimiter: ";", decimal_mark: "," })}\n`);
    copyFileSync(path.join(path.dirname(fieldCase), "codebook.csv"), path.join(folder, "codebook.csv"));
    const { waves } = await loadWaves({ manifestFile: path.join(folder, "manifest.csv") });
    const reference = JSON.parse(readFileSync(projectPath("test/fixtures/waves/r-cab-like-reference.json"), "utf8")) as { semicolonField: { respondents: number; weights: number[]; shares: { codes: number[]; estimate: number[]; se: number[] } } };
    assert.equal(waves[0].respondentIds.length, reference.semicolonField.respondents);
    assert.deepEqual(Array.from(waves[0].weights), reference.semicolonField.weights);
    const shares = surveyProportions(waveSample(waves[0]).design, waves[0].answers.get("russia_opinion")!, { categories: reference.semicolonField.shares.codes });
    shares.categories.forEach((category, i) => {
      assert.ok(Math.abs(category.estimate - reference.semicolonField.shares.estimate[i]) < 1e-9, `share of ${category.code}`);
      assert.ok(Math.abs(category.se - reference.semicolonField.shares.se[i]) < 1e-9, `SE of ${category.code}`);
    });
  });

  it("reads a decimal comma only where the manifest says so: '1.5' is then not a weight", () => {
    const folder = temporaryWaveFolder();
    const file = path.join(folder, "w.csv");
    writeFileSync(file, "id;w\nr1;1,5\nr2;1.5\n");
    const wave = readCsvWave(file, { dialect: { delimiter: ";", decimalMark: "," } });
    assert.deepEqual(wave.rows, [["r1", "1,5"], ["r2", "1.5"]]);
    assert.equal(wave.decimalMark, ",");
  });

  it("guesses a header's delimiter from the one that occurs most outside quotes", () => {
    assert.equal(guessDelimiter("RESPID;REGION;PSU;WEIGHT;Q1"), ";");
    assert.equal(guessDelimiter('a,"b;c;d",e'), ",");
    assert.equal(guessDelimiter("a\tb\tc"), "\t");
    assert.equal(guessDelimiter("single"), null);
  });
});
