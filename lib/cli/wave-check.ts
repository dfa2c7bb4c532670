import { describeFolder } from "../project/project-path";
import { checkWaves, passed } from "../waves/wave-check";
import { formatWaveCheckReport } from "../waves/wave-check-text";
import { parseVerbArguments, UsageError } from "./cli-arguments";
import type { CliVerb } from "./cli-verb";

const USAGE = `Usage: npm run wave -- check [WAVE...]

Checks the waves of the data folder in use (data/, or LWN_DATA_DIR, as the
main job reads it) without running a notebook: the manifest
(data/waves/manifest.csv), the codebook (data/waves/codebook.csv) and every
wave file the manifest lists, or only the waves named (by wave id or by
file), loaded exactly as the notebooks load them. Every problem is reported
with file, row and column, the first of each wave; then, per wave, rows
read, kept and excluded by rule, the design (strata, PSUs, degrees of
freedom, weight sum and range, zero weights, the lonely-PSU rule and the
single-PSU strata), the concepts asked and not asked, blank answers per
concept, and the file's value labels against the codebook. Waves listed
twice and waves that cannot be pooled are reported too.
npm run reproduce runs this check first and stops before any notebook when it fails.
Exit status: 0 everything valid, 1 a problem found, 2 usage error.
`;

/** `check [WAVE...]`: validates the data folder's manifest, codebook and waves and summarises each wave. */
export const checkVerb: CliVerb = {
  name: "check",
  summary: "check the data folder's manifest, codebook and waves (or those named) as the notebooks load them; summary per wave",
  usage: USAGE,
  async run(args, io) {
    let only: string[];
    try {
      only = parseVerbArguments(args, {}, 0).files;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`wave check: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    let dataFolder: string;
    try {
      dataFolder = describeFolder("data");
    } catch (error) {
      io.stderr(`wave check: ${(error as Error).message}\n`);
      return 2;
    }
    const report = await checkWaves({ only, cwd: io.cwd });
    const text = formatWaveCheckReport(report, dataFolder);
    (passed(report) ? io.stdout : io.stderr)(text);
    return passed(report) ? 0 : 1;
  },
};
