/**
 * The file-level import graph of lib/: which module imports which, read with
 * the TypeScript compiler's own pre-processor (every `import`, `import type`,
 * `export … from`, `import("…")` and `require("…")` with a string literal).
 */
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { projectPath } from "../../lib/project/project-path";

/** One import of a module: the specifier as written and, for a relative one, the lib-relative file it resolves to. */
export interface ImportEdge {
  readonly specifier: string;
  /** e.g. "rounding/interval.ts"; null for a package or a Node built-in. */
  readonly target: string | null;
}

/** Every TypeScript source of lib/ (not .d.ts), as paths relative to lib/ with "/" separators, sorted. */
export function libSources(root: string = projectPath("lib")): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) found.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return found;
}

/** The module specifiers a TypeScript source imports, in order (duplicates kept once). */
export function importSpecifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...new Set(info.importedFiles.map((file) => file.fileName))];
}

/**
 * The file a relative specifier of `from` (lib-relative) resolves to, as
 * TypeScript resolves it: `x.ts`, then `x/index.ts`. Throws when neither
 * exists (a broken import would fail the build anyway).
 */
export function resolveRelative(from: string, specifier: string, root: string = projectPath("lib")): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(path.join(root, candidate))) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** The import graph of lib/: each source with its imports. */
export function importGraph(root: string = projectPath("lib")): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const file of libSources(root)) {
    const specifiers = importSpecifiers(readFileSync(path.join(root, file), "utf8"));
    graph.set(
      file,
      specifiers.map((specifier) => ({ specifier, target: specifier.startsWith(".") ? resolveRelative(file, specifier, root) : null })),
    );
  }
  return graph;
}

/**
 * The import cycles of a graph: every strongly connected component of more
 * than one file, and every file that imports itself (Tarjan 1972, "Depth-first
 * search and linear graph algorithms", SIAM J. Computing 1(2)). Each cycle is
 * listed as its files, sorted.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}
