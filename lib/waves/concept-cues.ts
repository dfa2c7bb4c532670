import type { WaveConcept } from "./concepts";

/**
 * What identifies each concept, and the design columns, in a wave file:
 * item names known from CAB deposits, and the wording of variable labels in
 * English, Russian and Kazakh. Used by draftCodebook to propose which
 * variable holds which concept; every proposal is reviewed by a person
 * before it reaches the codebook.
 *
 * Known CAB item names are only those seen in CAB deposits (a 2018
 * Kazakhstan file: OpinionRussia, OpinionUSA, OpinionChina; later files:
 * E1a China, E1b Russia, E1c USA; the weight totwt). Others are placed by
 * label wording, or by the question ids the data folder's codebook already
 * uses.
 */

/** Known CAB item names of each concept (compared case-insensitively). */
export const KNOWN_CAB_ITEM_NAMES: Readonly<Record<WaveConcept, readonly string[]>> = {
  russia_opinion: ["OpinionRussia", "E1b"],
  us_opinion: ["OpinionUSA", "E1c"],
  china_opinion: ["OpinionChina", "E1a"],
  russia_economic_relations: [],
  us_economic_relations: [],
  china_economic_relations: [],
  eeu_benefit: [],
  leadership_opinion: [],
  russia_positive_reason_1: [],
  russia_positive_reason_2: [],
};

/** Short descriptions of the concepts for drafted codebook rows (not a questionnaire's verbatim wording). */
export const CONCEPT_WORDING: Readonly<Record<WaveConcept, string>> = {
  russia_opinion: "Opinion of Russia",
  us_opinion: "Opinion of the United States",
  china_opinion: "Opinion of China",
  russia_economic_relations: "Opinion of the country developing closer economic relations with Russia",
  us_economic_relations: "Opinion of the country developing closer economic relations with the United States",
  china_economic_relations: "Opinion of the country developing closer economic relations with China",
  eeu_benefit: "Agreement that joining the EEU has benefitted the national economy",
  leadership_opinion: "Opinion of the country's leadership",
  russia_positive_reason_1: "First-named reason for a positive opinion of Russia (open answer, coded; asked of those with a positive opinion)",
  russia_positive_reason_2: "Second-named reason for a positive opinion of Russia (open answer, coded; asked of those with a positive opinion)",
};

const COUNTRY = {
  russia: /russia|росси|ресей/i,
  us: /\bus\b|\busa\b|u\.s\.|united states|america|сша|соедин[её]нн\S* штат|америк|ақш|құрама штат/i,
  china: /china|chinese|кита[йяюе]|қытай/i,
} as const;
const OPINION = /opinion|favou?rab|view|attitude|think of|feel about|мнени|отношени|относитесь|оцениваете|көзқарас|қарайсыз|пікір/i;
const ECONOMIC = /econom|экономич|экономикал/i;
const CLOSER = /relation|ties|closer|cooperat|develop|сближ|развити|связ|сотруднич|отношени|жақындас|дамыт|қарым|байланыс|ынтымақ/i;
const EEU = /\beeu\b|\beaeu\b|eurasian economic union|еаэс|евразийск\S* экономическ\S* союз|еаэо|еуразиялық экономикалық одақ/i;
const BENEFIT = /benefi|польз|выгод|выигр|пайда/i;
const LEADERSHIP = /leader|government|president|руковод|власт|президент|правительств|басшы|үкімет|билік/i;
const REASON = /reason|why|почему|причин|себеп|неге|не үшін/i;
const SECOND = /second|2nd|втор|екінші|(^|\D)2$/i;

/**
 * The concepts a variable label speaks of, by its wording (English,
 * Russian, Kazakh): an opinion of exactly one of Russia, the US and China;
 * closer economic relations with exactly one of them; the EEU's benefit;
 * the leadership; reasons for a positive opinion of Russia (first or second
 * by "first"/«перв…»/«бірінші», "second"/«втор…»/«екінші», or a trailing 1/2).
 *
 * @example conceptsOfLabel("E1b. Мнение о России / Ресейге көзқарас") // => ["russia_opinion"]
 * @example conceptsOfLabel("Closer economic relations with China") // => ["china_economic_relations"]
 */
export function conceptsOfLabel(label: string, name = ""): WaveConcept[] {
  const countries = (Object.keys(COUNTRY) as (keyof typeof COUNTRY)[]).filter((country) => COUNTRY[country].test(label));
  const one = countries.length === 1 ? countries[0] : null;
  const found: WaveConcept[] = [];
  if (REASON.test(label) && COUNTRY.russia.test(label)) {
    found.push(SECOND.test(label) || SECOND.test(name) ? "russia_positive_reason_2" : "russia_positive_reason_1");
    return found;
  }
  if (EEU.test(label)) return BENEFIT.test(label) ? ["eeu_benefit"] : [];
  if (ECONOMIC.test(label) && CLOSER.test(label)) return one === null ? [] : [`${one}_economic_relations` as WaveConcept];
  if (LEADERSHIP.test(label) && countries.length === 0) return ["leadership_opinion"];
  if (OPINION.test(label) && one !== null) return [`${one}_opinion` as WaveConcept];
  return found;
}

/** A design column of the manifest, and what names and labels identify it. */
export interface DesignColumnCue {
  readonly column: "respondent_id" | "weight" | "strata" | "psu";
  readonly names: RegExp;
  readonly labels: RegExp;
}

/** How draftCodebook guesses the manifest's design columns (the weight of CAB files is totwt). */
export const DESIGN_COLUMN_CUES: readonly DesignColumnCue[] = [
  { column: "respondent_id", names: /^(id|respid|resp_id|respondent_?id|respondent|caseid|case_id|qnr|anketa)$/i, labels: /respondent id|respondent number|номер анкеты|номер респондента|респондент нөмірі/i },
  { column: "weight", names: /^(totwt|weight|weights|wt|wgt|вес)$/i, labels: /\bweight|вес\b|весовой|салмақ/i },
  { column: "strata", names: /^(strata|stratum|strat|region|oblast|reg)$/i, labels: /strat|страт|region|област|регион|облыс|аймақ/i },
  { column: "psu", names: /^(psu|cluster|clust|spu)$/i, labels: /\bpsu\b|primary sampling|cluster|кластер|первичн\S* (выборочн|единиц)|точка опроса/i },
];

/** Labels that name Kazakhstan, for a multi-country file's filter. */
export const KAZAKHSTAN = /kazakhstan|казахстан|қазақстан/i;
