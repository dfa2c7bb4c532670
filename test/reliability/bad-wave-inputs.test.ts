import { strict as assert } from "node:assert";
import { loadWaves } from "../../lib/waves/load-waves";
import type { WaveCollection } from "../../lib/waves/wave-data";
import {
  COUNTRY_COLUMN,
  defaultQuestionIds,
  expectDataError,
  MANIFEST_HEADER,
  fixtureManifestRow,
  projectCodebookText,
  toCsv,
  validWaveRows,
  waveHeader,
  WaveRow,
  writeWaveFolder,
} from "../helpers/wave-fixtures";

/**
 * The bad-input suite for CSV waves, the manifest and the codebook: each
 * numbered kind starts from a valid wave folder, changes one thing, and
 * asserts the DataError code and its location (file, row, column). Kinds
 * marked "accepted" are inputs that look odd but are valid: they must load
 * and give exactly the numbers of the clean file (never a wrong number).
 * The .sav kinds are in bad-sav-inputs.test.ts.
 */

const header = waveHeader();
const questions = defaultQuestionIds();
const [opinionRussia] = questions;

/** The valid wave with `edit` applied to a copy of its rows. */
function waveCsv(edit: (rows: WaveRow[]) => void = () => undefined, head: readonly string[] = header, eol = "\n"): string {
  const rows = validWaveRows().map((row) => ({ ...row }));
  edit(rows);
  return toCsv(head, rows, eol);
}

/** Loads a folder whose wave file is `wave` and returns the collection. */
function loadWave(wave: string | Buffer) {
  const folder = writeWaveFolder({ wave });
  return { folder, load: () => loadWaves({ manifestFile: folder.manifestFile }) };
}

/** Numbers that must not change when a valid file is re-encoded: accounting, weights, answers. */
function fingerprint(collection: WaveCollection): unknown {
  const [wave] = collection.waves;
  return {
    accounting: wave.accounting,
    ids: wave.respondentIds,
    weights: Array.from(wave.weights),
    strata: wave.strata,
    psu: wave.psu,
    answers: [...wave.answers].map(([concept, codes]) => [concept, Array.from(codes)]),
    itemMissing: wave.itemMissing,
  };
}

async function expectSameNumbersAsClean(wave: string | Buffer): Promise<void> {
  const clean = await loadWave(waveCsv()).load();
  const odd = await loadWave(wave).load();
  assert.deepEqual(fingerprint(odd), fingerprint(clean));
}

