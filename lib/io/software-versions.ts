import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DataError } from "./data-error";
import { projectRoot } from "../project/project-path";

/** One piece of software a notebook ran on, with where its version was read. */
export interface SoftwareVersion {
  /** What it is, e.g. "tslab", "TypeScript (tslab's compiler)". */
  readonly component: string;
  readonly version: string;
  /** Where the version was read: "process.version", or a package.json path relative to the project root. */
  readonly source: string;
}

/** The npm packages whose versions a notebook reports: component name and package, resolved from `from` ("root" or "tslab"). */
export const REPORTED_PACKAGES: readonly { readonly component: string; readonly name: string; readonly from: "root" | "tslab" }[] = [
  { component: "tslab (the notebook kernel)", name: "tslab", from: "root" },
  { component: "TypeScript (tslab's compiler)", name: "typescript", from: "tslab" },
  { component: "arquero", name: "arquero", from: "root" },
  { component: "@love-with-nuances/lib (this package's lib)", name: "@love-with-nuances/lib", from: "root" },
];

/**
 * The versions a notebook runs on, read at run time: Node.js from
 * `process.version`, then each package of {@link REPORTED_PACKAGES} from the
 * package.json that Node's resolution finds (TypeScript as tslab resolves
 * it, i.e. the compiler tslab compiles the cells with), and the project's own
 * package.json. No timestamp or absolute path is included, so reruns of the
 * same installation give byte-identical output. Throws a DataError naming
 * the file when a package.json cannot be found or has no version.
 *
 * @example softwareVersions().map((v) => v.component) // => ["Node.js", "tslab (the notebook kernel)", "TypeScript (tslab's compiler)", "arquero", "@love-with-nuances/lib (this package's lib)", "love-with-nuances-reproduction (this project)"]
 */
export function softwareVersions(root: string = projectRoot()): SoftwareVersion[] {
  const tslabFolder = path.dirname(resolvePackageJson("tslab", root));
  const packages = REPORTED_PACKAGES.map((p) => {
    const file = resolvePackageJson(p.name, p.from === "tslab" ? tslabFolder : root);
    return { component: p.component, version: packageVersion(file), source: relativeTo(root, file) };
  });
  const own = path.join(root, "package.json");
  const project = JSON.parse(readFileSync(own, "utf8")) as { name?: string };
  return [
    { component: "Node.js", version: process.version, source: "process.version" },
    ...packages,
    { component: `${project.name ?? "project"} (this project)`, version: packageVersion(own), source: "package.json" },
  ];
}

function resolvePackageJson(name: string, from: string): string {
  try {
    return require.resolve(`${name}/package.json`, { paths: [from] });
  } catch {
    throw new DataError("file-missing", { file: path.join("node_modules", name, "package.json") }, `package ${name} is not installed (run npm ci)`);
  }
}

function packageVersion(file: string): string {
  const version = (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version;
  if (typeof version !== "string" || version === "") throw new DataError("value-missing", { file, column: "version" }, "package.json has no version");
  return version;
}

function relativeTo(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
