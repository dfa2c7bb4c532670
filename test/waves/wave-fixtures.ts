/** Helpers shared by the tests of lib/waves: temporary wave folders and tiny valid wave files. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";

export const MANIFEST_HEADER = "wave_id,country,field_start,field_end,file,format,respondent_id,weight,strata,psu,filter_column,filter_value,source,licence,synthetic";

export const WAVE_COLUMNS = [
  "respondent_id", "stratum", "psu", "weight",
  "q_opinion_russia", "q_opinion_usa", "q_opinion_china", "q_econ_russia", "q_econ_usa", "q_econ_china", "q_eeu_benefit", "q_opinion_leadership", "q_reason_russia_1", "q_reason_russia_2",
];

/** A fresh temporary folder holding a copy of the project's codebook and, optionally, its manifest and synthetic waves. */
export function temporaryWaveFolder(copyProjectWaves = false): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "lwn-waves-"));
  copyFileSync(projectPath("data/waves/codebook.csv"), path.join(folder, "codebook.csv"));
  if (copyProjectWaves) {
    copyFileSync(projectPath("data/waves/manifest.csv"), path.join(folder, "manifest.csv"));
    for (const year of [2017, 2018, 2019]) copyFileSync(projectPath(`data/waves/kz-${year}-synthetic.csv`), path.join(folder, `kz-${year}-synthetic.csv`));
  } else {
    writeFileSync(path.join(folder, "manifest.csv"), `${MANIFEST_HEADER}\n`);
  }
  return folder;
}

/** One manifest row (CSV text, no newline) for a wave file in the folder; `synthetic` "no" unless given. */
export function manifestRow(waveId: string, file: string, options: { format?: string; synthetic?: string; filter?: [string, string]; start?: string } = {}): string {
  const format = options.format ?? path.extname(file).slice(1);
  const [filterColumn, filterValue] = options.filter ?? ["", ""];
  const start = options.start ?? "2020-10-01";
  return `${waveId},Kazakhstan,${start},${start.slice(0, 8)}28,${file},${format},respondent_id,weight,stratum,psu,${filterColumn},${filterValue},test fixture,test only,${options.synthetic ?? "no"}`;
}

/** Appends a row to the folder's manifest. */
export function addManifestRow(folder: string, row: string): void {
  const manifest = path.join(folder, "manifest.csv");
  writeFileSync(manifest, readFileSync(manifest, "utf8") + row + "\n");
}

/**
 * A tiny valid wave: 2 strata × 2 PSUs × 3 respondents, every answer code valid.
 * `edit(rows)` may change cells (rows[0] is the header) before it is written.
 */
export function tinyWaveCsv(edit: (rows: string[][]) => void = () => undefined): string {
  const rows: string[][] = [WAVE_COLUMNS.slice()];
  let id = 0;
  for (const stratum of ["A", "B"]) {
    for (const psu of ["1", "2"]) {
      for (let k = 0; k < 3; k++) {
        id++;
        const answer = String(((id + k) % 4) + 1);
        rows.push([`t${id}`, stratum, psu, (1 + (id % 3) / 4).toFixed(2), answer, "2", "1", answer, "3", "2", "1", "2", id % 2 === 0 ? "1" : "", ""]);
      }
    }
  }
  edit(rows);
  return rows.map((row) => row.join(",")).join("\n") + "\n";
}
