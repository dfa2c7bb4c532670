import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { runWaveCommand } from "../../lib/cli/wave-command";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";
import { CAB_LIKE, temporaryDataFolder, withEnvironment } from "../helpers/wave-fixtures";
import { capturingIo } from "./cli-io";

describe("cli/wave-draft-codebook: npm run wave -- draft-codebook FILE", () => {
  it("prints the placements, what it could not place, the review points, the rows and a manifest row; writes nothing", async () => {
    const folder = temporaryFolder("draft");
    copyFileSync(projectPath(CAB_LIKE.sav), path.join(folder, "cab-2021.sav"));
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["draft-codebook", "cab-2021.sav"], io), 0);
    const out = io.out();
    assert.match(out, /^Draft codebook rows for .*cab-2021\.sav \(sav, utf-8, 500 cases\), wave id cab-2021\.$/m);
    assert.match(out, /^ {2}russia_opinion +E1b +known CAB item name$/m);
    assert.match(out, /^Could not place \(drafted "not asked"\): russia_positive_reason_1, russia_positive_reason_2$/m);
    assert.match(out, /^cab-2021,russia_opinion,E1b,Opinion of Russia,1,Очень положительно,substantive,2$/m);
    assert.match(out, /^cab-2021,Kazakhstan,<YYYY-MM-DD>,<YYYY-MM-DD>,cab-2021\.sav,sav,RESPID,totwt,REGION,PSU,COUNTRY,Kazakhstan,<source>,<licence>,no,,,$/m);
    assert.match(out, /^Then: npm run wave -- check$/m);
  });

  it("writes the rows with the codebook's header to --out, and refuses an --out inside the data folder (exit 2, nothing written)", async () => {
    const folder = temporaryFolder("draft-out");
    const io = capturingIo(folder);
    assert.equal(await runWaveCommand(["draft-codebook", projectPath(CAB_LIKE.sav), "--wave-id", "cab-2021", "--out", "draft.csv"], io), 0);
    assert.equal(readFileSync(path.join(folder, "draft.csv"), "utf8"), readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8"));
    assert.match(io.out(), /Codebook rows: written to .*draft\.csv \(50 rows, with the codebook's header\)\./);
    const data = temporaryDataFolder();
    const refused = capturingIo(data);
    const status = await withEnvironment({ LWN_DATA_DIR: data }, () => runWaveCommand(["draft-codebook", projectPath(CAB_LIKE.sav), "--out", "waves/draft.csv"], refused));
    assert.equal(status, 2);
    assert.match(refused.err(), /is inside the data folder .*; draft-codebook never writes there/);
    assert.equal(existsSync(path.join(data, "waves", "draft.csv")), false);
  });

  it("refuses a wave id that is not one, and more than one file (exit 2)", async () => {
    assert.equal(await runWaveCommand(["draft-codebook", "a.sav", "--wave-id", "CAB 2021"], capturingIo("/")), 2);
    assert.equal(await runWaveCommand(["draft-codebook", "a.sav", "b.sav"], capturingIo("/")), 2);
  });

  it("says why a file cannot be read (exit 1): missing, a FIFO (at once), not a wave file", async () => {
    const folder = temporaryFolder("draft-bad");
    const missing = capturingIo(folder);
    assert.equal(await runWaveCommand(["draft-codebook", "absent.sav"], missing), 1);
    assert.match(missing.err(), /absent\.sav: cannot read the file: no such file \(ENOENT\)/);
    execFileSync("mkfifo", [path.join(folder, "pipe.sav")]);
    const fifo = capturingIo(folder);
    assert.equal(await runWaveCommand(["draft-codebook", "pipe.sav"], fifo), 1);
    assert.match(fifo.err(), /pipe\.sav: the path is a FIFO \(named pipe\)/);
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(folder, "renamed.sav"));
    const notSav = capturingIo(folder);
    assert.equal(await runWaveCommand(["draft-codebook", "renamed.sav"], notSav), 1);
    assert.match(notSav.err(), /renamed\.sav/);
  });
});
