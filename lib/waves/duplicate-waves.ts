import { DataError } from "../io/data-error";
import { SCALE_CONCEPTS, WaveConcept } from "./concepts";
import type { WaveData } from "./wave-data";

/** Share of the smaller wave's respondents that, found again in another wave, makes the two the same wave. */
export const SAME_RESPONDENTS_SHARE = 0.5;

/** Two manifest rows whose files hold the same wave. Plain data. */
export interface DuplicateWaves {
  /** The earlier manifest row and the later one. */
  readonly first: WaveData;
  readonly second: WaveData;
  readonly kind: "identical contents" | "same respondents";
  /** Respondents found in both (same id, stratum, PSU and answers); for identical contents, every one. */
  readonly sharedRespondents: number;
  /** The concepts compared (asked by both). */
  readonly comparedConcepts: readonly WaveConcept[];
}

/**
 * Finds manifest rows whose files hold the same respondents, which pooling
 * would count twice as if they were independent samples (a wave added once
 * as CSV and again as .sav; the same file under two names):
 *
 * - identical contents: the same SHA-256 of the file's bytes;
 * - same respondents: respondents with the same id, stratum, PSU and
 *   answers (harmonised: scale positions, non-substantive answers as one,
 *   reason codes as they are) on every concept both waves ask, making up at
 *   least half ({@link SAME_RESPONDENTS_SHARE}) of the smaller wave and at
 *   least two respondents. Ids alone are not enough: CAB numbers
 *   respondents 1, 2, … in every wave, and a panel re-interviews the same
 *   ids with new answers. Weights are not compared, since an export may round them.
 *
 * Pairs come in manifest order (earlier row first).
 *
 * @example findDuplicateWaves(waves).map((d) => [d.first.entry.waveId, d.second.entry.waveId]) // => [["kz-2020-csv", "kz-2020-sav"]]
 */
export function findDuplicateWaves(waves: readonly WaveData[]): DuplicateWaves[] {
  const ordered = [...waves].sort((a, b) => a.entry.manifestRow - b.entry.manifestRow);
  const found: DuplicateWaves[] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [first, second] = [ordered[i], ordered[j]];
      const comparedConcepts = [...first.answers.keys()].filter((concept) => second.answers.has(concept));
      if (first.fileSha256 === second.fileSha256) {
        found.push({ first, second, kind: "identical contents", sharedRespondents: Math.min(first.respondentIds.length, second.respondentIds.length), comparedConcepts });
        continue;
      }
      const shared = sharedRespondents(first, second, comparedConcepts);
      if (shared >= 2 && shared >= SAME_RESPONDENTS_SHARE * Math.min(first.respondentIds.length, second.respondentIds.length)) {
        found.push({ first, second, kind: "same respondents", sharedRespondents: shared, comparedConcepts });
      }
    }
  }
  return found;
}

/**
 * Refuses a manifest that lists the same wave twice (see {@link findDuplicateWaves}):
 * a DataError "key-duplicate" naming the manifest, the later row and its `file` column.
 *
 * @throws DataError "key-duplicate".
 * @example checkNoDuplicateWaves(collection.waves, "data/waves/manifest.csv")
 */
export function checkNoDuplicateWaves(waves: readonly WaveData[], manifestFile: string): void {
  const [duplicate] = findDuplicateWaves(waves);
  if (duplicate === undefined) return;
  throw new DataError("key-duplicate", { file: manifestFile, row: duplicate.second.entry.manifestRow, column: "file" }, describeDuplicate(duplicate));
}

/**
 * One sentence on a duplicate pair, for errors and the check's report.
 *
 * @example describeDuplicate(duplicate) // => "wave kz-2020-sav (file kz-2020.sav) holds the same respondents as wave kz-2020-csv (manifest row 4, file kz-2020.csv): …"
 */
export function describeDuplicate(duplicate: DuplicateWaves): string {
  const { first, second } = duplicate;
  const evidence =
    duplicate.kind === "identical contents"
      ? `the two files have identical contents (SHA-256 ${first.fileSha256.slice(0, 12)}…)`
      : `${duplicate.sharedRespondents} of ${Math.min(first.respondentIds.length, second.respondentIds.length)} respondents have the same id, stratum, PSU and answers (${duplicate.comparedConcepts.length} concepts compared)`;
  return (
    `wave ${second.entry.waveId} (file ${second.entry.file}) holds the same respondents as wave ${first.entry.waveId} (manifest row ${first.entry.manifestRow}, file ${first.entry.file}): ${evidence}. ` +
    "Pooled, they would count as two independent samples; list each wave once"
  );
}

function sharedRespondents(a: WaveData, b: WaveData, concepts: readonly WaveConcept[]): number {
  const rowOfId = new Map(b.respondentIds.map((id, i) => [id, i]));
  const harmonisedA = concepts.map((concept) => harmonised(a, concept));
  const harmonisedB = concepts.map((concept) => harmonised(b, concept));
  let shared = 0;
  a.respondentIds.forEach((id, i) => {
    const j = rowOfId.get(id);
    if (j === undefined || a.strata[i] !== b.strata[j] || a.psu[i] !== b.psu[j]) return;
    if (concepts.every((_, k) => Object.is(harmonisedA[k][i], harmonisedB[k][j]))) shared++;
  });
  return shared;
}

/** Answers comparable across codings: the scale position (0 for a non-substantive answer) on scales, the code otherwise. */
function harmonised(wave: WaveData, concept: WaveConcept): Float64Array {
  const codes = wave.answers.get(concept)!;
  if (!SCALE_CONCEPTS.includes(concept)) return codes;
  const positionOf = new Map(wave.coding.get(concept)!.codes.map((c) => [c.code, c.scalePosition ?? 0]));
  return Float64Array.from(codes, (code) => (Number.isNaN(code) ? NaN : positionOf.get(code)!));
}
