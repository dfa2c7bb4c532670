import type { SurveyDesign } from "./design";

/**
 * Design degrees of freedom, R's `degf()`: number of PSUs minus number of
 * strata, counting only PSUs and strata that contain a row with nonzero
 * weight inside the (sub)population given by `rowMask` (all rows if omitted).
 * This is the df that R's `svyciprop`, `confint.svyglm` and `svyttest` use
 * for t quantiles (Lumley 2010, §2.3; Korn & Graubard 1999, §5.2).
 *
 * @example designDegreesOfFreedom(createSurveyDesign({ weights: [1, 1, 1, 1], strata: [1, 1, 2, 2], psu: [1, 2, 1, 2] })) // => 2
 */
export function designDegreesOfFreedom(design: SurveyDesign, rowMask?: Uint8Array): number {
  const psuSeen = new Uint8Array(design.psuCount);
  const stratumSeen = new Uint8Array(design.stratumCount);
  let psus = 0;
  let strata = 0;
  const { weights, psuOfRow, stratumOfRow } = design;
  for (let i = 0; i < design.rowCount; i++) {
    if (weights[i] === 0 || (rowMask && !rowMask[i])) continue;
    const p = psuOfRow[i];
    if (!psuSeen[p]) {
      psuSeen[p] = 1;
      psus++;
    }
    const h = stratumOfRow[i];
    if (!stratumSeen[h]) {
      stratumSeen[h] = 1;
      strata++;
    }
  }
  return psus - strata;
}
