import { strict as assert } from "node:assert";
import { claimResultsFile } from "../../lib/claims/claim-results-file";

describe("claimResultsFile", () => {
  it("puts the notebook's stem under output/claims", () => {
    assert.equal(claimResultsFile("03-reasons-table2.ipynb"), "output/claims/03-reasons-table2.json");
    assert.equal(claimResultsFile("notebooks/01-attitudes-table1.ipynb"), "output/claims/01-attitudes-table1.json");
  });
  it("puts it under another folder when asked", () => {
    assert.equal(claimResultsFile("01-a.ipynb", "/tmp/results"), "/tmp/results/01-a.json");
  });
  it("refuses a name that is not a notebook", () => {
    assert.throws(() => claimResultsFile("03-reasons-table2"), /not a notebook/);
    assert.throws(() => claimResultsFile(".ipynb"), /not a notebook/);
  });
});
