import * as path from "node:path";
import { recordLoad } from "../io/data-provenance";
import { checkCodebookWaves, codingForWave, loadWaveCodebook, WAVE_CODEBOOK_FILE, WaveCodebook } from "./codebook";
import { loadWaveManifest, WAVE_MANIFEST_FILE, WaveManifestEntry } from "./manifest";
import { readCsvWave } from "./read-csv-wave";
import { readSavWave } from "./read-sav-wave";
import { requiredColumns, validateWave } from "./validate-wave";
import type { WaveCollection, WaveData } from "./wave-data";

/**
 * Reads and validates one wave listed in the manifest: the file in its format
 * (CSV via {@link readCsvWave}; SPSS .sav/.zsav via {@link readSavWave},
 * decoding only the columns the manifest and the codebook name), then
 * {@link validateWave} with the wave's coding from the codebook. The load is
 * recorded with its checksum status and row accounting ({@link recordLoad}).
 *
 * @throws DataError naming the wave file, row and column of the first problem.
 * @example const wave = await loadWave(loadWaveManifest()[0], loadWaveCodebook());
 */
export async function loadWave(entry: WaveManifestEntry, codebook: WaveCodebook): Promise<WaveData> {
  const coding = codingForWave(codebook, entry.waveId);
  const raw = entry.format === "csv" ? readCsvWave(entry.path) : await readSavWave(entry.path, { columns: requiredColumns(entry, coding).map(([column]) => column) });
  const wave = validateWave(raw, entry, coding);
  const { rowsRead, rowsKept, rowsExcluded } = wave.accounting;
  recordLoad(entry.path, raw.sha256, { rowsRead, rowsKept, exclusions: Object.entries(rowsExcluded).map(([rule, rows]) => ({ rule, rows })) });
  return wave;
}

/** Where {@link loadWaves} reads from; defaults are the project's `data/waves/` files. */
export interface WaveSources {
  readonly manifestFile?: string;
  /** Default: `codebook.csv` next to the manifest. */
  readonly codebookFile?: string;
}

/**
 * Loads every wave the manifest lists, all validated before any is returned,
 * so a notebook either gets every wave or fails (with a DataError naming
 * file, row and column) before it computes or writes anything.
 *
 * @example
 * const { waves } = await loadWaves();
 * waves.map((w) => [w.entry.waveId, w.accounting.rowsKept]); // => [["kz-2017-synthetic", 1500], ...]
 */
export async function loadWaves(sources: WaveSources = {}): Promise<WaveCollection> {
  const manifestFile = sources.manifestFile ?? WAVE_MANIFEST_FILE;
  const codebookFile = sources.codebookFile ?? (sources.manifestFile ? path.join(path.dirname(manifestFile), "codebook.csv") : WAVE_CODEBOOK_FILE);
  const entries = loadWaveManifest(manifestFile);
  const codebook = loadWaveCodebook(codebookFile);
  checkCodebookWaves(codebook, entries.map((entry) => entry.waveId), codebookFile);
  const waves: WaveData[] = [];
  for (const entry of entries) waves.push(await loadWave(entry, codebook));
  return { manifestFile, codebookFile, codebook, waves };
}
