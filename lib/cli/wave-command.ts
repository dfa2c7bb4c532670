import type { CliIo, CliVerb } from "./cli-verb";
import { WAVE_VERBS } from "./wave-verbs";

/** The list of verbs, for `npm run wave -- --help`. @example console.log(waveHelp(WAVE_VERBS)) */
export function waveHelp(verbs: readonly CliVerb[]): string {
  const width = Math.max(...verbs.map((verb) => verb.name.length));
  return [
    "Usage: npm run wave -- <verb> [arguments]",
    "",
    "Verbs:",
    ...verbs.map((verb) => `  ${verb.name.padEnd(width)}  ${verb.summary}`),
    "",
    "`npm run wave -- <verb> --help` shows a verb's arguments.",
    "",
  ].join("\n");
}

/**
 * The `wave` command: dispatches to the verb named by the first argument
 * (a registry, lib/cli/wave-verbs.ts, so that verbs are added in one line);
 * no argument, `--help` or `help` lists the verbs; `<verb> --help` and
 * `help <verb>` show a verb's usage.
 *
 * @returns the exit status: the verb's, or 2 for an unknown verb (0 for help).
 * @example await runWaveCommand(["inspect", "data/waves/cab-2020.sav"], processIo())
 */
export async function runWaveCommand(args: readonly string[], io: CliIo, verbs: readonly CliVerb[] = WAVE_VERBS): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    io.stdout(waveHelp(verbs));
    return name === undefined ? 2 : 0;
  }
  const wanted = name === "help" ? rest[0] : name;
  const verb = verbs.find((candidate) => candidate.name === wanted);
  if (verb === undefined) {
    io.stderr(`wave: unknown verb ${JSON.stringify(wanted)}\n\n${waveHelp(verbs)}`);
    return 2;
  }
  if (name === "help" || rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${verb.usage.trimEnd()}\n`);
    return 0;
  }
  return verb.run(rest, io);
}
