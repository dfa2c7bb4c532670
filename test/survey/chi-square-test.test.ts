import * as assert from "node:assert/strict";
import { createSurveyDesign, EmptyDomainError, SurveyInputError, surveyChiSquareTest, type RaoScottTest } from "../../lib/survey";
import { assertClose, loadFixtureTable, rEstimators } from "./fixture-data";

/** R's svychisq numbers saved in the fixture for one table. */
interface SvychisqReference {
  F: number;
  ndf: number;
  ddf: number;
  p: number;
  pearson: number;
  chisqDf: number;
  chisqP: number;
}

function assertMatchesSvychisq(test: RaoScottTest, r: SvychisqReference): void {
  assertClose(test.f.statistic, r.F, "F");
  assertClose(test.f.ndf, r.ndf, "ndf");
  assertClose(test.f.ddf, r.ddf, "ddf");
  assertClose(test.f.pValue, r.p, "p (F)");
  assertClose(test.pearson, r.pearson, "Pearson X²");
  assert.equal(test.chisq.df, r.chisqDf);
  assertClose(test.chisq.pValue, r.chisqP, "p (Chisq)");
}

describe("surveyChiSquareTest (Rao–Scott, R svychisq)", () => {
  const waves = loadFixtureTable("waves");
  const item = waves.number("item");
  const wave = waves.number("wave");
  const pooled = createSurveyDesign({ weights: waves.number("w"), strata: waves.text("stratum"), psu: waves.number("psu") });
  const r = rEstimators().waves;

  it("the whole distribution across three waves matches svychisq(~wave + item, pooled) (F and Chisq), missing answers left out", () => {
    const test = surveyChiSquareTest(pooled, wave, item, { rowName: "wave", columnName: "item" });
    assertMatchesSvychisq(test, r.chisqAll);
    assert.deepEqual([test.rowLevels, test.columnLevels], [[1, 2, 3], [1, 2, 3, 4, 5, 9]]);
    assertClose(test.chisq.statistic, test.f.statistic * 10, "X²/δ̄ = F·k");
  });

  it("with 'do not know' out of the base matches svychisq on subset(pooled, item %in% 1:5)", () => {
    const substantive = Uint8Array.from(item, (code) => (code >= 1 && code <= 5 ? 1 : 0));
    assertMatchesSvychisq(surveyChiSquareTest(pooled, wave, item, { domain: substantive }), r.chisqSubstantive);
  });

  it("first against last wave matches svychisq on subset(pooled, wave %in% c(1, 3))", () => {
    const firstAndLast = Uint8Array.from(wave, (w) => (w === 1 || w === 3 ? 1 : 0));
    assertMatchesSvychisq(surveyChiSquareTest(pooled, wave, item, { domain: firstAndLast }), r.chisqFirstLast);
  });

  it("equals Pearson's X² with δ = 1 in a simple random sample with equal weights, up to the SRS variance factor n/(n − 1)", () => {
    const rows = [1, 1, 1, 2, 2, 2, 1, 2, 1, 2, 2, 1];
    const cols = [1, 2, 1, 2, 2, 1, 1, 2, 1, 2, 2, 2];
    const test = surveyChiSquareTest(createSurveyDesign({ weights: rows.map(() => 1) }), rows, cols);
    const n = rows.length;
    assertClose(test.meanDesignEffect, n / (n - 1), "δ̄ = n/(n − 1) (with-replacement variance of an SRS)");
  });

  it("refuses an empty domain, a single level and a level with zero weight only", () => {
    const design = createSurveyDesign({ weights: [1, 1, 1, 0] });
    assert.throws(() => surveyChiSquareTest(design, [1, 2, 1, 2], [1, 1, 2, 2], { domain: [0, 0, 0, 0] }), EmptyDomainError);
    assert.throws(() => surveyChiSquareTest(design, [1, 1, 1, 1], [1, 1, 2, 2], { rowName: "wave" }), (error: unknown) => error instanceof SurveyInputError && error.location.column === "wave" && /wave has 1 level/.test(error.message));
    assert.throws(() => surveyChiSquareTest(design, [1, 2, 1, 3], [1, 2, 2, 1], { rowName: "wave" }), (error: unknown) => error instanceof SurveyInputError && /level 3 of wave .* zero-weight/.test(error.message));
  });
});
