/**
 * The constructed CAB-like test wave (test/fixtures/waves/cab-like-wave.sav,
 * made with its codebook rows and R's reference values by
 * test/fixtures/waves/make-cab-like-wave.R): NOT survey data, a wave shaped
 * like a CAB deposit (CAB-style variable names, its own codes, Russian value
 * labels, another country's respondents left out by the manifest filter).
 * An analyst's three steps: copy the file, add a manifest row, add codebook rows.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { addManifestRow, manifestRow } from "./wave-fixtures";

/** Wave id of the constructed CAB-like wave (fielded in October 2019, inside the memo's survey period). */
export const CAB_LIKE_WAVE_ID = "kz-2019-cab-like";

/** Its file name once copied into a waves folder. */
export const CAB_LIKE_FILE = "kz-2019-cab-like.sav";

/** R survey's value of every estimate output/estimates.csv holds for the wave, keyed "concept|measure|domain|base". */
export interface CabLikeReference {
  readonly meta: { readonly R: string; readonly survey: string; readonly respondents: number };
  readonly estimates: Readonly<Record<string, { estimate: number; se: number; ci_low: number; ci_high: number; df: number; n: number; deff: number | null }>>;
  /** svyolr's coefficient of the predictor in the proportional-odds check, keyed "outcome|predictor". */
  readonly ordinal: Readonly<Record<string, { estimate: number; se: number; df: number }>>;
}

/**
 * Adds the CAB-like wave to a waves folder (holding a manifest and a
 * codebook) as an analyst adds a CAB file: the .sav, one manifest row (CAB
 * column names, the filter COUNTRY = 3, not synthetic) and the wave's
 * codebook rows.
 *
 * @example addCabLikeWave(path.join(dataDir, "waves"))
 */
export function addCabLikeWave(folder: string): void {
  copyFileSync(projectPath("test/fixtures/waves/cab-like-wave.sav"), path.join(folder, CAB_LIKE_FILE));
  addManifestRow(
    folder,
    manifestRow(CAB_LIKE_WAVE_ID, CAB_LIKE_FILE, {
      start: "2019-10-01",
      filter: ["COUNTRY", "3"],
      fields: { respondent_id: "ID", weight: "WT", strata: "REGION", psu: "CLUSTER", source: "constructed CAB-like test wave (not survey data)", licence: "test only" },
    }),
  );
  const codebook = path.join(folder, "codebook.csv");
  writeFileSync(codebook, readFileSync(codebook, "utf8") + readFileSync(projectPath("test/fixtures/waves/cab-like-codebook.csv"), "utf8"));
}

/**
 * R's reference values for the CAB-like wave.
 *
 * @example cabLikeReference().estimates["russia_opinion|positive||all"].estimate
 */
export function cabLikeReference(): CabLikeReference {
  return JSON.parse(readFileSync(projectPath("test/fixtures/waves/cab-like-r-reference.json"), "utf8")) as CabLikeReference;
}
