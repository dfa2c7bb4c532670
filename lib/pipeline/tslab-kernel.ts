/**
 * The tslab kernel as the project-local kernelspec starts it (see
 * registerKernel): exactly tslab's own `tslab kernel --config-path FILE`,
 * run from this project's node_modules, plus a parent watch. A kernel is
 * started by a Jupyter process (the main job's executor, JupyterLab) in a
 * session of its own, so signals to the main job do not reach it; when its
 * parent dies without shutting it down (killed with SIGKILL), nothing else
 * would ever stop it. The kernel exits when the process that started it is
 * gone ({@link watchParent}).
 */
import { projectPath } from "../project/project-path";
import { watchParent } from "./parent-watch";

watchParent(() => process.exit(0));
process.argv = [process.argv[0], projectPath("node_modules/tslab/bin/tslab"), "kernel", ...process.argv.slice(2)];
(require(projectPath("node_modules/tslab/dist/main.js")) as { main(): void }).main();
