import { strict as assert } from "node:assert";
import {
  agreementClaimResults,
  designFactChecks,
  designFactClaimResults,
  focusGroupDesign,
  checkUnderReadings,
  describeConfound,
  describeReadings,
  FOCUS_GROUP_QUANTIFIER_CHECKS,
  languageByRegion,
  languageComparisonClaimResult,
  nestedShares,
  quantifierClaimResults,
  quantifierLabel,
  quantifierReading,
  readQuantifiers,
  statedCounts,
  surveyNuanceClaimResult,
  viewsNotedClaimResult,
} from "../../lib/article/focus-group-claims";
import { FocusGroup, focusGroupQuantifierRows, focusGroupRows, loadFocusGroupQuantifiers, loadFocusGroups } from "../../lib/article/focus-groups";
import { loadStudyDesign, StudyDesignFact } from "../../lib/article/study-design";
import { claimsOfNotebook, loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { loadQuantifierConventions } from "../../lib/claims/quantifier-conventions";

// Footnote 4 as transcribed: Almaty and Astana in both languages, three Kazakh-only and three Russian-only cities;
// 10 groups of 10, 100 participants; fieldwork in 2019.
describe("focus-group claims (FG-01 … FG-31)", () => {
  const facts = loadStudyDesign();
  const design = focusGroupDesign(focusGroupRows(loadFocusGroups()));
  const counts = statedCounts(facts);
  const registry = claimsOfNotebook(loadClaimsRegistry(), "04-focus-groups.ipynb");

  it("reads the design: 10 groups in 8 cities, 2 of them bilingual, 5 groups per language, a Kazakh group in Astana", () => {
    assert.equal(design.groups, 10);
    assert.equal(design.cities.length, 8);
    assert.deepEqual(design.bilingualCities, ["Almaty", "Astana"]);
    assert.deepEqual(design.perLanguage, [{ language: "Kazakh", groups: 5 }, { language: "Russian", groups: 5 }]);
    assert.equal(design.astanaKazakh, true);
    const russianOnly: FocusGroup[] = [{ group_id: "a", city: "Astana", language: "Russian", design_phrase: "p", oblast_2019: "o", macro_region: "North" }];
    assert.equal(focusGroupDesign(russianOnly).astanaKazakh, false);
  });
  it("reads the stated counts", () => {
    assert.deepEqual(counts, { groupsIntro: 10, groupsFootnote: 10, perGroup: 10, totalFootnote: 100, totalText: 100 });
  });
  it("FG-01, FG-02, FG-04, FG-05: spells out each count and refuses a claim it has no words for", () => {
    const results = agreementClaimResults(
      [
        { id: "FG-04", what: "w", values: [100, 100], verdict: "reproduced" },
        { id: "FG-05", what: "w", values: [10, 10], verdict: "reproduced" },
      ],
      counts,
      design,
    );
    assert.equal(results[0].computed, "100 = 100");
    assert.equal(results[0].detail, "10 groups × 10 participants = 100, the footnote's total (100).");
    assert.match(results[1].detail, /^2 cities in both languages \(Almaty, Astana\) and 6 single-language cities give 10 groups, 5 in Kazakh and 5 in Russian;/);
    assert.throws(() => agreementClaimResults([{ id: "FG-99", what: "w", values: [1, 1], verdict: "reproduced" }], counts, design), /no detail is written for FG-99/);
  });
  it("FG-03 … FG-15: the design facts are feasible, so not checkable; an odd group size makes FG-06 internally inconsistent", () => {
    const checks = designFactChecks(counts, design, facts);
    assert.deepEqual(checks.map((c) => [c.id, c.checks]), [["FG-03", []], ["FG-06", ["certain"]], ["FG-07", []], ["FG-12", ["certain"]], ["FG-15", ["certain"]]]);
    assert.equal(checks[0].computed, "year stated: 2019 (Introduction ¶2)");
    const results = designFactClaimResults(checks, registry);
    assert.ok(results.every((r) => r.verdict === "not checkable (source not public)"));
    const odd = designFactChecks({ ...counts, perGroup: 9 }, design, facts)[1];
    assert.deepEqual(odd.checks, ["impossible"]);
    assert.equal(designFactClaimResults([odd], registry)[0].verdict, "internally inconsistent");
  });
  it("refuses a design fact the registry does not know", () => {
    assert.throws(() => designFactClaimResults(designFactChecks(counts, design, facts), []), /no registered claim FG-03/);
  });
  it("needs the stated year", () => {
    const withoutYear = new Map<string, StudyDesignFact>([...facts].filter(([id]) => id !== "fg_year"));
    assert.throws(() => designFactChecks(counts, design, withoutYear), /no fact "fg_year"/);
  });

  const conventions = loadQuantifierConventions();
  const readings = readQuantifiers(focusGroupQuantifierRows(loadFocusGroupQuantifiers()), conventions, 100);
  const ranges = (id: string) => quantifierReading(readings, id).range.readings.map((r) => r.range);
  it("reads each quantifier under every reading: a word by its ranges, 'about' by the stated share or count ± each tolerance", () => {
    assert.deepEqual(ranges("images_negative"), [{ lower: 0, upper: 10 }, { lower: 0, upper: 10 }]);
    assert.deepEqual(ranges("russia_partner"), [{ lower: 70, upper: 80 }, { lower: 72.5, upper: 77.5 }]);
    assert.deepEqual(ranges("steppe_protection"), [{ lower: 50, upper: 100 }, { lower: 60, upper: 100 }]);
    assert.throws(() => quantifierReading(readings, "nothing"), /no quantifier nothing in data\/article\/focus-group-quantifiers.csv/);
  });
  it("never reads 'about five' of 100 participants as possibly none, and 'several' of them as at least three", () => {
    assert.deepEqual(ranges("crimea_doubts"), [{ lower: 1, upper: 10 }, { lower: 2.5, upper: 7.5 }]);
    assert.deepEqual(ranges("understanding"), [{ lower: 3, upper: 20 }, { lower: 3, upper: 50 }]);
  });
  it("applies no least count where the base size is unknown (a nested 'most of those', images named)", () => {
    assert.deepEqual(ranges("steppe_realpolitik"), [{ lower: 50, upper: 100 }, { lower: 60, upper: 100 }]);
  });
  it("labels a quantifier as it is read and lists its readings", () => {
    assert.equal(quantifierLabel(quantifierReading(readings, "russia_more_advanced_yes"), 100), '"about 66.7%"');
    assert.equal(quantifierLabel(quantifierReading(readings, "crimea_doubts"), 100), '"about 5 of 100"');
    assert.equal(quantifierLabel(quantifierReading(readings, "soviet_brothers"), 100), '"majority"');
    assert.equal(describeReadings(quantifierReading(readings, "bound_to_russia")), "one in ten or more [10, 100]; two in five or more [40, 100]");
  });

  const checks = FOCUS_GROUP_QUANTIFIER_CHECKS.flatMap((spec) => checkUnderReadings(spec, readings));
  const outcomesOf = (claim: string) => checks.filter((c) => c.spec.claims.includes(claim)).map((c) => c.outcome);
  it("checks the quantifiers under every combination of readings", () => {
    // two-thirds ± 5 and one third ± 5: [90, 110] contains 100; ± 2.5: [95, 105].
    assert.deepEqual(outcomesOf("FG-09"), ["certain", "certain", "certain", "certain"]);
    assert.deepEqual(checks.find((c) => c.spec.claims.includes("FG-09"))?.value, { lower: 90, upper: 110 });
    // a majority [50, 100] and a few [2, 20] or [2, 10]: can fit in 100.
    assert.deepEqual(outcomesOf("FG-11"), ["possible only within rounding", "possible only within rounding"]);
    // three readings of 'overwhelmingly' × two of 'about five'.
    assert.equal(outcomesOf("FG-18").length, 6);
    assert.ok(outcomesOf("FG-18").every((o) => o === "possible only within rounding"));
    // many [10, 100] or [40, 100] at least a majority [50, 100]: can hold.
    assert.deepEqual(outcomesOf("FG-21"), ["possible only within rounding", "possible only within rounding"]);
    assert.equal(outcomesOf("FG-31").length, 4);
  });
  it("finds a relation that cannot hold", () => {
    const spec = { claims: ["FG-11"], relation: "first at least second" as const, quantifiers: ["soviet_accusers", "soviet_brothers"] as [string, string], note: "n" };
    // a few [2, 20] can never be at least a majority [50, 100].
    assert.deepEqual(checkUnderReadings(spec, readings).map((c) => c.outcome), ["impossible", "impossible"]);
  });
  it("FG-28: bounds the nested 'most of those' by the product of the two readings", () => {
    assert.deepEqual(nestedShares(readings, "steppe_realpolitik").map((n) => n.share.lower), [25, 30, 30, 36]);
    assert.throws(() => nestedShares(readings, "steppe_protection"), /not nested/);
  });
  const nested = nestedShares(readings, "steppe_realpolitik");
  it("quantifier claims: not checkable while the quantifiers fit under every reading", () => {
    const results = quantifierClaimResults(readings, 100, checks, nested, registry);
    assert.deepEqual(results.map((r) => r.id), [
      "FG-08", "FG-09", "FG-10", "FG-11", "FG-13", "FG-14", "FG-16", "FG-17", "FG-18", "FG-19", "FG-20", "FG-21", "FG-24", "FG-25", "FG-27",
      "FG-28", "FG-29", "FG-30", "FG-31",
    ]);
    assert.ok(results.every((r) => r.verdict === "not checkable (source not public)"));
    assert.match(results.find((r) => r.id === "FG-14")?.detail ?? "", /^The share is of participants: of 100, about 75 people\. Internal checks: none possible\.$/);
    const fg28 = results.find((r) => r.id === "FG-28");
    assert.equal(fg28?.interval, "[25, 100]");
    assert.match(fg28?.detail ?? "", /at least 25% to 36% depending on the readings/);
    assert.match(fg28?.detail ?? "", /Under no reading does the memo's wording imply that most of all participants/);
  });
  it("a check failing under some readings only makes the verdict depend on the reading; under all, internally inconsistent", () => {
    const someFail = checks.map((c, i) => (c.spec.claims.includes("FG-11") && i % 2 === 0 ? { ...c, outcome: "impossible" as const } : c));
    const allFail = checks.map((c) => (c.spec.claims.includes("FG-11") ? { ...c, outcome: "impossible" as const } : c));
    const verdict = (cs: typeof checks) => quantifierClaimResults(readings, 100, cs, nested, registry).find((r) => r.id === "FG-11")?.verdict;
    assert.equal(verdict(someFail), "depends on the reading");
    assert.equal(verdict(allFail), "internally inconsistent");
  });

  it("confounds language with region: Kazakh-only cities in the South and West, Russian-only in the Centre, North and East", () => {
    assert.deepEqual(design.confound.singleLanguage.map((s) => [s.language, s.macroRegions]), [["Kazakh", ["South", "West"]], ["Russian", ["Centre", "North", "East"]]]);
    assert.deepEqual(design.confound.sharedRegions, []);
    assert.equal(design.confound.withinCityGroups, 4);
    assert.match(describeConfound(design), /^Kazakh-only cities: Shymkent \(South\), Kyzylorda \(South\), Aktau \(West\); Russian-only cities: Karaganda \(Centre\), Petropavlovsk \(North\), Ust-Kamenogorsk \(East\); no macro-region/);
    assert.match(describeConfound(design), /Only 4 of 10 groups \(Almaty, Astana\) compare the two languages within one city\.$/);
    assert.deepEqual(languageByRegion(focusGroupRows(loadFocusGroups())).map((r) => [r.macro_region, r.kazakh_groups, r.russian_groups]), [
      ["South", 3, 1], ["North", 1, 2], ["West", 1, 0], ["Centre", 0, 1], ["East", 0, 1],
    ]);
    const fg12 = designFactChecks(counts, design, facts).find((c) => c.id === "FG-12");
    assert.match(fg12?.detail ?? "", /Language is confounded with region in the design: Kazakh-only cities/);
  });
  it("FG-22: the few critics, all in Kazakh groups, would be at most 40% (or 20%) of their 50 participants", () => {
    const result = languageComparisonClaimResult(design, counts, readings, registry.find((c) => c.id === "FG-22")!);
    assert.match(result.computed, /would be \[4, 40\]% \(up to one in five\) or \[4, 20\]% \(up to one in ten\) of their 50 participants/);
    assert.equal(result.verdict, "not checkable (source not public)");
  });
  it("FG-23: the published survey tables have no subgroup column", () => {
    const result = surveyNuanceClaimResult([{ table: "Table 1", columns: ["item_id", "percent"] }, { table: "Table 2", columns: ["category_id"] }], registry.find((c) => c.id === "FG-23")!);
    assert.equal(result.computed, "published survey tables broken down by language or another subgroup: 0 of 2");
    assert.equal(result.verdict, "needs respondent-level data");
    assert.match(surveyNuanceClaimResult([{ table: "T", columns: ["language"] }], registry.find((c) => c.id === "FG-23")!).computed, /: 1 of 1$/);
  });
  it("FG-26: 11% of reasons are cited by 10.5% to 23% of respondents with a positive opinion; 47% by 46.5% to 95%", () => {
    const result = viewsNotedClaimResult(readings, { domestic: 47, benign: 11 }, registry.find((c) => c.id === "FG-26")!);
    assert.match(result.computed, /domestic qualities \[46\.5, 95\]%, a benign international role \[10\.5, 23\]%/);
    assert.equal(result.verdict, "needs respondent-level data");
    assert.match(result.detail, /widespread for certain under no reading\), the developed-country view by \[46\.5, 95\]% \(for certain under one in four or more\)/);
  });
});
