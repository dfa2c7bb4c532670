import { strict as assert } from "node:assert";
import { designValue, loadStudyDesign } from "../../lib/article/study-design";
import { DataError } from "../../lib/io/data-error";
import { temporaryFile } from "../helpers/temporary-folder";

const HEADER = "fact_id,section,paragraph,phrase,value,unit";

describe("loadStudyDesign", () => {
  it("loads facts by id", () => {
    const facts = loadStudyDesign(temporaryFile("sd.csv", `${HEADER}\ngroups,Footnote 4,1,ten groups,10,count\n`));
    assert.equal(facts.get("groups")?.unit, "count");
  });
  it("refuses an unknown unit and a fractional value", () => {
    assert.throws(() => loadStudyDesign(temporaryFile("sd.csv", `${HEADER}\ng,F,1,p,10,dozens\n`)), (e: unknown) => e instanceof DataError && e.location.column === "unit");
    assert.throws(() => loadStudyDesign(temporaryFile("sd.csv", `${HEADER}\ng,F,1,p,10.5,count\n`)), (e: unknown) => e instanceof DataError && e.location.column === "value");
  });
});

describe("designValue", () => {
  it("returns a fact's value and names the file when the fact is missing", () => {
    const file = temporaryFile("sd.csv", `${HEADER}\ngroups,Footnote 4,1,ten groups,10,count\n`);
    const facts = loadStudyDesign(file);
    assert.equal(designValue(facts, "groups", file), 10);
    assert.throws(() => designValue(facts, "nothing", file), (e: unknown) => e instanceof DataError && e.location.file === file && /"nothing"/.test(e.message));
  });
});
