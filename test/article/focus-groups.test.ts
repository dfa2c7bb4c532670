import { strict as assert } from "node:assert";
import { focusGroupQuantifierRows, focusGroupRows, loadFocusGroupQuantifiers, loadFocusGroups } from "../../lib/article/focus-groups";
import { loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { DataError } from "../../lib/io/data-error";
import { temporaryFile } from "../helpers/temporary-folder";

describe("loadFocusGroups", () => {
  it("loads one group per city and language", () => {
    const file = temporaryFile("fg.csv", "group_id,city,language,design_phrase\na_ru,A,Russian,p\na_kk,A,Kazakh,p\n");
    assert.equal(loadFocusGroups(file).numRows(), 2);
  });
  it("refuses a second group for the same city and language, and an unknown language", () => {
    assert.throws(() => loadFocusGroups(temporaryFile("fg.csv", "group_id,city,language,design_phrase\na,A,Russian,p\nb,A,Russian,p\n")), (e: unknown) => e instanceof DataError && e.code === "key-duplicate");
    assert.throws(() => loadFocusGroups(temporaryFile("fg.csv", "group_id,city,language,design_phrase\na,A,Uzbek,p\n")), (e: unknown) => e instanceof DataError && e.location.column === "language");
  });
});

describe("loadFocusGroupQuantifiers", () => {
  it("links every quantifier of the project's file to a registered focus-group claim", () => {
    const registered = new Set(loadClaimsRegistry().map((c) => c.id));
    const rows = loadFocusGroupQuantifiers().objects() as { claim_id: string }[];
    assert.ok(rows.length > 0);
    for (const row of rows) assert.ok(registered.has(row.claim_id) && row.claim_id.startsWith("FG-"), row.claim_id);
  });
  it("refuses a fractional count", () => {
    const file = temporaryFile("q.csv", "quantifier_id,section,paragraph,phrase,quantifier,approximate_percent,approximate_count,base,claim_id\nq,S,1,p,about,,5.5,participants,FG-01\n");
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
