/**
 * The README's worked example ("Adding a survey wave"), followed as written:
 * its `sh` blocks run in order in one bash session, from the project root,
 * with `npm run <script> -- <args>` running what the script runs after the
 * bootstrap (the compiled entry point, from the package root, INIT_CWD the
 * folder the command was typed in) and /tmp/lwn-try… replaced by a
 * temporary folder. Every line of each `text` block after a `sh` block must
 * appear in what that block printed. The example adds the CAB-like
 * constructed test wave (draft-codebook, review, check, choose the
 * lonely-PSU rule, check, checksums, reproduce): the end-to-end test of
 * issue 13's "Done when" for a wave without reason questions (no
 * placeholder rows) and a wave with zero weights and a lonely PSU under
 * `adjust` running through the main job.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { parseLedger } from "../../lib/claims/ledger";
import { projectPath, projectRoot } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";

/** The README section of the worked example: from its heading to the next level-2 heading. */
function workedExample(): string {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  const start = readme.indexOf("### Worked example: a CAB-style `.sav` wave");
  assert.ok(start >= 0, "the README has no worked example");
  const end = readme.indexOf("\n## ", start);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The fenced blocks of a Markdown text, in order: language and body. */
function fencedBlocks(markdown: string): { language: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1], body: match[2] }));
}

/** `npm run <script> [-- args]` as the script runs after the bootstrap: the compiled entry point from the package root. */
function npmFunction(): string {
  const scripts = (JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const cases = Object.entries(scripts).flatMap(([name, command]) => {
    const entry = /--then (\S+)/.exec(command)?.[1] ?? /&& node (\S+)/.exec(command)?.[1];
    return entry === undefined ? [] : [`    ${name}) entry=${entry};;`];
  });
  return [
    "npm() {",
    '  [ "$1" = run ] || { echo "npm $1: only npm run is mapped here" >&2; return 2; }',
    '  local script="$2"; shift 2; [ "${1:-}" = "--" ] && shift',
    "  local entry",
    '  case "$script" in',
    ...cases,
    '    *) echo "npm run $script: not mapped" >&2; return 2;;',
    "  esac",
    `  (init="$PWD"; cd ${JSON.stringify(projectRoot())} && INIT_CWD="$init" node "$entry" "$@")`,
    "}",
  ].join("\n");
}

describe("the README's worked example, as written (draft-codebook, review, check, reproduce)", function () {
  this.timeout(900_000);
  const scratch = temporaryFolder("worked-example");
  const replace = (text: string) => text.replaceAll("/tmp/lwn-try-output", path.join(scratch, "lwn-try-output")).replaceAll("/tmp/lwn-try", path.join(scratch, "lwn-try")).replaceAll("/tmp/cab-2021-draft.csv", path.join(scratch, "cab-2021-draft.csv"));
  const blocks = fencedBlocks(workedExample());
  const commands = blocks.filter((block) => block.language === "sh");
  const outputs = new Map<number, string>();
  let status: number | null = null;

  before(() => {
    const script = [
      "exec 2>&1",
      npmFunction(),
      ...commands.flatMap((block, i) => [`echo "@@block ${i}@@"`, replace(block.body).trimEnd()]),
      `echo "@@block ${commands.length}@@"`,
    ].join("\n");
    const result = spawnSync("bash", ["-c", script], { cwd: projectRoot(), env: { ...process.env, LWN_DATA_DIR: "", LWN_OUTPUT_DIR: "" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    status = result.status;
    const parts = result.stdout.split(/^@@block (\d+)@@$/m);
    for (let i = 1; i < parts.length; i += 2) outputs.set(Number(parts[i]), parts[i + 1] ?? "");
    console.log(`      worked example: ${commands.length} command blocks, exit ${status}`);
  });

  it("has the commands and the outputs the README shows", () => {
    assert.ok(commands.length >= 4, `${commands.length} sh blocks`);
    assert.ok(blocks.some((block) => block.language === "text"));
  });

  it("prints every line the README shows after each command block", () => {
    let command = -1;
    for (const block of blocks) {
      if (block.language === "sh") command++;
      if (block.language !== "text") continue;
      const printed = outputs.get(command) ?? "";
      for (const line of block.body.split("\n").filter((text) => text.trim() !== "")) {
        assert.ok(printed.includes(replace(line)), `block ${command} did not print:\n${line}\n--- it printed:\n${printed.slice(-4000)}`);
      }
    }
  });

  it("ends with a complete main job on the copy: the wave judged in the ledger, its design and labels in notebook 02", () => {
    assert.equal(status, 0, (outputs.get(commands.length - 1) ?? "").slice(-3000));
    const output = path.join(scratch, "lwn-try-output");
    const ledger = parseLedger(readFileSync(path.join(output, "claims.csv"), "utf8"), "claims.csv");
    const multivector = ledger.filter((row) => /^MV-0[1-6]$/.test(row.id));
    assert.equal(multivector.length, 6);
    for (const row of multivector) {
      assert.equal(row.respondent_waves, "cab-2021", `${row.id}: judged on the added wave`);
      assert.ok(["reproduced", "consistent within sampling error", "not reproduced"].includes(row.respondent_verdict), `${row.id}: ${row.respondent_verdict}`);
    }
    const notebook = readFileSync(path.join(output, "notebooks", "02-multivector-attitudes.ipynb"), "utf8");
    assert.ok(notebook.includes("cab-2021 | 3 | adjust | 5"), "zero weights, rule and single-PSU stratum per wave");
    assert.ok(notebook.includes("cab-2021 | russia_opinion | E1b | 1 | Очень положительно | substantive | 2 | Очень положительно | positive, strong | agrees | cab-2021"));
    assert.ok(!existsSync(projectPath("data/waves/cab-2021.sav")), "the project's data/ was not touched");
  });
});
