import { strict as assert } from "node:assert";
import { DesignDeclaration, designDeclaration, designDeclarationRows } from "../../lib/display/design-declaration";
import { createSurveyDesign } from "../../lib/survey/design";

describe("designDeclaration", () => {
  // Two strata of two PSUs each; weights 1, 1, 2, 2. R: degf(svydesign(ids = ~psu, strata = ~s, weights = ~w, nest = TRUE)) = 4 − 2 = 2.
  const design = createSurveyDesign({ weights: [1, 1, 2, 2], strata: ["a", "a", "b", "b"], psu: [1, 2, 1, 2], source: { weights: "w", strata: "s", psu: "p" } });
  const declaration = designDeclaration(design, "demo wave");

  it("counts rows, strata and PSUs, the PSUs per stratum, the weights and the design degrees of freedom", () => {
    assert.deepEqual(declaration, {
      sample: "demo wave",
      rows: 4,
      strata: 2,
      psus: 4,
      psusPerStratum: { min: 2, max: 2 },
      weights: { sum: 6, min: 1, max: 2 },
      degreesOfFreedom: 2,
      lonelyPsu: "fail",
      columns: { weights: "w", strata: "s", psu: "p" },
    });
  });
  it("lists the declaration as R's summary(design) does, with the svydesign call", () => {
    const rows = designDeclarationRows(declaration);
    assert.equal(rows.find((r) => r.item === "as R")?.value, "svydesign(ids = ~p, strata = ~s, weights = ~w, nest = TRUE)");
    assert.equal(rows.find((r) => r.item === "PSUs per stratum")?.value, "2");
    assert.equal(rows.find((r) => r.item === "weights: range")?.value, "1 to 2");
    assert.equal(rows.find((r) => r.item === "weights: largest / smallest")?.value, "2");
    assert.equal(rows.find((r) => r.item === "design degrees of freedom (PSUs − strata)")?.value, "2");
    assert.equal(rows.find((r) => r.item === "single-PSU strata rule")?.value, "fail");
  });
  it("takes plain numbers too: uneven strata, a zero weight, weights rounded to four decimals", () => {
    const byHand: DesignDeclaration = { ...declaration, psusPerStratum: { min: 1, max: 3 }, weights: { sum: 1234.567891, min: 0, max: 2.5 } };
    const rows = designDeclarationRows(byHand);
    assert.equal(rows.find((r) => r.item === "PSUs per stratum")?.value, "1 to 3");
    assert.equal(rows.find((r) => r.item === "weights: sum")?.value, "1234.5679");
    assert.equal(rows.find((r) => r.item === "weights: largest / smallest")?.value, "smallest weight is 0");
  });
});
