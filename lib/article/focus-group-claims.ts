import type { ClaimResult } from "../claims/claim-result";
import type { ClaimRecord } from "../claims/claims-registry";
import { QuantifierConvention, QuantifierRange, quantifierRange, ReadingVerdict, verdictAcrossReadings } from "../claims/quantifier-conventions";
import { verdictWithoutSource } from "../claims/verdict-rules";
import { formatInterval, Interval, intervalSum } from "../rounding/interval";
import { checkWithinRange, compareIntervals, ComparisonOutcome, describeFeasibility } from "../rounding/interval-comparison";
import { roundTo } from "../rounding/rounding";
import { FOCUS_GROUP_QUANTIFIERS_FILE, FocusGroup, FocusGroupQuantifier } from "./focus-groups";
import { designValue, StudyDesignFact } from "./study-design";
import { figureLocation } from "./text-figure-lookup";

/**
 * The focus groups (notebook 04): the design the memo's footnote 4
 * describes, the counts it states, the quantifiers it uses, and the results
 * of the claims FG-01 … FG-31. The transcripts are not public, so a claim's
 * substance is "not checkable (source not public)"; what the memo's own
 * figures allow is checked and can make a claim "internally inconsistent".
 */

/** What the design claims rest on. */
export const FOCUS_GROUP_EVIDENCE = "memo footnote 4 and text (study design as stated)";

/** Intervals of the focus-group checks are shown with one decimal at most. */
function range(value: Interval): string {
  return formatInterval(value, 1);
}

/** The cities of one language that have no group in the other language, and their macro-regions. */
export interface SingleLanguageCities {
  readonly language: string;
  readonly cities: readonly { readonly city: string; readonly macroRegion: string }[];
  /** Their macro-regions, in order of first appearance. */
  readonly macroRegions: readonly string[];
}

/** How the design confounds the language of a group with the region of its city. */
export interface LanguageRegionConfound {
  /** Single-language cities, Kazakh then Russian. */
  readonly singleLanguage: readonly SingleLanguageCities[];
  /** Macro-regions holding single-language cities of both languages (none: language and region never vary apart there). */
  readonly sharedRegions: readonly string[];
  /** Groups in cities with groups in both languages, where language varies within one city. */
  readonly withinCityGroups: number;
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
  /** Language against region: which single-language cities lie where. */
  readonly confound: LanguageRegionConfound;
}

/**
 * Summarises the groups of footnote 4: their number, the cities, the cities
 * with groups in both languages, the groups per language, and how language is
 * confounded with region (the single-language cities of each language and
 * their macro-regions; the macro-regions where single-language cities of both
 * languages meet; the groups whose city has both languages).
 *
 * @example focusGroupDesign(focusGroupRows(loadFocusGroups())).bilingualCities // => ["Almaty", "Astana"]
 * @example focusGroupDesign(focusGroupRows(loadFocusGroups())).confound.sharedRegions // => []
 */
export function focusGroupDesign(groups: readonly FocusGroup[]): FocusGroupDesign {
  const cities = [...new Set(groups.map((g) => g.city))];
  const bilingualCities = cities.filter((city) => new Set(groups.filter((g) => g.city === city).map((g) => g.language)).size > 1);
  const languages = ["Kazakh", "Russian"];
  const singleLanguage = languages.map((language) => {
    const own = groups.filter((g) => g.language === language && !bilingualCities.includes(g.city));
    const cityRows = [...new Set(own.map((g) => g.city))].map((city) => ({
      city,
      macroRegion: own.find((g) => g.city === city)?.macro_region ?? "",
    }));
    return { language, cities: cityRows, macroRegions: [...new Set(cityRows.map((c) => c.macroRegion))] };
  });
  const sharedRegions = singleLanguage[0].macroRegions.filter((region) => singleLanguage[1].macroRegions.includes(region));
  return {
    groups: groups.length,
    cities,
    bilingualCities,
    perLanguage: languages.map((language) => ({ language, groups: groups.filter((g) => g.language === language).length })),
    astanaKazakh: groups.some((g) => g.city === "Astana" && g.language === "Kazakh"),
    confound: {
      singleLanguage,
      sharedRegions,
      withinCityGroups: groups.filter((g) => bilingualCities.includes(g.city)).length,
    },
  };
}

