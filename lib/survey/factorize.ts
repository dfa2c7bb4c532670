import type { Label } from "./types";

/** Labels mapped to dense 0-based integer codes in order of first appearance. */
export interface FactorizedLabels {
  /** codes[i] = index into `levels` of the i-th label. */
  readonly codes: Int32Array;
  /** Distinct labels, in order of first appearance. */
  readonly levels: Label[];
}

/**
 * Maps string or number labels to dense Int32 codes (first-appearance order),
 * like R's `match(x, unique(x))`. Consecutive equal labels are looked up once,
 * which makes sorted survey files (rows grouped by PSU) cheap to factorize.
 *
 * @example factorizeLabels(["b", "a", "b"]) // => { codes: Int32Array [0, 1, 0], levels: ["b", "a"] }
 */
export function factorizeLabels(labels: ArrayLike<Label>): FactorizedLabels {
  const codes = new Int32Array(labels.length);
  const levels: Label[] = [];
  const index = new Map<Label, number>();
  let previous: Label | undefined;
  let previousCode = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label !== previous || previousCode < 0) {
      let code = index.get(label);
      if (code === undefined) {
        code = levels.length;
        index.set(label, code);
        levels.push(label);
      }
      previous = label;
      previousCode = code;
    }
    codes[i] = previousCode;
  }
  return { codes, levels };
}
