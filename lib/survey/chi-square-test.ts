import type { SurveyDesign } from "./design";
import { chiSquareUpperTail } from "./distributions/chi-square";
import { fUpperTail } from "./distributions/f-distribution";
import { SurveyInputError } from "./errors";
import { estimationRows, respondentsIn, weightedTotalOf } from "./estimation-rows";
import { linearizedCovariance } from "./linearized-variance";
import { invertSymmetricPositiveDefinite } from "./small-matrix";

/** Options of {@link surveyChiSquareTest}. */
export interface ChiSquareTestOptions {
  /** Sub-population (1/true = in), as R `svychisq(…, subset(design, …))`. */
  readonly domain?: ArrayLike<number | boolean>;
  /** Name of the domain in an EmptyDomainError. */
  readonly domainName?: string;
  /** Names of the two variables, for messages (e.g. "wave", "russia_opinion"). */
  readonly rowName?: string;
  readonly columnName?: string;
}

/** Result of {@link surveyChiSquareTest}. Plain data, JSON-serialisable. */
export interface RaoScottTest {
  /** Levels of the row and column variables (sorted codes observed among complete rows). */
  readonly rowLevels: number[];
  readonly columnLevels: number[];
  /** Weighted cell proportions p̂_rc, rows × columns (each row of the array is one row level). */
  readonly cellProportions: number[][];
  /** Pearson's X² of the weighted table scaled to the domain's N rows (R: `chisq.test(svytable(…, Ntotal = N))`). */
  readonly pearson: number;
  /** Second-order Rao–Scott F test, R's default `statistic = "F"`: F = X²/tr Δ on (d₀, d₀ν) df. */
  readonly f: { readonly statistic: number; readonly ndf: number; readonly ddf: number; readonly pValue: number };
  /** First-order Rao–Scott test, R's `statistic = "Chisq"`: X²/δ̄ on (R−1)(C−1) df (R prints X² itself as the statistic). */
  readonly chisq: { readonly statistic: number; readonly df: number; readonly pValue: number };
  /** Mean generalized design effect δ̄ = tr Δ / ((R−1)(C−1)). */
  readonly meanDesignEffect: number;
  /** ν: PSUs minus strata holding a row of the domain (any weight, any value), as R `svychisq`. */
  readonly designDf: number;
  /** Rows of the domain (N of R, missing values and zero weights included). */
  readonly rows: number;
  /** Respondents with both values and a nonzero weight. */
  readonly n: number;
  readonly weightedN: number;
}

/**
 * Design-based test of independence of two categorical variables, e.g. of an
 * item's whole distribution across waves (`wave` × `item` on a design that
 * pools the waves, each keeping its own strata and PSUs): Pearson's X² with
 * the Rao–Scott corrections, exactly as R's `svychisq(~row + column, design)`
 * (`survey:::svychisq.survey.design`, statistic "F" and "Chisq"):
 *
 *   p̂ = weighted cell proportions over complete rows, V = their linearized covariance;
 *   X² = N Σ_rc (p̂_rc − p̂_r· p̂_·c)² / (p̂_r· p̂_·c), N = rows of the domain;
 *   C = a basis of the interaction contrasts (orthogonal to the main effects), D = diag(p̂);
 *   Δ = (Cᵀ D⁻¹ C / N)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C)   (generalized design effects);
 *   F = X² / tr Δ  on  d₀ = (tr Δ)² / tr Δ²  and  d₀ ν  df;   first order: X² / (tr Δ / k) on k = (R−1)(C−1) df
 *
 * (Rao & Scott 1981, 1984; Lumley 2010 §6.3.1). tr Δ and tr Δ² do not depend
 * on the basis chosen for C, so the basis of (e_i − e_1) ⊗ (f_j − f_1) gives
 * R's numbers. Rows with either value missing (NaN) are left out of p̂ and V
 * but counted in N and ν, as R does. Zero-weight rows stay in the design.
 *
 * @throws EmptyDomainError when no row of the domain has both values and a nonzero weight
 * @throws SurveyInputError "value-range" for a variable with fewer than two levels, or a level with zero weight only
 *   among the complete rows (R would return NaN), or a pattern of empty cells that leaves Δ undefined
 * @throws SurveyInputError "lonely-psu" under the lonely-PSU rule "fail"
 * @example
 * const test = surveyChiSquareTest(pooled, wave, russiaOpinion, { rowName: "wave", columnName: "russia_opinion" });
 * test.f // => { statistic: 0.94, ndf: 5.44, ddf: 125.1, pValue: 0.46 }
 */
