import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../../lib/io/data-error";
import { loadWaveManifest } from "../../lib/waves/manifest";
import { MANIFEST_HEADER, manifestRow, temporaryWaveFolder } from "../helpers/wave-fixtures";

function manifestWith(...rows: string[]): string {
  const file = path.join(temporaryWaveFolder(), "manifest.csv");
  writeFileSync(file, [MANIFEST_HEADER, ...rows].join("\n") + "\n");
  return file;
}

function expectError(rows: string[], column: string, code?: string): void {
  assert.throws(() => loadWaveManifest(manifestWith(...rows)), (error: unknown) => error instanceof DataError && error.location.column === column && (code === undefined || error.code === code));
}

describe("loadWaveManifest", () => {
  it("lists the project's synthetic waves, flagged synthetic, in field-date order", () => {
    const waves = loadWaveManifest();
    assert.ok(waves.length >= 1);
    assert.ok(waves.every((wave) => wave.synthetic === wave.waveId.includes("synthetic")));
    assert.deepEqual(waves.map((wave) => wave.fieldStart), waves.map((wave) => wave.fieldStart).sort());
    assert.equal(waves[0].path, path.join("data/waves", waves[0].file));
  });

  it("orders entries by field start whatever the row order, and resolves files against the manifest's folder", () => {
    const file = manifestWith(manifestRow("late", "late.csv", { start: "2021-05-01" }), manifestRow("early", "early.sav", { start: "2018-05-01" }));
    const waves = loadWaveManifest(file);
    assert.deepEqual(waves.map((wave) => wave.waveId), ["early", "late"]);
    assert.equal(waves[0].format, "sav");
    assert.equal(waves[0].path, path.join(path.dirname(file), "early.sav"));
    assert.equal(waves[1].manifestRow, 1);
  });

  it("refuses an invalid wave id, an impossible date, a reversed field period", () => {
    expectError([manifestRow("Wave 1", "w.csv")], "wave_id");
    expectError([manifestRow("w", "w.csv", { start: "2019-02-30" })], "field_start");
    expectError([manifestRow("w", "w.csv").replace("2020-10-28", "2020-09-28")], "field_end", "value-range");
  });

  it("refuses a file whose extension contradicts the format, or a path outside the folder", () => {
    expectError([manifestRow("w", "w.csv", { format: "sav" })], "file");
    expectError([manifestRow("w", "../w.csv")], "file");
  });

  it("refuses an unknown format, a bad synthetic flag, a half-given filter and a repeated wave id", () => {
    expectError([manifestRow("w", "w.xlsx", { format: "xlsx" })], "format", "value-unknown-code");
    expectError([manifestRow("w", "w.csv", { synthetic: "maybe" })], "synthetic", "value-unknown-code");
    expectError([manifestRow("w", "w.csv", { filter: ["country", ""] })], "filter_value", "value-missing");
    expectError([manifestRow("w", "w.csv"), manifestRow("w", "w2.csv")], "wave_id", "key-duplicate");
  });
});
