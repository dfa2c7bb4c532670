import { SurveyInputError } from "../errors";

/** A categorical predictor entered as R's `factor(x)` with treatment contrasts (dummies for every level but the first). */
export interface FactorPredictor {
  /** Codes of the factor, one per row (NaN = missing). */
  readonly factor: ArrayLike<number>;
  /** Levels in order, the first being the reference. Default: the codes observed in the rows used, sorted (R `factor()`). */
  readonly levels?: readonly number[];
}

/** A predictor: numeric values (entered as they are) or a {@link FactorPredictor}. */
export type Predictor = ArrayLike<number> | FactorPredictor;

/**
 * Marks codes as a factor (categorical predictor), R's `factor(x)` in a
 * model formula.
 *
 * @example surveyLinearRegression(design, { outcome: y, predictors: { x, leadership: asFactor(leadership) } })
 */
export function asFactor(codes: ArrayLike<number>, levels?: readonly number[]): FactorPredictor {
  return levels === undefined ? { factor: codes } : { factor: codes, levels };
}

/**
 * True for a {@link FactorPredictor}, false for numeric values.
 *
 * @example isFactorPredictor(asFactor([1, 2])) // => true
 */
export function isFactorPredictor(predictor: Predictor): predictor is FactorPredictor {
  return typeof predictor === "object" && predictor !== null && "factor" in predictor;
}

/**
 * The values of each predictor as given (a factor's codes, a numeric
 * predictor's values), e.g. to find the complete rows before building the matrix.
 *
 * @example predictorValues({ x: [1, NaN], z: asFactor([2, 3]) }) // => [[1, NaN], [2, 3]]
 */
export function predictorValues(predictors: Readonly<Record<string, Predictor>>): ArrayLike<number>[] {
  return Object.values(predictors).map((predictor) => (isFactorPredictor(predictor) ? predictor.factor : predictor));
}

/** Columns of a design matrix, R's `model.matrix`. Plain data. */
export interface ModelMatrix {
  /** Column names, R's: "(Intercept)", numeric predictors by name, factor dummies as "factor(name)level". */
  readonly terms: string[];
  /** One column per term, NaN where a predictor is missing. */
  readonly columns: Float64Array[];
  /** The levels used for each factor predictor (reference first). */
  readonly factorLevels: Readonly<Record<string, readonly number[]>>;
}

/**
 * The design matrix of an intercept (optional) and named predictors, R's
 * `model.matrix(~ x + factor(z))` with the default treatment contrasts: a
 * numeric predictor is one column; a factor with levels l₁ < … < l_L is L − 1
 * dummy columns 1{z = l_j}, j ≥ 2, named `factor(z)l_j`, l₁ being the
 * reference (Chambers & Hastie 1992 §2.3; R `contr.treatment`). Columns keep
 * the order of the keys of `predictors`. A missing value (NaN) makes the
 * row's entries NaN, so fitting functions leave the row out (R `na.omit`).
 *
 * @param levelRows rows whose codes give a factor's default levels (e.g. the domain); all rows when omitted
 * @throws SurveyInputError "value-unknown-code" for a code outside a factor's given levels (row and predictor named)
 * @throws SurveyInputError "value-range" for a factor with fewer than two levels (R: "contrasts can be applied only to factors with 2 or more levels")
 * @example
 * modelMatrix({ x: [1, 2, 3], region: asFactor([1, 2, 3]) }, 3).terms // => ["(Intercept)", "x", "factor(region)2", "factor(region)3"]
 */
export function modelMatrix(
  predictors: Readonly<Record<string, Predictor>>,
  rowCount: number,
  options: { readonly intercept?: boolean; readonly levelRows?: ArrayLike<number | boolean>; readonly file?: string } = {},
): ModelMatrix {
  const terms: string[] = [];
  const columns: Float64Array[] = [];
  const factorLevels: Record<string, readonly number[]> = {};
  if (options.intercept ?? true) {
    terms.push("(Intercept)");
    columns.push(new Float64Array(rowCount).fill(1));
  }
  for (const [name, predictor] of Object.entries(predictors)) {
    if (!isFactorPredictor(predictor)) {
      if (predictor.length !== rowCount) throw new RangeError(`predictor ${name} has ${predictor.length} rows, expected ${rowCount}`);
      terms.push(name);
      columns.push(Float64Array.from(predictor));
      continue;
    }
    const codes = predictor.factor;
    if (codes.length !== rowCount) throw new RangeError(`factor ${name} has ${codes.length} rows, expected ${rowCount}`);
    const levels = predictor.levels ? [...predictor.levels] : observedLevels(codes, options.levelRows);
    if (levels.length < 2)
      throw new SurveyInputError("value-range", { file: options.file ?? "model matrix", column: name }, `factor ${name} has ${levels.length} level(s) [${levels.join(", ")}]; it needs two or more`);
    factorLevels[name] = levels;
    const position = new Map(levels.map((level, j) => [level, j]));
    const dummies = levels.slice(1).map(() => new Float64Array(rowCount));
    for (let i = 0; i < rowCount; i++) {
      const code = codes[i];
      if (Number.isNaN(code)) {
        for (const dummy of dummies) dummy[i] = NaN;
        continue;
      }
      const j = position.get(code);
      if (j === undefined) {
        if (options.levelRows && !options.levelRows[i]) continue; // outside the rows used: its entries are never read
        throw new SurveyInputError("value-unknown-code", { file: options.file ?? "model matrix", row: i + 1, column: name }, `code ${code} is not a level of factor ${name} [${levels.join(", ")}]`);
      }
      if (j > 0) dummies[j - 1][i] = 1;
    }
    levels.slice(1).forEach((level, j) => {
      terms.push(`factor(${name})${level}`);
      columns.push(dummies[j]);
    });
  }
  return { terms, columns, factorLevels };
}

function observedLevels(codes: ArrayLike<number>, rows: ArrayLike<number | boolean> | undefined): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < codes.length; i++) if (!Number.isNaN(codes[i]) && (!rows || rows[i])) seen.add(codes[i]);
  return [...seen].sort((a, b) => a - b);
}
