import * as assert from "node:assert/strict";
import { createSurveyDesign, designDegreesOfFreedom } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { rReference } from "./fixture-data";

describe("designDegreesOfFreedom", () => {
  const { designs } = mainDesigns();
  for (const name of DESIGN_NAMES) {
    it(`matches R degf() — ${name}`, () => assert.equal(designDegreesOfFreedom(designs[name]), rReference()[name].degf));
  }

  it("counts only PSUs and strata with nonzero weight inside the domain", () => {
    const design = createSurveyDesign({ weights: [1, 1, 0, 1, 1, 1], strata: [1, 1, 1, 2, 2, 2], psu: [1, 2, 3, 1, 2, 3] });
    assert.equal(designDegreesOfFreedom(design), 5 - 2);
    assert.equal(designDegreesOfFreedom(design, Uint8Array.of(1, 1, 1, 0, 0, 0)), 2 - 1);
  });
});
