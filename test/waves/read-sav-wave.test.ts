import * as assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { projectPath } from "../../lib/project/project-path";
import { createSurveyDesign, surveyProportions } from "../../lib/survey";
import { loadWaves } from "../../lib/waves/load-waves";
import { readCsvWave } from "../../lib/waves/read-csv-wave";
import { readSavWave } from "../../lib/waves/read-sav-wave";
import { MANIFEST_HEADER, fixtureManifestRow, temporaryWaveFolder, toCsv, validWaveRows, waveHeader, writeWaveFolder } from "../helpers/wave-fixtures";
import { temporaryFolder } from "../helpers/temporary-folder";
import { buildSav } from "../spss/sav-builder";
import { sharedPath } from "../spss/shared-folder";

// Fixtures written by PSPP: test/fixtures/waves/make-sav-fixtures.sps.
const SAV = "test/fixtures/waves/extra-wave.sav";
const SAME_AS_CSV = "test/fixtures/waves/extra-wave.csv";

describe("readSavWave", () => {
  it("reads the cases PSPP wrote, identical to PSPP's own CSV export of the same data", async () => {
    const sav = await readSavWave(SAV);
    const csv = readCsvWave(SAME_AS_CSV);
    assert.deepEqual(sav.columns, csv.columns);
    assert.equal(sav.rows.length, 300);
    sav.rows.forEach((row, i) => row.forEach((cell, j) => assert.equal(cell === null ? null : String(cell), csv.rows[i][j], `row ${i + 1}, ${sav.columns[j]}`)));
  });

  it("turns system-missing values into null", async () => {
    const sav = await readSavWave(SAV);
    const reason = sav.columns.indexOf("q_reason_russia_2");
    assert.ok(sav.rows.some((row) => row[reason] === null));
  });

  it("reads Cyrillic and Kazakh value and variable labels (UTF-8 dictionary), and says how the encoding was found", async () => {
    const sav = await readSavWave(SAV);
    const labels = sav.valueLabels.get("q_opinion_russia");
    assert.equal(labels?.find((entry) => entry.code === 1)?.label, "Очень положительно / Өте оң");
    assert.equal(labels?.find((entry) => entry.code === 98)?.label, "Затрудняюсь ответить / Жауап беруге қиналамын");
    assert.equal(sav.variableLabels?.get("q_opinion_russia"), "Мнение о России / Ресейге көзқарас");
    assert.deepEqual([sav.encoding, sav.encodingSource], ["utf-8", 'declared by the character encoding record as "UTF-8"']);
  });

  it("reads a file whose dictionary declares windows-1251, decoding its Cyrillic labels", async () => {
    const sav = await readSavWave("test/fixtures/waves/cp1251-wave.sav");
    assert.equal(sav.encoding, "windows-1251");
    assert.deepEqual(sav.valueLabels.get("q_opinion_russia"), [{ code: 1, label: "Очень положительно" }, { code: 2, label: "Скорее положительно" }]);
    assert.deepEqual(sav.rows, [["c1", 1, 1, 1, 1], ["c2", 1, 2, 1, 2]]);
  });

  it("decodes only the columns asked for, in file order, and lists every column of the file for messages", async () => {
    const sav = await readSavWave(SAV, { columns: ["q_opinion_russia", "weight", "not_in_the_file"] });
    assert.deepEqual(sav.columns, ["weight", "q_opinion_russia"]);
    assert.equal(sav.fileColumns?.length, 14);
    assert.equal(sav.rows[0].length, 2);
  });

  it("refuses a file that is not a .sav file, and a missing file, naming it", async () => {
    const file = path.join(temporaryWaveFolder(), "fake.sav");
    writeFileSync(file, "respondent_id,weight\nr1,1\n");
    await assert.rejects(readSavWave(file), (error: unknown) => error instanceof DataError && error.code === "format" && error.location.file === file && /text file \(e\.g\. CSV\)/.test(error.message));
    await assert.rejects(readSavWave(path.join(path.dirname(file), "absent.sav")), (error: unknown) => error instanceof DataError && error.code === "file-missing");
  });

  it("turns text that is not valid in the declared encoding into an encoding DataError naming row and column", async () => {
    const bytes = readFileSync(projectPath("test/fixtures/spss/cyrillic-utf8-uncompressed.sav"));
    const at = bytes.indexOf(Buffer.from("Алматы", "utf8"), 2000);
    bytes[at] = 0xff;
    const file = path.join(temporaryWaveFolder(), "bad-text.sav");
    writeFileSync(file, bytes);
    await assert.rejects(readSavWave(file), (error: unknown) => error instanceof DataError && error.code === "encoding" && error.location.row === 2 && error.location.column === "Регион" && /not valid utf-8 text/.test(error.message));
  });
});

