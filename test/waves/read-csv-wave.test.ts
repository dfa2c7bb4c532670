import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { readCsvWave } from "../../lib/waves/read-csv-wave";
import { temporaryWaveFolder } from "../helpers/wave-fixtures";

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
