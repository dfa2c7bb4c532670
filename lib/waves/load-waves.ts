import * as path from "node:path";
import { recordLoad } from "../io/data-provenance";
import { checkCodebookWaves, codingForWave, conceptEntriesForWave, loadWaveCodebook, WAVE_CODEBOOK_FILE, WaveCodebook } from "./codebook";
import { checkNoDuplicateWaves } from "./duplicate-waves";
import { loadWaveManifest, WAVE_MANIFEST_FILE, WaveManifestEntry } from "./manifest";
import type { RawWaveFile } from "./raw-wave-file";
import { readCsvWave } from "./read-csv-wave";
import { readSavWave } from "./read-sav-wave";
import { requiredColumns, validateWave } from "./validate-wave";
import type { WaveCollection, WaveData } from "./wave-data";

/**
 * Reads one wave file listed in the manifest in its format: CSV via
 * {@link readCsvWave} in the manifest's dialect (delimiter, decimal mark);
 * SPSS .sav/.zsav via {@link readSavWave}, decoding only the columns the
 * manifest and the codebook name. Either way the file must lie inside the
 * manifest's folder once links are resolved, be a regular file and stay
 * under the size limit (lib/waves/wave-file-access.ts).
 *
 * @throws DataError naming the wave file (and row and column where known).
 * @example const raw = await readWaveFile(entry, codingForWave(codebook, entry.waveId));
 */
export async function readWaveFile(entry: WaveManifestEntry, coding: ReturnType<typeof codingForWave>): Promise<RawWaveFile> {
  if (entry.format === "csv") return readCsvWave(entry.path, { dialect: entry.csv ?? undefined, within: entry.folder });
  return readSavWave(entry.path, { columns: requiredColumns(entry, coding).map(([column]) => column), within: entry.folder });
}

/**
 * Reads and validates one wave listed in the manifest ({@link readWaveFile},
 * then {@link validateWave} with the wave's coding from the codebook). The
 * load is recorded with its checksum status and row accounting
 * ({@link recordLoad}).
 *
 * @throws DataError naming the wave file, row and column of the first problem.
 * @example const wave = await loadWave(loadWaveManifest()[0], loadWaveCodebook());
 */
export async function loadWave(entry: WaveManifestEntry, codebook: WaveCodebook): Promise<WaveData> {
  const raw = await readWaveFile(entry, codingForWave(codebook, entry.waveId));
  const wave = validateWave(raw, entry, conceptEntriesForWave(codebook, entry.waveId));
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
 * The manifest and codebook files of a {@link WaveSources}: the project's
 * (`data/waves/`, following LWN_DATA_DIR) by default, the codebook beside
 * the manifest when only the manifest is given.
 *
 * @example waveSourceFiles({ manifestFile: "/tmp/w/manifest.csv" }) // => { manifestFile: "/tmp/w/manifest.csv", codebookFile: "/tmp/w/codebook.csv" }
 */
export function waveSourceFiles(sources: WaveSources = {}): { manifestFile: string; codebookFile: string } {
  const manifestFile = sources.manifestFile ?? WAVE_MANIFEST_FILE;
  const codebookFile = sources.codebookFile ?? (sources.manifestFile ? path.join(path.dirname(manifestFile), "codebook.csv") : WAVE_CODEBOOK_FILE);
  return { manifestFile, codebookFile };
}

/**
 * Loads every wave the manifest lists, all validated before any is returned,
 * so a notebook either gets every wave or fails (with a DataError naming
 * file, row and column) before it computes or writes anything. After every
 * wave is read, the manifest is refused if two rows hold the same wave
 * (identical files, or the same respondents: {@link checkNoDuplicateWaves}).
 *
 * @example
 * const { waves } = await loadWaves();
 * waves.map((w) => [w.entry.waveId, w.accounting.rowsKept]); // => [["kz-2017-synthetic", 1500], ...]
 */
export async function loadWaves(sources: WaveSources = {}): Promise<WaveCollection> {
  const { manifestFile, codebookFile } = waveSourceFiles(sources);
  const entries = loadWaveManifest(manifestFile);
  const codebook = loadWaveCodebook(codebookFile);
  checkCodebookWaves(codebook, entries.map((entry) => entry.waveId), codebookFile);
  const waves: WaveData[] = [];
  for (const entry of entries) waves.push(await loadWave(entry, codebook));
  checkNoDuplicateWaves(waves, manifestFile);
  return { manifestFile, codebookFile, codebook, waves };
}
