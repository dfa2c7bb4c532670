/** Where a command writes, and the folder its relative paths start from. Tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Folder that relative file arguments are resolved against (the user's working directory). */
  readonly cwd: string;
}

/** One verb of a command (`npm run wave -- <verb> …`): its name, a one-line summary, its usage text and what it does. */
export interface CliVerb {
  readonly name: string;
  readonly summary: string;
  /** Usage and options, shown by `<verb> --help`. */
  readonly usage: string;
  /**
   * Runs the verb with the arguments after its name.
   * @returns the exit status: 0 success, 1 a file refused or a check failed, 2 a usage error.
   */
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

/**
 * The CliIo of the running process: its stdout and stderr, and the folder npm
 * was started from (INIT_CWD, since `npm run` moves to the package root) or
 * the working directory.
 *
 * @example await runWaveCommand(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}
