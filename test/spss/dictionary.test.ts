import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { projectPath } from "../../lib/project/project-path";
import { formatText, openSav, SavVariable } from "../../lib/spss";

const FIXTURES = projectPath("test/fixtures/spss");
const fixture = (name: string) => path.join(FIXTURES, name);
const dictionaryOf = (name: string) => openSav(readFileSync(fixture(name)), { fileName: name }).dictionary;

/** haven's dictionary of a fixture, as make-fixtures.R saves it (numbers as text, 15 significant digits; -Inf/Inf for LO/HI). */
interface HavenVariable {
  readonly name: string;
  readonly label: string | null;
  readonly format: string;
  readonly labels: readonly { readonly value: string; readonly label: string }[];
  readonly na_values: readonly string[];
  readonly na_range: readonly [string, string] | null;
}

const asHaven = (value: number | string): string => (typeof value === "string" ? value : value === -Infinity ? "-Inf" : value === Infinity ? "Inf" : String(Number(value.toPrecision(15))));

/** Our dictionary entry in haven's terms: haven lists a range's extra discrete value among na_values. */
function havenView(variable: SavVariable): HavenVariable {
  return {
    name: variable.name,
    label: variable.label,
    format: formatText(variable.printFormat),
    labels: variable.valueLabels.map((entry) => ({ value: asHaven(entry.value), label: entry.label })),
    na_values: variable.missing.values.map(asHaven),
    na_range: variable.missing.range === null ? null : [asHaven(variable.missing.range.low), asHaven(variable.missing.range.high)],
  };
}

describe("spss/dictionary: names, labels, formats, value labels and user-missing values as haven reads them", () => {
  for (const name of readdirSync(FIXTURES).filter((file) => /\.z?sav$/.test(file)).sort()) {
    const havenFile = fixture(`${name}.haven-dictionary.json`);
    if (!existsSync(havenFile)) continue;
    it(`${name}: every variable as in haven's dictionary`, () => {
      const haven = (JSON.parse(readFileSync(havenFile, "utf8")) as HavenVariable[]).map(comparable);
      const ours = dictionaryOf(name).variables.map(havenView).map(comparable);
      assert.deepEqual(ours, haven);
    });
  }

  it("keeps what haven does not show: documents, weight variable, measurement levels, creation, product", () => {
    const dictionary = dictionaryOf("cyrillic-utf8.sav");
    assert.equal(dictionary.weightVariable, "вес");
    assert.deepEqual(dictionary.documents.slice(0, 2), ["Тестовый файл: проверка чтения (вымышленные", "Second line of the documents."]);
    assert.match(dictionary.product, /^@\(#\) SPSS DATA FILE GNU pspp 1\.6/);
    assert.equal(dictionary.variables.find((variable) => variable.name === "Регион")?.measure, "nominal");
    assert.equal(dictionary.declaredCaseCount, 5);
    assert.equal(dictionary.variables.find((variable) => variable.name === "коммент")?.elementCount, 32 + 32 + 12, "600 bytes in segments of 255, 255 and 96 (PSPP manual B.12)");
  });

  it("reads PSPP's long string missing values record, which writes a length before each value (haven 2.5 refuses the file)", () => {
    assert.match(readFileSync(fixture("pspp-long-string-missing.sav.haven.error"), "utf8"), /Invalid file/);
    const answer = dictionaryOf("pspp-long-string-missing.sav").variables.find((variable) => variable.name === "ответ");
    // make-fixtures.sps: MISSING VALUES ответ ('нет', 'NA', 'н/д').
    assert.deepEqual(answer?.missing, { values: ["нет", "NA", "н/д"], range: null });
  });

  it("names very long strings by their first segment and widens their format (A600)", () => {
    const comment = dictionaryOf("cyrillic-utf8-uncompressed.sav").variables.find((variable) => variable.name === "коммент");
    assert.equal(comment?.width, 600);
    assert.equal(formatText(comment!.printFormat), "A600");
    assert.equal(dictionaryOf("cyrillic-utf8.sav").variables.length, 15);
  });

  it("decodes Cyrillic variable names and labels of a windows-1251 file", () => {
    const dictionary = dictionaryOf("russian-windows-1251-cyrillic-names.sav");
    assert.deepEqual(dictionary.variables.map((variable) => variable.name), ["id", "Область", "Город", "q1", "weight", "Ответ", "visit", "note"]);
    assert.equal(dictionary.variables[3].valueLabels[0].label, "Очень хорошо");
  });
});

/**
 * One form for both sides: labels sorted by value (haven sorts them, the file
 * need not), and string values of labels and missing values without trailing
 * blanks (haven keeps the padding of short string values there, e.g. "a   "
 * for A4, though it trims the data values; this reader trims all three, so
 * labels and missing values match the data; trailing blanks are not
 * significant in SPSS string comparisons).
 */
function comparable(variable: HavenVariable): HavenVariable {
  const trim = (value: string) => value.replace(/ +$/, "");
  const labels = variable.labels.map((entry) => ({ value: trim(entry.value), label: entry.label }));
  return { ...variable, labels: labels.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)), na_values: variable.na_values.map(trim) };
}
