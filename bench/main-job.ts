/**
 * Benchmark of the main job (`npm run bench -- main-job [--runs N] [--fresh] [--test-suite]`):
 * - the main job on a warm machine, as a user runs it (the bootstrap with
 *   nothing to rebuild, then the job), on a scratch output folder: the
 *   median of N runs with as many notebooks at a time as there are cores,
 *   and one run with one notebook at a time (`--jobs 1`) for comparison;
 * - where the time of a warm run goes: per notebook, the kernel's start,
 *   its first cell (which imports the lib and compiles its declarations) and
 *   the other cells; and the job's steps (set-up, analysis notebooks, ledger,
 *   report, commit);
 * - with --fresh, the main job from a fresh clone of HEAD (npm ci, build,
 *   main job), as `npm run reproduce` runs there;
 * - with --test-suite, `npm test`.
 * Wall-clock times, and the CPU time of all processes of each run (the
 * job, the executor, the kernels: the children's times of this process).
 * Writes its own section of BENCHMARKS.md (between markers, leaving the rest
 * of the file as it is) and exits 1 when a target is missed. Machine load
 * at the start is recorded, since other work on the machine slows every number.
 */
import { execFileSync, execSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, getPriority, loadavg, tmpdir } from "node:os";
import * as path from "node:path";
import { ExecutorEvent } from "../lib/pipeline/notebook-events";
import { reproduce, succeeded } from "../lib/pipeline/reproduce";
import { projectPath, projectRoot } from "../lib/project/project-path";

/** Markers around this benchmark's section of BENCHMARKS.md. */
export const MAIN_JOB_SECTION = { start: "<!-- main-job benchmark (bench/main-job.ts): start -->", end: "<!-- main-job benchmark: end -->" } as const;

/** Targets of issue 16, in seconds. */
const TARGETS = { warm: 20, fresh: 60, testSuite: 120 } as const;

/** One timed command: wall seconds, CPU seconds of it and its descendants, exit status, output lines. */
interface Timed {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly status: number | null;
  readonly lines: readonly string[];
}

/**
 * Returns `text` (a new BENCHMARKS.md from another benchmark) with the
 * main-job section of `existing` (the file as it is) appended, so that
 * writing one benchmark's results keeps the other's.
 *
 * @example keepMainJobSection(newText, readFileSync("BENCHMARKS.md", "utf8"))
 */
export function keepMainJobSection(text: string, existing: string): string {
  const section = extractSection(existing);
  return section === undefined ? text : `${text.trimEnd()}\n\n${section}\n`;
}

/**
 * Runs the main-job benchmark with the command-line arguments after
 * `main-job`; resolves with the exit status (1 when a target is missed or a
 * run failed).
 *
 * @example process.exitCode = await runMainJobBenchmark(["--runs", "3"])
 */
