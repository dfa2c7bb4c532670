import { loadTidyCsv } from "../io/load-tidy-csv";
import { TableSchema } from "../io/table-schema";
import { DataError } from "../io/data-error";

/** Project-relative path of the memo's study-design facts (years, counts), transcribed once with their location. */
export const STUDY_DESIGN_FILE = "data/article/study-design.csv";

/** Contract of `data/article/study-design.csv`: one row per design fact stated in the memo. */
export const STUDY_DESIGN_SCHEMA: TableSchema = {
  columns: {
    fact_id: { type: "string" },
    section: { type: "string" },
    paragraph: { type: "integer", min: 1 },
    phrase: { type: "string" },
    value: { type: "integer", min: 0 },
    unit: { type: "string", values: ["year", "count"] },
  },
  key: ["fact_id"],
};

/** One design fact. */
export interface StudyDesignFact {
  readonly fact_id: string;
  readonly section: string;
  readonly paragraph: number;
  readonly phrase: string;
  readonly value: number;
  readonly unit: "year" | "count";
}

/**
 * Loads the study-design facts as a map from `fact_id`.
 *
 * @example loadStudyDesign().get("fg_groups_footnote")?.value // => 10
 */
export function loadStudyDesign(file: string = STUDY_DESIGN_FILE): Map<string, StudyDesignFact> {
  const rows = loadTidyCsv(file, STUDY_DESIGN_SCHEMA).objects() as unknown as StudyDesignFact[];
  return new Map(rows.map((row) => [row.fact_id, row]));
}

/**
 * The value of one design fact; throws a DataError naming the file when it is missing.
 *
 * @example designValue(loadStudyDesign(), "fg_participants_per_group") // => 10
 */
export function designValue(facts: ReadonlyMap<string, StudyDesignFact>, factId: string, file: string = STUDY_DESIGN_FILE): number {
  const fact = facts.get(factId);
  if (fact === undefined) throw new DataError("value-missing", { file, column: "fact_id" }, `no fact "${factId}"`);
  return fact.value;
}