describe("readSavWave: .zsav waves in the manifest", () => {
  /** The SYNTHETIC rows of the reliability suite as an SPSS file: text columns as strings, the rest numeric (blank = system-missing). */
  function waveAsSav(compression: 0 | 1 | 2): Buffer {
    const header = waveHeader();
    const rows = validWaveRows();
    const text = new Set(["respondent_id", "stratum", "psu", "country"]);
    return Buffer.from(buildSav({
      compression,
      variables: header.map((name) => ({ name, width: text.has(name) ? 8 : 0 })),
      cases: rows.map((row) => header.map((name) => (text.has(name) ? row[name] : row[name] === "" ? NaN : Number(row[name])))),
    }));
  }

  it("loads a .zsav listed with format zsav, giving the numbers of the same data as CSV", async () => {
    const fingerprint = async (folder: { manifestFile: string }) => {
      const [wave] = (await loadWaves({ manifestFile: folder.manifestFile })).waves;
      return { accounting: wave.accounting, ids: wave.respondentIds, weights: [...wave.weights], answers: [...wave.answers].map(([concept, codes]) => [concept, [...codes]]) };
    };
    const csv = writeWaveFolder({ wave: toCsv(waveHeader(), validWaveRows()) });
    const zsav = writeWaveFolder({ wave: waveAsSav(2), waveFileName: "wave.zsav", manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: "wave.zsav", format: "zsav" })}\n` });
    assert.deepEqual(await fingerprint(zsav), await fingerprint(csv));
    const [wave] = (await loadWaves({ manifestFile: zsav.manifestFile })).waves;
    assert.equal(wave.entry.format, "zsav");
  });

  it("refuses a manifest whose format does not match the file's extension (.zsav listed as sav)", async () => {
    const folder = writeWaveFolder({ wave: waveAsSav(2), waveFileName: "wave.zsav", manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: "wave.zsav", format: "sav" })}\n` });
    await assert.rejects(loadWaves({ manifestFile: folder.manifestFile }), (error: unknown) => error instanceof DataError && error.location.column === "file" && /does not end in \.sav/.test(error.message));
  });
});

/**
 * ../shared/field-cases: small real-world inputs with their right readings
 * (field-cases/README.md). Each is loaded through the wave loader with the
 * manifest and codebook of its folder; the expected shares and standard
 * errors are R's svymean values transcribed from that README (re-run with R
 * 4.2.2, survey 4.1.1 and haven 2.5.1: svymean(~factor(Q1), subset(des, Q1
 * %in% 1:4)) on svydesign(ids = ~PSU, strata = ~REGION, weights = ~WEIGHT,
 * nest = TRUE)). The README lists the 0.5000 share under code 4 ("over codes
 * 1, 2, 4"); the data (Q1 = 1, 2, 1, 3 with weights 1, 1, 1, 3) and R put it
 * under code 3, which is what is checked here.
 */
