import { describeSource, SavDictionary, SavMissingValues, SavVariable } from "./dictionary";
import { formatText } from "./formats";

/**
 * Replaces control characters (which could move a terminal's cursor or
 * hide text) by visible escapes: tab "\t", newline "\n", others "\u{..}".
 *
 * @example visibleText("a\nb\u001b[31m") // => "a\\nb\\u{1b}[31m"
 */
export function visibleText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === "\t" ? "\\t" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u{${c.charCodeAt(0).toString(16)}}`));
}

/**
 * A number as SPSS syntax would show it in a missing value specification: LO and HI for the open ends.
 * @example missingNumber(-Infinity) // => "LO"
 */
function missingNumber(value: number): string {
  return value === -Infinity ? "LO" : value === Infinity ? "HI" : String(value);
}

/**
 * User-missing values in SPSS's notation: discrete values separated by
 * commas, a range as "low THRU high" (LO/HI for open ends), strings quoted.
 *
 * @example describeMissing({ values: [999], range: { low: -Infinity, high: -1 } }) // => "LO THRU -1, 999"
 */
export function describeMissing(missing: SavMissingValues): string {
  const parts: string[] = [];
  if (missing.range) parts.push(`${missingNumber(missing.range.low)} THRU ${missingNumber(missing.range.high)}`);
  for (const value of missing.values) parts.push(typeof value === "number" ? String(value) : JSON.stringify(value));
  return visibleText(parts.join(", "));
}

function layoutName(dictionary: SavDictionary): string {
  return dictionary.layout === "uncompressed" ? "uncompressed" : dictionary.layout === "bytecode" ? "bytecode-compressed (.sav)" : "zlib-compressed (.zsav)";
}

/** Lays out rows as left-aligned columns separated by two spaces (widths in UTF-16 code units of the visible text). */
function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell + " ".repeat(widths[c] - [...cell].length))).join("  ").trimEnd());
}

function typeText(variable: SavVariable): string {
  return variable.type === "numeric" ? "numeric" : `string(${variable.width})`;
}

/**
 * The dictionary as a readable text table, for `npm run wave -- inspect`:
 * the file's facts (product, creation, encoding and how it was determined,
 * layout, byte order, declared cases, weight), one line per variable (name,
 * type and width, print format, measurement level, missing values, label),
 * then the value labels of each labelled variable, the documents and any
 * warnings. Every text from the file is shown with control characters escaped.
 *
 * @example console.log(dictionaryTable(openSav(bytes, { fileName: "w.sav" }).dictionary));
 */
export function dictionaryTable(dictionary: SavDictionary, caseCount?: number): string {
  const lines: string[] = [];
  const fact = (name: string, value: string) => lines.push(`${`${name}:`.padEnd(11)}${visibleText(value)}`);
  fact("File", dictionary.file);
  fact("Product", dictionary.product);
  if (dictionary.productInfo) fact("Info", dictionary.productInfo);
  fact("Created", dictionary.created);
  if (dictionary.fileLabel) fact("Label", dictionary.fileLabel);
  fact("Encoding", `${dictionary.encoding.name} (${describeSource(dictionary.encoding)})`);
  fact("Layout", `${layoutName(dictionary)}, ${dictionary.byteOrder}, bias ${dictionary.bias}`);
  const declared = dictionary.declaredCaseCount === null ? "not declared" : `${dictionary.declaredCaseCount} declared`;
  fact("Cases", caseCount === undefined ? declared : `${caseCount} read (${declared})`);
  fact("Weight", dictionary.weightVariable ?? "none");
  fact("Variables", `${dictionary.variables.length} (${dictionary.caseSize} 8-byte elements per case)`);
  lines.push("");
  const header = ["#", "name", "type", "format", "measure", "missing values", "label"];
  const rows = dictionary.variables.map((variable) => [
    String(variable.index + 1),
    visibleText(variable.name),
    typeText(variable),
    formatText(variable.printFormat),
    variable.measure ?? "",
    describeMissing(variable.missing),
    visibleText(variable.label ?? ""),
  ]);
  lines.push(...alignColumns([header, ...rows]));
  const labelled = dictionary.variables.filter((variable) => variable.valueLabels.length > 0);
  if (labelled.length > 0) {
    lines.push("", "Value labels:");
    for (const variable of labelled) {
      lines.push(`  ${visibleText(variable.name)}`);
      const labelRows = variable.valueLabels.map((entry) => ["   ", typeof entry.value === "number" ? String(entry.value) : visibleText(JSON.stringify(entry.value)), visibleText(entry.label)]);
      lines.push(...alignColumns(labelRows));
    }
  }
  if (dictionary.documents.length > 0) lines.push("", "Documents:", ...dictionary.documents.map((line) => `  ${visibleText(line)}`));
  if (dictionary.otherExtensionRecords.length > 0) lines.push("", `Other extension records (not interpreted): subtypes ${dictionary.otherExtensionRecords.join(", ")}`);
  if (dictionary.warnings.length > 0) lines.push("", "Warnings:", ...dictionary.warnings.map((warning) => `  ${visibleText(warning)}`));
  return lines.join("\n") + "\n";
}

/**
 * The dictionary as JSON-ready data: the same fields, with open ends of
 * missing value ranges as "LO" and "HI" (JSON has no infinities).
 *
 * @example JSON.stringify(dictionaryJson(dictionary), null, 2)
 */
export function dictionaryJson(dictionary: SavDictionary, caseCount?: number): unknown {
  return {
    ...dictionary,
    caseCount: caseCount ?? null,
    variables: dictionary.variables.map((variable) => ({
      ...variable,
      printFormat: formatText(variable.printFormat),
      writeFormat: formatText(variable.writeFormat),
      missing: {
        values: variable.missing.values,
        range: variable.missing.range === null ? null : { low: variable.missing.range.low === -Infinity ? "LO" : variable.missing.range.low, high: variable.missing.range.high === Infinity ? "HI" : variable.missing.range.high },
      },
    })),
  };
}
