/**
 * `npm run checksums`: records the SHA-256 of every file under data/ in
 * data/checksums.sha256 (run it after an intended change to a data file, and
 * commit both). `npm run checksums -- --check` only compares and exits 1 on
 * any changed, missing or unrecorded file.
 */
import { writeFileSync } from "node:fs";
import { projectPath } from "../project/project-path";
import { CHECKSUM_FILE, computeDataChecksums, recordedChecksums } from "./data-provenance";

const current = computeDataChecksums();
if (process.argv.includes("--check")) {
  const recorded = recordedChecksums();
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const line of current) {
    const [sha256, file] = [line.slice(0, 64), line.slice(66)];
    seen.add(file);
    const expected = recorded.get(file);
    if (expected === undefined) problems.push(`unrecorded: ${file}`);
    else if (expected !== sha256) problems.push(`changed:    ${file}`);
  }
  for (const file of recorded.keys()) if (!seen.has(file)) problems.push(`missing:    ${file}`);
  console.log(problems.length === 0 ? `[checksums] all ${current.length} data files match ${CHECKSUM_FILE}` : problems.join("\n"));
  process.exitCode = problems.length === 0 ? 0 : 1;
} else {
  writeFileSync(projectPath(CHECKSUM_FILE), current.join("\n") + "\n");
  console.log(`[checksums] recorded ${current.length} files in ${CHECKSUM_FILE}`);
}
