import { realpathSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "../io/data-error";
import { projectPath } from "../project/project-path";
import { surveyDesignSummary, type SurveyDesignSummary } from "../survey/design-summary";
import { classifyAnswerLabel } from "./answer-label-meaning";
import { checkCodebookWaves, loadWaveCodebook, WaveCodebook } from "./codebook";
import type { WaveConcept } from "./concepts";
import { describeDuplicate, findDuplicateWaves } from "./duplicate-waves";
import { loadWave, waveSourceFiles, WaveSources } from "./load-waves";
import { loadWaveManifest, WaveManifestEntry } from "./manifest";
import type { ResolvedFilter, WaveData } from "./wave-data";
import { poolWaves, waveSample } from "./wave-sample";

/** A file label the classifier does not recognise, listed for review. */
export interface UnrecognisedLabel {
  readonly concept: WaveConcept;
  readonly code: number;
  readonly label: string;
}

/** What `wave check` reports of a wave that loaded. Plain data. */
export interface WaveCheckSummary {
  readonly rowsRead: number;
  readonly rowsKept: number;
  /** Rows excluded, by documented rule. */
  readonly rowsExcluded: Readonly<Record<string, number>>;
  readonly filter: ResolvedFilter | null;
  /** The wave's design, as R's summary(design) and degf(design). */
  readonly design: SurveyDesignSummary;
  readonly zeroWeightRows: number;
  readonly conceptsAsked: readonly WaveConcept[];
  readonly conceptsNotAsked: readonly WaveConcept[];
  /** Blank answers by concept asked. */
  readonly itemMissing: Readonly<Partial<Record<WaveConcept, number>>>;
  /** Codes whose label the file gives (SPSS), how many of them the classifier reads as agreeing, and those it does not recognise. */
  readonly fileLabels: { readonly checked: number; readonly agreeing: number; readonly unrecognised: readonly UnrecognisedLabel[] } | null;
}

/** The check of one wave: its manifest entry and either its summary or the error that stopped it. */
export interface WaveCheckResult {
  readonly entry: WaveManifestEntry;
  readonly summary: WaveCheckSummary | null;
  /** The first problem found in the wave (a DataError's message names file, row and column). */
  readonly error: Error | null;
}

/** Everything `wave check` found. Plain data. */
export interface WaveCheckReport {
  readonly manifestFile: string;
  readonly codebookFile: string;
  /** Waves listed in the manifest (0 when it could not be read). */
  readonly listed: number;
  readonly results: readonly WaveCheckResult[];
  /** Problems that are not one wave's: the manifest, the codebook, names not in the manifest, duplicate waves, waves that cannot be pooled. */
  readonly problems: readonly Error[];
  readonly seconds: number;
}

/** Options of {@link checkWaves}. */
export interface WaveCheckOptions {
  readonly sources?: WaveSources;
  /** Check only these waves: wave ids, or wave files (paths resolved against `cwd`). Default: every wave of the manifest. */
  readonly only?: readonly string[];
  /** Folder that relative paths in `only` start from; default the working directory. */
  readonly cwd?: string;
}

/**
 * Checks a data folder's waves exactly as the notebooks load them (the
 * manifest, the codebook, then each wave by {@link loadWave}), without
 * running a notebook, and summarises each wave: rows read, kept and excluded
 * by rule; the design (strata, PSUs, degrees of freedom, weight sum and
 * range, zero weights, the lonely-PSU rule and the single-PSU strata; as R's
 * `summary(design)`); the concepts asked and not asked; blank answers per
 * concept; the file's value labels against the codebook. Unlike loading, it
 * goes on after a wave fails, so one run lists the first problem of every
 * wave. It then looks for the same wave listed twice and tries the pooling
 * the notebooks do (the real waves, else the synthetic ones), so a check
 * that passes means the notebooks can load and pool them.
 *
 * A manifest or codebook that cannot be read stops the check (no wave can be
 * read without them).
 *
 * @example const report = await checkWaves(); report.problems.length + report.results.filter((r) => r.error).length // => 0
 */
export async function checkWaves(options: WaveCheckOptions = {}): Promise<WaveCheckReport> {
  const started = Date.now();
  const { manifestFile, codebookFile } = waveSourceFiles(options.sources);
  const problems: Error[] = [];
  const finish = (listed: number, results: WaveCheckResult[]): WaveCheckReport => ({ manifestFile, codebookFile, listed, results, problems, seconds: (Date.now() - started) / 1000 });
  let entries: WaveManifestEntry[];
  try {
    entries = loadWaveManifest(manifestFile);
  } catch (error) {
    problems.push(asError(error));
    return finish(0, []);
  }
  let codebook: WaveCodebook;
  try {
    codebook = loadWaveCodebook(codebookFile);
  } catch (error) {
    problems.push(asError(error));
    return finish(entries.length, []);
  }
  try {
    checkCodebookWaves(codebook, entries.map((entry) => entry.waveId), codebookFile);
  } catch (error) {
    problems.push(asError(error));
  }
  const selected = selectEntries(entries, options, problems);
  const results: WaveCheckResult[] = [];
  const loaded: WaveData[] = [];
  for (const entry of selected) {
    try {
      const wave = await loadWave(entry, codebook);
      loaded.push(wave);
      results.push({ entry, summary: summarise(wave), error: null });
    } catch (error) {
      results.push({ entry, summary: null, error: asError(error) });
    }
  }
  for (const duplicate of findDuplicateWaves(loaded)) problems.push(new DataError("key-duplicate", { file: manifestFile, row: duplicate.second.entry.manifestRow, column: "file" }, describeDuplicate(duplicate)));
  checkPooling(loaded, problems);
  return finish(entries.length, results);
}

/**
 * True when the check found nothing wrong.
 *
 * @example passed(await checkWaves()) // => true
 */
export function passed(report: WaveCheckReport): boolean {
  return report.problems.length === 0 && report.results.every((result) => result.error === null);
}

function selectEntries(entries: WaveManifestEntry[], options: WaveCheckOptions, problems: Error[]): WaveManifestEntry[] {
  if (options.only === undefined || options.only.length === 0) return entries;
  const selected = new Set<WaveManifestEntry>();
  for (const name of options.only) {
    const byId = entries.find((entry) => entry.waveId === name);
    const real = realPath(path.resolve(options.cwd ?? process.cwd(), name));
    const byFile = real === null ? undefined : entries.find((entry) => realPath(absolute(entry.path)) === real);
    const entry = byId ?? byFile;
    if (entry === undefined) problems.push(new Error(`${name}: not a wave of the manifest (waves: ${entries.map((e) => `${e.waveId} = ${e.file}`).join(", ")}); add its manifest row first`));
    else selected.add(entry);
  }
  return entries.filter((entry) => selected.has(entry));
}

function summarise(wave: WaveData): WaveCheckSummary {
  const design = surveyDesignSummary(waveSample(wave).design);
  return {
    rowsRead: wave.accounting.rowsRead,
    rowsKept: wave.accounting.rowsKept,
    rowsExcluded: wave.accounting.rowsExcluded,
    filter: wave.filter,
    design,
    zeroWeightRows: wave.zeroWeightRows,
    conceptsAsked: [...wave.coding.keys()],
    conceptsNotAsked: wave.notAsked.map((n) => n.concept),
    itemMissing: wave.itemMissing,
    fileLabels: fileLabelSummary(wave),
  };
}

function fileLabelSummary(wave: WaveData): WaveCheckSummary["fileLabels"] {
  if (wave.entry.format === "csv") return null;
  let checked = 0;
  const unrecognised: UnrecognisedLabel[] = [];
  for (const [concept, coding] of wave.coding) {
    const labels = new Map((wave.fileValueLabels.get(concept) ?? []).map((label) => [label.code, label.label]));
    for (const answer of coding.codes) {
      const label = labels.get(answer.code);
      if (label === undefined) continue;
      checked++;
      if (classifyAnswerLabel(label).kind === "unrecognised") unrecognised.push({ concept, code: answer.code, label });
    }
  }
  return { checked, agreeing: checked - unrecognised.length, unrecognised };
}

/** The notebooks pool the real waves (else the synthetic ones): a pooling they cannot do is a problem now, not in a notebook. */
function checkPooling(waves: readonly WaveData[], problems: Error[]): void {
  const real = waves.filter((wave) => !wave.entry.synthetic);
  const group = real.length > 0 ? real : waves;
  if (group.length < 2) return;
  try {
    poolWaves(group);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push(new Error(`the ${real.length > 0 ? "real" : "SYNTHETIC"} waves cannot be pooled: ${error.message.replace(/^poolWaves: /, "")}`));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function absolute(file: string): string {
  return path.isAbsolute(file) ? file : projectPath(file);
}

function realPath(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
