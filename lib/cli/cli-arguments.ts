import * as path from "node:path";
import { parseArgs } from "node:util";

/** A usage error: wrong or missing arguments (exit status 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Parses a verb's arguments with Node's util.parseArgs (strict: unknown
 * options are usage errors): positional file arguments and the given
 * options (`--name value`, `--name=value`, or `--flag`).
 *
 * @throws UsageError for an unknown option, a missing option value, or too few files.
 * @example parseVerbArguments(["a.sav", "--out", "dir"], { out: "string" }, 1) // => { files: ["a.sav"], options: { out: "dir" } }
 */
export function parseVerbArguments(args: readonly string[], options: Record<string, "string" | "boolean">, minimumFiles: number): { files: string[]; options: Record<string, string | boolean | undefined> } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: Object.fromEntries(Object.entries(options).map(([name, type]) => [name, { type }])), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length < minimumFiles) throw new UsageError(`expected at least ${minimumFiles} file${minimumFiles === 1 ? "" : "s"}`);
  return { files: parsed.positionals, options: parsed.values as Record<string, string | boolean | undefined> };
}

/** A file argument resolved against the user's working directory. @example resolveArgument("/home/me", "w.sav") // => "/home/me/w.sav" */
export function resolveArgument(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}