export async function runMainJobBenchmark(args: readonly string[]): Promise<number> {
  const runs = Number(valueOf(args, "--runs") ?? 3);
  const load = loadavg().map((value) => value.toFixed(2)).join(", ");
  const scratch = mkdtempSync(path.join(tmpdir(), "lwn-bench-main-job-"));
  const outputDir = path.join(scratch, "output");
  const env: NodeJS.ProcessEnv = { ...process.env, LWN_OUTPUT_DIR: outputDir };
  delete env.LWN_DATA_DIR;
  const job = [path.join(projectRoot(), "lib/bootstrap.mjs"), "--then", "output/build/lib/pipeline/reproduce-cli.js"];
  const problems: string[] = [];
  try {
    console.log(`[bench] load average at start: ${load}; ${availableParallelism()} cores`);
    await timed(process.execPath, [path.join(projectRoot(), "lib/bootstrap.mjs")], { env }); // builds, if a source changed
    const bootstrap = await timed(process.execPath, [path.join(projectRoot(), "lib/bootstrap.mjs")], { env });
    console.log(`[bench] bootstrap, nothing to rebuild: ${bootstrap.seconds.toFixed(1)} s`);
    const warm: Timed[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const run = await timed(process.execPath, job, { env });
      if (run.status !== 0) problems.push(`warm run ${i + 1} exited with ${run.status}:\n${run.lines.slice(-20).join("\n")}`);
      // The first run fills the empty scratch folder and warms the disk cache; it is not counted.
      if (i > 0) warm.push(run);
      console.log(`[bench] main job, warm${i === 0 ? " (not counted: first run on an empty output folder)" : ""}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU`);
    }
    const sequential = await timed(process.execPath, [...job, "--jobs", "1"], { env });
    console.log(`[bench] main job, warm, one notebook at a time: ${sequential.seconds.toFixed(1)} s wall, ${sequential.cpuSeconds.toFixed(1)} s CPU`);
    const anatomy = await anatomyOfRun(outputDir);
    const fresh = args.includes("--fresh") ? await freshClone(scratch) : undefined;
    if (fresh !== undefined) console.log(`[bench] fresh clone: ${fresh.total.seconds.toFixed(1)} s (npm ci ${fresh.npmCi.toFixed(1)} s)`);
    const suite = args.includes("--test-suite") ? await timed("npm", ["test"], { env: { ...process.env, LWN_OUTPUT_DIR: "", LWN_DATA_DIR: "" }, cwd: projectRoot() }) : undefined;
    if (suite !== undefined) console.log(`[bench] npm test: ${suite.seconds.toFixed(1)} s (${testCounts(suite.lines)})`);

    const warmMedian = median(warm.map((run) => run.seconds));
    const rows: string[][] = [
      [`main job, warm: \`npm run reproduce\` (bootstrap, then the job), ${availableParallelism()} notebooks at a time; median of ${warm.length} (${warm.map((r) => r.seconds.toFixed(1)).join(", ")})`, warmMedian.toFixed(1), median(warm.map((r) => r.cpuSeconds)).toFixed(1), String(TARGETS.warm), verdict(warmMedian, TARGETS.warm)],
      ["main job, warm, one notebook at a time (`--jobs 1`)", sequential.seconds.toFixed(1), sequential.cpuSeconds.toFixed(1), "–", ""],
      ["bootstrap with nothing to rebuild (lock-file check, sources fingerprint)", bootstrap.seconds.toFixed(1), bootstrap.cpuSeconds.toFixed(1), "–", ""],
    ];
    if (fresh !== undefined) rows.push([`main job from a fresh clone: \`git clone\`, then \`npm run reproduce\` (npm ci ${fresh.npmCi.toFixed(1)} s, build, job)`, fresh.total.seconds.toFixed(1), fresh.total.cpuSeconds.toFixed(1), String(TARGETS.fresh), verdict(fresh.total.seconds, TARGETS.fresh)]);
    if (suite !== undefined) rows.push([`\`npm test\` (${testCounts(suite.lines)})`, suite.seconds.toFixed(1), suite.cpuSeconds.toFixed(1), String(TARGETS.testSuite), verdict(suite.seconds, TARGETS.testSuite)]);
    if (fresh !== undefined && fresh.total.status !== 0) problems.push(`the fresh-clone run exited with ${fresh.total.status}`);
    if (suite !== undefined && suite.status !== 0) problems.push(`npm test exited with ${suite.status}`);
    for (const row of rows) if (row[4] === "missed") problems.push(`target missed: ${row[0]}: ${row[1]} s > ${row[3]} s`);

    const section = [
      MAIN_JOB_SECTION.start,
      "## Main job",
      "",
      "Generated by `npm run bench -- main-job [--fresh] [--test-suite]` (bench/main-job.ts). Wall-clock seconds;",
      "CPU seconds are those of every process of the run (job, executor, kernels). The machine may be shared:",
      "its load average at the start is recorded, and other work slows every number.",
      "",
      `- date: ${shell("date")}`,
      `- machine: ${availableParallelism()} CPUs, ${cpuModel()}; load average at start ${load}; this benchmark's nice value ${getPriority()}`,
      `- node: ${process.version}; Python executor: ${anatomy.python}`,
      "",
      "| measure | wall s | CPU s | target s | |",
      "|---|---:|---:|---:|---|",
      ...rows.map((row) => `| ${row.join(" | ")} |`),
      "",
      `Where the time of a warm run goes (one run in this process, ${anatomy.concurrency} notebooks at a time, ${anatomy.seconds.toFixed(1)} s without the bootstrap):`,
      "",
      "| step | from s | to s | wall s |",
      "|---|---:|---:|---:|",
      ...anatomy.steps.map((step) => `| ${step.name} | ${step.from.toFixed(1)} | ${step.to.toFixed(1)} | ${(step.to - step.from).toFixed(1)} |`),
      "",
      "| notebook | kernel start s | first cell s (imports, declarations) | other cells s | cells |",
      "|---|---:|---:|---:|---:|",
      ...anatomy.notebooks.map((n) => `| ${n.name} | ${n.kernel.toFixed(1)} | ${n.firstCell.toFixed(1)} | ${n.otherCells.toFixed(1)} | ${n.cells} |`),
      `| all (summed over notebooks) | ${sum(anatomy.notebooks.map((n) => n.kernel)).toFixed(1)} | ${sum(anatomy.notebooks.map((n) => n.firstCell)).toFixed(1)} | ${sum(anatomy.notebooks.map((n) => n.otherCells)).toFixed(1)} | |`,
      "",
      `CPU seconds of the same run: the ${anatomy.notebooks.length} tslab kernels (start, compiling and running cells) ${anatomy.cpu.kernels.toFixed(1)}, ` +
        `the Python executor ${anatomy.cpu.executor.toFixed(1)}, the main job's own process (checks, ledger, report, commit) ${anatomy.cpu.main.toFixed(1)}: ` +
        `${(anatomy.cpu.kernels + anatomy.cpu.executor + anatomy.cpu.main).toFixed(1)} in all, so at best ${((anatomy.cpu.kernels + anatomy.cpu.executor + anatomy.cpu.main) / availableParallelism()).toFixed(1)} s of wall time on ${availableParallelism()} idle cores.`,
      MAIN_JOB_SECTION.end,
    ].join("\n");
    writeSection(section);
    console.log(section);
    for (const problem of problems) console.error(`[bench] ${problem}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface Anatomy {
  readonly python: string;
  /** CPU seconds of the kernels, of the executor, and of this (the main job's) process. */
  readonly cpu: { readonly kernels: number; readonly executor: number; readonly main: number };
  readonly concurrency: number;
  readonly seconds: number;
  readonly steps: readonly { name: string; from: number; to: number }[];
  readonly notebooks: readonly { name: string; kernel: number; firstCell: number; otherCells: number; cells: number }[];
}

/** One warm run in this process, with the executor's events and the log lines timed. */
async function anatomyOfRun(outputDir: string): Promise<Anatomy> {
  const saved = process.env.LWN_OUTPUT_DIR;
  process.env.LWN_OUTPUT_DIR = outputDir;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const at = (): number => (performance.now() - started) / 1000;
  const marks: { line: string; at: number }[] = [];
  const events: { event: ExecutorEvent; at: number }[] = [];
  try {
    const summary = await reproduce((line) => marks.push({ line, at: at() }), { onExecutorEvent: (event) => events.push({ event, at: at() }) });
    if (!succeeded(summary)) throw new Error(`the timed run failed:\n${marks.slice(-20).map((m) => m.line).join("\n")}`);
    const when = (pattern: RegExp): number => marks.find((mark) => pattern.test(mark.line))?.at ?? Number.NaN;
    const firstStart = Math.min(...events.filter((e) => e.event.event === "started").map((e) => e.at));
    const ledger = when(/^\[reproduce\] ledger: /);
    const report = when(/^\[reproduce\] exporting the HTML report/);
    const committed = when(/^\[reproduce\] run .* complete: /);
    const end = at();
    const main = process.cpuUsage(cpuStarted);
    const usage = events.map((e) => e.event).find((e) => e.event === "usage");
    const notebooks = new Map<string, { kernel: number; cells: number[] }>();
    for (const { event } of events) {
      if (event.event === "kernel-ready") notebooks.set(event.notebook, { kernel: event.seconds, cells: [] });
      if (event.event === "cell-done") notebooks.get(event.notebook)?.cells.push(event.seconds);
    }
    const python = /Jupyter client: (.*); kernel/.exec(marks.find((m) => m.line.includes("Jupyter client:"))?.line ?? "")?.[1] ?? "unknown";
    const concurrency = Number(/(\d+) at a time/.exec(marks.find((m) => m.line.includes(" at a time"))?.line ?? "")?.[1] ?? 1);
    return {
      python,
      cpu: {
        kernels: usage?.event === "usage" ? usage.kernels_cpu : Number.NaN,
        executor: usage?.event === "usage" ? usage.executor_cpu : Number.NaN,
        main: (main.user + main.system) / 1e6,
      },
      concurrency,
      seconds: end,
      steps: [
        { name: "set-up: folders, lock, leftovers, Jupyter check, kernelspec, first kernels starting", from: 0, to: firstStart },
        { name: "analysis notebooks (kernels of later notebooks start meanwhile)", from: firstStart, to: ledger },
        { name: "ledger, then the ledger notebook", from: ledger, to: report },
        { name: "report export", from: report, to: committed },
        { name: "marker, links, switch, removal of the previous run", from: committed, to: end },
      ],
      notebooks: [...notebooks].map(([name, n]) => ({ name, kernel: n.kernel, firstCell: n.cells[0] ?? 0, otherCells: sum(n.cells.slice(1)), cells: n.cells.length })),
    };
  } finally {
    if (saved === undefined) delete process.env.LWN_OUTPUT_DIR;
    else process.env.LWN_OUTPUT_DIR = saved;
  }
}

/** Clones HEAD into the scratch folder and runs `npm run reproduce` there, as on a fresh machine (the npm cache may be warm). */
async function freshClone(scratch: string): Promise<{ total: Timed; npmCi: number }> {
  const clone = path.join(scratch, "clone");
  execFileSync("git", ["clone", "--quiet", projectRoot(), clone]);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const variable of ["LWN_OUTPUT_DIR", "LWN_DATA_DIR", "INIT_CWD"]) delete env[variable];
  const total = await timed("npm", ["run", "reproduce"], { env, cwd: clone });
  const npmCi = Number(/dependencies installed in ([\d.]+) s/.exec(total.lines.join("\n"))?.[1] ?? Number.NaN);
  return { total, npmCi };
}

/** Runs a command to its end; wall time, and the CPU time of it and every descendant it waited for. */
function timed(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<Timed> {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { env: options.env, cwd: options.cwd ?? projectRoot(), stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("exit", (status) => {
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpuBefore, status, lines: text.split("\n") });
    });
  });
}

/** User + system CPU seconds of this process's waited-for descendants (fields cutime, cstime of /proc/self/stat); NaN without /proc. */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / clockTicks();
  } catch {
    return Number.NaN;
  }
}

let ticks: number | undefined;
function clockTicks(): number {
  ticks ??= Number(shell("getconf CLK_TCK")) || 100;
  return ticks;
}

function writeSection(section: string): void {
  const file = projectPath("BENCHMARKS.md");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const old = extractSection(existing);
  const text = old === undefined ? `${existing.trimEnd()}\n\n${section}\n` : existing.replace(old, section);
  writeFileSync(file, text);
}

function extractSection(text: string): string | undefined {
  const start = text.indexOf(MAIN_JOB_SECTION.start);
  const end = text.indexOf(MAIN_JOB_SECTION.end);
  return start === -1 || end === -1 ? undefined : text.slice(start, end + MAIN_JOB_SECTION.end.length);
}

function testCounts(lines: readonly string[]): string {
  const count = (word: string): string => [...lines].reverse().map((line) => new RegExp(`^\\s+(\\d+) ${word}`).exec(line)?.[1]).find((n) => n !== undefined) ?? "0";
  return `${count("passing")} passing, ${count("failing")} failing, ${count("pending")} pending`;
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function verdict(seconds: number, target: number): string {
  return seconds <= target ? "met" : "missed";
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function cpuModel(): string {
  return /model name\s*:\s*(.*)/.exec(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "")?.[1] ?? cpus()[0]?.model ?? "unknown";
}

function shell(command: string): string {
  try {
    return execSync(command, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}
