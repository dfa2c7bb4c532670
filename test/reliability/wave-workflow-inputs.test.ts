/**
 * Bad (and odd but valid) inputs of the waves workflow of issue 13 and the
 * file-system faults of issue 15 item 2, each with the DataError it must
 * give (code, file, row, column) or, for "accepted", the numbers it must
 * give. Kinds 77–89 continue bad-wave-inputs.test.ts; S11–S13 continue
 * bad-sav-inputs.test.ts; F1–F7 are the wave files that must never be read:
 * a symbolic link out of the data folder, a linked folder, a FIFO,
 * /dev/zero, a file over the size limit. Each of those gives a clear error
 * at once: nothing is read, so nothing blocks (mocha's timeout would catch a
 * hang), and no message holds a byte of a file outside the data folder.
 */
import { strict as assert } from "node:assert";
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { projectPath, projectRoot } from "../../lib/project/project-path";
import { loadWaves } from "../../lib/waves/load-waves";
import { temporaryFolder } from "../helpers/temporary-folder";
import {
  CAB_LIKE,
  cabLikeFolder,
  expectDataError,
  FULL_MANIFEST_HEADER,
  fixtureManifestRow,
  MANIFEST_HEADER,
  manifestRow,
  temporaryDataFolder,
  temporaryWaveFolder,
  toCsv,
  validWaveRows,
  waveHeader,
  withOptionalColumns,
  writeWaveFolder,
} from "../helpers/wave-fixtures";

const FIELD_CASE = path.resolve(projectRoot(), "..", "shared", "field-cases", "csv-semicolon-decimal-comma");

/** The valid CSV wave's rows with `edit` applied, fields separated by `delimiter`, weights with a decimal comma when asked. */
function waveText(options: { delimiter?: string; decimalComma?: boolean; edit?: (rows: Record<string, string>[]) => void } = {}): string {
  const rows = validWaveRows().map((row) => ({ ...row }));
  options.edit?.(rows);
  if (options.delimiter === undefined) return toCsv(waveHeader(), rows);
  const header = waveHeader();
  const cell = (row: Record<string, string>, name: string) => (name === "weight" && options.decimalComma ? row[name].replace(".", ",") : row[name] ?? "");
  return [header.join(options.delimiter), ...rows.map((row) => header.map((name) => cell(row, name)).join(options.delimiter))].join("\n") + "\n";
}

/** A wave folder whose manifest row has the optional columns. */
function folderWithOptions(wave: string | Buffer, options: Parameters<typeof withOptionalColumns>[1], waveFileName = "wave.csv") {
  const row = withOptionalColumns(fixtureManifestRow({ file: waveFileName, format: path.extname(waveFileName).slice(1) }), options);
  const folder = writeWaveFolder({ wave, waveFileName, manifest: `${FULL_MANIFEST_HEADER}\n${row}\n` });
  return { folder, load: () => loadWaves({ manifestFile: folder.manifestFile }) };
}

async function numbers(load: () => ReturnType<typeof loadWaves>) {
  const [wave] = (await load()).waves;
  return { ids: wave.respondentIds, weights: Array.from(wave.weights), answers: [...wave.answers].map(([c, a]) => [c, Array.from(a)]) };
}

