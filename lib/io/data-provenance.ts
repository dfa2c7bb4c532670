import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describeFolder, projectPath } from "../project/project-path";

/** Project-relative path of the recorded checksums (sha256sum format: `sha256sum -c data/checksums.sha256` works). */
export const CHECKSUM_FILE = "data/checksums.sha256";

/** How a loaded file compares with its recorded checksum. */
export type ChecksumStatus = "verified" | "changed" | "unrecorded" | "outside data/";

/** Why rows of a file were left out of an analysis, and how many. */
export interface ExclusionCount {
  readonly rule: string;
  readonly rows: number;
}

/** Provenance and row accounting of one loaded file: rowsKept + Σ exclusions = rowsRead. */
export interface FileProvenance {
  readonly file: string;
  readonly sha256: string;
  readonly checksum: ChecksumStatus;
  readonly recordedSha256: string | null;
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly exclusions: readonly ExclusionCount[];
}

const loaded = new Map<string, FileProvenance>();
let recorded: Map<string, string> | undefined;

/**
 * SHA-256 of a file's bytes, hex-encoded (FIPS 180-4).
 *
 * @example sha256Hex(Buffer.from("abc")) // => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The recorded checksums of data/checksums.sha256, by project-relative path
 * (read once per process).
 *
 * @example recordedChecksums().get("data/article/table1.csv") // => "b61146728221e12a…"
 */
export function recordedChecksums(): ReadonlyMap<string, string> {
  if (recorded === undefined) {
    recorded = new Map();
    const file = projectPath(CHECKSUM_FILE);
    if (existsSync(file)) {
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .forEach((line, index) => {
          const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
          if (!match) throw new Error(`${CHECKSUM_FILE}, line ${index + 1}: not "<sha256>  <path>"`);
          recorded?.set(match[2], match[1]);
        });
    }
  }
  return recorded;
}

/**
 * Records that a file was loaded: its SHA-256 (of the bytes read), how it compares with
 * data/checksums.sha256, and its row accounting. A file under data/ whose
 * checksum differs from the recorded one is reported on stderr with its name
 * (and as "changed" in {@link loadedFiles}); the analysis goes on, so an
 * analyst can test an edit, but notebooks and tests flag it. Throws a
 * RangeError when the accounting does not add up (kept + excluded ≠ read):
 * rows must never vanish silently.
 *
 * @example recordLoad("data/article/table1.csv", sha256Hex(bytes), { rowsRead: 15, rowsKept: 15, exclusions: [] }).checksum // => "verified"
 */
export function recordLoad(
  file: string,
  sha256: string,
  counts: { readonly rowsRead: number; readonly rowsKept: number; readonly exclusions: readonly ExclusionCount[] },
): FileProvenance {
  const excluded = counts.exclusions.reduce((sum, e) => sum + e.rows, 0);
  if (counts.rowsKept + excluded !== counts.rowsRead) {
    throw new RangeError(`recordLoad: ${file}: rows kept (${counts.rowsKept}) + excluded (${excluded}) ≠ rows read (${counts.rowsRead})`);
  }
  const relative = toProjectRelative(file);
  const recordedSha256 = relative === null ? null : recordedChecksums().get(relative) ?? null;
  const checksum: ChecksumStatus = relative === null ? "outside data/" : recordedSha256 === null ? "unrecorded" : recordedSha256 === sha256 ? "verified" : "changed";
  if (checksum === "changed") {
    const where = process.env.LWN_DATA_DIR ? ` (data folder ${describeFolder("data")})` : "";
    console.warn(
      `[data] ${relative} has changed since its checksum was recorded in ${CHECKSUM_FILE}${where} ` +
        `(recorded ${recordedSha256?.slice(0, 12)}…, now ${sha256.slice(0, 12)}…). If the change is intended, ` +
        "record it with `npm run checksums` (same data folder), and commit both files if the folder is under git.",
    );
  }
  const provenance: FileProvenance = { file: relative ?? file, sha256, checksum, recordedSha256, rowsRead: counts.rowsRead, rowsKept: counts.rowsKept, exclusions: [...counts.exclusions] };
  loaded.set(provenance.file, provenance);
  return provenance;
}

/**
 * Every file loaded in this process so far, in order of first load (a file
 * loaded again keeps its first place).
 *
 * @example loadTable1(); loadedFiles()[0].file // => "data/article/table1.csv"
 */
export function loadedFiles(): FileProvenance[] {
  return [...loaded.values()];
}

/** `data/...` path of a file inside the data folder (the project's, or LWN_DATA_DIR), or null for files elsewhere. */
function toProjectRelative(file: string): string | null {
  const absolute = path.isAbsolute(file) ? file : projectPath(file);
  const relative = path.relative(projectPath("data"), absolute).split(path.sep).join("/");
  return relative.startsWith("..") || path.isAbsolute(relative) ? null : `data/${relative}`;
}

/**
 * Lines of data/checksums.sha256 for every file under data/ (except the
 * checksum file itself), sorted by path: `<sha256>  <path>`.
 *
 * @example computeDataChecksums()[0] // => "9743dce6…  data/article/focus-group-quantifiers.csv"
 */
export function computeDataChecksums(): string[] {
  const lines: string[] = [];
  const walk = (relativeDir: string): void => {
    for (const entry of readdirSync(projectPath(relativeDir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (relative !== CHECKSUM_FILE) lines.push(`${sha256Hex(readFileSync(projectPath(relative)))}  ${relative}`);
    }
  };
  walk("data");
  return lines.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
}

/**
 * One row per loaded file, in order of first load, ready for a notebook
 * table: file, checksum status, short hash, rows read/kept/excluded.
 *
 * @example provenanceRows()[0] // => { file: "data/article/table1.csv", checksum: "verified", sha256: "b61146728221…", rows_read: 15, rows_kept: 15, rows_excluded: 0, exclusions: "" }
 */
export function provenanceRows(): { file: string; checksum: ChecksumStatus; sha256: string; rows_read: number; rows_kept: number; rows_excluded: number; exclusions: string }[] {
  return loadedFiles().map((p) => ({
    file: p.file,
    checksum: p.checksum,
    sha256: `${p.sha256.slice(0, 12)}…`,
    rows_read: p.rowsRead,
    rows_kept: p.rowsKept,
    rows_excluded: p.rowsRead - p.rowsKept,
    exclusions: p.exclusions.map((e) => `${e.rule}: ${e.rows}`).join("; "),
  }));
}

/**
 * One line per loaded file for a claim's evidence, e.g.
 * "data/article/table1.csv: 15 of 15 rows kept, checksum verified"
 * (with the exclusions by rule when rows were left out).
 *
 * @example describeInputs(loadedFiles()) // => "data/article/table1.csv: 15 of 15 rows kept, checksum verified"
 */
export function describeInputs(files: readonly FileProvenance[]): string {
  return files
    .map((f) => {
      const excluded = f.exclusions.filter((e) => e.rows > 0).map((e) => `${e.rows} ${e.rule}`);
      return `${f.file}: ${f.rowsKept} of ${f.rowsRead} rows kept${excluded.length > 0 ? ` (excluded: ${excluded.join(", ")})` : ""}, checksum ${f.checksum}`;
    })
    .join("; ");
}
