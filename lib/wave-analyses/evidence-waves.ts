import { designValue, loadStudyDesign, StudyDesignFact } from "../article/study-design";
import type { WaveConcept } from "../waves/concepts";
import type { WaveData } from "../waves/wave-data";

/**
 * Which waves a claim is judged on, and which waves can be pooled at all.
 * Three rules, from the package's standards and issue 13:
 * - SYNTHETIC waves are never pooled with real ones, never tested against
 *   them, and are the evidence only while the manifest lists no real wave;
 * - a wave that does not ask a concept is left out of every estimate of it
 *   (and said to be);
 * - the claims are judged on the waves of the survey period the memo states
 *   (Introduction ¶2: CAB surveys of the years in data/article/study-design.csv),
 *   or on every real wave, saying so, when none falls in it.
 */

/** The survey period the memo states, in calendar years of the field start. */
export interface SurveyPeriod {
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * The memo's stated CAB survey period, read from the study-design facts
 * `cab_first_year` and `cab_last_year` (data/article/study-design.csv).
 *
 * @throws DataError naming the file when a fact is missing
 * @example memoSurveyPeriod() // => { firstYear: 2017, lastYear: 2019 }
 */
export function memoSurveyPeriod(facts: ReadonlyMap<string, StudyDesignFact> = loadStudyDesign()): SurveyPeriod {
  return { firstYear: designValue(facts, "cab_first_year"), lastYear: designValue(facts, "cab_last_year") };
}

/**
 * True when a wave asks every concept: its data hold answers for it and its
 * coding describes it. A wave that does not ask a concept simply has no entry
 * for it (the waves contract, issue 13).
 *
 * @example asksConcepts(wave, ["russia_opinion"]) // => true
 */
export function asksConcepts(wave: WaveData, concepts: readonly WaveConcept[]): boolean {
  return concepts.every((concept) => wave.answers.get(concept) !== undefined && wave.coding.get(concept) !== undefined);
}

/** A wave left out of an estimate, and why. */
export interface LeftOutWave {
  readonly waveId: string;
  readonly reason: string;
}

/** The waves a claim is judged on. Plain data. */
export interface EvidenceWaves {
  /** In field order; empty when no wave informs the concepts. */
  readonly waves: readonly WaveData[];
  /** True when the evidence is SYNTHETIC (only then). */
  readonly synthetic: boolean;
  /** Every listed wave not used, with the reason. */
  readonly leftOut: readonly LeftOutWave[];
  /** One sentence on the choice, e.g. "real waves of the memo's period 2017–2019, pooled". */
  readonly note: string;
}

/**
 * Chooses the evidence for claims about `concepts`: among the waves that ask
 * them all ({@link asksConcepts}), the real (non-SYNTHETIC) ones fielded in
 * the memo's survey period; if no real wave falls in it, every real wave
 * asking them (the note says so); if the manifest lists no real wave asking
 * them, the SYNTHETIC ones, by the same period rule. Real and synthetic waves
 * are never mixed. Every wave not used is listed with its reason.
 *
 * @example claimEvidence(collection.waves, ["russia_opinion"], memoSurveyPeriod()).note // => "SYNTHETIC waves of the memo's period 2017–2019 (no real wave is listed), pooled"
 */
export function claimEvidence(waves: readonly WaveData[], concepts: readonly WaveConcept[], period: SurveyPeriod): EvidenceWaves {
  const leftOut: LeftOutWave[] = [];
  const asking = waves.filter((wave) => {
    if (asksConcepts(wave, concepts)) return true;
    leftOut.push({ waveId: wave.entry.waveId, reason: `does not ask ${concepts.filter((c) => !asksConcepts(wave, [c])).join(", ")}` });
    return false;
  });
  const real = asking.filter((wave) => !wave.entry.synthetic);
  const synthetic = real.length === 0;
  const kind = synthetic ? asking : real;
  if (!synthetic) for (const wave of asking.filter((w) => w.entry.synthetic)) leftOut.push({ waveId: wave.entry.waveId, reason: "SYNTHETIC: never pooled with or tested against real waves" });
  const years = `${period.firstYear}–${period.lastYear}`;
  const inPeriod = kind.filter((wave) => {
    const year = Number(wave.entry.fieldStart.slice(0, 4));
    return year >= period.firstYear && year <= period.lastYear;
  });
  const used = inPeriod.length > 0 ? inPeriod : kind;
  if (inPeriod.length > 0) for (const wave of kind.filter((w) => !inPeriod.includes(w))) leftOut.push({ waveId: wave.entry.waveId, reason: `fielded outside the memo's period ${years}` });
  const what = synthetic ? "SYNTHETIC waves" : "real waves";
  const pooled = used.length > 1 ? ", pooled" : "";
  const note =
    used.length === 0
      ? `no wave of the manifest asks ${concepts.join(" and ")}`
      : inPeriod.length > 0
        ? `${what} of the memo's period ${years}${synthetic ? " (no real wave is listed)" : ""}${pooled}`
        : `${what} outside the memo's period ${years} (none of it is listed)${synthetic ? "; no real wave is listed" : ""}${pooled}`;
  return { waves: used, synthetic: used.length > 0 && synthetic, leftOut: leftOut.sort((a, b) => waveOrder(waves, a.waveId) - waveOrder(waves, b.waveId)), note };
}

/**
 * One sentence on evidence waves: the choice, the waves with their rows kept,
 * and every wave left out with its reason.
 *
 * @example describeEvidence(claimEvidence(waves, ["russia_opinion"], period)) // => "real waves of the memo's period 2017–2019: cab-2019 (rows kept 1500 of 1520); left out: kz-2017-synthetic (SYNTHETIC: …)"
 */
export function describeEvidence(chosen: EvidenceWaves): string {
  const used = chosen.waves.map((wave) => `${wave.entry.waveId} (rows kept ${wave.accounting.rowsKept} of ${wave.accounting.rowsRead})`).join(", ");
  const leftOut = chosen.leftOut.length > 0 ? `; left out: ${chosen.leftOut.map((w) => `${w.waveId} (${w.reason})`).join(", ")}` : "";
  return `${chosen.note}${used === "" ? "" : `: ${used}`}${leftOut}`;
}

function waveOrder(waves: readonly WaveData[], waveId: string): number {
  return waves.findIndex((wave) => wave.entry.waveId === waveId);
}

/**
 * The waves as two series that are never mixed: the real ones and the
 * SYNTHETIC ones, each in field order.
 *
 * @example waveSeries(collection.waves).synthetic.length // => 3
 */
export function waveSeries(waves: readonly WaveData[]): { readonly real: readonly WaveData[]; readonly synthetic: readonly WaveData[] } {
  return { real: waves.filter((wave) => !wave.entry.synthetic), synthetic: waves.filter((wave) => wave.entry.synthetic) };
}

/**
 * Every single wave and every pooling of consecutive waves of one series, in
 * order: [w1], [w1, w2], …, [w1 … wn], [w2], … — the candidate evidence a
 * printed figure may come from. The series must be all real or all
 * SYNTHETIC (a RangeError otherwise: synthetic waves are never pooled with
 * real ones).
 *
 * @example consecutivePoolings([a, b, c]).map((p) => p.map((w) => w.entry.waveId).join("+")) // => ["a", "a+b", "a+b+c", "b", "b+c", "c"]
 */
export function consecutivePoolings(series: readonly WaveData[]): WaveData[][] {
  if (new Set(series.map((wave) => wave.entry.synthetic)).size > 1) throw new RangeError("consecutivePoolings: a series mixes SYNTHETIC and real waves; pool each apart");
  const windows: WaveData[][] = [];
  for (let first = 0; first < series.length; first++) {
    for (let last = first; last < series.length; last++) windows.push(series.slice(first, last + 1));
  }
  return windows;
}
