import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDataFolder, explainFolderError, prepareOutputFolder } from "../../lib/pipeline/folder-checks";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";

const CLI = projectPath("output/build/lib/pipeline/reproduce-cli.js");

/** Runs the main job's command as a user who cannot write to root's 0555 folders (nobody, when this runs as root). */
function runCliWithoutWriteAccess(env: NodeJS.ProcessEnv): { status: number | null; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  if (asRoot && !existsSync("/usr/bin/setpriv")) throw new Error("running as root without /usr/bin/setpriv: cannot drop to a user that a 0555 folder stops");
  const command = asRoot ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, CLI] : [process.execPath, CLI];
  const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, ...env }, encoding: "utf8", cwd: tmpdir() });
  return { status: result.status, stderr: result.stderr };
}

describe("data and output folders: errors name the variable and the path tried", () => {
  const saved = { data: process.env.LWN_DATA_DIR, output: process.env.LWN_OUTPUT_DIR };
  afterEach(() => {
    for (const [key, value] of [["LWN_DATA_DIR", saved.data], ["LWN_OUTPUT_DIR", saved.output]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("a data folder that does not exist", () => {
    const missing = path.join(temporaryFolder("folders"), "no-such-data");
    process.env.LWN_DATA_DIR = missing;
    assert.throws(() => checkDataFolder(), new RegExp(`^Error: LWN_DATA_DIR=${missing} does not exist: cannot read the input files`));
  });

  it("a data folder that is a file", () => {
    const file = path.join(temporaryFolder("folders"), "data.csv");
    writeFileSync(file, "x");
    process.env.LWN_DATA_DIR = file;
    assert.throws(() => checkDataFolder(), /LWN_DATA_DIR=.*data\.csv is not a folder/);
  });

  it("an output folder that is a file", () => {
    const file = path.join(temporaryFolder("folders"), "out");
    writeFileSync(file, "x");
    process.env.LWN_OUTPUT_DIR = file;
    assert.throws(() => prepareOutputFolder(), /LWN_OUTPUT_DIR=.*out is not a folder/);
  });

  it("an output folder that does not exist yet is created", () => {
    const target = path.join(temporaryFolder("folders"), "a", "b");
    process.env.LWN_OUTPUT_DIR = target;
    assert.equal(prepareOutputFolder(), target);
    assert.ok(existsSync(target));
  });

  it("calls permission errors and read-only file systems read-only", () => {
    process.env.LWN_OUTPUT_DIR = "/mnt/ro/out";
    const erofs = Object.assign(new Error("EROFS: read-only file system, open '/mnt/ro/out/.main-job.lock'"), { code: "EROFS" });
    assert.equal(
      explainFolderError("output", "create its lock file", erofs),
      "LWN_OUTPUT_DIR=/mnt/ro/out is read-only: cannot create its lock file (EROFS: read-only file system, open '/mnt/ro/out/.main-job.lock')",
    );
    assert.match(explainFolderError("output", "write", Object.assign(new Error("x"), { code: "EACCES" })), /is read-only/);
  });

  it("the main job on an empty read-only output folder says it is read-only, naming LWN_OUTPUT_DIR (exit 2, nothing run)", () => {
    const readOnly = path.join(temporaryFolder("folders"), "read-only-output");
    mkdirSync(readOnly);
    chmodSync(path.dirname(readOnly), 0o755);
    chmodSync(readOnly, 0o555);
    const result = runCliWithoutWriteAccess({ LWN_OUTPUT_DIR: readOnly });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, new RegExp(`LWN_OUTPUT_DIR=${readOnly} is read-only: cannot write the outputs`));
  });

  it("the main job on an output folder that cannot be created in a read-only parent says so (exit 2)", () => {
    const parent = temporaryFolder("folders");
    chmodSync(parent, 0o555);
    const target = path.join(parent, "new-output");
    const result = runCliWithoutWriteAccess({ LWN_OUTPUT_DIR: target });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, new RegExp(`LWN_OUTPUT_DIR=${target} is read-only: cannot create it inside ${parent}`));
  });
});
