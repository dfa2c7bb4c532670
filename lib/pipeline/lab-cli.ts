/**
 * `npm run lab [-- JUPYTERLAB ARGUMENTS]`: registers the project-local tslab
 * kernel, then starts JupyterLab with JUPYTER_PATH pointing at it, on
 * notebooks/. JupyterLab is looked for in the active environment, on the
 * PATH and in a virtual environment of the project (.venv/, venv/; see
 * findJupyterLab). Arguments are passed to `jupyter lab` unchanged;
 * `--allow-root` is added when running as root. Says how to add the Plotly
 * renderer (pip package plotly) when that JupyterLab lacks it. When JupyterLab is missing it
 * says how to install it and exits with status 1. Exits with JupyterLab's
 * status; SIGINT/SIGTERM are passed on to it, and it is stopped when the
 * process that started this one (npm) is gone.
 */
import { spawn } from "node:child_process";
import { projectPath, resolveFolderOverrides } from "../project/project-path";
import { JUPYTER_DATA_DIR, registerKernel } from "./jupyter-environment";
import { findJupyterLab, hasPlotlyRenderer, installAdvice, labArguments, plotlyAdvice } from "./jupyterlab";
import { watchParent } from "./parent-watch";

for (const change of resolveFolderOverrides(process.env)) console.log(`[lab] ${change}`);
const env = registerKernel();
console.log(`[lab] kernel "TypeScript (tslab)" registered in ${projectPath(JUPYTER_DATA_DIR)} (JUPYTER_PATH=${env.JUPYTER_PATH})`);
const lab = findJupyterLab();
if (lab === undefined) {
  console.error(installAdvice(projectPath(JUPYTER_DATA_DIR)).join("\n"));
  process.exitCode = 1;
} else {
  const args = labArguments(process.argv.slice(2), { uid: process.getuid?.(), notebooksDir: projectPath("notebooks") });
  console.log(`[lab] JupyterLab ${lab.version} from ${lab.foundIn}: ${lab.jupyter} ${args.join(" ")}`);
  if (hasPlotlyRenderer(lab.jupyter, env) === false) for (const line of plotlyAdvice(lab.jupyter)) console.log(`[lab] ${line}`);
  const child = spawn(lab.jupyter, args, { env, stdio: "inherit", cwd: process.env.INIT_CWD ?? process.cwd() });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  watchParent(() => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal === "SIGINT" ? 130 : 1);
  });
}
