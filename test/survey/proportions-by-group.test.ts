import * as assert from "node:assert/strict";
import { surveyProportions, surveyProportionsByGroup } from "../../lib/survey";
import { DESIGN_NAMES, mainDesigns } from "./designs";
import { assertAllClose, assertClose, rReference } from "./fixture-data";

describe("surveyProportionsByGroup", () => {
  const { data, designs } = mainDesigns();
  const y = data.number("y");
  const g = data.number("g");
  const options = { categories: [1, 2, 3, 4, 5], nonSubstantive: { codes: [8, 9], handling: "exclude" as const } };

  for (const name of DESIGN_NAMES) {
    it(`matches svyby(~factor(y), ~g, subset(design, y %in% 1:5), svymean) — ${name}`, () => {
      const r = rReference()[name].byGroup;
      const tables = surveyProportionsByGroup(designs[name], y, g, options);
      assert.deepEqual(tables.map((t) => t.group), r.groups);
      tables.forEach((table, i) => {
        assertAllClose(table.categories.map((c) => c.estimate), r.estimate[i], `group ${table.group} estimate`);
        assertAllClose(table.categories.map((c) => c.se), r.se[i], `group ${table.group} se`);
      });
    });
  }

  it("reports by default the groups observed in the domain (as svyby on a subset)", () => {
    const domain = Uint8Array.from(g, (v) => (v === 3 ? 0 : 1));
    assert.deepEqual(surveyProportionsByGroup(designs.stratified, y, g, { ...options, domain }).map((t) => t.group), [1, 2]);
  });

  it("gives an empty cell (group 3 never answers 5) estimate 0 and SE 0", () => {
    const group3 = surveyProportionsByGroup(designs.stratified, y, g, options)[2];
    assert.deepEqual([group3.categories[4].estimate, group3.categories[4].se, group3.categories[4].n], [0, 0, 0]);
  });

  it("equals surveyProportions with the group as domain, including df and intervals", () => {
    const tables = surveyProportionsByGroup(designs.stratified, y, g, options);
    for (const table of tables) {
      const single = surveyProportions(designs.stratified, y, { ...options, domain: Array.from(g, (v) => v === table.group) });
      const { group: _group, ...rest } = table;
      assert.deepEqual(rest, single);
    }
  });

  it("reports only the requested groups, in the requested order", () => {
    const tables = surveyProportionsByGroup(designs.weightsOnly, y, g, { ...options, groups: [2, 1] });
    assert.deepEqual(tables.map((t) => t.group), [2, 1]);
    assertClose(tables[1].categories[0].estimate, rReference().weightsOnly.byGroup.estimate[0][0], "group 1");
  });
});
