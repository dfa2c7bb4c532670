/**
 * The printed-figures layer of MV-07 … MV-10 (issue 14, item 1) on the memo's
 * own figures and on constructed ones where a verdict changes. Expected
 * values are worked out by hand from the rounding intervals.
 */
import { strict as assert } from "node:assert";
import { headlineFigures } from "../../lib/article/headline-figures";
import {
  multivectorFigures,
  MultivectorFigures,
  nonExclusiveClaimResult,
  relativelyPositiveClaimResult,
  russiaOnlyBounds,
  russiaOnlyClaimResult,
  zeroSumClaimResult,
} from "../../lib/article/multivector-claims";
import { loadTable1 } from "../../lib/article/table1";
import { loadTextFigures } from "../../lib/article/text-figures";
import { loadQuantifierConventions, quantifierRange } from "../../lib/claims/quantifier-conventions";

const memo = (): MultivectorFigures => multivectorFigures(loadTextFigures(), headlineFigures(loadTable1(), loadTextFigures()));
const withValue = (f: MultivectorFigures, key: "opinionUs" | "opinionChina" | "relationsUs" | "relationsChina", value: number): MultivectorFigures => ({ ...f, [key]: { ...f[key], value } });
const FREQUENTLY = quantifierRange(loadQuantifierConventions(), "frequently");
const MAJORITY = quantifierRange(loadQuantifierConventions(), "majority");
const GENERALLY = quantifierRange(loadQuantifierConventions(), "generally");

describe("multivector characterizations on the printed figures (MV-07 … MV-10)", () => {
  it("reads the memo's four conditional shares and three Table 1 boxes", () => {
    const f = memo();
    assert.deepEqual([f.opinionUs.value, f.opinionChina.value, f.relationsUs.value, f.relationsChina.value], [55, 71, 59, 65]);
    assert.deepEqual(f.russiaRelations.possible, { lower: 87, upper: 89 });
  });

  it("MV-07: 55, 71, 59 and 65% are frequent under both readings; a share of 45% is not 'more often than not'", () => {
    assert.equal(nonExclusiveClaimResult(memo(), FREQUENTLY).verdict, "reproduced");
    const low = nonExclusiveClaimResult(withValue(memo(), "opinionUs", 45), FREQUENTLY);
    assert.equal(low.verdict, "depends on the reading");
    assert.match(low.detail, /"one in three or more" \[33\.3, 100\]: reproduced; "more often than not" \[50, 100\]: not supported by the memo's own numbers/);
  });

  it("MV-08: each country positive ahead of negative and a majority; 'and/or' lets the better item of a country count", () => {
    assert.equal(relativelyPositiveClaimResult(memo(), MAJORITY).verdict, "reproduced");
    // the US opinion at 40% alone fails a majority, but closer relations with the US (59%) carry the country
    assert.equal(relativelyPositiveClaimResult(withValue(memo(), "opinionUs", 40), MAJORITY).verdict, "reproduced");
    // both US items below half: net positive only possibly (40 against at most 60.5), a majority impossible
    const us = withValue(withValue(memo(), "opinionUs", 40), "relationsUs", 45);
    const result = relativelyPositiveClaimResult(us, MAJORITY);
    assert.equal(result.verdict, "depends on the reading");
    assert.match(result.detail, /"more positive than negative": consistent within rounding; "a majority positive \("more than half"\)" \[50, 100\]: not supported by the memo's own numbers/);
  });

  it("MV-09: Fréchet bounds put a Russia-only policy at no more than 0.89 × 35.5 = 31.6% of all, so at least 68.4% do not favour it", () => {
    const bounds = russiaOnlyBounds(memo());
    // of supporters: [max(0, 100 − 59.5 − 65.5), min(100 − 58.5, 100 − 64.5)] = [0, 35.5]
    assert.deepEqual(bounds.ofSupporters, { lower: 0, upper: 35.5 });
    assert.ok(Math.abs(bounds.ofAll.upper - 0.89 * 35.5) < 1e-9 && bounds.ofAll.lower === 0);
    assert.ok(Math.abs(bounds.notRussiaOnly.lower - (100 - 0.89 * 35.5)) < 1e-9);
    const result = russiaOnlyClaimResult(memo(), GENERALLY);
    assert.equal(result.verdict, "reproduced");
    assert.equal(result.intervalKind, "bounds");
    // with 20% and 25% the supporters favouring neither lie in [54, 75.5]: not favouring Russia-only ∈ [100 − 0.89·75.5, 100 − 0.87·54] = [32.8, 53.0]
    const narrow = russiaOnlyClaimResult(withValue(withValue(memo(), "relationsUs", 20), "relationsChina", 25), GENERALLY);
    assert.equal(narrow.verdict, "depends on the reading");
    assert.match(narrow.detail, /"more than half" \[50, 100\]: consistent within rounding; "well above half" \[60, 100\]: not supported by the memo's own numbers/);
  });

  it("MV-10: needs the respondent-level data, with the bounds on the shares that bear on it", () => {
    const result = zeroSumClaimResult(memo());
    assert.equal(result.verdict, "needs respondent-level data");
    // opposed views at most 0.88 × 45.5 + 9 (unfavourable 6 + 2 on rounding intervals) = 49.04
    assert.match(result.computed, /opposed views at most 49%$/);
  });
});
