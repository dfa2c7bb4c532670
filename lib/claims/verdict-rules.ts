import { ComparisonOutcome } from "../rounding/interval-comparison";
import { RoundedCheckOutcome } from "../rounding/rounding";
import { EvidenceKind } from "./claims-registry";
import { Verdict } from "./verdict";

/** The two ways a failed check is named: two figures disagree, or a relation/characterization is contradicted. */
export type FailureVerdict = "internally inconsistent" | "not supported by the memo's own numbers";

/**
 * Verdict of a published figure checked against the figures it is computed
 * from (sum, rebased share): "exact" → "reproduced"; "consistent within
 * rounding" → the same; "inconsistent" → `onFailure` ("internally
 * inconsistent" when two figures of the memo should agree).
 *
 * @example verdictOfRoundedCheck("inconsistent") // => "internally inconsistent"
 */
export function verdictOfRoundedCheck(outcome: RoundedCheckOutcome, onFailure: FailureVerdict = "internally inconsistent"): Verdict {
  switch (outcome) {
    case "exact":
      return "reproduced";
    case "consistent within rounding":
      return "consistent within rounding";
    case "inconsistent":
      return onFailure;
    default:
      throw new RangeError(`verdictOfRoundedCheck: unknown outcome ${JSON.stringify(outcome)}`);
  }
}

/**
 * Verdict of an asserted relation or characterization judged on intervals:
 * "certain" → "reproduced", "possible only within rounding" → "consistent
 * within rounding", "impossible" → `onFailure` (by default "not supported by
 * the memo's own numbers").
 *
 * @example verdictOfComparison("impossible") // => "not supported by the memo's own numbers"
 */
export function verdictOfComparison(outcome: ComparisonOutcome, onFailure: FailureVerdict = "not supported by the memo's own numbers"): Verdict {
  switch (outcome) {
    case "certain":
      return "reproduced";
    case "possible only within rounding":
      return "consistent within rounding";
    case "impossible":
      return onFailure;
    default:
      throw new RangeError(`verdictOfComparison: unknown outcome ${JSON.stringify(outcome)}`);
  }
}

/**
 * Verdict of a claim whose evidence is not in the package, given the
 * outcomes of the internal-consistency checks that can be made on the memo's
 * own figures: any "impossible" → `onFailure` ("internally inconsistent" by
 * default; "not supported by the memo's own numbers" when the check holds a
 * characterization the memo makes against its own figures); otherwise
 * "needs respondent-level data" for CAB claims, and "not checkable (source
 * not public)" for focus-group transcripts, external sources and study-design
 * facts only the fieldwork records hold. Throws for evidence that is in the
 * package (published table, in-text figures): those claims must be computed.
 *
 * @example verdictWithoutSource("focus-group transcripts", ["certain"]) // => "not checkable (source not public)"
 * @example verdictWithoutSource("focus-group transcripts", ["impossible"]) // => "internally inconsistent"
 * @example verdictWithoutSource("external source", ["impossible"], "not supported by the memo's own numbers") // => "not supported by the memo's own numbers"
 */
export function verdictWithoutSource(
  evidence: EvidenceKind,
  internalChecks: readonly ComparisonOutcome[] = [],
  onFailure: FailureVerdict = "internally inconsistent",
): Verdict {
  if (evidence === "published table" || evidence === "in-text figures") {
    throw new RangeError(`verdictWithoutSource: ${evidence} is in the package; compute the claim instead`);
  }
  if (internalChecks.includes("impossible")) return onFailure;
  return evidence === "respondent-level data" ? "needs respondent-level data" : "not checkable (source not public)";
}

/**
 * Verdict of figures of the memo that should be equal (the same count quoted
 * in two places, a product of stated counts and a stated total): all equal →
 * "reproduced", otherwise "internally inconsistent". Exact counts, no rounding.
 *
 * @example verdictOfAgreement([100, 10 * 10, 100]) // => "reproduced"
 * @example verdictOfAgreement([10, 9]) // => "internally inconsistent"
 */
export function verdictOfAgreement(values: readonly number[]): Verdict {
  if (values.length < 2) throw new RangeError("verdictOfAgreement: needs at least two values");
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError("verdictOfAgreement: values must be finite");
  return values.every((v) => v === values[0]) ? "reproduced" : "internally inconsistent";
}
