import { strict as assert } from "node:assert";
import {
  agreementClaimResults,
  designFactChecks,
  designFactClaimResults,
  focusGroupDesign,
  quantifierClaimResults,
  quantifierLabel,
  quantifierReading,
  readQuantifiers,
  statedCounts,
} from "../../lib/article/focus-group-claims";
import { FocusGroup, focusGroupQuantifierRows, focusGroupRows, loadFocusGroupQuantifiers, loadFocusGroups } from "../../lib/article/focus-groups";
import { loadStudyDesign, StudyDesignFact } from "../../lib/article/study-design";
import { claimsOfNotebook, loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { loadQuantifierConventions } from "../../lib/claims/quantifier-conventions";

// Footnote 4 as transcribed: Almaty and Astana in both languages, three Kazakh-only and three Russian-only cities;
// 10 groups of 10, 100 participants; fieldwork in 2019.
describe("focus-group claims (FG-01 … FG-20)", () => {
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
    const russianOnly: FocusGroup[] = [{ group_id: "a", city: "Astana", language: "Russian", design_phrase: "p" }];
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

  const readings = readQuantifiers(focusGroupQuantifierRows(loadFocusGroupQuantifiers()), loadQuantifierConventions(), 100);
  it("reads each quantifier: a word by its range, 'about' by the stated share or count ± 5 points", () => {
    assert.deepEqual(quantifierReading(readings, "images_negative").range, { lower: 0, upper: 10 });
    assert.deepEqual(quantifierReading(readings, "russia_partner").range, { lower: 70, upper: 80 });
    assert.deepEqual(quantifierReading(readings, "crimea_doubts").range, { lower: 0, upper: 10 });
    assert.throws(() => quantifierReading(readings, "nothing"), /no quantifier nothing in data\/article\/focus-group-quantifiers.csv/);
  });
  it("labels a quantifier as it is read", () => {
    assert.equal(quantifierLabel(quantifierReading(readings, "russia_more_advanced_yes"), 100), '"about 66.7%"');
    assert.equal(quantifierLabel(quantifierReading(readings, "crimea_doubts"), 100), '"about 5 of 100"');
    assert.equal(quantifierLabel(quantifierReading(readings, "soviet_brothers"), 100), '"majority"');
  });
  it("FG-08 … FG-20: not checkable while the quantifiers fit together, internally inconsistent when they cannot", () => {
    const fine = quantifierClaimResults(readings, 100, { complement: "possible only within rounding", brothers: "certain", crimea: "certain" }, registry);
    assert.equal(fine.length, 11);
    assert.ok(fine.every((r) => r.verdict === "not checkable (source not public)"));
    const fg14 = fine.find((r) => r.id === "FG-14");
    assert.equal(fg14?.detail, "The share is of participants: of 100, about 75 people. Internal checks: none possible.");
    assert.equal(fine.find((r) => r.id === "FG-11")?.interval, "");
    const clash = quantifierClaimResults(readings, 100, { complement: "impossible", brothers: "certain", crimea: "certain" }, registry);
    assert.deepEqual(clash.filter((r) => r.verdict === "internally inconsistent").map((r) => r.id), ["FG-09", "FG-10"]);
  });
});
