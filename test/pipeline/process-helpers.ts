import { readdirSync, readFileSync } from "node:fs";

/** A running process, as /proc shows it. */
export interface ProcessInfo {
  readonly pid: number;
  readonly command: string;
}

/**
 * Processes (other than this one) whose command line or environment
 * contains `text`, read from /proc: the way the tests find a main job's
 * executor and kernels, which carry the job's output folder in their
 * environment (LWN_OUTPUT_DIR) whatever their parent or process group.
 * Zombies (killed, not yet reaped) have neither and do not count.
 *
 * @example processesMentioning("/tmp/lwn-kill-abc") // => [{ pid: 4242, command: "node …/tslab-kernel.js --config-path …" }]
 */
export function processesMentioning(text: string): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
      const environment = readFileSync(`/proc/${entry}/environ`, "utf8");
      if (command.includes(text) || environment.includes(text)) found.push({ pid: Number(entry), command });
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return found;
}

/**
 * Waits until no process mentions `text` (see {@link processesMentioning}),
 * polling every 100 ms for at most `limitMs`; returns those still running
 * then (none when all ended). A bound on waiting for processes to end, not a
 * timing check.
 *
 * @example assert.deepEqual(await processesLeft(folder), [])
 */
export async function processesLeft(text: string, limitMs = 15_000): Promise<ProcessInfo[]> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const left = processesMentioning(text);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A minimal tslab notebook from a list of [kind, source] cells.
 *
 * @example writeFileSync("t.ipynb", tslabNotebook([["code", "console.log(1)"]]))
 */
export function tslabNotebook(cells: readonly (readonly ["markdown" | "code", string])[]): string {
  return JSON.stringify({
    cells: cells.map(([kind, source], i) => ({
      cell_type: kind,
      id: `c${i}`,
      metadata: {},
      source,
      ...(kind === "code" ? { execution_count: null, outputs: [] } : {}),
    })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (tslab)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}