describe("readSavWave: the SPSS field cases read as their README states, through the wave loader", () => {
  /** Loads a field-case folder; `file` replaces wave.sav (copied with the folder's manifest and codebook). */
  async function loadFieldCase(folder: string, file = "wave.sav") {
    const source = sharedPath("field-cases", folder);
    if (file === "wave.sav") return loadWaves({ manifestFile: path.join(source, "manifest.csv") });
    const copy = temporaryFolder("field-case");
    for (const name of ["manifest.csv", "codebook.csv"]) copyFileSync(path.join(source, name), path.join(copy, name));
    copyFileSync(path.join(source, file), path.join(copy, "wave.sav"));
    return loadWaves({ manifestFile: path.join(copy, "manifest.csv") });
  }

  /** Weighted shares of russia_opinion codes 1-4 and their linearized SEs, as R svymean gives them. */
  function russiaShares(wave: Awaited<ReturnType<typeof loadFieldCase>>["waves"][number]) {
    const design = createSurveyDesign({ weights: wave.weights, strata: wave.strata, psu: wave.psu });
    const table = surveyProportions(design, wave.answers.get("russia_opinion")!, { categories: [1, 2, 3, 4], nonSubstantive: { codes: [98, 99], handling: "exclude" } });
    return table.categories.map((category) => [category.code, round4(category.estimate), round4(category.se)]);
  }
  const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
  // README: "0.3333 / 0.1667 / 0.5000 ... (R svymean, SE 0.3239 / 0.1757 / 0.3333)".
  const FOUR_RESPONDENTS = [[1, 0.3333, 0.3239], [2, 0.1667, 0.1757], [3, 0.5, 0.3333], [4, 0, 0]];

  it("sav-utf8-string-split: 4 respondents, REGION read exactly, the README's shares and SEs", async () => {
    const { waves } = await loadFieldCase("sav-utf8-string-split");
    assert.equal(waves[0].accounting.rowsKept, 4);
    assert.deepEqual(waves[0].strata, ["Северо-Казахстанская", "Северо-Казахстанская", "Алматы", "Алматы"]);
    assert.deepEqual(russiaShares(waves[0]), FOUR_RESPONDENTS);
  });

  for (const file of ["wave.sav", "wave-no-encoding-record.sav.orig"]) {
    it(`sav-windows-1251 (${file}): REGION "Север"/"Юг", Cyrillic value labels, the same shares`, async () => {
      const { waves } = await loadFieldCase("sav-windows-1251", file);
      assert.deepEqual(waves[0].strata, ["Север", "Север", "Юг", "Юг"]);
      assert.equal(waves[0].fileValueLabels.get("russia_opinion")?.[0].label, "Очень положительно");
      assert.deepEqual(russiaShares(waves[0]), FOUR_RESPONDENTS);
    });
  }

  it("sav-readstat-byte-compressed: 8 rows and the README's shares 0.2857 / 0.4762 / 0.1429 / 0.0952 (SE 0.1232 / 0.2931 / 0.1503 / 0.1044)", async () => {
    const { waves } = await loadFieldCase("sav-readstat-byte-compressed");
    assert.equal(waves[0].accounting.rowsRead, 8);
    assert.deepEqual(russiaShares(waves[0]), [[1, 0.2857, 0.1232], [2, 0.4762, 0.2931], [3, 0.1429, 0.1503], [4, 0.0952, 0.1044]]);
  });

  it("sav-truncated-compressed: refused, the header declaring 7 cases and the data ending inside case 5; the intact file gives 7", async () => {
    const waveFile = sharedPath("field-cases", "sav-truncated-compressed", "wave.sav");
    await assert.rejects(loadFieldCase("sav-truncated-compressed"), (error: unknown) => error instanceof DataError && error.code === "format" && error.location.file === waveFile && error.location.row === 5 && /declares 7 cases, but the data end inside case 5/.test(error.message));
    const { waves } = await loadFieldCase("sav-truncated-compressed", "full-untruncated.sav.orig");
    assert.equal(waves[0].accounting.rowsRead, 7);
  });

  for (const file of ["wave.sav", "wave-little-endian.sav.orig"]) {
    it(`sav-big-endian (${file}): 4 respondents, the same values and shares`, async () => {
      const { waves } = await loadFieldCase("sav-big-endian", file);
      assert.deepEqual(waves[0].respondentIds, ["1", "2", "3", "4"]);
      assert.deepEqual([...waves[0].weights], [1, 1, 1, 3]);
      assert.deepEqual(russiaShares(waves[0]), FOUR_RESPONDENTS);
    });
  }
});
