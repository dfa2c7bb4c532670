import { strict as assert } from "node:assert";
import { listNotebooks } from "../../lib/pipeline/notebook-list";

describe("listNotebooks", () => {
  it("lists the analysis notebooks by name and the ledger notebook (00-) last", () => {
    const names = listNotebooks();
    assert.ok(names.includes("01-attitudes-table1.ipynb"));
    const analysis = names.filter((n) => !n.startsWith("00-"));
    assert.deepEqual(analysis, [...analysis].sort());
    const ledgerAt = names.findIndex((n) => n.startsWith("00-"));
    if (ledgerAt !== -1) assert.equal(ledgerAt, names.length - 1);
    assert.ok(names.every((n) => n.endsWith(".ipynb")));
  });
});
