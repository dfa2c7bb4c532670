/**
 * Issue 13, "Done when", end to end on copies of data/: a wave the check
 * refuses stops `npm run reproduce` before any notebook (and before anything
 * is written), with the same located error `npm run wave -- check` gives.
 * Each case runs both commands as a user would (node on the compiled entry
 * points, LWN_DATA_DIR and LWN_OUTPUT_DIR set): a reversed-scale .sav wave
 * (refused naming the variable and the code), the same wave listed twice
 * (CSV and .sav), and a malformed CSV wave (file, row and column). No
 * notebook runs, so these take seconds.
 */
import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";
import { addManifestRow, CAB_LIKE, cabLikeManifestRow, manifestRow, temporaryDataFolder } from "../helpers/wave-fixtures";

interface CommandResult {
  readonly code: number;
  readonly out: string;
}

/** Runs a compiled entry point (as `npm run` does after the bootstrap) with the data and output folders set. */
async function run(script: string, args: readonly string[], data: string, output: string): Promise<CommandResult> {
  const env = { ...process.env, LWN_DATA_DIR: data, LWN_OUTPUT_DIR: output, INIT_CWD: path.dirname(data) };
  return promisify(execFile)(process.execPath, [projectPath(script), ...args], { env, cwd: projectPath("."), maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
}

/** `npm run wave -- check` and `npm run reproduce` on a data folder; the output folder must stay empty. */
async function checkAndReproduce(data: string): Promise<{ check: CommandResult; reproduce: CommandResult; outputEntries: string[] }> {
  const output = path.join(temporaryFolder("output"), "output");
  const check = await run("output/build/lib/cli/wave.js", ["check"], data, output);
  const reproduce = await run("output/build/lib/pipeline/reproduce-cli.js", [], data, output);
  return { check, reproduce, outputEntries: existsSync(output) ? readdirSync(output).filter((name) => !name.startsWith(".main-job")) : [] };
}

/** Adds the CAB-like wave (or one of its fixtures) to a data folder as cab-2021 with its reviewed codebook rows. */
function addCabLikeWave(data: string, fixture: string = CAB_LIKE.sav): void {
  const waves = path.join(data, "waves");
  copyFileSync(projectPath(fixture), path.join(waves, "cab-2021.sav"));
  addManifestRow(waves, cabLikeManifestRow("adjust"));
  const rows = readFileSync(projectPath(CAB_LIKE.codebookRows), "utf8").split("\n").slice(1).join("\n");
  writeFileSync(path.join(waves, "codebook.csv"), readFileSync(path.join(waves, "codebook.csv"), "utf8") + rows);
}

function assertStoppedBeforeNotebooks(result: { reproduce: CommandResult; outputEntries: string[] }, located: RegExp): void {
  assert.equal(result.reproduce.code, 2, result.reproduce.out);
  assert.match(result.reproduce.out, /the waves of the data folder are not valid, so no notebook was run/);
  assert.match(result.reproduce.out, located);
  assert.doesNotMatch(result.reproduce.out, /\.ipynb/, "a notebook was started");
  assert.deepEqual(result.outputEntries.filter((name) => name !== "jupyter"), [], "the run wrote outputs");
}

describe("a wave the check refuses stops the main job before any notebook (issue 13, end to end)", function () {
  this.timeout(120_000);

  it("a .sav wave whose scale runs the other way from its codebook rows: refused naming file, variable and code", async () => {
    const data = temporaryDataFolder();
    addCabLikeWave(data, CAB_LIKE.reversed);
    const result = await checkAndReproduce(data);
    const located = /data\/waves\/cab-2021\.sav, row 0, column "E1b": code 1 of russia_opinion is labelled "Очень отрицательно" in the file, but the codebook \(row \d+, applies_to cab-2021\) reads it as "Очень положительно"/;
    assert.equal(result.check.code, 1);
    assert.match(result.check.out, located);
    assertStoppedBeforeNotebooks(result, located);
  });

  it("the same wave listed twice (as CSV and as .sav): refused naming the later manifest row", async () => {
    const data = temporaryDataFolder();
    const waves = path.join(data, "waves");
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), path.join(waves, "kz-2020.csv"));
    copyFileSync(projectPath("test/fixtures/waves/extra-wave.sav"), path.join(waves, "kz-2020.sav"));
    addManifestRow(waves, manifestRow("kz-2020-csv", "kz-2020.csv"));
    addManifestRow(waves, manifestRow("kz-2020-sav", "kz-2020.sav"));
    const result = await checkAndReproduce(data);
    const located = /data\/waves\/manifest\.csv, row 5, column "file": wave kz-2020-sav \(file kz-2020\.sav\) holds the same respondents as wave kz-2020-csv \(manifest row 4, file kz-2020\.csv\): 300 of 300 respondents/;
    assert.equal(result.check.code, 1);
    assert.match(result.check.out, located);
    assertStoppedBeforeNotebooks(result, located);
  });

  it("a malformed CSV wave: refused with file, row and column", async () => {
    const data = temporaryDataFolder();
    const lines = readFileSync(projectPath("test/fixtures/waves/extra-wave.csv"), "utf8").split("\n");
    lines[7] = lines[7].replace(/^(x\d+,\d+,\d+,[\d.]+),\d+,/, "$1,7,");
    writeFileSync(path.join(data, "waves", "kz-2020-bad.csv"), lines.join("\n"));
    addManifestRow(path.join(data, "waves"), manifestRow("kz-2020-bad", "kz-2020-bad.csv"));
    const result = await checkAndReproduce(data);
    const located = /data\/waves\/kz-2020-bad\.csv, row 7, column "q_opinion_russia": "7" is not a code of russia_opinion \(known: 1, 2, 3, 4, 98, 99; blank = not answered\)/;
    assert.match(result.check.out, located);
    assertStoppedBeforeNotebooks(result, located);
  });
});
