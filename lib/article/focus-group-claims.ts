import type { ClaimResult } from "../claims/claim-result";
import type { ClaimRecord } from "../claims/claims-registry";
import { QuantifierConvention, quantifierRange } from "../claims/quantifier-conventions";
import { verdictWithoutSource } from "../claims/verdict-rules";
import { formatInterval, Interval } from "../rounding/interval";
import { ComparisonOutcome, describeFeasibility } from "../rounding/interval-comparison";
import { roundTo } from "../rounding/rounding";
import { FOCUS_GROUP_QUANTIFIERS_FILE, FocusGroup, FocusGroupQuantifier } from "./focus-groups";
import { designValue, StudyDesignFact } from "./study-design";
import { figureLocation } from "./text-figure-lookup";

/**
 * The focus groups (notebook 04): the design the memo's footnote 4
 * describes, the counts it states, the quantifiers it uses, and the results
 * of the claims FG-01 … FG-20. The transcripts are not public, so a claim's
 * substance is "not checkable (source not public)"; what the memo's own
 * figures allow is checked and can make a claim "internally inconsistent".
 */

/** What the design claims rest on. */
export const FOCUS_GROUP_EVIDENCE = "memo footnote 4 and text (study design as stated)";

/** Intervals of the focus-group checks are shown with one decimal at most. */
function range(value: Interval): string {
  return formatInterval(value, 1);
}

/** The focus-group design as read from footnote 4 (one group per city and language). */
export interface FocusGroupDesign {
  /** Number of city-language groups. */
  readonly groups: number;
  /** Cities in order of first mention. */
  readonly cities: readonly string[];
  /** Cities with groups in both languages. */
  readonly bilingualCities: readonly string[];
  /** Groups per language, Kazakh then Russian. */
  readonly perLanguage: readonly { readonly language: string; readonly groups: number }[];
  /** Whether the design has a Kazakh-language group in Astana (a quotation is attributed to one). */
  readonly astanaKazakh: boolean;
}

/**
 * Summarises the groups of footnote 4: their number, the cities, the cities
 * with groups in both languages, the groups per language.
 *
 * @example focusGroupDesign(focusGroupRows(loadFocusGroups())).bilingualCities // => ["Almaty", "Astana"]
 */
export function focusGroupDesign(groups: readonly FocusGroup[]): FocusGroupDesign {
  const cities = [...new Set(groups.map((g) => g.city))];
  return {
    groups: groups.length,
    cities,
    bilingualCities: cities.filter((city) => groups.filter((g) => g.city === city).length > 1),
    perLanguage: ["Kazakh", "Russian"].map((language) => ({ language, groups: groups.filter((g) => g.language === language).length })),
    astanaKazakh: groups.some((g) => g.city === "Astana" && g.language === "Kazakh"),
  };
}

/** The counts the memo states about the focus groups (data/article/study-design.csv). */
export interface StatedCounts {
  /** Groups, as the Introduction states. */
  readonly groupsIntro: number;
  /** Groups, as footnote 4 states. */
  readonly groupsFootnote: number;
  /** Participants per group (footnote 4). */
  readonly perGroup: number;
  /** Participants in all, as footnote 4 states. */
  readonly totalFootnote: number;
  /** Participants in all, as the second section states. */
  readonly totalText: number;
}

/** Ids of the stated counts in data/article/study-design.csv, in the order {@link StatedCounts} lists them. */
export const STATED_COUNT_FACTS = ["fg_groups_intro", "fg_groups_footnote", "fg_participants_per_group", "fg_participants_footnote", "fg_participants_text"] as const;

/**
 * The counts the memo states, read from the study-design facts; throws a
 * DataError when one is missing.
 *
 * @example statedCounts(loadStudyDesign()).perGroup // => 10
 */
export function statedCounts(facts: ReadonlyMap<string, StudyDesignFact>): StatedCounts {
  const [groupsIntro, groupsFootnote, perGroup, totalFootnote, totalText] = STATED_COUNT_FACTS.map((id) => designValue(facts, id));
  return { groupsIntro, groupsFootnote, perGroup, totalFootnote, totalText };
}

