import { strict as assert } from "node:assert";
import { focusGroupQuantifierRows, focusGroupRows, loadContextQuantifiers, loadFocusGroupQuantifiers, loadFocusGroups } from "../../lib/article/focus-groups";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { DataError } from "../../lib/io/data-error";
import { temporaryFile } from "../helpers/temporary-folder";

describe("loadFocusGroups", () => {
  it("loads one group per city and language", () => {
    const file = temporaryFile("fg.csv", "group_id,city,language,design_phrase,oblast_2019,macro_region\na_ru,A,Russian,p,o,North\na_kk,A,Kazakh,p,o,North\n");
    assert.equal(loadFocusGroups(file).numRows(), 2);
  });
  it("refuses a second group for the same city and language, and an unknown language", () => {
    assert.throws(() => loadFocusGroups(temporaryFile("fg.csv", "group_id,city,language,design_phrase,oblast_2019,macro_region\na,A,Russian,p,o,North\nb,A,Russian,p,o,North\n")), (e: unknown) => e instanceof DataError && e.code === "key-duplicate");
    assert.throws(() => loadFocusGroups(temporaryFile("fg.csv", "group_id,city,language,design_phrase,oblast_2019,macro_region\na,A,Uzbek,p,o,North\n")), (e: unknown) => e instanceof DataError && e.location.column === "language");
    assert.throws(() => loadFocusGroups(temporaryFile("fg.csv", "group_id,city,language,design_phrase,oblast_2019,macro_region\na,A,Russian,p,o,Steppe\n")), (e: unknown) => e instanceof DataError && e.location.column === "macro_region");
  });
});

describe("loadFocusGroupQuantifiers", () => {
  it("links every quantifier of the project's files to a registered focus-group or context claim, and a nested one to a quantifier of the file", () => {
    const registered = new Set(loadClaimsRegistry().map((c) => c.id));
    for (const table of [loadFocusGroupQuantifiers(), loadContextQuantifiers()]) {
      const rows = focusGroupQuantifierRows(table);
      assert.ok(rows.length > 0);
      for (const row of rows) assert.ok(registered.has(row.claim_id) && /^(FG|CX)-/.test(row.claim_id), row.claim_id);
      for (const row of rows.filter((r) => r.nested_in !== "")) assert.ok(rows.some((r) => r.quantifier_id === row.nested_in), row.nested_in);
    }
  });
  it("refuses a fractional count", () => {
    const file = temporaryFile("q.csv", "quantifier_id,section,paragraph,phrase,quantifier,approximate_percent,approximate_count,base,claim_id,nested_in\nq,S,1,p,about,,5.5,participants,FG-01,\n");
    assert.throws(() => loadFocusGroupQuantifiers(file), (e: unknown) => e instanceof DataError && e.location.column === "approximate_count");
  });
});

describe("focusGroupRows and focusGroupQuantifierRows", () => {
  it("give the design as typed rows: ten groups, five per language", () => {
    const groups = focusGroupRows(loadFocusGroups());
    assert.equal(groups.length, 10);
    assert.equal(groups.filter((g) => g.language === "Kazakh").length, 5);
  });
  it("give the quantifiers as typed rows, NaN where a quantifier states no number", () => {
    const quantifiers = focusGroupQuantifierRows(loadFocusGroupQuantifiers());
    const twoThirds = quantifiers.find((q) => q.quantifier_id === "russia_more_advanced_yes");
    assert.equal(twoThirds?.approximate_percent, 66.6667);
    assert.ok(Number.isNaN(twoThirds?.approximate_count));
    assert.equal(quantifiers[0].quantifier, "almost none");
  });
});
