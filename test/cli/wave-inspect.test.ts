import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runWaveCommand } from "../../lib/cli/wave-command";
import { projectPath } from "../../lib/project/project-path";
import { sharedPath } from "../spss/shared-folder";
import { capturingIo } from "./cli-io";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("cli/wave-inspect: npm run wave -- inspect FILE [--json]", () => {
  let folder: string;
  before(() => {
    folder = temporaryFolder("inspect");
    copyFileSync(projectPath("test/fixtures/spss/russian-windows-1251.sav"), path.join(folder, "wave.sav"));
  });

  it("prints the dictionary as a table, with the encoding, layout, byte order and cases (paths relative to the user's folder)", async () => {
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["inspect", "wave.sav"], io), 0);
    assert.match(io.out(), /^Encoding: {2}windows-1251 \(declared by the character encoding record as "WINDOWS-1251"\)$/m);
    assert.match(io.out(), /^Layout: {4}bytecode-compressed \(\.sav\), little-endian, bias 100$/m);
    assert.match(io.out(), /^Cases: {5}4 read \(4 declared\)$/m);
    assert.match(io.out(), /^4 +q1 +numeric +F2\.0 +\S+ +98 THRU 99 +Отношение к России$/m);
    assert.match(io.out(), /^ +98 +Затрудняюсь ответить$/m);
  });

  it("prints the same as JSON with --json", async () => {
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["inspect", "wave.sav", "--json"], io), 0);
    const json = JSON.parse(io.out()) as { encoding: { name: string }; caseCount: number; dataError: null; variables: { name: string; missing: { range: unknown } }[] };
    assert.deepEqual([json.encoding.name, json.caseCount, json.dataError, json.variables[3].name], ["windows-1251", 4, null, "q1"]);
    assert.deepEqual(json.variables[3].missing.range, { low: 98, high: 99 });
  });

  it("shows the dictionary of a truncated file and says why its data cannot be read (exit 1)", async () => {
    const io = capturingIo("/");
    assert.equal(await runWaveCommand(["inspect", sharedPath("field-cases", "sav-truncated-compressed", "wave.sav")], io), 1);
    assert.match(io.out(), /^Cases: {5}7 declared$/m);
    assert.match(io.out(), /The data cannot be read: .*declares 7 cases, but the data end inside case 5/);
  });

  it("refuses a file that is not an SPSS system file, and a missing file (exit 1); wrong arguments exit 2", async () => {
    writeFileSync(path.join(folder, "fake.sav"), "a,b\n1,2\n");
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["inspect", "fake.sav"], io), 1);
    assert.match(io.err(), /^fake\.sav: a text file \(e\.g\. CSV\), not an SPSS system file/);
    assert.equal(await runWaveCommand(["inspect", "absent.sav"], io), 1);
    assert.match(io.err(), /absent\.sav: cannot read the file: no such file \(ENOENT\)/);
    assert.equal(await runWaveCommand(["inspect"], io), 2);
    assert.equal(await runWaveCommand(["inspect", "a.sav", "b.sav"], io), 2);
    assert.equal(await runWaveCommand(["inspect", "wave.sav", "--frob"], io), 2);
    assert.match(io.err(), /Unknown option '--frob'/);
  });
});

describe("cli/wave-inspect and wave-export: files that must never be read", () => {
  it("refuses a FIFO and /dev/zero at once (exit 1; export writes the reason), never reading them", async () => {
    const folder = temporaryFolder("inspect-special");
    execFileSync("mkfifo", [path.join(folder, "pipe.sav")]);
    const fifo = capturingIo(folder);
    assert.equal(await runWaveCommand(["inspect", "pipe.sav"], fifo), 1);
    assert.match(fifo.err(), /^pipe\.sav: the path is a FIFO \(named pipe\)/);
    const zero = capturingIo(folder);
    assert.equal(await runWaveCommand(["export", "/dev/zero", "--out", "out"], zero), 1);
    assert.match(readFileSync(path.join(folder, "out", "zero.error"), "utf8"), /the path is a character device \(such as \/dev\/zero\)/);
  });
});
