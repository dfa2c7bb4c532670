import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { projectPath } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import { expectDataError, MANIFEST_HEADER, fixtureManifestRow, toCsv, validWaveRows, waveHeader, writeWaveFolder } from "../helpers/wave-fixtures";

/**
 * The bad-input suite for SPSS .sav waves. Fixtures were made by PSPP from
 * test/fixtures/bad-inputs/make-sav-fixtures.sps (the 12 SYNTHETIC
 * respondents of validWaveRows(), each variant changing one thing); the
 * corruptions (truncation, flipped bytes, wrong file type) are applied here.
 * The reader itself (lib/spss) has its own tests in test/spss, including a
 * truncation at every byte offset of several files.
 */

const FIXTURES = "test/fixtures/bad-inputs";
const fixture = (name: string): Buffer => readFileSync(projectPath(`${FIXTURES}/${name}`));

function loadSav(bytes: Buffer) {
  const folder = writeWaveFolder({
    wave: bytes,
    waveFileName: "wave.sav",
    manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ file: "wave.sav", format: "sav" })}\n`,
  });
  return { folder, load: () => loadWaves({ manifestFile: folder.manifestFile }) };
}

async function csvFingerprint() {
  const folder = writeWaveFolder({ wave: toCsv(waveHeader(), validWaveRows()) });
  const [wave] = (await loadWaves({ manifestFile: folder.manifestFile })).waves;
  return { accounting: wave.accounting, ids: wave.respondentIds, weights: Array.from(wave.weights), answers: [...wave.answers].map(([c, a]) => [c, Array.from(a)]) };
}

describe("reliability: bad SPSS .sav wave files", () => {

  it("the valid .sav (compressed) and the uncompressed one give exactly the numbers of the same data as CSV (control)", async () => {
    const expected = await csvFingerprint();
    for (const name of ["valid.sav", "valid-uncompressed.sav"]) {
      const [wave] = (await loadSav(fixture(name)).load()).waves;
      assert.deepEqual({ accounting: wave.accounting, ids: wave.respondentIds, weights: Array.from(wave.weights), answers: [...wave.answers].map(([c, a]) => [c, Array.from(a)]) }, expected, name);
    }
  });

  it("sav kind S1 · zero weight → accepted as R accepts it: kept in the design (row 5), counted", async () => {
    const { load } = loadSav(fixture("zero-weight.sav"));
    const { waves } = await load();
    assert.equal(waves[0].zeroWeightRows, 1);
    assert.equal(waves[0].weights[waves[0].fileRows.indexOf(5)], 0);
  });

  it("sav kind S2 · system-missing weight → weight-invalid", async () => {
    const { folder, load } = loadSav(fixture("sysmis-weight.sav"));
    await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: 5, column: "weight" });
  });

  it("sav kind S3 · duplicate respondent id → key-duplicate", async () => {
    const { folder, load } = loadSav(fixture("duplicate-id.sav"));
    await expectDataError(load, { code: "key-duplicate", file: folder.waveFile, row: 10, column: "respondent_id" });
  });

  it("sav kind S4 · unknown answer code → value-unknown-code", async () => {
    const { folder, load } = loadSav(fixture("unknown-code.sav"));
    await expectDataError(load, { code: "value-unknown-code", file: folder.waveFile, row: 7, column: "q_opinion_russia" });
  });

  it("sav kind S5 · blank respondent id → value-missing", async () => {
    const { folder, load } = loadSav(fixture("blank-id.sav"));
    await expectDataError(load, { code: "value-missing", file: folder.waveFile, row: 4, column: "respondent_id" });
  });

  it("sav kind S6 · legacy windows-1251 character encoding → read in its code page: the same numbers as the CSV, Cyrillic value labels", async () => {
    const expected = await csvFingerprint();
    const [wave] = (await loadSav(fixture("windows-1251.sav")).load()).waves;
    assert.deepEqual({ accounting: wave.accounting, ids: wave.respondentIds, weights: Array.from(wave.weights), answers: [...wave.answers].map(([c, a]) => [c, Array.from(a)]) }, expected);
    assert.equal(wave.fileValueLabels.get("russia_opinion")?.[0].label, "Очень положительно");
  });

  it("sav kind S6b · text that is not valid in the declared encoding → encoding, naming row and column", async () => {
    const bytes = Buffer.from(fixture("valid-uncompressed.sav"));
    bytes[bytes.indexOf(Buffer.from("r0003"), 500) + 1] = 0xff;
    const { folder, load } = loadSav(bytes);
    await expectDataError(load, { code: "encoding", file: folder.waveFile, row: 3, column: "respondent_id" });
  });

  it("sav kind S7 · empty .sav file (0 bytes) → format", async () => {
    const { folder, load } = loadSav(Buffer.alloc(0));
    await expectDataError(load, { code: "format", file: folder.waveFile, row: null });
  });

  it("sav kind S8 · a CSV file renamed .sav → format", async () => {
    const { folder, load } = loadSav(Buffer.from(toCsv(waveHeader(), validWaveRows())));
    await expectDataError(load, { code: "format", file: folder.waveFile });
  });

  it("sav kind S9 · corrupted magic number ($FL2 → XXXX) → format", async () => {
    const bytes = Buffer.from(fixture("valid.sav"));
    bytes.write("XXXX", 0, "latin1");
    const { folder, load } = loadSav(bytes);
    await expectDataError(load, { code: "format", file: folder.waveFile });
  });

  it("sav kind S10 · truncated inside the dictionary (first 300 bytes) → format", async () => {
    const { folder, load } = loadSav(fixture("valid.sav").subarray(0, 300));
    await expectDataError(load, { code: "format", file: folder.waveFile });
  });

  for (const [label, keep] of [
    ["S11 · truncated in the data (last 40 bytes cut, compressed file)", "valid.sav"],
    ["S12 · truncated in the data (last 100 bytes cut, uncompressed file)", "valid-uncompressed.sav"],
  ] as const) {
    it(`sav kind ${label} → an error, never fewer respondents read silently`, async () => {
      const whole = fixture(keep);
      const cut = label.includes("40 bytes") ? 40 : 100;
      const { folder, load } = loadSav(whole.subarray(0, whole.length - cut));
      const error = await expectDataError(load, { code: "format", file: folder.waveFile });
      assert.match(error.message, /the header declares 12 cases, but the data end/);
    });
  }
});
