import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../project/project-path";
import { codingForWave, loadWaveCodebook } from "../waves/codebook";
import { loadWaveManifest, WAVE_MANIFEST_FILE } from "../waves/manifest";
import { generateSyntheticWave, GeneratedWave } from "./generate-synthetic-wave";
import { loadSyntheticTargets } from "./synthetic-targets";

/**
 * Formats a generated wave as CSV text (RFC 4180 quoting where needed, LF
 * line ends, final newline), byte-deterministic.
 *
 * @example generatedWaveCsv({ header: ["a"], rows: [["1"]] }) // => "a\n1\n"
 */
export function generatedWaveCsv(wave: GeneratedWave): string {
  const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [wave.header, ...wave.rows].map((row) => row.map(quote).join(",")).join("\n") + "\n";
}

/**
 * Regenerates every wave the manifest marks `synthetic = yes` (format csv),
 * from the codebook and the targets, and writes each file atomically
 * (temporary file + rename). Seeds come from the wave ids, so the files are
 * byte-identical on every run.
 *
 * @returns the files written (project-relative when the manifest path is) with their row counts.
 * @example writeSyntheticWaves() // => [{ waveId: "kz-2017-synthetic", file: "data/waves/kz-2017-synthetic.csv", rows: 1500 }, ...]
 */
export function writeSyntheticWaves(manifestFile: string = WAVE_MANIFEST_FILE): { waveId: string; file: string; rows: number }[] {
  const codebook = loadWaveCodebook(path.join(path.dirname(manifestFile), "codebook.csv"));
  const targets = loadSyntheticTargets();
  return loadWaveManifest(manifestFile)
    .filter((entry) => entry.synthetic)
    .map((entry) => {
      if (entry.format !== "csv") throw new RangeError(`${entry.waveId}: synthetic waves are generated as csv, the manifest says ${entry.format}`);
      const wave = generateSyntheticWave(entry, targets, codingForWave(codebook, entry.waveId));
      const target = path.isAbsolute(entry.path) ? entry.path : projectPath(entry.path);
      mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.tmp-${process.pid}`;
      writeFileSync(temporary, generatedWaveCsv(wave), "utf8");
      renameSync(temporary, target);
      return { waveId: entry.waveId, file: entry.path, rows: wave.rows.length };
    });
}
