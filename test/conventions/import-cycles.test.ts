/**
 * No file of lib/ imports itself, directly or through others: the import
 * graph has no cycle, so every module can be read (and loaded) after the ones
 * it uses.
 */
import { strict as assert } from "node:assert";
import { importCycles, importGraph } from "./import-graph";

describe("import cycles in lib/", () => {
  it("the cycle finder finds a two-file cycle, a longer one and a self-import, and nothing in a tree", () => {
    const graph = new Map<string, string[]>([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts", "c.ts"]],
      ["c.ts", ["d.ts"]],
      ["d.ts", ["e.ts"]],
      ["e.ts", ["c.ts"]],
      ["f.ts", ["f.ts"]],
      ["g.ts", ["c.ts"]],
    ]);
    assert.deepEqual(importCycles(graph).sort(), [["a.ts", "b.ts"], ["c.ts", "d.ts", "e.ts"], ["f.ts"]]);
    assert.deepEqual(importCycles(new Map([["x.ts", ["y.ts", "z.ts"]], ["y.ts", ["z.ts"]], ["z.ts", []]])), []);
  });

  it("lib/ has no file-level import cycle", () => {
    const graph = importGraph();
    assert.ok(graph.size > 100, `expected the whole lib/, found ${graph.size} files`);
    const files = new Map([...graph].map(([file, edges]) => [file, edges.flatMap((edge) => (edge.target === null ? [] : [edge.target]))]));
    const cycles = importCycles(files);
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.map((cycle) => `  ${cycle.map((f) => `lib/${f}`).join(" ↔ ")}`).join("\n")}`);
  });
});
