import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { runWaveCommand } from "../../lib/cli/wave-command";
import { projectPath } from "../../lib/project/project-path";
import { CAB_LIKE, cabLikeManifestRow, manifestRow, temporaryDataFolder, withEnvironment } from "../helpers/wave-fixtures";
import { capturingIo } from "./cli-io";

/** A copy of data/ with the CAB-like wave added as cab-2021 (its reviewed codebook rows, a manifest row with `lonelyPsu`). */
function dataWithCabWave(lonelyPsu: string): string {
  const data = temporaryDataFolder();
  const waves = path.join(data, "waves");
  copyFileSync(projectPath(CAB_LIKE.sav), path.join(waves, "cab-2021.sav"));
  writeFileSync(path.join(waves, "manifest.csv"), `${readFileSync(path.join(waves, "manifest.csv"), "utf8")}${cabLikeManifestRow(lonelyPsu)}\n`);
  const rows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n");
  writeFileSync(path.join(waves, "codebook.csv"), readFileSync(path.join(waves, "codebook.csv"), "utf8") + rows);
  return data;
}

describe("cli/wave-check: npm run wave -- check [WAVE...]", () => {
  it("checks the data folder in use (LWN_DATA_DIR), exits 1 with each problem located by file, row and column, and still summarises the other waves", async () => {
    const data = dataWithCabWave("");
    const io = capturingIo(data);
    assert.equal(await withEnvironment({ LWN_DATA_DIR: data }, () => runWaveCommand(["check"], io)), 1);
    const text = io.err();
    assert.match(text, new RegExp(`^wave check: LWN_DATA_DIR=${data.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    assert.match(text, /^cab-2021: cab-2021\.sav \(sav\), manifest row 4: FAILED$/m);
    assert.match(text, /data\/waves\/cab-2021\.sav, row 401, column "REGION": stratum "5" \("Кызылординская область"\) has a single PSU \(41\).*set lonely_psu to remove, certainty, adjust or average in manifest row 4/);
    assert.match(text, /^kz-2019-synthetic \(SYNTHETIC\): kz-2019-synthetic\.csv \(csv\), manifest row 3: OK$/m);
    assert.match(text, /^4 waves checked in \d+\.\d s: 1 wave failed\.$/m);
  });

  it("exits 0 and summarises each wave once the rule is chosen: rows, filter, design, zero weights, single-PSU strata, concepts, labels", async () => {
    const data = dataWithCabWave("adjust");
    const io = capturingIo(data);
    assert.equal(await withEnvironment({ LWN_DATA_DIR: data }, () => runWaveCommand(["check", "cab-2021"], io)), 0);
    const expected = [
      "cab-2021: cab-2021.sav (sav), manifest row 4: OK",
      '  rows: 500 read, 420 kept, excluded: 80 outside-filter; filter: COUNTRY = "Kazakhstan" (code 1 by its value label)',
      "  design: 6 strata, 41 PSUs (1–8 per stratum), design df 35; weights sum 522.554, min 0, max 2.1994; zero weights: 3 (kept in the design, nothing to totals, as R)",
      '  single-PSU strata: "5" (lonely_psu adjust)',
      "  concepts asked: russia_opinion, us_opinion, china_opinion, russia_economic_relations, us_economic_relations, china_economic_relations, eeu_benefit, leadership_opinion; not asked: russia_positive_reason_1, russia_positive_reason_2",
      "  blank answers: none",
      "  file labels: 48 codes labelled in the file, 48 agree with the codebook, 0 not recognised",
    ];
    for (const line of expected) assert.ok(io.out().includes(`${line}\n`), `missing line: ${line}\n${io.out()}`);
    assert.match(io.out(), /^1 wave checked in \d+\.\d s: all valid\.$/m);
    assert.doesNotMatch(io.out(), /kz-2017-synthetic/, "only the wave named");
  });

  it("a codebook row naming an unknown concept: located by file, row and column; the manifest's waves still counted; no wave checked", async () => {
    const data = temporaryDataFolder();
    const codebook = path.join(data, "waves", "codebook.csv");
    writeFileSync(codebook, `${readFileSync(codebook, "utf8")}kz-2019-synthetic,russia_opnion,Q1,typo,1,Very favorable,substantive,2\n`);
    const io = capturingIo(data);
    assert.equal(await withEnvironment({ LWN_DATA_DIR: data }, () => runWaveCommand(["check"], io)), 1);
    const text = io.err();
    assert.match(text, /codebook\.csv, row \d+, column "concept": "russia_opnion" is not one of/);
    assert.match(text, /^manifest \S+manifest\.csv \(3 waves\), codebook /m);
    assert.match(text, /^No wave checked \(\d+\.\d s\): fix the 1 problem above first\.$/m);
  });

  it("refuses an option it does not know (exit 2) and shows its usage with --help", async () => {
    const io = capturingIo("/");
    assert.equal(await runWaveCommand(["check", "--fast"], io), 2);
    assert.match(io.err(), /Usage: npm run wave -- check \[WAVE\.\.\.\]/);
    const help = capturingIo("/");
    assert.equal(await runWaveCommand(["check", "--help"], help), 0);
    assert.match(help.out(), /npm run reproduce runs this check first and stops before any notebook when it fails/);
  });

  it("as a command (node output/build/lib/cli/wave.js check), reports a malformed wave with file, row and column and exits 1", async () => {
    const data = temporaryDataFolder();
    const lines = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").split("\n");
    const cells = lines[3].split(",");
    cells[3] = "-1";
    lines[3] = cells.join(",");
    writeFileSync(path.join(data, "waves", "kz-2020-bad.csv"), lines.join("\n"));
    writeFileSync(path.join(data, "waves", "manifest.csv"), `${readFileSync(path.join(data, "waves", "manifest.csv"), "utf8")}${manifestRow("kz-2020-bad", "kz-2020-bad.csv")},,,\n`);
    const result = await promisify(execFile)(process.execPath, [projectPath("output/build/lib/cli/wave.js"), "check"], { env: { ...process.env, LWN_DATA_DIR: data } }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /data\/waves\/kz-2020-bad\.csv, row 3, column "weight": weight must be a finite number ≥ 0, got "-1"/);
  });
});
