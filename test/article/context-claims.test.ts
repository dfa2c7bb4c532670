import { strict as assert } from "node:assert";
import { chinaClaimResult, gallupClaimResults, surveyPeriodClaimResult } from "../../lib/article/context-claims";
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
describe("context claims (CX-01 … CX-03, SD-01)", () => {
  const registry = claimsOfNotebook(loadClaimsRegistry(), "05-context-gallup.ipynb");
  const claim = (id: string): ClaimRecord => registry.find((c) => c.id === id)!;
  const figure = (figureId: string, value: number): TextFigure => ({ figure_id: figureId, section: "Conclusion", paragraph: 3, phrase: "p", value, unit: "percent" });

  function gallup(russia: number, us: number) {
    const pairSum = checkRoundedSum(russia + us, [russia, us]);
    const overwhelming = interval(66.7, 100);
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

  it("CX-01, CX-02: 72 + 7 fits within 100 and leaves [20, 22]% with neither preference; not checkable without Gallup", () => {
    const [cx1, cx2] = gallupClaimResults(gallup(72, 7), registry);
    assert.equal(cx1.computed, '72% (Gallup 2014) ∈ [71.5, 72.5]; "overwhelmingly" read as [66.7, 100]');
    assert.equal(cx2.computed, "72 + 7 = 79% ∈ [78, 80]; neither preference [20, 22]%");
    assert.deepEqual([cx1.verdict, cx2.verdict], ["not checkable (source not public)", "not checkable (source not public)"]);
    assert.equal(cx1.evidence, "memo Conclusion ¶3 (quoted figures); external source not in the package");
  });
  it("CX-02: two opposite shares adding up to more than 100 make it internally inconsistent", () => {
    assert.equal(gallupClaimResults(gallup(72, 30), registry)[1].verdict, "internally inconsistent");
  });
  it("CX-03: at least 60.6% are favourable to both Russia and China by the memo's own figures", () => {
    const russiaFavourable = headlineFigure(headlineFigures(loadTable1(), loadTextFigures()), "russia_favorable");
    // [86, 88] × [70.5, 71.5] / 100 = [60.63, 62.92]
    const result = chinaClaimResult({ russiaFavourable, chinaGivenRussia: figure("mv_russia_fav_china_fav", 71), jointChina: interval(60.63, 62.92) }, claim("CX-03"));
    assert.equal(result.computed, "favourable to both Russia and China: [86, 88]% × [70.5, 71.5]% ∈ [60.6, 62.9]% of all respondents");
    assert.equal(result.verdict, "needs respondent-level data");
    assert.match(result.detail, /^By the memo's own figures at least 60\.6% of respondents are favourable to China/);
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