/** Counts of the memo that must agree, and the verdict of their agreement. */
export interface CountAgreement {
  readonly id: string;
  /** What is compared, in words. */
  readonly what: string;
  readonly values: readonly number[];
}

/**
 * Results of FG-01, FG-02, FG-04 and FG-05: counts stated in more than one
 * place (or implied by the design) that must be equal, judged by
 * `verdict` (from verdictOfAgreement in the notebook); the detail spells
 * out each count.
 *
 * @example agreementClaimResults(agreement, statedCounts(facts), design).map((r) => r.verdict) // => ["reproduced", ...]
 */
export function agreementClaimResults(
  agreement: readonly (CountAgreement & { readonly verdict: ClaimResult["verdict"] })[],
  counts: StatedCounts,
  design: FocusGroupDesign,
): ClaimResult[] {
  const { groupsIntro, groupsFootnote, perGroup, totalFootnote, totalText } = counts;
  const single = design.cities.length - design.bilingualCities.length;
  const details: Readonly<Record<string, string>> = {
    "FG-02": `The Introduction (${groupsIntro}), footnote 4 (${groupsFootnote}) and the city-language list (${design.groups} groups) agree.`,
    "FG-04": `${groupsFootnote} groups × ${perGroup} participants = ${groupsFootnote * perGroup}, the footnote's total (${totalFootnote}).`,
    "FG-01": `The second section's ${totalText} participants equal the footnote's total and ${groupsFootnote} × ${perGroup}.`,
    "FG-05":
      `${design.bilingualCities.length} cities in both languages (${design.bilingualCities.join(", ")}) and ${single} single-language cities ` +
      `give ${design.bilingualCities.length * 2 + single} groups, ${design.perLanguage.map((p) => `${p.groups} in ${p.language}`).join(" and ")}; ` +
      "this assumes one group per city and language, the only reading the footnote's count allows.",
  };
  return agreement.map((a) => {
    const detail = details[a.id];
    if (detail === undefined) throw new RangeError(`agreementClaimResults: no detail is written for ${a.id}`);
    return { id: a.id, computed: `${a.values.join(" = ")}`, interval: "", verdict: a.verdict, evidence: FOCUS_GROUP_EVIDENCE, detail };
  });
}

/** A design fact only the fieldwork records hold, and what the memo's own figures allow about it. */
export interface DesignFactCheck {
  readonly id: string;
  readonly computed: string;
  /** Outcomes of the internal checks possible ("certain" = feasible, "impossible" = contradicted). */
  readonly checks: readonly ComparisonOutcome[];
  readonly detail: string;
}

/**
 * The design facts FG-03, FG-06, FG-07, FG-12 and FG-15 with the checks the
 * memo's figures allow: an equal number of men and women needs an even group
 * size; a comparison of Kazakh- and Russian-speaking groups needs groups of
 * both kinds; a quotation from a Kazakh-language group in Astana needs such a
 * group. `facts` gives the stated year (fg_year).
 *
 * @example designFactChecks(statedCounts(facts), design, facts)[1].checks // => ["certain"]
 */
export function designFactChecks(counts: StatedCounts, design: FocusGroupDesign, facts: ReadonlyMap<string, StudyDesignFact>): DesignFactCheck[] {
  const feasible = (ok: boolean): ComparisonOutcome => (ok ? "certain" : "impossible");
  const { perGroup } = counts;
  const yearFact = facts.get("fg_year");
  const year = designValue(facts, "fg_year");
  return [
    {
      id: "FG-03",
      computed: `year stated: ${year} (${yearFact === undefined ? "" : figureLocation(yearFact)})`,
      checks: [],
      detail: "The date of the fieldwork is stated once; only the fieldwork records (not public) can confirm it.",
    },
    {
      id: "FG-06",
      computed: `${perGroup} participants per group → ${perGroup / 2} men and ${perGroup / 2} women possible`,
      checks: [feasible(perGroup % 2 === 0)],
      detail:
        `An equal split needs an even group size; ${perGroup} is ${perGroup % 2 === 0 ? "even" : "odd"}. ` +
        "The actual composition (and the age and sector mix) is in the recruitment records.",
    },
    {
      id: "FG-07",
      computed: `all ${design.cities.length} places listed are cities: ${design.cities.join(", ")}`,
      checks: [],
      detail: "The urban-only recruitment agrees with the list of places; representation of age groups and professional sectors needs the recruitment records.",
    },
    {
      id: "FG-12",
      computed: design.perLanguage.map((p) => `${p.groups} ${p.language}-language groups`).join(", "),
      checks: [feasible(design.perLanguage.every((p) => p.groups > 0))],
      detail: "The design has groups in both languages, so the comparison is possible; its content needs the transcripts.",
    },
    {
      id: "FG-15",
      computed: `Kazakh-language group in Astana in the design: ${design.astanaKazakh ? "yes" : "no"}`,
      checks: [feasible(design.astanaKazakh)],
      detail: "The attribution of the quotation agrees with the design; the quotation itself needs the transcripts.",
    },
  ];
}

