/**
 * `npm run kernel`: registers the project-local tslab kernel only (no
 * JupyterLab), for people who start their own JupyterLab, classic notebook
 * or VS Code, and prints the JUPYTER_PATH to export so that it finds it.
 */
import { projectPath, resolveFolderOverrides } from "../project/project-path";
import { JUPYTER_DATA_DIR, KERNEL_NAME, registerKernel } from "./jupyter-environment";

resolveFolderOverrides(process.env);
const env = registerKernel();
const dataDir = projectPath(JUPYTER_DATA_DIR);
console.log(
  [
    `[kernel] registered "TypeScript (tslab)" (kernelspec "${KERNEL_NAME}") in ${dataDir}/kernels/${KERNEL_NAME}/kernel.json`,
    "[kernel] Jupyter finds it when JUPYTER_PATH includes that folder. In the shell that starts your JupyterLab, notebook or VS Code:",
    "",
    `export JUPYTER_PATH=${env.JUPYTER_PATH}`,
    "",
  ].join("\n"),
);