describe("reliability: the waves workflow's inputs (kinds 77–89)", () => {
  it("kind 77 · semicolon-delimited CSV with decimal commas (Excel, Russian locale), not declared → format naming both and what to declare", async () => {
    const { folder, load } = folderWithOptions(waveText({ delimiter: ";", decimalComma: true }), {});
    const error = await expectDataError(load, { code: "format", file: folder.waveFile, row: 0 });
    assert.match(error.message, /looks semicolon-delimited .* with decimal commas .* declare it in the wave's manifest row: delimiter ";" and decimal_mark ","/);
  });

  it("kind 78 · the same file declared (delimiter ';', decimal_mark ',') → accepted: the numbers of the comma-delimited file", async () => {
    const clean = await numbers(folderWithOptions(waveText(), {}).load);
    const declared = await numbers(folderWithOptions(waveText({ delimiter: ";", decimalComma: true }), { delimiter: ";", decimal_mark: "," }).load);
    assert.deepEqual(declared, clean);
  });

  it("kind 79 · decimal_mark ',' declared but a weight written with a point ('1.5') → weight-invalid saying so", async () => {
    const text = waveText({ delimiter: ";", decimalComma: true }).replace(/;(\d+),(\d+);/, ";$1.$2;");
    assert.ok(/;\d+\.\d+;/.test(text), "fixture: one weight written with a point");
    const { folder, load } = folderWithOptions(text, { delimiter: ";", decimal_mark: "," });
    const error = await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: 1, column: "weight" });
    assert.match(error.message, /with a decimal comma, as the manifest's decimal_mark says/);
  });

  it("kind 80 · a delimiter given for an SPSS wave → value-range in the manifest's delimiter column", async () => {
    const { folder, load } = folderWithOptions(readFileSync(projectPath("test/fixtures/bad-inputs/valid.sav")), { delimiter: ";" }, "wave.sav");
    await expectDataError(load, { code: "value-range", file: folder.manifestFile, row: 1, column: "delimiter" });
  });

  it("kind 81 · a lonely-PSU rule R does not have ('collapse') → value-unknown-code in lonely_psu", async () => {
    const { folder, load } = folderWithOptions(waveText(), { lonely_psu: "collapse" });
    await expectDataError(load, { code: "value-unknown-code", file: folder.manifestFile, row: 1, column: "lonely_psu" });
  });

  it("kind 82 · a stratum with a single PSU under lonely_psu 'adjust' → accepted, the rule on the wave's design", async () => {
    const edit = (rows: Record<string, string>[]) => rows.filter((row) => row.stratum === "S2").forEach((row) => (row.psu = "S2-P1"));
    const { folder, load } = folderWithOptions(waveText({ edit }), { lonely_psu: "adjust" });
    const [wave] = (await load()).waves;
    assert.equal(wave.entry.lonelyPsu, "adjust");
    const refused = folderWithOptions(waveText({ edit }), {});
    await expectDataError(refused.load, { code: "design-invalid", file: refused.folder.waveFile, column: "stratum" });
    assert.ok(folder);
  });

  it("kind 83 · every weight 0 → weight-invalid", async () => {
    const { folder, load } = folderWithOptions(waveText({ edit: (rows) => rows.forEach((row) => (row.weight = "0")) }), {});
    await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: null, column: "weight" });
  });

  it("kind 84 · a 'not asked' codebook row with a code → value-range naming the row", async () => {
    const folder = writeWaveFolder({ wave: waveText() });
    writeFileSync(folder.codebookFile, `${readFileSync(folder.codebookFile, "utf8")}test-wave,eeu_benefit,,EEU,1,,not asked,\n`);
    await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "value-range", file: folder.codebookFile, column: "code" });
  });

  it("kind 85 · a concept both coded and 'not asked' for one wave → key-duplicate", async () => {
    const folder = writeWaveFolder({ wave: waveText() });
    writeFileSync(folder.codebookFile, `${readFileSync(folder.codebookFile, "utf8")}test-wave,eeu_benefit,q_eeu_benefit,EEU,1,Strongly agree,substantive,2\ntest-wave,eeu_benefit,,EEU,,,not asked,\n`);
    await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "key-duplicate", file: folder.codebookFile, column: "kind" });
  });

  it("kind 86 · the column of a concept marked 'not asked' is absent from the file → accepted, the concept has no answers", async () => {
    const header = waveHeader().filter((name) => !name.startsWith("q_reason"));
    const folder = writeWaveFolder({ wave: toCsv(header, validWaveRows()) });
    await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "column-missing", file: folder.waveFile, row: 0, column: "q_reason_russia_1" });
    writeFileSync(folder.codebookFile, `${readFileSync(folder.codebookFile, "utf8")}test-wave,russia_positive_reason_1,,Reasons,,,not asked,\ntest-wave,russia_positive_reason_2,,Reasons,,,not asked,\n`);
    const [wave] = (await loadWaves({ manifestFile: folder.manifestFile })).waves;
    assert.equal(wave.answers.get("russia_positive_reason_1"), undefined);
    assert.equal(wave.accounting.rowsKept, validWaveRows().length);
  });

  it("kind 87 · a filter that keeps no row → file-empty naming the filter column and the values it holds", async () => {
    const folder = writeWaveFolder({ wave: waveText(), manifest: `${MANIFEST_HEADER}\n${fixtureManifestRow({ filter_column: "country", filter_value: "Kazakhstan" })}\n` });
    const error = await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "file-empty", file: folder.waveFile, column: "country" });
    assert.match(error.message, /the column holds "KZ" \(12 rows\)/);
  });

  it("kind 88 · the same file listed twice under two wave ids → key-duplicate at the later manifest row, column file", async () => {
    const folder = temporaryWaveFolder();
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "a.csv"));
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "b.csv"));
    writeFileSync(path.join(folder, "manifest.csv"), `${MANIFEST_HEADER}\n${manifestRow("a", "a.csv")}\n${manifestRow("b", "b.csv", { start: "2020-11-01" })}\n`);
    await expectDataError(() => loadWaves({ manifestFile: path.join(folder, "manifest.csv") }), { code: "key-duplicate", file: path.join(folder, "manifest.csv"), row: 2, column: "file" });
  });

  it("kind 89 · the same wave as CSV and as .sav → key-duplicate (same respondents)", async () => {
    const folder = temporaryWaveFolder();
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "a.csv"));
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.sav"), path.join(folder, "a.sav"));
    writeFileSync(path.join(folder, "manifest.csv"), `${MANIFEST_HEADER}\n${manifestRow("a-csv", "a.csv")}\n${manifestRow("a-sav", "a.sav")}\n`);
    const error = await expectDataError(() => loadWaves({ manifestFile: path.join(folder, "manifest.csv") }), { code: "key-duplicate", file: path.join(folder, "manifest.csv"), row: 2, column: "file" });
    assert.match(error.message, /300 of 300 respondents have the same id, stratum, PSU and answers/);
  });
});