describe("reliability: bad CSV wave files (typed DataError naming file, row and column)", () => {

  it("the valid fixture itself loads (control)", async () => {
    const { load } = loadWave(waveCsv());
    const { waves } = await load();
    assert.equal(waves[0].accounting.rowsKept, validWaveRows().length);
  });

  it("kind 01 · empty file (0 bytes) → file-empty", async () => {
    const { folder, load } = loadWave("");
    await expectDataError(load, { code: "file-empty", file: folder.waveFile, row: null, column: null });
  });

  it("kind 02 · header only, no data rows → file-empty", async () => {
    const { folder, load } = loadWave(`${header.join(",")}\n`);
    await expectDataError(load, { code: "file-empty", file: folder.waveFile, row: null });
  });

  it("kind 03 · blank lines only → file-empty", async () => {
    const { folder, load } = loadWave("\n\r\n\n");
    await expectDataError(load, { code: "file-empty", file: folder.waveFile });
  });

  it("kind 04 · truncated file inside a quoted field → format, at the row and column where the quote opened", async () => {
    const text = waveCsv((rows) => (rows[4].respondent_id = 'r"0005'));
    const { folder, load } = loadWave(text.slice(0, text.indexOf('"r""0005') + 4)); // the file ends inside the quoted id
    await expectDataError(load, { code: "format", file: folder.waveFile, row: 5, column: "#1" });
  });

  it("kind 05 · truncated file in the middle of a row → row-width naming the first missing column", async () => {
    const text = waveCsv();
    const lines = text.trimEnd().split("\n");
    const last = lines[lines.length - 1].split(",").slice(0, 6).join(",");
    const { folder, load } = loadWave([...lines.slice(0, -1), last].join("\n"));
    await expectDataError(load, { code: "row-width", file: folder.waveFile, row: lines.length - 1, column: header[6] });
  });

  it("kind 06 · semicolon-delimited file, not declared in the manifest → format in the header row, saying so and what to declare", async () => {
    const { folder, load } = loadWave(waveCsv().replace(/,/g, ";"));
    const error = await expectDataError(load, { code: "format", file: folder.waveFile, row: 0 });
    assert.match(error.message, /looks semicolon-delimited/);
    assert.match(error.message, /delimiter ";"/);
  });

  it("kind 07 · tab-delimited file, not declared in the manifest → format in the header row, saying so and what to declare", async () => {
    const { folder, load } = loadWave(waveCsv().replace(/,/g, "\t"));
    const error = await expectDataError(load, { code: "format", file: folder.waveFile, row: 0 });
    assert.match(error.message, /looks tab-delimited/);
    assert.match(error.message, /delimiter "tab"/);
  });

  it("kind 08 · missing header (the file starts with a data row) → header-duplicate: the repeated answer '2' in row 0", async () => {
    const text = waveCsv();
    const { folder, load } = loadWave(text.slice(text.indexOf("\n") + 1));
    await expectDataError(load, { code: "header-duplicate", file: folder.waveFile, row: 0, column: "2" });
  });

  it("kind 09 · duplicated header name → header-duplicate naming the column", async () => {
    const head = [...header];
    head[head.length - 1] = "weight";
    const { folder, load } = loadWave(waveCsv(undefined, head));
    await expectDataError(load, { code: "header-duplicate", file: folder.waveFile, row: 0, column: "weight" });
  });

  it("kind 10 · empty header name → header-missing naming the position", async () => {
    const head = [...header];
    head[head.length - 1] = "";
    const { folder, load } = loadWave(waveCsv(undefined, head));
    await expectDataError(load, { code: "header-missing", file: folder.waveFile, row: 0, column: `#${head.length}` });
  });

  it("kind 11 · extra field in one data row → row-width naming the extra position", async () => {
    const lines = waveCsv().trimEnd().split("\n");
    lines[3] += ",surplus";
    const { folder, load } = loadWave(lines.join("\n"));
    await expectDataError(load, { code: "row-width", file: folder.waveFile, row: 3, column: `#${header.length + 1}` });
  });

  it("kind 12 · extra columns in the whole file (accepted: CAB files carry many more variables; numbers unchanged)", async () => {
    const head = [...header, "q_extra", "регион"];
    await expectSameNumbersAsClean(waveCsv((rows) => rows.forEach((row) => ((row.q_extra = "zzz"), (row["регион"] = "Алматы"))), head));
  });

  it("kind 13 · required design column missing (weight) → column-missing naming it", async () => {
    const { folder, load } = loadWave(waveCsv(undefined, header.filter((name) => name !== "weight")));
    await expectDataError(load, { code: "column-missing", file: folder.waveFile, row: 0, column: "weight" });
  });

  it("kind 14 · question column missing → column-missing naming the codebook's question id", async () => {
    const { folder, load } = loadWave(waveCsv(undefined, header.filter((name) => name !== questions[3])));
    await expectDataError(load, { code: "column-missing", file: folder.waveFile, row: 0, column: questions[3] });
  });

  it("kind 15 · unknown answer code (5 on a 4-point scale) → value-unknown-code at row and question", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[6][opinionRussia] = "5")));
    await expectDataError(load, { code: "value-unknown-code", file: folder.waveFile, row: 7, column: opinionRussia });
  });

  it("kind 16 · fractional answer code (1.5) → value-unknown-code", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[0][questions[2]] = "1.5")));
    await expectDataError(load, { code: "value-unknown-code", file: folder.waveFile, row: 1, column: questions[2] });
  });

  it("kind 17 · answer given as a label instead of a code ('Very favorable') → value-unknown-code", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[10][opinionRussia] = "Very favorable")));
    await expectDataError(load, { code: "value-unknown-code", file: folder.waveFile, row: 11, column: opinionRussia });
  });

  for (const [kind, weight] of [
    ["18 · non-numeric weight ('abc')", "abc"],
    ["19 · NaN weight", "NaN"],
    ["20 · infinite weight ('Infinity')", "Infinity"],
    ["22 · negative weight", "-1.2"],
    ["23 · blank weight", ""],
    ["24 · weight with a decimal comma ('1,5', quoted)", "1,5"],
    ["25 · weight with a thousands separator and unit ('1 000 kg')", "1 000 kg"],
    ["26 · hexadecimal weight ('0x10', which Number() would accept)", "0x10"],
  ] as const) {
    it(`kind ${kind} → weight-invalid at row and weight column`, async () => {
      const { folder, load } = loadWave(waveCsv((rows) => (rows[8].weight = weight)));
      await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: 9, column: "weight" });
    });
  }

  it("kind 21 · zero weight → accepted as R accepts it: kept in the design, counted, nothing to totals", async () => {
    const clean = (await loadWave(waveCsv()).load()).waves[0];
    const { waves } = await loadWave(waveCsv((rows) => (rows[8].weight = "0"))).load();
    assert.equal(waves[0].zeroWeightRows, 1);
    assert.equal(waves[0].weights[8], 0);
    assert.deepEqual(waves[0].respondentIds, clean.respondentIds, "no respondent dropped");
  });

  it("kind 27 · duplicate respondent id → key-duplicate at the second occurrence", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[9].respondent_id = rows[2].respondent_id)));
    const error = await expectDataError(load, { code: "key-duplicate", file: folder.waveFile, row: 10, column: "respondent_id" });
    assert.match(error.message, /row 3/, "names the first occurrence");
  });

  it("kind 28 · duplicate id differing only by surrounding spaces → key-duplicate", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[5].respondent_id = ` ${rows[1].respondent_id} `)));
    await expectDataError(load, { code: "key-duplicate", file: folder.waveFile, row: 6, column: "respondent_id" });
  });

  it("kind 29 · blank respondent id → value-missing", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[4].respondent_id = "")));
    await expectDataError(load, { code: "value-missing", file: folder.waveFile, row: 5, column: "respondent_id" });
  });

  it("kind 30 · blank stratum → design-invalid", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[3].stratum = "")));
    await expectDataError(load, { code: "design-invalid", file: folder.waveFile, row: 4, column: "stratum" });
  });

  it("kind 31 · blank PSU → design-invalid", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[3].psu = " ")));
    await expectDataError(load, { code: "design-invalid", file: folder.waveFile, row: 4, column: "psu" });
  });

  it("kind 32 · stratum with a single PSU → design-invalid at the stratum's first row", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => rows.forEach((row) => row.stratum === "S2" && (row.psu = "S2-P1"))));
    await expectDataError(load, { code: "design-invalid", file: folder.waveFile, row: 7, column: "stratum" });
  });

  it("kind 33 · UTF-8 byte-order mark (accepted; numbers unchanged)", async () => {
    await expectSameNumbersAsClean(`\uFEFF${waveCsv()}`);
  });

  it("kind 34 · UTF-16 LE file with BOM → encoding in row 0", async () => {
    const { folder, load } = loadWave(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(waveCsv(), "utf16le")]));
    await expectDataError(load, { code: "encoding", file: folder.waveFile, row: 0 });
  });

  it("kind 35 · windows-1251 bytes (not UTF-8) in a data row → encoding naming the row and column", async () => {
    const text = waveCsv();
    const lines = text.split("\n");
    const cp1251Almaty = Buffer.from([0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb]); // "Алматы" in windows-1251
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, 3).join("\n") + "\n"), Buffer.from(lines[3].replace(/KZ$/, "")), cp1251Almaty, Buffer.from("\n" + lines.slice(4).join("\n"))]);
    const { folder, load } = loadWave(bytes);
    await expectDataError(load, { code: "encoding", file: folder.waveFile, row: 3, column: COUNTRY_COLUMN });
  });

  it("kind 36 · mixed line endings CRLF / LF / CR (accepted; numbers unchanged)", async () => {
    const lines = waveCsv().trimEnd().split("\n");
    const mixed = lines.map((line, i) => line + ["\r\n", "\n", "\r"][i % 3]).join("");
    await expectSameNumbersAsClean(mixed);
  });

  it("kind 37 · Cyrillic headers instead of the codebook's names → column-missing naming the expected column", async () => {
    const head = header.map((name) => (name === "respondent_id" ? "респондент" : name));
    const text = waveCsv(undefined, header).replace(/^respondent_id/, "респондент");
    assert.ok(text.startsWith(head[0]));
    const { folder, load } = loadWave(text);
    await expectDataError(load, { code: "column-missing", file: folder.waveFile, row: 0, column: "respondent_id" });
  });

  it("kind 38 · Cyrillic question ids declared in the codebook and used in the file (accepted; same answers)", async () => {
    const cyrillic = "в_мнение_россия";
    const codebook = projectCodebookText().replace(new RegExp(`,${opinionRussia},`, "g"), `,${cyrillic},`);
    const head = header.map((name) => (name === opinionRussia ? cyrillic : name));
    const rows = validWaveRows().map((row) => ({ ...row, [cyrillic]: row[opinionRussia] }));
    const folder = writeWaveFolder({ wave: toCsv(head, rows), codebook });
    const clean = await loadWave(waveCsv()).load();
    const { waves } = await loadWaves({ manifestFile: folder.manifestFile });
    assert.deepEqual(fingerprint({ ...clean, waves }), fingerprint(clean));
  });

  it("kind 39 · a `__proto__` column name → column-name-forbidden (no prototype pollution)", async () => {
    const { folder, load } = loadWave(waveCsv(undefined, [...header, "__proto__"]));
    await expectDataError(load, { code: "column-name-forbidden", file: folder.waveFile, row: 0, column: "__proto__" });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("kind 40 · a `constructor` column name → column-name-forbidden", async () => {
    const { folder, load } = loadWave(waveCsv(undefined, ["constructor", ...header]));
    await expectDataError(load, { code: "column-name-forbidden", file: folder.waveFile, row: 0, column: "constructor" });
  });

  it("kind 41 · a huge field (2 million characters) → format at its row and column (a hang fails on the test's timeout)", async function () {
    this.timeout(10_000);
    const { folder, load } = loadWave(waveCsv((rows) => (rows[2][COUNTRY_COLUMN] = "x".repeat(2_000_000))));
    await expectDataError(load, { code: "format", file: folder.waveFile, row: 3, column: `#${header.length}` });
  });

  it("kind 42 · an unbalanced quote that swallows the rest of the file → format at the opening row", async () => {
    const lines = waveCsv().trimEnd().split("\n");
    lines[2] = lines[2].replace(/,KZ$/, ',"KZ');
    const { folder, load } = loadWave(lines.join("\n") + "\n");
    await expectDataError(load, { code: "format", file: folder.waveFile, row: 2, column: `#${header.length}` });
  });

  it("kind 43 · a stray quote inside an unquoted field → format", async () => {
    const { folder, load } = loadWave(waveCsv().replace("\nr0004,", '\nr00"04,'));
    await expectDataError(load, { code: "format", file: folder.waveFile, row: 4, column: "#1" });
  });

  it("kind 44 · text after a closing quote → format", async () => {
    const { folder, load } = loadWave(waveCsv().replace("\nr0004,", '\n"r00"04,'));
    await expectDataError(load, { code: "format", file: folder.waveFile, row: 4, column: "#1" });
  });

  it("kind 45 · a blank line in the middle of the data → row-width at that row", async () => {
    const lines = waveCsv().trimEnd().split("\n");
    lines.splice(5, 0, "");
    const { folder, load } = loadWave(lines.join("\n"));
    await expectDataError(load, { code: "row-width", file: folder.waveFile, row: 5, column: header[1] });
  });

  it("kind 46 · binary garbage (a ZIP/XLSX saved as .csv) → encoding, never a crash", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xd8, 0x9c, 0x80, 0x00, 0x0a]);
    const { folder, load } = loadWave(zip);
    await expectDataError(load, { code: "encoding", file: folder.waveFile });
  });

  it("kind 47 · NUL bytes in a cell → value-unknown-code at the cell", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => (rows[1][opinionRussia] = "1\u0000")));
    await expectDataError(load, { code: "value-unknown-code", file: folder.waveFile, row: 2, column: opinionRussia });
  });

  it("kind 48 · the wave file listed in the manifest does not exist → file-missing, said in words", async () => {
    const folder = writeWaveFolder();
    const error = await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "file-missing", file: folder.waveFile, row: null, column: null });
    assert.match(error.message, /cannot read the file: no such file \(ENOENT\)$/);
  });

  it("kind 49 · padded cells, quoted numbers and exponent weights (accepted; numbers unchanged)", async () => {
    const rows = validWaveRows().map((row) => ({ ...row }));
    const text = toCsv(header, rows)
      .split("\n")
      .map((line, i) => (i === 0 || line === "" ? line : line.replace(/^([^,]+),([^,]+),([^,]+),([^,]+),/, (_m, id, s, p, w) => ` ${id} ,${s} , ${p},"${Number(w) * 10}e-1",`)))
      .join("\n");
    await expectSameNumbersAsClean(text);
  });

  it("kind 71 · a file holding only a byte-order mark → file-empty", async () => {
    const { folder, load } = loadWave("\uFEFF");
    await expectDataError(load, { code: "file-empty", file: folder.waveFile });
  });

  it("kind 72 · two exports concatenated (the header repeated mid-file) → weight-invalid at the repeated header's row", async () => {
    const text = waveCsv();
    const lines = text.trimEnd().split("\n");
    const { folder, load } = loadWave([...lines.slice(0, 7), lines[0], ...lines.slice(7)].join("\n"));
    await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: 7, column: "weight" });
  });

  it("kind 74 · non-UTF-8 bytes after a quoted multi-line cell → encoding at the record (not the physical line) and column", async () => {
    const text = waveCsv((rows) => (rows[0][COUNTRY_COLUMN] = "K\nZ"));
    const lines = text.split("\n"); // physical lines: the quoted cell spans lines 1–2, so data row 4 is physical line 5
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, 5).join("\n") + "\n" + lines[5].replace(/KZ$/, "")), Buffer.from([0xc0, 0xeb]), Buffer.from("\n" + lines.slice(6).join("\n"))]);
    const { folder, load } = loadWave(bytes);
    await expectDataError(load, { code: "encoding", file: folder.waveFile, row: 4, column: COUNTRY_COLUMN });
  });

  it("kind 73 · weights so large their sum overflows (1e308 each) → weight-invalid at the row where the sum overflows, never NaN estimates", async () => {
    const { folder, load } = loadWave(waveCsv((rows) => rows.forEach((row) => (row.weight = "1e308"))));
    await expectDataError(load, { code: "weight-invalid", file: folder.waveFile, row: 2, column: "weight" });
  });
});