function registered(claims: readonly ClaimRecord[], id: string): ClaimRecord {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) throw new RangeError(`no registered claim ${id}`);
  return claim;
}

/**
 * Results of the design facts ({@link designFactChecks}): the verdict from
 * the evidence the registry names and the internal checks
 * ({@link verdictWithoutSource}). `claims` are the registry rows (e.g. the
 * notebook recorder's `claims`).
 *
 * @example designFactClaimResults(checks, recorder.claims)[0].verdict // => "not checkable (source not public)"
 */
export function designFactClaimResults(checks: readonly DesignFactCheck[], claims: readonly ClaimRecord[]): ClaimResult[] {
  return checks.map((d) => {
    const claim = registered(claims, d.id);
    return {
      id: d.id,
      computed: d.computed,
      interval: "",
      verdict: verdictWithoutSource(claim.evidence_needed, d.checks),
      evidence: `${FOCUS_GROUP_EVIDENCE}; ${claim.evidence_needed} not public`,
      detail: d.detail,
    };
  });
}

/** A quantifier of the memo with the range of shares its convention allows. */
export interface QuantifierReading extends FocusGroupQuantifier {
  /** Share (percent of the quantifier's base) the documented convention allows. */
  readonly range: Interval;
}

/**
 * Reads each quantifier by the documented conventions: a word gets its
 * fixed range; "about p%" gets p ± the tolerance; "about n" people gets
 * 100 · n / `participants` ± the tolerance ({@link quantifierRange}).
 *
 * @example readQuantifiers(focusGroupQuantifierRows(loadFocusGroupQuantifiers()), loadQuantifierConventions(), 100)[0].range // => { lower: 0, upper: 10 }
 */
export function readQuantifiers(
  quantifiers: readonly FocusGroupQuantifier[],
  conventions: readonly QuantifierConvention[],
  participants: number,
): QuantifierReading[] {
  return quantifiers.map((q) => {
    const stated = Number.isFinite(q.approximate_percent)
      ? { percent: q.approximate_percent }
      : Number.isFinite(q.approximate_count)
        ? { count: q.approximate_count, base: participants }
        : {};
    return { ...q, range: quantifierRange(conventions, q.quantifier, stated) };
  });
}

/**
 * How a quantifier is read, for tables and the ledger: `"about 66.7%"`,
 * `"about 5 of 100"` or the word itself in quotes.
 *
 * @example quantifierLabel({ quantifier: "majority", approximate_percent: NaN, approximate_count: NaN }, 100) // => '"majority"'
 */
export function quantifierLabel(q: Pick<FocusGroupQuantifier, "quantifier" | "approximate_percent" | "approximate_count">, participants: number): string {
  if (Number.isFinite(q.approximate_percent)) return `"about ${roundTo(q.approximate_percent, 1)}%"`;
  if (Number.isFinite(q.approximate_count)) return `"about ${q.approximate_count} of ${participants}"`;
  return `"${q.quantifier}"`;
}

/**
 * The reading of one quantifier by its id; throws naming the file when there is none.
 *
 * @example quantifierReading(readings, "crimea_doubts").approximate_count // => 5
 */
export function quantifierReading(readings: readonly QuantifierReading[], id: string): QuantifierReading {
  const q = readings.find((x) => x.quantifier_id === id);
  if (q === undefined) throw new Error(`no quantifier ${id} in ${FOCUS_GROUP_QUANTIFIERS_FILE}`);
  return q;
}

