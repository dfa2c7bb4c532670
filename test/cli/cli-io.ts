import type { CliIo } from "../../lib/cli/cli-verb";

/** A CliIo that collects what a command writes; relative paths start at `cwd`. */
export function capturingIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    out: () => out,
    err: () => err,
  };
}
