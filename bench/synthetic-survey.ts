/** Seeded synthetic survey for the benchmark: 1,000,000 respondents, 10 strata × 5,000 PSUs. */

/** Sizes of the benchmark population. */
export const SYNTHETIC_SIZES = { rows: 1_000_000, strata: 10, psusPerStratum: 5_000, categories: 5, groups: 5 } as const;

/** The generated columns (typed arrays, one entry per respondent). */
export interface SyntheticSurvey {
  readonly stratum: Int32Array;
  readonly psu: Int32Array;
  readonly weight: Float64Array;
  readonly item: Float64Array;
  readonly group: Float64Array;
  readonly sex: Float64Array;
  readonly ageGroup: Float64Array;
}

/**
 * Mulberry32 PRNG (Tommy Ettinger, public domain): uniform [0, 1) from a 32-bit seed.
 *
 * @example const next = mulberry32(42); next() // => 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates the benchmark survey: rows sorted by PSU (20 per PSU), PSU labels
 * 1..5000 repeated in every stratum (nested), unequal weights, a 5-category
 * item whose distribution depends on group and a PSU effect, a 5-level group,
 * and sex / age-group raking variables.
 *
 * @example generateSyntheticSurvey(7).item.length // => 1000000
 */
export function generateSyntheticSurvey(seed: number): SyntheticSurvey {
  const { rows, strata, psusPerStratum } = SYNTHETIC_SIZES;
  const random = mulberry32(seed);
  const rowsPerPsu = rows / (strata * psusPerStratum);
  const survey: SyntheticSurvey = {
    stratum: new Int32Array(rows),
    psu: new Int32Array(rows),
    weight: new Float64Array(rows),
    item: new Float64Array(rows),
    group: new Float64Array(rows),
    sex: new Float64Array(rows),
    ageGroup: new Float64Array(rows),
  };
  let i = 0;
  for (let h = 0; h < strata; h++) {
    for (let p = 0; p < psusPerStratum; p++) {
      const psuEffect = random() * 0.4 - 0.2;
      for (let r = 0; r < rowsPerPsu; r++, i++) {
        survey.stratum[i] = h + 1;
        survey.psu[i] = p + 1;
        survey.weight[i] = Math.round((0.2 + 2.5 * random() * (1 + h / 10)) * 1000) / 1000;
        const group = 1 + Math.floor(random() * 5);
        survey.group[i] = group;
        const u = Math.min(0.999999, Math.max(0, random() + psuEffect * 0.5 + (group - 3) * 0.03));
        survey.item[i] = 1 + Math.floor(u * 5);
        survey.sex[i] = random() < 0.48 ? 1 : 2;
        survey.ageGroup[i] = 1 + Math.floor(random() * 4);
      }
    }
  }
  return survey;
}