/**
 * The language-region confound in words, computed from the design: where
 * the single-language cities of each language lie, whether any macro-region
 * has single-language cities of both languages, and how many groups compare
 * the languages within one city.
 *
 * @example describeConfound(design) // => "Kazakh-only cities: Shymkent (South), …; Russian-only cities: …; …"
 */
export function describeConfound(design: FocusGroupDesign): string {
  const { singleLanguage, sharedRegions, withinCityGroups } = design.confound;
  const lists = singleLanguage
    .map((s) => `${s.language}-only cities: ${s.cities.map((c) => `${c.city} (${c.macroRegion})`).join(", ")}`)
    .join("; ");
  const shared =
    sharedRegions.length === 0
      ? "no macro-region has single-language cities of both languages, so outside " +
        `${design.bilingualCities.join(" and ")} a difference between the languages is also a difference between regions`
      : `single-language cities of both languages meet in ${sharedRegions.join(", ")}`;
  return (
    `${lists}; ${shared}. Only ${withinCityGroups} of ${design.groups} groups ` +
    `(${design.bilingualCities.join(", ")}) compare the two languages within one city.`
  );
}

/** Groups per macro-region and language, with the cities behind them. */
export interface RegionLanguageRow {
  readonly macro_region: string;
  readonly kazakh_groups: number;
  readonly russian_groups: number;
  readonly cities: string;
}

/**
 * The design as a macro-region × language table of groups (regions in order
 * of first appearance), the cross-tabulation behind the language-region
 * confound.
 *
 * @example languageByRegion(focusGroupRows(loadFocusGroups()))[0] // => { macro_region: "South", kazakh_groups: 3, russian_groups: 1, cities: "Almaty, Shymkent, Kyzylorda" }
 */
