import * as assert from "node:assert/strict";
import { differenceOfIndependentEstimates } from "../../lib/survey";
import { assertClose } from "./fixture-data";

describe("differenceOfIndependentEstimates", () => {
  it("combines independent SEs as sqrt(se1² + se2²) with a z test", () => {
    const d = differenceOfIndependentEstimates({ estimate: 0.6, se: 0.03 }, { estimate: 0.5, se: 0.04 });
    assertClose(d.estimate, 0.1, "difference");
    assertClose(d.se, 0.05, "se");
    assertClose(d.statistic, 2, "z");
    assert.equal(d.df, null);
    assertClose(d.pValue, 0.0455002638963584, "p (R: 2*pnorm(-2))");
    assertClose(d.ci.lower, 0.1 - 1.959963984540054 * 0.05, "lower");
  });
});