describe("reliability: the file's value labels and label filters (sav kinds S11–S13)", () => {
  it("sav kind S11 · a scale stored the other way round (1 = «Очень отрицательно») → label-contradiction naming variable and code", async () => {
    const folder = cabLikeFolder("adjust", CAB_LIKE.reversed);
    const error = await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "label-contradiction", file: folder.waveFile, row: 0, column: "E1b" });
    assert.match(error.message, /^.*: code 1 of russia_opinion is labelled "Очень отрицательно"/);
  });

  it("sav kind S12 · a 'do not know' label on a code the codebook reads as a scale position → label-contradiction", async () => {
    const folder = cabLikeFolder("adjust");
    const text = readFileSync(folder.codebookFile, "utf8").split("\n");
    const [eight, one] = ["8", "1"].map((code) => text.findIndex((line) => line.startsWith(`cab-2021,china_opinion,E1a,Opinion of China,${code},`)));
    text[eight] = "cab-2021,china_opinion,E1a,Opinion of China,8,Very favorable,substantive,2";
    text[one] = "cab-2021,china_opinion,E1a,Opinion of China,1,Do not know,nonsubstantive,";
    [text[one], text[eight]] = [text[eight], text[one]];
    writeFileSync(folder.codebookFile, text.join("\n"));
    const error = await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "label-contradiction", file: folder.waveFile, row: 0, column: "E1a" });
    assert.match(error.message, /code 8 of china_opinion is labelled "Затрудняюсь ответить"/);
  });

  it("sav kind S13 · a filter given as the label of a labelled code → accepted: the rows of the code", async () => {
    const byLabel = cabLikeFolder("adjust");
    const byCode = cabLikeFolder("adjust");
    writeFileSync(byCode.manifestFile, readFileSync(byCode.manifestFile, "utf8").replace(",COUNTRY,Kazakhstan,", ",COUNTRY,1,"));
    assert.deepEqual(await numbers(() => loadWaves({ manifestFile: byLabel.manifestFile })), await numbers(() => loadWaves({ manifestFile: byCode.manifestFile })));
  });
});

/** Content that must never reach a message: it lies outside the data folder. */
const SECRET = "SECRET-first-line-of-a-file-outside-the-data-folder";

/** A copy of data/ plus a file outside it holding {@link SECRET}, and a manifest row appended for `file`. */
function dataWithWaveFile(file: string, place: (wavesDir: string, outsideFile: string) => void): { data: string; manifest: string } {
  const data = temporaryDataFolder();
  const outside = path.join(path.dirname(data), "elsewhere");
  mkdirSync(outside);
  const outsideFile = path.join(outside, "private.csv");
  writeFileSync(outsideFile, `${SECRET}\n${readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8")}`);
  place(path.join(data, "waves"), outsideFile);
  const manifest = path.join(data, "waves", "manifest.csv");
  writeFileSync(manifest, `${readFileSync(manifest, "utf8")}${withOptionalColumns(manifestRow("kz-2020-x", file))}\n`);
  return { data, manifest };
}

