/**
 * How an item's non-substantive answers ("do not know", refused) enter an estimate.
 *
 * - "category": they are ordinary answer categories; every proportion has all
 *   answers (missing NaN excluded) as denominator.
 * - "exclude": they are left out of the denominator by domain estimation over
 *   substantive answers — their weights are zeroed, rows are not dropped, so
 *   the PSU structure and variance are those of R's
 *   `svymean(~y, subset(design, !y %in% codes))` (Lumley 2010 §2.6).
 *
 * Always echoed in results, so a notebook can print which handling was used.
 */
export interface NonSubstantiveOption {
  readonly codes: readonly number[];
  readonly handling: "category" | "exclude";
}

/** The echo used when no option is given: no code is non-substantive. */
export const NO_NON_SUBSTANTIVE: NonSubstantiveOption = Object.freeze({ codes: Object.freeze([]) as readonly number[], handling: "category" });

/**
 * Normalises a user option into a fresh plain object (codes copied, validated).
 *
 * @example normaliseNonSubstantive({ codes: [8, 9], handling: "exclude" }) // => { codes: [8, 9], handling: "exclude" }
 */
export function normaliseNonSubstantive(option: NonSubstantiveOption | undefined): NonSubstantiveOption {
  if (!option) return { codes: [], handling: "category" };
  if (option.handling !== "category" && option.handling !== "exclude")
    throw new RangeError(`nonSubstantive.handling must be "category" or "exclude", got "${String(option.handling)}"`);
  for (const code of option.codes) if (!Number.isFinite(code)) throw new RangeError(`nonSubstantive code ${code} is not a finite number`);
  return { codes: [...option.codes], handling: option.handling };
}
