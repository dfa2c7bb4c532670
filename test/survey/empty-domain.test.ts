import * as assert from "node:assert/strict";
import {
  asFactor,
  createSurveyDesign,
  EmptyDomainError,
  surveyChiSquareTest,
  surveyCorrelation,
  surveyLinearRegression,
  surveyLogisticRegression,
  surveyMean,
  surveyMentionShares,
  surveyOrdinalRegression,
  surveyPartialCorrelation,
  surveyProportionDifference,
  surveyProportions,
  surveyProportionsByGroup,
  surveyRatio,
  surveyTTest,
} from "../../lib/survey";

/**
 * An estimate over a domain with no respondents (no row, or zero total weight)
 * is an EmptyDomainError naming the domain, never NaN (R stops, or gives NaN or
 * 0 ± 0 depending on the function; see lib/survey/README.md). A caller for
 * which an empty domain is a legitimate outcome catches it and shows
 * "no respondents in <domain>".
 */
describe("empty domains are errors naming the domain", () => {
  const design = createSurveyDesign({ weights: [1, 2, 0, 1, 1, 2], strata: [1, 1, 1, 2, 2, 2], psu: [1, 2, 3, 1, 2, 3], source: { file: "wave.csv" } });
  const y = [1, 2, 1, 2, 1, 3];
  const x = [1, 2, 3, 4, 5, 6];
  const group = [1, 1, 2, 1, 1, 1]; // group 2 = the zero-weight row only
  const nobody = [0, 0, 0, 0, 0, 0];
  const zeroWeightOnly = [0, 0, 1, 0, 0, 0];
  const name = "russia_opinion = positive";

  const cases: [string, (domain: number[]) => unknown][] = [
    ["surveyProportions", (domain) => surveyProportions(design, y, { domain, domainName: name, itemName: "q1" })],
    ["surveyMean", (domain) => surveyMean(design, x, { domain, domainName: name })],
    ["surveyRatio", (domain) => surveyRatio(design, y, x, { domain, domainName: name })],
    ["surveyMentionShares", (domain) => surveyMentionShares(design, { mentions: [y], categories: [1, 2, 3], domain, domainName: name })],
    ["surveyCorrelation", (domain) => surveyCorrelation(design, x, y, { domain, domainName: name })],
    ["surveyPartialCorrelation", (domain) => surveyPartialCorrelation(design, x, y, { g: asFactor(group) }, { domain, domainName: name })],
    ["surveyLinearRegression", (domain) => surveyLinearRegression(design, { outcome: y, predictors: { x }, domain, domainName: name })],
    ["surveyLogisticRegression", (domain) => surveyLogisticRegression(design, { outcome: y.map((v) => v - 1 && 1), predictors: { x }, domain, domainName: name })],
    ["surveyOrdinalRegression", (domain) => surveyOrdinalRegression(design, { outcome: y, predictors: { x }, domain, domainName: name })],
    ["surveyChiSquareTest", (domain) => surveyChiSquareTest(design, y, group, { domain, domainName: name })],
  ];

  for (const [estimator, estimate] of cases) {
    for (const [kind, domain] of [["no row", nobody], ["zero total weight", zeroWeightOnly]] as const) {
      it(`${estimator}: a domain with ${kind}`, () => {
        assert.throws(() => estimate(domain), (error: unknown) => {
          assert.ok(error instanceof EmptyDomainError, String(error));
          assert.equal(error.code, "empty-domain");
          assert.equal(error.domain, name);
          assert.match(error.message, /^wave\.csv(, column "q1")?: no respondents in russia_opinion = positive: /);
          return true;
        });
      });
    }
  }

  it("by group and between groups, the empty group is named", () => {
    const check = (run: () => unknown, domain: string) => assert.throws(run, (error: unknown) => error instanceof EmptyDomainError && error.domain === domain);
    check(() => surveyProportionsByGroup(design, y, group, { groups: [1, 2], groupName: "wave" }), "the sample, wave = 2");
    check(() => surveyProportionsByGroup(design, y, group, { groups: [1, 2], domainName: name }), `${name}, group = 2`);
    check(() => surveyTTest(design, x, { group, groups: [1, 2], groupName: "wave" }), "the sample, wave = 2");
    check(() => surveyProportionDifference(design, y, { codes: [1], group, groups: [2, 1], groupName: "wave" }), "the sample, wave = 2");
  });

  it("the message says why: rows missing, excluded or with weight 0", () => {
    assert.throws(() => surveyProportions(design, [NaN, 9, 1, NaN, 9, 9], { nonSubstantive: { codes: [9], handling: "exclude" } }), /none of its 6 row\(s\) has an answer with a nonzero weight \(2 missing, 3 non-substantive excluded, 1 with weight 0\)/);
  });

  it("a caller for which an empty domain is a legitimate outcome can show it", () => {
    const share = (domain: number[]): string => {
      try {
        return `${(100 * surveyProportions(design, y, { domain, domainName: name }).categories[0].estimate).toFixed(1)} %`;
      } catch (error) {
        if (error instanceof EmptyDomainError) return `no respondents in ${error.domain}`;
        throw error;
      }
    };
    assert.equal(share(nobody), "no respondents in russia_opinion = positive");
    assert.equal(share([1, 1, 1, 1, 1, 1]), "28.6 %"); // (1 + 1) / (1 + 2 + 1 + 1 + 2)
  });
});
