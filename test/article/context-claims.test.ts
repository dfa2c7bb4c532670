import { strict as assert } from "node:assert";
import {
  chinaClaimResult,
  colonialCriticismClaimResult,
  foreignPolicyClaimResult,
  gallupClaimResults,
  jointShare,
  multivectorClaimResult,
  russianSideClaimResult,
  surveyPeriodClaimResult,
  surveyPeriodNote,
  usViewsClaimResult,
} from "../../lib/article/context-claims";
import { quantifierReading, readQuantifiers } from "../../lib/article/focus-group-claims";
import { focusGroupQuantifierRows, loadContextQuantifiers, loadFocusGroupQuantifiers } from "../../lib/article/focus-groups";
import { loadQuantifierConventions, quantifierRange } from "../../lib/claims/quantifier-conventions";
import { headlineFigure, headlineFigures } from "../../lib/article/headline-figures";
import { loadStudyDesign } from "../../lib/article/study-design";
import { loadTable1 } from "../../lib/article/table1";
import { TextFigure } from "../../lib/article/text-figure-lookup";
import { ClaimRecord, claimsOfNotebook, loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { interval, intervalDifference } from "../../lib/rounding/interval";
import { checkWithinRange, compareIntervals } from "../../lib/rounding/interval-comparison";
import { checkRoundedSum, roundingInterval } from "../../lib/rounding/rounding";
import { loadTextFigures } from "../../lib/article/text-figures";

// The memo's Conclusion quotes Gallup 2014: 72% prefer ties with Russia, 7% with the US; its first section
// gives 87% favourable to Russia and, of them, 71% favourable to China; the CAB period is 2017–2019.
describe("context claims (CX-01 … CX-08, SD-01)", () => {
  const registry = claimsOfNotebook(loadClaimsRegistry(), "05-context-gallup.ipynb");
  const claim = (id: string): ClaimRecord => registry.find((c) => c.id === id)!;
  const figure = (figureId: string, value: number): TextFigure => ({ figure_id: figureId, section: "Conclusion", paragraph: 3, phrase: "p", value, unit: "percent" });

  function gallup(russia: number, us: number) {
    const pairSum = checkRoundedSum(russia + us, [russia, us]);
    const overwhelming = quantifierRange(loadQuantifierConventions(), "overwhelmingly");
    return {
      russiaFirst: figure("gallup_russia_first", russia),
      usFirst: figure("gallup_us_first", us),
      year: 2014,
      pairSum,
      pairFits: compareIntervals(pairSum.possible, "<=", interval(100, 100)),
      neither: intervalDifference(interval(100, 100), pairSum.possible),
      overwhelming,
      overwhelmingCheck: checkWithinRange(roundingInterval(russia), overwhelming),
    };
  }

  it("CX-01: 72% is overwhelming only under the two-thirds reading, not under 'very most' (75 or 80): depends on the reading", () => {
    const [cx1, cx2] = gallupClaimResults(gallup(72, 7), registry);
    assert.equal(cx1.computed, '72% (Gallup 2014) ∈ [71.5, 72.5]; "overwhelmingly" read as [66.7, 100] or [75, 100] or [80, 100]');
    assert.equal(cx1.verdict, "depends on the reading");
    assert.match(cx1.detail, /"two-thirds supermajority" \[66\.7, 100\]: not checkable \(source not public\); "very most \(semantic\)" \[75, 100\]: not supported/);
    assert.equal(cx1.evidence, "memo Conclusion ¶3 (quoted figures); external source not in the package");
    // 81% would be overwhelming under every reading: the source is then the only limit.
    assert.equal(gallupClaimResults(gallup(81, 7), registry)[0].verdict, "not checkable (source not public)");
    assert.equal(cx2.computed, "72 + 7 = 79% ∈ [78, 80]; neither preference [20, 22]%");
    assert.equal(cx2.verdict, "not checkable (source not public)");
  });
  it("CX-02: two opposite shares adding up to more than 100 make it internally inconsistent", () => {
    assert.equal(gallupClaimResults(gallup(72, 30), registry)[1].verdict, "internally inconsistent");
  });
  const headlines = headlineFigures(loadTable1(), loadTextFigures());
  const russiaFavourable = headlineFigure(headlines, "russia_favorable");
  const relationsSupport = headlineFigure(headlines, "russia_relations_support");
  it("jointShare: [86, 88]% × [70.5, 71.5]% = [60.63, 62.92]% of all respondents", () => {
    const joint = jointShare({ base: russiaFavourable, conditional: figure("mv", 71) });
    assert.ok(Math.abs(joint.lower - 60.63) < 1e-9 && Math.abs(joint.upper - 62.92) < 1e-9);
  });
  it("CX-03: states the same-sample assumption before the bound and draws no conclusion from it", () => {
    const result = chinaClaimResult({ russiaFavourable, chinaGivenRussia: figure("mv_russia_fav_china_fav", 71), jointChina: interval(60.63, 62.92) }, claim("CX-03"));
    assert.equal(result.computed, "favourable to both Russia and China: [86, 88]% × [70.5, 71.5]% ∈ [60.6, 62.9]% of all respondents, if both shares are of the same sample");
    assert.equal(result.verdict, "needs respondent-level data");
    assert.match(result.detail, /^Assumption: both shares come from the same sample/);
    assert.doesNotMatch(result.detail, /therefore/);
  });
  const conventions = loadQuantifierConventions();
  const fg = readQuantifiers(focusGroupQuantifierRows(loadFocusGroupQuantifiers()), conventions, 100);
  const context = readQuantifiers(focusGroupQuantifierRows(loadContextQuantifiers()), conventions, 100);
  it("CX-04: criticism was voiced (a few ≥ 2 people) but is no view of the public (a few ≤ 20%, never sharp): depends on the reading", () => {
    const evidence = {
      accusers: quantifierReading(fg, "soviet_accusers").range,
      sharpCritiques: quantifierReading(fg, "sharp_critique").range,
      complexResults: quantifierReading(fg, "complex_results").range,
    };
    const result = colonialCriticismClaimResult(evidence, claim("CX-04"));
    assert.equal(result.verdict, "depends on the reading");
    assert.match(result.detail, /"voiced in the groups \('a few': up to one in five\)" \[2, 20\]: not checkable \(source not public\)/);
    assert.match(result.detail, /"a view of the public \('a few': up to one in five\)" \[2, 20\]: not supported by the memo's own numbers/);
  });
  it("CX-05: 72% of all and 90.5% to 91.8% of those with a preference, and 'overwhelmingly', are 'largely' under both readings", () => {
    const result = russianSideClaimResult(
      {
        largely: quantifierReading(context, "russian_side").range,
        russiaFirst: figure("gallup_russia_first", 72),
        usFirst: figure("gallup_us_first", 7),
        gallupYear: 2014,
        cabFirstYear: 2017,
        cabLastYear: 2019,
        focusGroupOverwhelmingly: quantifierReading(fg, "us_conflict_russia_side").range,
      },
      claim("CX-05"),
    );
    assert.match(result.computed, /^Gallup 2014: Russia first \[71\.5, 72\.5\]% of all, \[90\.5, 91\.8\]% of those with a preference/);
    assert.equal(result.verdict, "not checkable (source not public)");
    assert.match(result.detail, /dates from 2014, before the CAB period the memo states \(2017–2019\)/);
  });
  it("CX-06: the nearest figures are benign 11% + strong 7% of all reasons", () => {
    const result = foreignPolicyClaimResult({ benign: 11, strong: 7 }, claim("CX-06"));
    assert.equal(result.computed, "no published figure; reasons about Russia's international role: benign 11% + strong 7% = 18% of all reasons, ∈ [17, 19]");
    assert.equal(result.verdict, "needs respondent-level data");
  });
  it("CX-07: [86, 88] × [54.5, 55.5] and [87, 89] × [58.5, 59.5] are above zero: reproduced on the memo's own figures", () => {
    const result = usViewsClaimResult({ base: russiaFavourable, conditional: figure("mv_russia_fav_us_fav", 55) }, { base: relationsSupport, conditional: figure("mv_russia_rel_us_rel", 59) });
    assert.equal(result.computed, "favourable to Russia and to the US ∈ [46.9, 48.8]% of all; closer relations with both ∈ [50.9, 53]% of all");
    assert.equal(result.verdict, "reproduced");
  });
  it("CX-08: Fréchet bounds [20, 53]% (all three) and [56.1, 89]% (Russia and one other) against 'largely': depends on the reading", () => {
    const result = multivectorClaimResult(
      {
        largely: quantifierReading(context, "multivector_support").range,
        russia: relationsSupport,
        usGivenRussia: figure("mv_russia_rel_us_rel", 59),
        chinaGivenRussia: figure("mv_russia_rel_china_rel", 65),
      },
      claim("CX-08"),
    );
    // [87, 89]% × [max(0, 58.5 + 64.5 − 100), min(59.5, 65.5)] = [20.01, 52.96]; × [max(58.5, 64.5), min(100, 125)] = [56.12, 89].
    assert.equal(result.computed, "favouring closer relations with Russia and both the US and China ∈ [20, 53]% of all; favouring closer relations with Russia and at least one of the US and China ∈ [56.1, 89]% of all");
    assert.equal(result.verdict, "depends on the reading");
    assert.match(result.detail, /Russia and both the US and China, 'largely' well above half" \[60, 100\]: not supported by the memo's own numbers/);
  });
  it("surveyPeriodNote escapes the transcribed sections before they reach Markdown (issue 15, item 1)", () => {
    const hostile = { ...loadStudyDesign().get("cab_first_year")!, section: "<img src=x onerror=alert(1)> [a](javascript:alert(1))" };
    const period = { firstYear: 2017, lastYear: 2019, firstYearFact: hostile, periodOrdered: compareIntervals(interval(2017, 2017), "<=", interval(2019, 2019)) };
    const note = surveyPeriodNote(period, { ...figure("russia_favorable", 87), section: "*bold* | x" }, figure("russia_positive_restated", 89));
    assert.doesNotMatch(note, /(?<!\\)<img|(?<!\\)\]\(javascript/);
    assert.match(note, /\\<img src=x onerror=alert\\\(1\\\)\\> \\\[a\\\]\\\(javascript:alert\\\(1\\\)\\\) ¶2/);
    assert.match(note, /\(\\\*bold\\\* \\\| x ¶3\)/);
  });
  it("SD-01: the stated period is ordered; a reversed one makes it internally inconsistent", () => {
    const firstYearFact = loadStudyDesign().get("cab_first_year")!;
    const period = (first: number, last: number) => ({ firstYear: first, lastYear: last, firstYearFact, periodOrdered: compareIntervals(interval(first, first), "<=", interval(last, last)) });
    const result = surveyPeriodClaimResult(period(2017, 2019), claim("SD-01"));
    assert.equal(result.computed, "stated period 2017–2019 (3 calendar years); no wave, date or sample size given");
    assert.equal(result.verdict, "needs respondent-level data");
    assert.equal(result.evidence, "memo Introduction ¶2; CAB respondent-level data and questionnaires (licensed) not in the package");
    assert.equal(surveyPeriodClaimResult(period(2019, 2017), claim("SD-01")).verdict, "internally inconsistent");
  });
  it("refuses a claim the registry does not give", () => {
    assert.throws(() => gallupClaimResults(gallup(72, 7), []), /no registered claim CX-01/);
  });
});
