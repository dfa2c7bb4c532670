import { strict as assert } from "node:assert";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic, writePiecesAtomic } from "../../lib/io/atomic-write";
import { temporaryFolder } from "../helpers/temporary-folder";

describe("writeFileAtomic", () => {
  it("writes the text, creating missing folders, and leaves no temporary file", () => {
    const folder = temporaryFolder();
    const file = path.join(folder, "a", "b", "out.csv");
    writeFileAtomic(file, "id\nT1-01\n");
    assert.equal(readFileSync(file, "utf8"), "id\nT1-01\n");
    assert.deepEqual(readdirSync(path.dirname(file)), ["out.csv"]);
  });
  it("replaces an existing file", () => {
    const file = path.join(temporaryFolder(), "out.txt");
    writeFileAtomic(file, "old");
    writeFileAtomic(file, "new");
    assert.equal(readFileSync(file, "utf8"), "new");
  });
  it("throws and cleans up when the target cannot be replaced (it is a folder)", () => {
    const folder = temporaryFolder();
    const target = path.join(folder, "taken");
    mkdirSync(path.join(target, "inside"), { recursive: true });
    assert.throws(() => writeFileAtomic(target, "text"));
    assert.deepEqual(readdirSync(folder), ["taken"]);
  });
});

describe("writePiecesAtomic", () => {
  it("writes the pieces in order, and on failure keeps the previous file and leaves no temporary file", () => {
    const folder = temporaryFolder("atomic");
    const file = path.join(folder, "sub", "x.csv");
    writePiecesAtomic(file, (write) => ["a,", "б\n", "c\n"].forEach(write));
    assert.equal(readFileSync(file, "utf8"), "a,б\nc\n");
    writeFileSync(file, "previous\n");
    assert.throws(() => writePiecesAtomic(file, (write) => {
      write("partial");
      throw new Error("killed");
    }), /killed/);
    assert.equal(readFileSync(file, "utf8"), "previous\n");
    assert.deepEqual(readdirSync(path.dirname(file)), ["x.csv"]);
  });
});
