import { strict as assert } from "node:assert";
import { existsSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { claimById, claimsOfNotebook, EVIDENCE_KINDS, loadClaimsRegistry } from "../../lib/claims/claims-registry";
import { DataError } from "../../lib/io/data-error";
import { loadTable1 } from "../../lib/article/table1";
import { loadTable2 } from "../../lib/article/table2";
import { loadTextFigures } from "../../lib/article/text-figures";
import { loadStudyDesign } from "../../lib/article/study-design";
import { projectPath } from "../../lib/project/project-path";
import { temporaryFolder } from "../helpers/temporary-folder";
import { writeRegistry } from "./registry-fixture";

const HEADER = "id,section,paragraph,statement,reported,evidence_needed,notebook,check";

function registryWith(line: string): string {
  const file = path.join(temporaryFolder(), "claims.csv");
  writeFileSync(file, `${HEADER}\n${line}\n`);
  return file;
}

describe("loadClaimsRegistry", () => {
  it("loads the project's registry: unique ids, known evidence kinds, every claim in a notebook", () => {
    const claims = loadClaimsRegistry();
    assert.ok(claims.length > 0);
    assert.equal(new Set(claims.map((c) => c.id)).size, claims.length);
    for (const claim of claims) assert.ok((EVIDENCE_KINDS as readonly string[]).includes(claim.evidence_needed), claim.id);
  });
  it("registers the multivector claims MV-01..MV-10 to notebook 02: the contract's six and MV-10 need respondent-level data, MV-07..MV-09 rest on in-text figures", () => {
    const mv = loadClaimsRegistry().filter((c) => c.id.startsWith("MV-"));
    assert.deepEqual(mv.map((c) => c.id), ["MV-01", "MV-02", "MV-03", "MV-04", "MV-05", "MV-06", "MV-07", "MV-08", "MV-09", "MV-10"]);
    for (const claim of mv) {
      assert.equal(claim.notebook, "02-multivector-attitudes.ipynb");
      assert.equal(claim.evidence_needed, ["MV-07", "MV-08", "MV-09"].includes(claim.id) ? "in-text figures" : "respondent-level data");
    }
  });
  it("assigns every claim to a notebook that exists", () => {
    for (const claim of loadClaimsRegistry()) assert.ok(existsSync(projectPath(`notebooks/${claim.notebook}`)), `${claim.id}: ${claim.notebook}`);
  });
  it("reports only numbers transcribed in data/article (the registry restates, it does not add figures)", () => {
    const transcribed = new Set<number>([
      ...(loadTable1().objects() as { percent: number }[]).map((r) => r.percent),
      ...(loadTable2().objects() as { percent: number }[]).map((r) => r.percent),
      ...(loadTextFigures().objects() as { value: number }[]).map((r) => r.value),
      ...[...loadStudyDesign().values()].map((f) => f.value),
      100, // "100% (implied)": the total of a distribution, not a figure of the memo
    ]);
    for (const claim of loadClaimsRegistry()) {
      const numbers = (claim.reported.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      for (const n of numbers) assert.ok(transcribed.has(n), `${claim.id}: ${n} in "${claim.reported}" is not transcribed`);
    }
  });
  it("loads a small valid registry", () => {
    const file = writeRegistry(temporaryFolder(), [["T1-01", "01-a.ipynb"], ["T1-02", "01-a.ipynb"]]);
    assert.deepEqual(loadClaimsRegistry(file).map((c) => c.id), ["T1-01", "T1-02"]);
  });
  it("refuses a malformed id, naming row and column", () => {
    const file = registryWith("T1-1,Introduction,1,a phrase,87%,published table,01-a.ipynb,c");
    assert.throws(() => loadClaimsRegistry(file), (e: unknown) => e instanceof DataError && e.location.row === 1 && e.location.column === "id");
  });
  it("refuses a duplicate id", () => {
    const file = writeRegistry(temporaryFolder(), [["T1-01", "01-a.ipynb"], ["T1-01", "01-a.ipynb"]]);
    assert.throws(() => loadClaimsRegistry(file), (e: unknown) => e instanceof DataError && e.code === "key-duplicate");
  });
  it("refuses an unknown evidence kind and an unknown section", () => {
    assert.throws(() => loadClaimsRegistry(registryWith("T1-01,Introduction,1,p,87%,hearsay,01-a.ipynb,c")), (e: unknown) => e instanceof DataError && e.location.column === "evidence_needed");
    assert.throws(() => loadClaimsRegistry(registryWith("T1-01,Preface,1,p,87%,published table,01-a.ipynb,c")), (e: unknown) => e instanceof DataError && e.location.column === "section");
  });
  it("refuses a notebook that is not an .ipynb file name", () => {
    const file = registryWith("T1-01,Introduction,1,p,87%,published table,notebook-one,c");
    assert.throws(() => loadClaimsRegistry(file), (e: unknown) => e instanceof DataError && e.location.column === "notebook");
  });
  it("refuses a statement that is a copied sentence rather than a short phrase", () => {
    const file = registryWith(`T1-01,Introduction,1,${"x".repeat(91)},87%,published table,01-a.ipynb,c`);
    assert.throws(() => loadClaimsRegistry(file), (e: unknown) => e instanceof DataError && e.location.column === "statement");
  });
});

describe("claimsOfNotebook", () => {
  it("keeps only the claims of one notebook, in registry order", () => {
    const claims = loadClaimsRegistry(writeRegistry(temporaryFolder(), [["T1-02", "01-a.ipynb"], ["T2-01", "03-b.ipynb"], ["T1-01", "01-a.ipynb"]]));
    assert.deepEqual(claimsOfNotebook(claims, "01-a.ipynb").map((c) => c.id), ["T1-02", "T1-01"]);
    assert.deepEqual(claimsOfNotebook(claims, "09-none.ipynb"), []);
  });
});

describe("claimById", () => {
  it("finds a claim and refuses an unregistered id", () => {
    const claims = loadClaimsRegistry(writeRegistry(temporaryFolder(), [["T1-01", "01-a.ipynb"]]));
    assert.equal(claimById(claims, "T1-01").notebook, "01-a.ipynb");
    assert.throws(() => claimById(claims, "T1-02"), /no claim "T1-02"/);
  });
});
