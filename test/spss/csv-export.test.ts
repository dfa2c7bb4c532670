import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";
import { csvField, csvNumber, readSav, readSavFile, savToCsv, writeSavCsv } from "../../lib/spss";
import { buildSav } from "./sav-builder";

describe("spss/csv-export: a file's cases as RFC 4180 CSV", () => {
  it("writes the shortest decimal that reads back as the same number, and system-missing as an empty field", () => {
    assert.deepEqual([0.1, 1234.56, -0.1, 1e10, 13772017800.75, 1 / 3, 1e21, NaN].map(csvNumber), ["0.1", "1234.56", "-0.1", "10000000000", "13772017800.75", "0.3333333333333333", "1e+21", ""]);
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 16807) % 2147483647;
      const value = (seed / 2147483647 - 0.5) * 10 ** ((seed % 40) - 20);
      assert.equal(Number(csvNumber(value)), value);
    }
  });

  it("quotes fields with commas, quotes, line breaks or edge blanks, doubling inner quotes", () => {
    assert.deepEqual(["plain", "a,b", 'say "hi"', "two\nlines", " lead", ""].map(csvField), ["plain", '"a,b"', '"say ""hi"""', '"two\nlines"', '" lead"', ""]);
  });

  it("exports the PSPP Cyrillic fixture with the values haven reads (parsed back field by field)", () => {
    const data = readSavFile(projectPath("test/fixtures/spss/cyrillic-utf8.sav"));
    const ours = parseCsv(savToCsv(data), "ours.csv");
    const haven = parseCsv(readFileSync(projectPath("test/fixtures/spss/cyrillic-utf8.sav.haven.csv"), "utf8"), "haven.csv");
    assert.deepEqual(ours.header, haven.header);
    ours.rows.forEach((row, r) => row.forEach((cell, c) => {
      const expected = haven.rows[r][c];
      const same = cell === expected || (cell !== "" && expected !== "" && Number(Number(cell).toPrecision(15)) === Number(expected));
      assert.ok(same, `case ${r + 1}, ${ours.header[c]}: ${cell} vs haven ${expected}`);
    }));
    assert.match(savToCsv(data).split("\n")[1], /^1,Северо-Казахстанская,Петроп,1,-5,10,1234\.56,1\.5,a,да,один,13771987200,45296,13772017800,/);
  });

  it("writes large files in pieces, the same text as in one piece", () => {
    const data = readSav(buildSav({ variables: [{ name: "X", width: 0 }, { name: "S", width: 8 }], cases: Array.from({ length: 3000 }, (_, i) => [i / 7, `r,${i}`]) }));
    const pieces: string[] = [];
    writeSavCsv(data, (piece) => pieces.push(piece), 1000);
    assert.ok(pieces.length > 10);
    assert.equal(pieces.join(""), savToCsv(data));
    assert.equal(savToCsv(data).split("\n")[2], '0.14285714285714285,"r,1"');
  });
});
