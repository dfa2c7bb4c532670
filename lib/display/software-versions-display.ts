import { softwareVersions } from "../io/software-versions";
import { showTable } from "./notebook-display";

/** Caption of the versions table, the same in every notebook (tests and tools can recognise the output by it). */
export const VERSIONS_CAPTION = "Versions this notebook ran on (read from process.version and the installed package.json files)";

/**
 * Shows the versions the notebook ran on (Node.js, tslab, the TypeScript
 * tslab compiles with, arquero, the lib, the project; see
 * {@link softwareVersions}) as an escaped HTML table. Call it in the last
 * cell of a notebook. Throws a DataError naming the package.json when a
 * package cannot be found.
 *
 * @example showSoftwareVersions()
 */
export function showSoftwareVersions(): void {
  showTable(softwareVersions(), VERSIONS_CAPTION);
}
