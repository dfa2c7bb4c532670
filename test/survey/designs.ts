/** Test helper: the four R reference designs over test/fixtures/survey/main.csv. */
import { createSurveyDesign, type SurveyDesign } from "../../lib/survey";
import { loadFixtureTable, type FixtureTable } from "./fixture-data";

export const DESIGN_NAMES = ["stratified", "clustered", "weightsOnly", "srs"] as const;
export type DesignName = (typeof DESIGN_NAMES)[number];

/** main.csv and the designs built as in make-fixtures.R. */
export function mainDesigns(): { data: FixtureTable; designs: Record<DesignName, SurveyDesign> } {
  return fixtureDesigns("main");
}

/** A fixture CSV with main.csv's design columns (stratum, psu, psuid, w, one) and its four designs, as `design_of` in the R scripts. */
export function fixtureDesigns(name: string): { data: FixtureTable; designs: Record<DesignName, SurveyDesign> } {
  const data = loadFixtureTable(name);
  const w = data.number("w");
  return {
    data,
    designs: {
      stratified: createSurveyDesign({ weights: w, strata: data.text("stratum"), psu: data.number("psu") }),
      clustered: createSurveyDesign({ weights: w, psu: data.number("psuid") }),
      weightsOnly: createSurveyDesign({ weights: w }),
      srs: createSurveyDesign({ weights: data.number("one") }),
    },
  };
}
