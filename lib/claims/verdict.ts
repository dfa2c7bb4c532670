/** The verdict of one claim of the memo: one of {@link VERDICTS}. */
export type Verdict =
  | "reproduced"
  | "consistent within rounding"
  | "depends on the reading"
  | "not supported by the memo's own numbers"
  | "internally inconsistent"
  | "needs respondent-level data"
  | "not checkable (source not public)";

/** A verdict and the one-line definition a reader of the ledger is given. */
export interface VerdictDefinition {
  readonly verdict: Verdict;
  readonly definition: string;
}

/**
 * The verdict vocabulary of the claims ledger's first layer, the judgement on
 * the memo's printed figures, in order from "confirmed" to "cannot be judged".
 * A claim gets exactly one, computed in its notebook. What the respondent-level
 * waves give is a second layer with a vocabulary of its own
 * (`RESPONDENT_VERDICTS`, respondent-verdict.ts).
 */
export const VERDICTS: readonly VerdictDefinition[] = [
  { verdict: "reproduced", definition: "The evidence gives the reported figure exactly (after rounding as published), or the asserted relation holds for every value the rounded figures allow." },
  { verdict: "consistent within rounding", definition: "The evidence does not give the figure exactly, but some true values behind the rounded published figures do; the claim holds only within rounding." },
  {
    verdict: "depends on the reading",
    definition:
      "The verdict differs between documented readings of the claim's wording: the readings of a vague quantifier, or of an ambiguous phrase (e.g. the base a share is 'of': all reasons or the categorizable ones, reasons or the people giving them). " +
      "A wording ambiguity, not two contradictory figures: the figure or relation stands under at least one reading (it holds, holds within rounding, or only a source outside the memo can tell); the detail gives the verdict under each reading.",
  },
  { verdict: "not supported by the memo's own numbers", definition: "The memo's own published figures contradict a relation or characterization it asserts (e.g. 'at least as common' when no rounding allows it)." },
  { verdict: "internally inconsistent", definition: "Two figures of the memo that should be equal (or add up) cannot both be right under any rounding." },
  { verdict: "needs respondent-level data", definition: "The memo's printed figures cannot check the claim: it needs the CAB respondent-level data. What the waves give is the claim's respondent-level verdict (a second column), never this one." },
  { verdict: "not checkable (source not public)", definition: "The claim rests on a source not available to readers (focus-group transcripts and fieldwork records, an uncited external survey); only its internal consistency is checked." },
];

/**
 * True when `value` is one of the verdicts of {@link VERDICTS}.
 *
 * @example isVerdict("reproduced") // => true
 * @example isVerdict("ok") // => false
 */
export function isVerdict(value: string): value is Verdict {
  return VERDICTS.some((entry) => entry.verdict === value);
}