export function surveyChiSquareTest(
  design: SurveyDesign,
  rowVariable: ArrayLike<number>,
  columnVariable: ArrayLike<number>,
  options: ChiSquareTestOptions = {},
): RaoScottTest {
  const rows = estimationRows(design, [rowVariable, columnVariable], options.domain);
  const weightedN = weightedTotalOf(design, rows.complete, { domainName: options.domainName, hasDomain: options.domain !== undefined });
  const rowLevels = levelsOf(rowVariable, rows.complete);
  const columnLevels = levelsOf(columnVariable, rows.complete);
  const nr = rowLevels.length;
  const nc = columnLevels.length;
  for (const [levels, column] of [[rowLevels, options.rowName], [columnLevels, options.columnName]] as const)
    if (levels.length < 2)
      throw new SurveyInputError("value-range", { file: design.source.file, column }, `${column ?? "a variable"} has ${levels.length} level(s) among the complete rows: there is no association to test`);

  // cell of each complete row: r + nr·c (row levels vary fastest, as R's interaction())
  const cells = nr * nc;
  const rowIndex = new Map(rowLevels.map((level, r) => [level, r]));
  const columnIndex = new Map(columnLevels.map((level, c) => [level, c]));
  const cellOfRow = new Int32Array(design.rowCount).fill(-1);
  const cellWeight = new Float64Array(cells);
  for (let i = 0; i < design.rowCount; i++) {
    if (!rows.complete[i]) continue;
    const cell = rowIndex.get(rowVariable[i])! + nr * columnIndex.get(columnVariable[i])!;
    cellOfRow[i] = cell;
    cellWeight[cell] += design.weights[i];
  }
  const p = Float64Array.from(cellWeight, (t) => t / weightedN);
  const rowShare = new Float64Array(nr);
  const columnShare = new Float64Array(nc);
  for (let c = 0; c < nc; c++) for (let r = 0; r < nr; r++) {
    rowShare[r] += p[r + nr * c];
    columnShare[c] += p[r + nr * c];
  }
  checkLevelsWeighted(design, rowShare, rowLevels, options.rowName);
  checkLevelsWeighted(design, columnShare, columnLevels, options.columnName);

  // linearized covariance of the cell proportions (R: svymean(mm, design, na.rm = TRUE))
  const scores = Array.from({ length: cells }, () => new Float64Array(design.rowCount));
  for (let i = 0; i < design.rowCount; i++) {
    const cell = cellOfRow[i];
    if (cell < 0) continue;
    const w = design.weights[i] / weightedN;
    for (let c = 0; c < cells; c++) scores[c][i] = w * ((c === cell ? 1 : 0) - p[c]);
  }
  const covariance = linearizedCovariance(design, scores, rows.complete);

  const N = countOnes(rows.inDomain);
  let pearson = 0;
  for (let c = 0; c < nc; c++) for (let r = 0; r < nr; r++) {
    const expected = rowShare[r] * columnShare[c];
    pearson += (N * (p[r + nr * c] - expected) ** 2) / expected;
  }

  const { trace, traceOfSquare } = designEffectTraces(design, p, covariance, nr, nc, N);
  const k = (nr - 1) * (nc - 1);
  const d0 = (trace * trace) / traceOfSquare;
  const nu = distinctCount(design.psuOfRow, rows.inDomain) - distinctCount(design.stratumOfRow, rows.inDomain);
  const fStatistic = pearson / trace;
  const chisqStatistic = pearson / (trace / k);
  return {
    rowLevels,
    columnLevels,
    cellProportions: rowLevels.map((_, r) => columnLevels.map((__, c) => p[r + nr * c])),
    pearson,
    f: { statistic: fStatistic, ndf: d0, ddf: d0 * nu, pValue: fUpperTail(fStatistic, d0, d0 * nu) },
    chisq: { statistic: chisqStatistic, df: k, pValue: chiSquareUpperTail(chisqStatistic, k) },
    meanDesignEffect: trace / k,
    designDf: nu,
    rows: N,
    n: respondentsIn(design, rows.complete),
    weightedN,
  };
}

