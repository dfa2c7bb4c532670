import { strict as assert } from "node:assert";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writePiecesAtomic } from "../../lib/cli/atomic-pieces";

describe("cli/atomic-pieces", () => {
  it("writes the pieces in order, and on failure keeps the previous file and leaves no temporary file", () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "lwn-atomic-"));
    try {
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
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
