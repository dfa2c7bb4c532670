import { readFileSync } from "node:fs";
import { parseCsv } from "../../lib/io/parse-csv";
import type { SavData } from "../../lib/spss";

/**
 * haven's reading of a file, as the fixture scripts save it (and as
 * ../shared/sav-corpus/ref/ holds it): UTF-8 CSV, header of variable names,
 * raw codes with user-missing kept, system-missing empty, numbers to 15
 * significant digits, dates and times as seconds since 1582-10-14 / midnight.
 */
export interface HavenReading {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Reads a haven reading CSV. */
export function readHavenReading(file: string): HavenReading {
  const parsed = parseCsv(readFileSync(file, "utf8"), file);
  return { header: parsed.header, rows: parsed.rows };
}

/** A number rounded to 15 significant digits, as haven's readings are written. */
function to15(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * Compares a reading of this package with haven's, cell by cell: the same
 * variable names in the same order, the same number of cases, and in every
 * cell the same value (numbers equal at 15 significant digits, system-missing
 * ↔ empty field, strings identical). Returns the differences (at most
 * `limit`), empty when the readings agree.
 */
export function differencesFromHaven(data: SavData, haven: HavenReading, limit = 10): string[] {
  const problems: string[] = [];
  const names = data.columns.map((column) => column.variable.name);
  if (JSON.stringify(names) !== JSON.stringify(haven.header)) problems.push(`variable names: ours ${JSON.stringify(names)}, haven ${JSON.stringify(haven.header)}`);
  if (data.caseCount !== haven.rows.length) problems.push(`cases: ours ${data.caseCount}, haven ${haven.rows.length}`);
  for (let row = 0; row < Math.min(data.caseCount, haven.rows.length); row++) {
    data.columns.forEach((column, c) => {
      if (problems.length >= limit) return;
      const expected = haven.rows[row][c];
      if (column.type === "numeric") {
        const value = column.values[row];
        const same = Number.isNaN(value) ? expected === "" : expected !== "" && to15(value) === to15(Number(expected));
        if (!same) problems.push(`case ${row + 1}, ${column.variable.name}: ours ${value}, haven ${JSON.stringify(expected)}`);
      } else if (column.values[row] !== expected) {
        problems.push(`case ${row + 1}, ${column.variable.name}: ours ${JSON.stringify(column.values[row])}, haven ${JSON.stringify(expected)}`);
      }
    });
  }
  return problems;
}