describe("reliability: manifest-level bad inputs", () => {

  /** A folder whose manifest is `rows` under `head` (the wave file itself valid). */
  function loadManifest(rows: readonly string[], head = MANIFEST_HEADER) {
    const folder = writeWaveFolder({ wave: waveCsv(), manifest: [head, ...rows].join("\n") + "\n" });
    return { folder, load: () => loadWaves({ manifestFile: folder.manifestFile }) };
  }

  it("kind 50 · empty manifest → file-empty", async () => {
    const folder = writeWaveFolder({ wave: waveCsv(), manifest: "" });
    await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "file-empty", file: folder.manifestFile });
  });

  it("kind 51 · manifest column missing (psu) → column-missing", async () => {
    const head = MANIFEST_HEADER.replace(",psu,", ",");
    const row = fixtureManifestRow().split(",");
    row.splice(MANIFEST_HEADER.split(",").indexOf("psu"), 1);
    const { folder, load } = loadManifest([row.join(",")], head);
    await expectDataError(load, { code: "column-missing", file: folder.manifestFile, row: 0, column: "psu" });
  });

  it("kind 52 · extra manifest column → column-unexpected", async () => {
    const { folder, load } = loadManifest([`${fixtureManifestRow()},x`], `${MANIFEST_HEADER},notes`);
    await expectDataError(load, { code: "column-unexpected", file: folder.manifestFile, row: 0, column: "notes" });
  });

  it("kind 53 · duplicate wave id → key-duplicate", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow(), fixtureManifestRow()]);
    await expectDataError(load, { code: "key-duplicate", file: folder.manifestFile, row: 2, column: "wave_id" });
  });

  it("kind 54 · unknown format ('xlsx') → value-unknown-code", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ format: "xlsx", file: "wave.xlsx" })]);
    await expectDataError(load, { code: "value-unknown-code", file: folder.manifestFile, row: 1, column: "format" });
  });

  it("kind 55 · impossible date (2019-02-30) → format", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ field_start: "2019-02-30" })]);
    await expectDataError(load, { code: "format", file: folder.manifestFile, row: 1, column: "field_start" });
  });

  it("kind 56 · field period ending before it starts → value-range", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ field_end: "2019-09-01" })]);
    await expectDataError(load, { code: "value-range", file: folder.manifestFile, row: 1, column: "field_end" });
  });

  it("kind 57 · wave path escaping the data folder ('../x.csv') → format", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ file: "../wave.csv" })]);
    await expectDataError(load, { code: "format", file: folder.manifestFile, row: 1, column: "file" });
  });

  it("kind 58 · file extension contradicting the format → format", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ file: "wave.csv", format: "sav" })]);
    await expectDataError(load, { code: "format", file: folder.manifestFile, row: 1, column: "file" });
  });

  it("kind 59 · filter column without a filter value → value-missing", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ filter_column: COUNTRY_COLUMN })]);
    await expectDataError(load, { code: "value-missing", file: folder.manifestFile, row: 1, column: "filter_value" });
  });

  it("kind 60 · filter on a column the wave lacks → column-missing in the wave's header", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ filter_column: "region", filter_value: "KZ" })]);
    await expectDataError(load, { code: "column-missing", file: folder.waveFile, row: 0, column: "region" });
  });

  it("kind 61 · filter that keeps no row → file-empty naming the wave", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ filter_column: COUNTRY_COLUMN, filter_value: "UZ" })]);
    await expectDataError(load, { code: "file-empty", file: folder.waveFile });
  });

  it("kind 62 · upper-case / spaced wave id → format", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ wave_id: "KZ 2019" })]);
    await expectDataError(load, { code: "format", file: folder.manifestFile, row: 1, column: "wave_id" });
  });

  it("kind 63 · `__proto__` manifest column → column-name-forbidden", async () => {
    const { folder, load } = loadManifest([`${fixtureManifestRow()},1`], `${MANIFEST_HEADER},__proto__`);
    await expectDataError(load, { code: "column-name-forbidden", file: folder.manifestFile, row: 0, column: "__proto__" });
  });

  it("kind 75 · manifest saved as UTF-16 → encoding in the header row", async () => {
    const manifest = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${MANIFEST_HEADER}\n${fixtureManifestRow()}\n`, "utf16le")]);
    const folder = writeWaveFolder({ wave: waveCsv(), manifest });
    await expectDataError(() => loadWaves({ manifestFile: folder.manifestFile }), { code: "encoding", file: folder.manifestFile, row: 0 });
  });

  it("kind 76 · manifest and codebook with a byte-order mark and CRLF line ends (accepted; same wave)", async () => {
    const folder = writeWaveFolder({
      wave: waveCsv(),
      manifest: `\uFEFF${MANIFEST_HEADER}\r\n${fixtureManifestRow()}\r\n`,
      codebook: `\uFEFF${projectCodebookText().replace(/\n/g, "\r\n")}`,
    });
    const clean = await loadWave(waveCsv()).load();
    const { waves } = await loadWaves({ manifestFile: folder.manifestFile });
    assert.deepEqual(fingerprint({ ...clean, waves }), fingerprint(clean));
  });

  it("kind 64 · synthetic flag other than yes/no → value-unknown-code", async () => {
    const { folder, load } = loadManifest([fixtureManifestRow({ synthetic: "maybe" })]);
    await expectDataError(load, { code: "value-unknown-code", file: folder.manifestFile, row: 1, column: "synthetic" });
  });
});

describe("reliability: codebook-level bad inputs", () => {

  const codebookLines = () => projectCodebookText().trimEnd().split("\n");

  function loadCodebook(lines: readonly string[]) {
    const folder = writeWaveFolder({ wave: waveCsv(), codebook: lines.join("\n") + "\n" });
    return { folder, load: () => loadWaves({ manifestFile: folder.manifestFile }) };
  }

  it("kind 65 · unknown concept → value-unknown-code", async () => {
    const lines = codebookLines();
    lines[1] = lines[1].replace(",russia_opinion,", ",russia_opinon,");
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "value-unknown-code", file: folder.codebookFile, row: 1, column: "concept" });
  });

  it("kind 66 · non-integer answer code → value-type", async () => {
    const lines = codebookLines();
    lines[2] = lines[2].replace(/,2,Somewhat/, ",2.5,Somewhat");
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "value-type", file: folder.codebookFile, row: 2, column: "code" });
  });

  it("kind 67 · duplicate (applies_to, concept, code) → key-duplicate", async () => {
    const lines = codebookLines();
    lines.splice(2, 0, lines[1]);
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "key-duplicate", file: folder.codebookFile, row: 2, column: "applies_to+concept+code" });
  });

  it("kind 68 · default coding lacking a concept → value-missing", async () => {
    const lines = codebookLines().filter((line) => !line.includes(",eeu_benefit,"));
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "value-missing", file: folder.codebookFile, column: "concept" });
  });

  it("kind 69 · applies_to naming no wave of the manifest → value-unknown-code", async () => {
    const lines = codebookLines();
    lines.push(...lines.filter((line) => line.startsWith("*,russia_opinion,")).map((line) => line.replace(/^\*,/, "kz-2099,")));
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "value-unknown-code", file: folder.codebookFile, column: "applies_to" });
  });

  it("kind 70 · scale position out of range (+3) → value-range", async () => {
    const lines = codebookLines();
    lines[1] = lines[1].replace(/,substantive,2$/, ",substantive,3");
    const { folder, load } = loadCodebook(lines);
    await expectDataError(load, { code: "value-range", file: folder.codebookFile, row: 1, column: "scale_position" });
  });
});