export function languageByRegion(groups: readonly FocusGroup[]): RegionLanguageRow[] {
  const regions = [...new Set(groups.map((g) => g.macro_region))];
  return regions.map((region) => {
    const inRegion = groups.filter((g) => g.macro_region === region);
    return {
      macro_region: region,
      kazakh_groups: inRegion.filter((g) => g.language === "Kazakh").length,
      russian_groups: inRegion.filter((g) => g.language === "Russian").length,
      cities: [...new Set(inRegion.map((g) => g.city))].join(", "),
    };
  });
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
      detail:
        "The design has groups in both languages, so the comparison is possible; its content needs the transcripts. " +
        `Language is confounded with region in the design: ${describeConfound(design)}`,
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

/** A quantifier of the memo with the shares each of its documented readings allows. */
export interface QuantifierReading extends FocusGroupQuantifier {
  /** Share (percent of the quantifier's base) under the reference reading, with every reading in `readings`. */
  readonly range: QuantifierRange;
}

/**
 * Reads each quantifier under every documented reading
 * (data/claims/quantifier-conventions.csv): a word gets its ranges, "about p%"
 * gets p ± each tolerance, "about n" people gets 100 · n / participants ±
 * each tolerance. For a quantifier whose base is the participants, a
 * reading's least count ("several": 3 people, "about five": 1) raises its
 * lower bound to 100 · count / participants; other bases (answers, images,
 * the members of another quantifier) have no known size, so no least count
 * applies there.
 *
 * @example readQuantifiers(rows, conventions, 100).find((q) => q.quantifier_id === "crimea_doubts")?.range.readings.map((r) => r.range) // => [{ lower: 1, upper: 10 }, { lower: 2.5, upper: 7.5 }]
 */
export function readQuantifiers(
  quantifiers: readonly FocusGroupQuantifier[],
  conventions: readonly QuantifierConvention[],
  participants: number,
): QuantifierReading[] {
  return quantifiers.map((q) => {
    const base = q.base === "participants" && q.nested_in === "" ? participants : undefined;
    const stated = Number.isFinite(q.approximate_percent)
      ? { percent: q.approximate_percent, base }
      : Number.isFinite(q.approximate_count)
        ? { count: q.approximate_count, base: participants }
        : { base };
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
 * Every reading of a quantifier in words, for tables and the ledger:
 * `'one in ten or more [10, 100]; two in five or more [40, 100]'`.
 *
 * @example describeReadings(quantifierReading(readings, "bound_to_russia")) // => "one in ten or more [10, 100]; two in five or more [40, 100]"
 */
export function describeReadings(q: QuantifierReading): string {
  return q.range.readings.map((r) => `${r.reading} ${range(r.range)}`).join("; ");
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

/**
 * How two quantifiers describing the same discussion must relate:
 * - "make up the base": their shares can add up to 100% (complements);
 * - "fit within the base": disjoint groups, their shares add up to at most 100%;
 * - "first at least second": the second group is part of the first.
 */
export type QuantifierRelation = "make up the base" | "fit within the base" | "first at least second";

/** A consistency check between two quantifiers of the memo, and the claims it bears on. */
export interface QuantifierCheckSpec {
  readonly claims: readonly string[];
  readonly relation: QuantifierRelation;
  /** Ids of the two quantifiers (data/article/focus-group-quantifiers.csv). */
  readonly quantifiers: readonly [string, string];
  readonly note: string;
}

/** The consistency checks between the memo's focus-group quantifiers (notebook 04). */
export const FOCUS_GROUP_QUANTIFIER_CHECKS: readonly QuantifierCheckSpec[] = [
  {
    claims: ["FG-09", "FG-10"],
    relation: "make up the base",
    quantifiers: ["russia_more_advanced_yes", "russia_more_advanced_other"],
    note: "'around two-thirds' and 'the other third' of the answers describe all answers",
  },
  {
    claims: ["FG-11"],
    relation: "fit within the base",
    quantifiers: ["soviet_brothers", "soviet_accusers"],
    note: "the 'majority' who called Soviet nations brothers and the 'only a few' who accused the regime are disjoint",
  },
  {
    claims: ["FG-18"],
    relation: "fit within the base",
    quantifiers: ["crimea_agree", "crimea_doubts"],
    note: "strict reading: the 'about five' doubters outside the 'overwhelming' agreement",
  },
  {
    claims: ["FG-21"],
    relation: "first at least second",
    quantifiers: ["bound_to_russia", "soviet_brothers"],
    note: "the 'majority' calling Soviet nations brothers is given as an instance ('For instance') of the 'many'",
  },
  {
    claims: ["FG-27"],
    relation: "first at least second",
    quantifiers: ["older_brother", "understanding"],
    note: "the 'several' who showed understanding read as among the 'some' who saw an older brother",
  },
  {
    claims: ["FG-31"],
    relation: "fit within the base",
    quantifiers: ["sovereignty_consensus", "russia_danger"],
    note: "the 'very consensual' view of Russia's support for sovereignty and the 'very few' who saw a danger are disjoint",
  },
];

/** One consistency check under one combination of readings. */
export interface QuantifierCheckOutcome {
  readonly spec: QuantifierCheckSpec;
  /** The reading of each of the two quantifiers. */
  readonly readings: readonly [string, string];
  readonly ranges: readonly [Interval, Interval];
  /** The sum of the two shares ("make up", "fit within") or first − second ("at least"). */
  readonly value: Interval;
  readonly outcome: ComparisonOutcome;
}

/**
 * Runs a consistency check under every combination of the readings of its
 * two quantifiers. With a, b the two shares (percent of the base):
 * "make up the base": 100 ∈ a + b; "fit within the base": a + b ≤ 100;
 * "first at least second": a ≥ b; each judged on intervals
 * ("certain" / "possible only within rounding" / "impossible",
 * {@link compareIntervals}, {@link checkWithinRange}).
 *
 * @example checkUnderReadings(FOCUS_GROUP_QUANTIFIER_CHECKS[1], readings).map((o) => o.outcome) // => ["certain", "certain"]
 */
export function checkUnderReadings(spec: QuantifierCheckSpec, readings: readonly QuantifierReading[]): QuantifierCheckOutcome[] {
  const [first, second] = spec.quantifiers.map((id) => quantifierReading(readings, id));
  const whole = { lower: 100, upper: 100 };
  const outcomes: QuantifierCheckOutcome[] = [];
  for (const a of first.range.readings) {
    for (const b of second.range.readings) {
      const sum = intervalSum([a.range, b.range]);
      let value: Interval;
      let outcome: ComparisonOutcome;
      if (spec.relation === "make up the base") {
        value = sum;
        outcome = checkWithinRange(whole, sum).outcome;
      } else if (spec.relation === "fit within the base") {
        value = sum;
        outcome = compareIntervals(sum, "<=", whole).outcome;
      } else {
        const comparison = compareIntervals(a.range, ">=", b.range);
        value = comparison.difference;
        outcome = comparison.outcome;
      }
      outcomes.push({ spec, readings: [a.reading, b.reading], ranges: [a.range, b.range], value, outcome });
    }
  }
  return outcomes;
}

/** The share of all participants in a nested group ("most of those"), under one pair of readings. */
export interface NestedShare {
  readonly readings: readonly [string, string];
  /** Share of all participants, in percent: [Lo · Li / 100, Uo · Ui / 100]. */
  readonly share: Interval;
}

/**
 * The share of the whole base that a nested quantifier describes ("most
 * participants held X, even if most of those also held Y"): the product of
 * the outer and the inner shares, under every pair of their readings,
 * [Lo · Li / 100, Uo · Ui / 100] (interval product of shares, both ≥ 0).
 * Throws when `inner` is not nested in `outer`.
 *
 * @example nestedShares(readings, "steppe_realpolitik").map((n) => n.share.lower) // => [25, 30, 30, 36]
 */
export function nestedShares(readings: readonly QuantifierReading[], innerId: string): NestedShare[] {
  const inner = quantifierReading(readings, innerId);
  if (inner.nested_in === "") throw new RangeError(`nestedShares: quantifier ${innerId} is not nested in another`);
  const outer = quantifierReading(readings, inner.nested_in);
  return outer.range.readings.flatMap((o) =>
    inner.range.readings.map((i) => ({
      readings: [o.reading, i.reading] as [string, string],
      share: { lower: (o.range.lower * i.range.lower) / 100, upper: (o.range.upper * i.range.upper) / 100 },
    })),
  );
}

/**
 * Results of the quantifier claims about what participants said (FG-08 …
 * FG-11, FG-13, FG-14, FG-16 … FG-21, FG-24, FG-25, FG-27 … FG-31): each
 * claim's quantifiers under every reading, the consistency checks that bear
 * on it under every combination of readings ({@link checkUnderReadings}),
 * and the verdict: under each combination the verdict from the evidence the
 * registry names and that check ({@link verdictWithoutSource}); the claim's
 * verdict is the one all combinations give, else "depends on the reading"
 * ({@link verdictAcrossReadings}). `checks` are all outcomes of the notebook's
 * checks; `nested` the shares of FG-28's nested "most of those".
 *
 * @example quantifierClaimResults(readings, 100, checks, nested, recorder.claims).length // => 18
 */
export function quantifierClaimResults(
  readings: readonly QuantifierReading[],
  participants: number,
  checks: readonly QuantifierCheckOutcome[],
  nested: readonly NestedShare[],
  claims: readonly ClaimRecord[],
): ClaimResult[] {
  const q = (id: string): QuantifierReading => quantifierReading(readings, id);
  const lowestNested = Math.min(...nested.map((n) => n.share.lower));
  const highestNestedLower = Math.max(...nested.map((n) => n.share.lower));
  const notes: Readonly<Record<string, string>> = {
    "FG-08": "Base: the images named, not participants (their number is not stated).",
    "FG-09": "Base: the answers, not participants; together with 'the other third' it covers all answers (FG-10).",
    "FG-10": "Complement of FG-09: the two shares can add up to 100%.",
    "FG-11": "A majority and a few fit within all participants.",
    "FG-13": "No other figure to hold it against.",
    "FG-14": `The share is of participants: of ${participants}, about ${roundTo((participants * q("russia_partner").approximate_percent) / 100, 0)} people.`,
    "FG-16": "No other figure to hold it against; FG-28 counts a part of these participants.",
    "FG-17": "Two separate questions; no relation between them to check.",
    "FG-18":
      `About ${q("crimea_doubts").approximate_count} doubters of ${participants} (never none: at least one) fit with an overwhelming ` +
      "agreement even if they were outside the agreeing group.",
    "FG-19": "No other figure to hold it against here; CX-05 (notebook 05) holds it against 'largely take the Russian side'.",
    "FG-20": "Base: the qualifiers used, not participants.",
    "FG-21": "The majority given as an instance of the many must not exceed them.",
    "FG-24": "No other figure to hold it against.",
    "FG-25": "No other figure to hold it against.",
    "FG-27": "The several who showed understanding, read as among the some who saw an older brother, must not exceed them.",
    "FG-28":
      `A share of the participants who held the protection view (FG-16), not of all participants: the share of all participants ` +
      `who held both views is the product of the two readings, at least ${roundTo(lowestNested, 1)}% to ${roundTo(highestNestedLower, 1)}% ` +
      `depending on the readings (${nested.map((n) => `${n.readings.join(" × ")}: ${range(n.share)}`).join("; ")}). ` +
      (highestNestedLower < 50
        ? "Under no reading does the memo's wording imply that most of all participants placed the protection within a realpolitik strategy."
        : "Under some reading most of all participants placed the protection within a realpolitik strategy."),
    "FG-29": "No other figure to hold it against.",
    "FG-30": "At least three people under every reading; no other figure to hold it against.",
    "FG-31": "The consensual majority and the very few who saw a danger fit within all participants.",
  };
  return Object.keys(notes).map((id) => {
    const claim = registered(claims, id);
    const own = readings.filter((x) => x.claim_id === id);
    const shares = own;
    const bearing = checks.filter((c) => c.spec.claims.includes(id));
    const perReading: ReadingVerdict[] =
      bearing.length === 0
        ? [{ reading: "every reading", verdict: verdictWithoutSource(claim.evidence_needed) }]
        : bearing.map((c) => ({ reading: c.readings.join(" + "), verdict: verdictWithoutSource(claim.evidence_needed, [c.outcome]) }));
    const read = shares.map((x) => `${quantifierLabel(x, participants)} → ${describeReadings(x)} (% of ${x.base})`);
    const checkText =
      bearing.length === 0
        ? "none possible"
        : `${bearing[0].spec.note}: ${bearing.map((c) => `${c.readings.join(" + ")} ${describeFeasibility(c.outcome)}`).join("; ")}`;
    return {
      id,
      computed: `read as ${read.join("; ")}`,
      interval: id === "FG-28" && nested.length > 0 ? range(nested[0].share) : shares.length === 1 ? range(shares[0].range) : "",
      intervalKind: (id === "FG-28" && nested.length > 0) || shares.length === 1 ? "quantifier reading" : "",
      verdict: verdictAcrossReadings(perReading),
      evidence: `memo text (quantifiers, ${FOCUS_GROUP_QUANTIFIERS_FILE}; readings, data/claims/quantifier-conventions.csv); focus-group transcripts not public`,
      detail: `${notes[id]} Internal checks: ${checkText}.`,
    };
  });
}

/**
 * Result of FG-22, the Kazakh-speaking groups "still generally as
 * pro-Russian as the Russian-speaking ones": the comparison needs groups in
 * both languages (design); if every one of the "only a few" who accused the
 * Soviet regime (¶7) sat in a Kazakh-language group, they would be at most
 * 100 · a / (Kazakh groups × group size) percent of those groups' participants
 * (a = the share "a few" allows, per reading), which must stay below half for
 * the Kazakh groups to remain "generally" pro-Russian. The design's
 * language-region confound is spelled out ({@link describeConfound}).
 *
 * @example languageComparisonClaimResult(design, counts, readings, recorder.claim("FG-22")).verdict // => "not checkable (source not public)"
 */
export function languageComparisonClaimResult(
  design: FocusGroupDesign,
  counts: StatedCounts,
  readings: readonly QuantifierReading[],
  claim: ClaimRecord,
): ClaimResult {
  const kazakhGroups = design.perLanguage.find((p) => p.language === "Kazakh")?.groups ?? 0;
  const kazakhParticipants = kazakhGroups * counts.perGroup;
  const bothLanguages: ComparisonOutcome = design.perLanguage.every((p) => p.groups > 0) ? "certain" : "impossible";
  const accusers = quantifierReading(readings, "soviet_accusers");
  const perReading = accusers.range.readings.map((r) => {
    const ofKazakh =
      kazakhParticipants > 0
        ? { lower: (r.range.lower * counts.totalFootnote) / kazakhParticipants, upper: (r.range.upper * counts.totalFootnote) / kazakhParticipants }
        : { lower: Infinity, upper: Infinity };
    const minority = compareIntervals(ofKazakh, "<", { lower: 50, upper: 50 }).outcome;
    return { reading: r.reading, ofKazakh, minority, verdict: verdictWithoutSource(claim.evidence_needed, [bothLanguages, minority]) };
  });
  return {
    id: "FG-22",
    computed:
      `${design.perLanguage.map((p) => `${p.groups} ${p.language}-language groups`).join(", ")}; ` +
      `"only a few" critics, all in Kazakh groups, would be ${perReading.map((r) => `${range(r.ofKazakh)}% (${r.reading})`).join(" or ")} ` +
      `of their ${kazakhParticipants} participants`,
    interval: "",
    verdict: verdictAcrossReadings(perReading),
    evidence: `${FOCUS_GROUP_EVIDENCE}; ${FOCUS_GROUP_QUANTIFIERS_FILE}; focus-group transcripts not public`,
    detail:
      `Even if all the "only a few" who accused the Soviet regime (¶7) were in Kazakh-language groups they would be a minority there ` +
      `(${perReading.map((r) => `${r.reading}: ${describeFeasibility(r.minority)}`).join("; ")}), so "generally as pro-Russian" can hold; ` +
      `its substance needs the transcripts. The comparison is not one of language alone: ${describeConfound(design)}`,
  };
}

/** The columns of one published survey table, to see whether it breaks its figures down by subgroup. */
export interface PublishedTableColumns {
  readonly table: string;
  readonly columns: readonly string[];
}

/** Column names that would mark a breakdown by subgroup (interview language, ethnicity, region). */
export const SUBGROUP_COLUMNS = ["language", "interview_language", "ethnicity", "nationality", "region", "subgroup"] as const;

/**
 * Result of FG-23, "this nuance was not captured in the surveys": the memo
 * publishes its survey figures for all respondents only (no table has a
 * subgroup column, {@link SUBGROUP_COLUMNS}), so the surveys as published
 * cannot show a difference between Kazakh- and Russian-speakers; whether the
 * CAB waves could (interview language, items on history) needs the waves and
 * their questionnaires.
 *
 * @example surveyNuanceClaimResult([{ table: "Table 1", columns: ["item_id", "percent"] }], recorder.claim("FG-23")).verdict // => "needs respondent-level data"
 */
export function surveyNuanceClaimResult(tables: readonly PublishedTableColumns[], claim: ClaimRecord): ClaimResult {
  const withSubgroups = tables.filter((t) => t.columns.some((c) => (SUBGROUP_COLUMNS as readonly string[]).includes(c)));
  return {
    id: "FG-23",
    computed: `published survey tables broken down by language or another subgroup: ${withSubgroups.length} of ${tables.length}`,
    interval: "",
    verdict: verdictWithoutSource(claim.evidence_needed),
    evidence: `memo ${tables.map((t) => t.table).join(" and ")} as transcribed in data/article/; CAB waves and questionnaires (licensed) not in the package`,
    detail:
      `The memo reports its survey figures for all respondents only (${tables.map((t) => `${t.table}: ${t.columns.join(", ")}`).join("; ")}), ` +
      "so the published figures cannot show the nuance; whether the surveys did not capture it (the interview language or the " +
      "respondent's language, items on the Soviet past) needs the CAB waves and their questionnaires.",
  };
}

/**
 * Result of FG-26, "the widespread views that we have noted of Russia as a
 * developed country that plays a benevolent or at least benign role": the
 * survey figures the memo noted are shares of reasons (Table 2, column 1),
 * given up to two per respondent with a positive opinion. Assuming each
 * respondent names at least one reason (a "do not know" counts) and a
 * category at most once, the respondents who cite a category with share p
 * of all reasons are between p and 2p percent of them: [p − ½, min(100, 2(p + ½))].
 * Those who cite a view are a lower bound on those who hold it, so
 * "widespread" can always hold; the claim needs a survey item on the views.
 *
 * @example viewsNotedClaimResult(readings, { domestic: 47, benign: 11 }, recorder.claim("FG-26")).verdict // => "needs respondent-level data"
 */
export function viewsNotedClaimResult(
  readings: readonly QuantifierReading[],
  reasonShares: { readonly domestic: number; readonly benign: number },
  claim: ClaimRecord,
): ClaimResult {
  const citing = (p: number): Interval => ({ lower: Math.max(0, p - 0.5), upper: Math.min(100, 2 * (p + 0.5)) });
  const domestic = citing(reasonShares.domestic);
  const benign = citing(reasonShares.benign);
  const widespread = quantifierReading(readings, "views_noted");
  const perReading = widespread.range.readings.map((r) => {
    const outcomes = [domestic, benign].map((c) => checkWithinRange({ lower: c.lower, upper: 100 }, r.range).outcome);
    return { reading: r.reading, range: r.range, outcomes, verdict: verdictWithoutSource(claim.evidence_needed, outcomes) };
  });
  const certainlyWidespread = (c: Interval) => widespread.range.readings.filter((r) => c.lower >= r.range.lower).map((r) => r.reading);
  return {
    id: "FG-26",
    computed:
      `respondents with a positive opinion citing: domestic qualities ${range(domestic)}%, a benign international role ${range(benign)}% ` +
      `(Table 2, ${reasonShares.domestic}% and ${reasonShares.benign}% of all reasons)`,
    interval: range(benign),
    intervalKind: "rounding",
    verdict: verdictAcrossReadings(perReading),
    evidence: "memo Table 2 (published, rounded) and text; CAB respondent-level data (licensed) not in the package",
    detail:
      `Under each reading of "widespread" (${describeReadings(widespread)}) the views can be widespread, as citers are a lower bound on holders. ` +
      `But the survey figures the memo had noted show the benign view cited by only ${range(benign)}% of respondents with a positive opinion ` +
      `(widespread for certain under ${certainlyWidespread(benign).join(", ") || "no reading"}), the developed-country view by ${range(domestic)}% ` +
      `(for certain under ${certainlyWidespread(domestic).join(", ") || "no reading"}). Assumes one or two reasons per respondent and a category at most once.`,
  };
}
