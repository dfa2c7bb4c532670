import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runWaveCommand } from "../../lib/cli/wave-command";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";
import { sharedPath } from "../spss/shared-folder";
import { capturingIo } from "./cli-io";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("cli/wave-export: npm run wave -- export FILE... --out DIR", () => {
  let folder: string;
  beforeEach(() => {
    folder = temporaryFolder("export");
  });

  it("writes DIR/<file name>.csv for each file, as haven reads it, and exits 0 when every file was read", async () => {
    const io = capturingIo(folder);
    const files = ["cyrillic-utf8.zsav", "haven-bytecode-big-endian.sav", "western-windows-1252.sav"].map((name) => projectPath(`test/fixtures/spss/${name}`));
    assert.equal(await runWaveCommand(["export", ...files, "--out", "out"], io), 0);
    assert.deepEqual(readdirSync(path.join(folder, "out")).sort(), ["cyrillic-utf8.zsav.csv", "haven-bytecode-big-endian.sav.csv", "western-windows-1252.sav.csv"]);
    assert.match(io.out(), /3 of 3 files exported/);
    for (const file of files) {
      const ours = parseCsv(readFileSync(path.join(folder, "out", `${path.basename(file)}.csv`), "utf8"), "ours");
      const haven = parseCsv(readFileSync(`${file}.haven.csv`, "utf8"), "haven");
      assert.deepEqual(ours.header, haven.header);
      ours.rows.forEach((row, r) => row.forEach((cell, c) => assert.ok(cell === haven.rows[r][c] || Number(Number(cell).toPrecision(15)) === Number(haven.rows[r][c]), `${file} case ${r + 1} ${ours.header[c]}: ${cell} vs ${haven.rows[r][c]}`)));
    }
    assert.match(readFileSync(path.join(folder, "out", "western-windows-1252.sav.csv"), "utf8"), /^2,180\.25,naïve résumé façade,Café,2,"Crème brûlée, Smørrebrød/m);
  });

  it("writes DIR/<file name>.error for a refused file, removes a stale .csv of it, and exits 1", async () => {
    const out = path.join(folder, "out");
    mkdirSync(out);
    writeFileSync(path.join(out, "wave.sav.csv"), "stale\n");
    writeFileSync(path.join(folder, "wave.sav"), readFileSync(sharedPath("field-cases", "sav-truncated-compressed", "wave.sav")));
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["export", "wave.sav", projectPath("test/fixtures/spss/zero-cases.sav"), "--out", "out"], io), 1);
    assert.equal(existsSync(path.join(out, "wave.sav.csv")), false);
    assert.match(readFileSync(path.join(out, "wave.sav.error"), "utf8"), /^wave\.sav: the header declares 7 cases, but the data end inside case 5 \(byte 828\), after 4 complete cases: the file is truncated\n$/);
    assert.equal(readFileSync(path.join(out, "zero-cases.sav.csv"), "utf8"), "x,текст\n");
    assert.deepEqual(readdirSync(out).filter((name) => name.endsWith(".tmp")), []);
  });

  it("exports every SPSS field case as its README states (one folder each: they are all named wave.sav)", async () => {
    const expectations: [string, string, RegExp][] = [
      ["sav-utf8-string-split", "wave.sav", /^RESPID,REGION,PSU,WEIGHT,Q1\nr1,Северо-Казахстанская,1,1,1\nr2,Северо-Казахстанская,2,1,2\nr3,Алматы,3,1,1\nr4,Алматы,4,3,3\n$/],
      ["sav-windows-1251", "wave.sav", /^RESPID,REGION,PSU,WEIGHT,Q1\nr1,Север,1,1,1\nr2,Север,2,1,2\nr3,Юг,3,1,1\nr4,Юг,4,3,3\n$/],
      ["sav-windows-1251", "wave-no-encoding-record.sav.orig", /^RESPID,REGION,PSU,WEIGHT,Q1\nr1,Север,1,1,1\nr2,Север,2,1,2\nr3,Юг,3,1,1\nr4,Юг,4,3,3\n$/],
      ["sav-readstat-byte-compressed", "wave.sav", /^RESPID,REGION,PSU,WEIGHT,Q1\n(r\d,[12],[1-4],[\d.]+,\d+\n){8}$/],
      ["sav-big-endian", "wave.sav", /^ID,REGION,PSU,WEIGHT,Q1\n1,1,1,1,1\n2,1,2,1,2\n3,2,3,1,1\n4,2,4,3,3\n$/],
      ["sav-big-endian", "wave-little-endian.sav.orig", /^ID,REGION,PSU,WEIGHT,Q1\n1,1,1,1,1\n2,1,2,1,2\n3,2,3,1,1\n4,2,4,3,3\n$/],
    ];
    for (const [caseFolder, file, expected] of expectations) {
      const out = path.join(folder, caseFolder);
      assert.equal(await runWaveCommand(["export", sharedPath("field-cases", caseFolder, file), "--out", out], capturingIo(folder)), 0, `${caseFolder}/${file}`);
      assert.match(readFileSync(path.join(out, `${file}.csv`), "utf8"), expected, `${caseFolder}/${file}`);
    }
    const truncated = path.join(folder, "truncated");
    assert.equal(await runWaveCommand(["export", sharedPath("field-cases", "sav-truncated-compressed", "wave.sav"), "--out", truncated], capturingIo(folder)), 1);
    assert.match(readFileSync(path.join(truncated, "wave.sav.error"), "utf8"), /declares 7 cases, but the data end inside case 5/);
  });

  it("refuses, before writing anything, two files of the same name, and a missing --out (exit 2)", async () => {
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["export", "a/w.sav", "b/w.sav", "--out", "out"], io), 2);
    assert.match(io.err(), /a\/w\.sav and b\/w\.sav would both be exported as w\.sav\.csv/);
    assert.equal(await runWaveCommand(["export", "a/w.sav"], io), 2);
    assert.match(io.err(), /--out DIR is required/);
    assert.equal(existsSync(path.join(folder, "out")), false);
  });
});