/** Outcomes of the consistency checks between quantifiers (notebook 04, Step 5). */
export interface QuantifierConsistency {
  /** "Around two-thirds" and "the other third" can add up to 100% (FG-09, FG-10). */
  readonly complement: ComparisonOutcome;
  /** A "majority" and "only a few" fit within all participants (FG-11). */
  readonly brothers: ComparisonOutcome;
  /** "Overwhelmingly agreed" and "about five" doubters fit within all participants, strict reading (FG-18). */
  readonly crimea: ComparisonOutcome;
}

/**
 * Results of the quantifier claims FG-08 … FG-11, FG-13, FG-14, FG-16 …
 * FG-20: each claim's quantifiers as read ({@link readQuantifiers}), the
 * internal checks that bear on it, and the verdict from the evidence the
 * registry names and those checks ({@link verdictWithoutSource}).
 *
 * @example quantifierClaimResults(readings, 100, consistency, recorder.claims).length // => 11
 */
export function quantifierClaimResults(
  readings: readonly QuantifierReading[],
  participants: number,
  consistency: QuantifierConsistency,
  claims: readonly ClaimRecord[],
): ClaimResult[] {
  const q = (id: string): QuantifierReading => quantifierReading(readings, id);
  const none: ComparisonOutcome[] = [];
  const entries: { id: string; quantifiers: string[]; checks: ComparisonOutcome[]; note: string }[] = [
    { id: "FG-08", quantifiers: ["images_negative"], checks: none, note: "Base: the images named, not participants." },
    {
      id: "FG-09",
      quantifiers: ["russia_more_advanced_yes"],
      checks: [consistency.complement],
      note: "Base: the answers, not participants; together with 'the other third' it covers all answers (FG-10).",
    },
    { id: "FG-10", quantifiers: ["russia_more_advanced_other"], checks: [consistency.complement], note: "Complement of FG-09: the two ranges can add up to 100%." },
    { id: "FG-11", quantifiers: ["soviet_brothers", "soviet_accusers"], checks: [consistency.brothers], note: "A majority and a few fit within all participants." },
    { id: "FG-13", quantifiers: ["ussr_return_against"], checks: none, note: "No other figure to hold it against." },
    { id: "FG-20", quantifiers: ["soviet_positive_qualifiers"], checks: none, note: "Base: the qualifiers used, not participants." },
    {
      id: "FG-14",
      quantifiers: ["russia_partner"],
      checks: none,
      note: `The share is of participants: of ${participants}, about ${roundTo((participants * q("russia_partner").approximate_percent) / 100, 0)} people.`,
    },
    { id: "FG-16", quantifiers: ["steppe_protection"], checks: none, note: "No other figure to hold it against." },
    { id: "FG-17", quantifiers: ["russia_danger", "fifth_column"], checks: none, note: "Two separate questions; no relation between them to check." },
    {
      id: "FG-18",
      quantifiers: ["crimea_agree", "crimea_doubts"],
      checks: [consistency.crimea],
      note:
        `About ${q("crimea_doubts").approximate_count} doubters of ${participants} fit with an overwhelming agreement ` +
        `even if they were outside the agreeing group (${describeFeasibility(consistency.crimea)}).`,
    },
    { id: "FG-19", quantifiers: ["us_conflict_russia_side"], checks: none, note: "No other figure to hold it against." },
  ];
  return entries.map((c) => {
    const claim = registered(claims, c.id);
    const read = c.quantifiers.map((id) => `${quantifierLabel(q(id), participants)} → ${range(q(id).range)}% of ${q(id).base}`);
    return {
      id: c.id,
      computed: `read as ${read.join("; ")}`,
      interval: c.quantifiers.length === 1 ? range(q(c.quantifiers[0]).range) : "",
      verdict: verdictWithoutSource(claim.evidence_needed, c.checks),
      evidence: `memo text (quantifiers, ${FOCUS_GROUP_QUANTIFIERS_FILE}); focus-group transcripts not public`,
      detail: `${c.note} Internal checks: ${c.checks.map(describeFeasibility).join(", ") || "none possible"}.`,
    };
  });
}
