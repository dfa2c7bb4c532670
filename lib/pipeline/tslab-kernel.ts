/**
 * The tslab kernel as the project-local kernelspec starts it (see
 * registerKernel): exactly tslab's own `tslab kernel --config-path FILE`,
 * run from this project's node_modules, plus a parent watch. A kernel is
 * started by a Jupyter process (the main job's executor, JupyterLab) in a
 * session of its own, so signals to the main job do not reach it; when its
 * parent dies without shutting it down (killed with SIGKILL), nothing else
 * would ever stop it. Twice a second this checks whether the parent process
 * is still the one that started the kernel, and exits when it is not.
 */
import { projectPath } from "../project/project-path";

/** How often the parent is checked, in ms. */
const PARENT_POLL_MS = 500;

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, PARENT_POLL_MS).unref();

const tslab = projectPath("node_modules/tslab/bin/tslab");
process.argv = [process.argv[0], tslab, "kernel", ...process.argv.slice(2)];
(require(projectPath("node_modules/tslab/dist/main.js")) as { main(): void }).main();