/** `node output/build/lib/cli/wave.js check` on a data folder: exit status and both streams. */
async function checkCommand(data: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return promisify(execFile)(process.execPath, [projectPath("output/build/lib/cli/wave.js"), "check"], { env: { ...process.env, LWN_DATA_DIR: data, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
}

describe("reliability: wave files that must never be read (issue 15 item 2: kinds F1–F7)", function () {
  this.timeout(20_000);

  const cases: readonly { kind: string; file: string; place: (waves: string, outside: string) => void; message: RegExp }[] = [
    { kind: "F1 · a symbolic link under data/waves to a file outside the data folder", file: "linked.csv", place: (waves, outside) => symlinkSync(outside, path.join(waves, "linked.csv")), message: /resolves, through a symbolic link, to .*elsewhere\/private\.csv, outside the data folder/ },
    { kind: "F2 · a file under a linked folder of data/waves that points outside", file: "more/private.csv", place: (waves, outside) => symlinkSync(path.dirname(outside), path.join(waves, "more")), message: /outside the data folder/ },
    { kind: "F3 · a FIFO (named pipe)", file: "pipe.csv", place: (waves) => execFileSync("mkfifo", [path.join(waves, "pipe.csv")]), message: /the path is a FIFO \(named pipe\), which could block forever; only regular files are read/ },
    { kind: "F4 · a link to /dev/zero", file: "zero.csv", place: (waves) => symlinkSync("/dev/zero", path.join(waves, "zero.csv")), message: /resolves, through a symbolic link, to \/dev\/zero, outside the data folder/ },
  ];
  for (const { kind, file, place, message } of cases) {
    it(`kind ${kind} → file-refused at once, naming the file, holding none of its content (loading, and npm run wave -- check)`, async () => {
      const { data } = dataWithWaveFile(file, place);
      const waveFile = path.join(data, "waves", file);
      const error = await expectDataError(() => loadWaves({ manifestFile: path.join(data, "waves", "manifest.csv") }), { code: "file-refused", file: waveFile, row: null, column: null });
      assert.match(error.message, message);
      assert.ok(!error.message.includes(SECRET), "the message holds content of the file outside");
      const check = await checkCommand(data);
      assert.equal(check.code, 1);
      assert.match(check.out, message);
      assert.ok(!check.out.includes(SECRET), "the command's output holds content of the file outside");
    });
  }

  it("kind F5 · /dev/zero named directly (a character device) → file-refused at once", async () => {
    const { readWaveFileBytes } = await import("../../lib/waves/wave-file-access");
    assert.throws(() => readWaveFileBytes("/dev/zero"), /the path is a character device \(such as \/dev\/zero\), which could never end/);
  });

  it("kind F6 · a wave file over the size limit (LWN_MAX_WAVE_BYTES) → file-refused before reading; accepted under a raised limit", async () => {
    const { data } = dataWithWaveFile("big.csv", (waves) => copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(waves, "big.csv")));
    const refused = await checkCommand(data, { LWN_MAX_WAVE_BYTES: "10K" });
    assert.equal(refused.code, 1);
    assert.match(refused.out, /big\.csv: the file is \d+(\.\d)? KiB, more than the limit of 10 KiB per wave file; if the file is right, raise the limit with LWN_MAX_WAVE_BYTES/);
    const raised = await checkCommand(data, { LWN_MAX_WAVE_BYTES: "1M" });
    assert.equal(raised.code, 0, raised.out);
  });

  it("kind F7 · the manifest itself a link to a file outside its folder → file-refused", async () => {
    const folder = temporaryFolder("manifest-link");
    const waves = path.join(folder, "waves");
    mkdirSync(waves);
    writeFileSync(path.join(folder, "private.csv"), `${SECRET}\n`);
    symlinkSync(path.join(folder, "private.csv"), path.join(waves, "manifest.csv"));
    const error = await expectDataError(() => loadWaves({ manifestFile: path.join(waves, "manifest.csv") }), { code: "file-refused", file: path.join(waves, "manifest.csv") });
    assert.ok(!error.message.includes(SECRET));
  });

  it("the field case of a semicolon CSV is where the tests expect it (../shared)", () => {
    assert.ok(readFileSync(path.join(FIELD_CASE, "wave.csv"), "utf8").startsWith("RESPID;"), `missing ${FIELD_CASE}: the tests need ../shared beside the repository`);
  });
});