/** tr Δ and tr Δ² of Δ = (Cᵀ D⁺ C / N)⁻¹ (Cᵀ D⁺ V D⁺ C), C = interaction contrasts, D⁺ = diag(1/p̂, 0 where p̂ = 0). */
function designEffectTraces(
  design: SurveyDesign,
  p: Float64Array,
  covariance: Float64Array,
  nr: number,
  nc: number,
  N: number,
): { trace: number; traceOfSquare: number } {
  const cells = nr * nc;
  const k = (nr - 1) * (nc - 1);
  // interaction contrast for (i, c), i = 1…nr−1, c = 1…nc−1: +1 at cells (i, c) and (0, 0), −1 at (i, 0) and (0, c)
  const contrasts: Float64Array[] = [];
  for (let c = 1; c < nc; c++) for (let i = 1; i < nr; i++) {
    const contrast = new Float64Array(cells);
    contrast[i + nr * c] = 1;
    contrast[0] = 1;
    contrast[i] = -1;
    contrast[nr * c] = -1;
    contrasts.push(contrast);
  }
  const inverseP = Float64Array.from(p, (value) => (value === 0 ? 0 : 1 / value)); // D⁺, R's iDmat
  const scaled = contrasts.map((contrast) => Float64Array.from(contrast, (value, cell) => value * inverseP[cell])); // D⁺ C
  const a = new Float64Array(k * k); // Cᵀ D⁺ C / N
  const b = new Float64Array(k * k); // Cᵀ D⁺ V D⁺ C
  for (let s = 0; s < k; s++) {
    const vs = new Float64Array(cells); // V D⁺ C_s
    for (let x = 0; x < cells; x++) for (let y = 0; y < cells; y++) vs[x] += covariance[x * cells + y] * scaled[s][y];
    for (let t = 0; t < k; t++) {
      let cross = 0;
      let sandwich = 0;
      for (let x = 0; x < cells; x++) {
        cross += contrasts[t][x] * scaled[s][x];
        sandwich += scaled[t][x] * vs[x];
      }
      a[t * k + s] = cross / N;
      b[t * k + s] = sandwich;
    }
  }
  let inverse: Float64Array;
  try {
    inverse = invertSymmetricPositiveDefinite(a, k);
  } catch {
    throw new SurveyInputError("value-range", { file: design.source.file }, "the empty cells of the table leave the Rao–Scott design effects undefined (Cᵀ D⁻¹ C is singular)");
  }
  const delta = new Float64Array(k * k);
  for (let r = 0; r < k; r++) for (let c = 0; c < k; c++) {
    let value = 0;
    for (let m = 0; m < k; m++) value += inverse[r * k + m] * b[m * k + c];
    delta[r * k + c] = value;
  }
  let trace = 0;
  let traceOfSquare = 0;
  for (let r = 0; r < k; r++) {
    trace += delta[r * k + r];
    for (let c = 0; c < k; c++) traceOfSquare += delta[r * k + c] * delta[c * k + r];
  }
  return { trace, traceOfSquare };
}

function levelsOf(values: ArrayLike<number>, rows: Uint8Array): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) if (rows[i]) seen.add(values[i]);
  return [...seen].sort((x, y) => x - y);
}

function checkLevelsWeighted(design: SurveyDesign, shares: Float64Array, levels: readonly number[], column: string | undefined): void {
  shares.forEach((share, index) => {
    if (share === 0)
      throw new SurveyInputError("value-range", { file: design.source.file, column }, `level ${levels[index]} of ${column ?? "a variable"} has only zero-weight rows among the complete rows; leave it out (domain) before testing`);
  });
}

function countOnes(mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  return count;
}

function distinctCount(indexOfRow: Int32Array, rows: Uint8Array): number {
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) if (rows[i]) seen.add(indexOfRow[i]);
  return seen.size;
}
