import { strict as assert } from "node:assert";
import type { CliVerb } from "../../lib/cli/cli-verb";
import { runWaveCommand, waveHelp } from "../../lib/cli/wave-command";
import { WAVE_VERBS } from "../../lib/cli/wave-verbs";
import { capturingIo } from "./cli-io";

describe("cli/wave-command: the verb registry and its help", () => {
  it("lists every registered verb with its summary under --help (exit 0), and without arguments (exit 2)", async () => {
    for (const [args, status] of [[["--help"], 0], [["help"], 0], [[], 2]] as const) {
      const io = capturingIo("/");
      assert.equal(await runWaveCommand(args, io), status);
      assert.match(io.out(), /^Usage: npm run wave -- <verb> \[arguments\]/);
      for (const verb of WAVE_VERBS) assert.ok(io.out().includes(`  ${verb.name}`), verb.name);
    }
    assert.deepEqual(WAVE_VERBS.map((verb) => verb.name), ["inspect", "export", "check", "draft-codebook"]);
  });

  it("shows a verb's usage for `<verb> --help` and `help <verb>`", async () => {
    for (const args of [["export", "--help"], ["help", "export"]]) {
      const io = capturingIo("/");
      assert.equal(await runWaveCommand(args, io), 0);
      assert.match(io.out(), /^Usage: npm run wave -- export FILE\.\.\. --out DIR/);
    }
  });

  it("refuses an unknown verb with exit status 2 and the list of verbs", async () => {
    const io = capturingIo("/");
    assert.equal(await runWaveCommand(["frobnicate"], io), 2);
    assert.match(io.err(), /unknown verb "frobnicate"[\s\S]*Verbs:/);
  });

  it("dispatches to the named verb with the remaining arguments (a registry other verbs join in one line)", async () => {
    const seen: string[][] = [];
    const echo: CliVerb = { name: "echo", summary: "echo", usage: "Usage: echo", run: (args) => (seen.push([...args]), 7) };
    assert.equal(await runWaveCommand(["echo", "a", "b"], capturingIo("/"), [echo]), 7);
    assert.deepEqual(seen, [["a", "b"]]);
    assert.match(waveHelp([echo]), /echo {2}echo/);
  });
});
