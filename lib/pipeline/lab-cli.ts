/**
 * `npm run lab`: registers the project-local tslab kernel and opens JupyterLab
 * on notebooks/ with JUPYTER_PATH pointing at it. When JupyterLab is not
 * installed it prints how to install it and how to point another front end
 * (classic notebook, VS Code) at the kernel; see environment.md.
 */
import { spawnSync } from "node:child_process";
import { JUPYTER_DATA_DIR, registerKernel } from "./jupyter-environment";
import { projectPath } from "../project/project-path";

const env = registerKernel();
const hasLab = spawnSync("jupyter", ["lab", "--version"], { env, encoding: "utf8" }).status === 0;
if (!hasLab) {
  console.log(
    [
      "JupyterLab is not installed. Install it (pip install jupyterlab, or conda install -c conda-forge jupyterlab),",
      "then run `npm run lab` again, or start any Jupyter front end with:",
      `  JUPYTER_PATH=${projectPath(JUPYTER_DATA_DIR)} jupyter lab notebooks/`,
      'and pick the kernel "TypeScript (tslab)". See environment.md, section "Opening the notebooks".',
    ].join("\n"),
  );
  process.exitCode = 1;
} else {
  const result = spawnSync("jupyter", ["lab", projectPath("notebooks")], { env, stdio: "inherit" });
  process.exitCode = result.status ?? 1;
}
