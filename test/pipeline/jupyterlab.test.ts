import { strict as assert } from "node:assert";
import { findJupyterLab, hasPlotlyRenderer, installAdvice, labArguments, LabSystem, plotlyAdvice } from "../../lib/pipeline/jupyterlab";

/** A fake machine: `installed` maps jupyter commands to their JupyterLab version; every command probed is recorded. */
function fakeSystem(installed: Record<string, string>, env: NodeJS.ProcessEnv = {}): { system: LabSystem; probed: string[] } {
  const probed: string[] = [];
  const system: LabSystem = {
    env,
    projectRoot: "/p",
    exists: (file) => file in installed || file.endsWith("/bin/jupyter-without-lab"),
    labVersion: (jupyter) => {
      probed.push(jupyter);
      return installed[jupyter];
    },
  };
  return { system, probed };
}

describe("findJupyterLab (fake machine)", () => {
  it("prefers the active virtual environment, then conda's, then PATH, then the project's .venv/ and venv/", () => {
    const everywhere = { "/ve/bin/jupyter": "4.1.0", "/conda/bin/jupyter": "4.2.0", jupyter: "4.3.0", "/p/.venv/bin/jupyter": "4.4.0", "/p/venv/bin/jupyter": "4.5.0" };
    assert.equal(findJupyterLab(fakeSystem(everywhere, { VIRTUAL_ENV: "/ve", CONDA_PREFIX: "/conda" }).system)?.foundIn, "active environment ($VIRTUAL_ENV=/ve)");
    assert.equal(findJupyterLab(fakeSystem(everywhere, { CONDA_PREFIX: "/conda" }).system)?.jupyter, "/conda/bin/jupyter");
    assert.equal(findJupyterLab(fakeSystem(everywhere).system)?.jupyter, "jupyter");
    const { jupyter, foundIn, version } = findJupyterLab(fakeSystem({ "/p/.venv/bin/jupyter": "4.4.0", "/p/venv/bin/jupyter": "4.5.0" }).system)!;
    assert.deepEqual({ jupyter, foundIn, version }, { jupyter: "/p/.venv/bin/jupyter", foundIn: "project virtual environment (.venv/)", version: "4.4.0" });
  });

  it("skips a jupyter command without JupyterLab and does not probe commands that do not exist", () => {
    const { system, probed } = fakeSystem({ "/p/venv/bin/jupyter": "4.5.0" }, { VIRTUAL_ENV: "/nothing-here" });
    assert.equal(findJupyterLab(system)?.jupyter, "/p/venv/bin/jupyter");
    assert.deepEqual(probed, ["jupyter", "/p/venv/bin/jupyter"]);
  });

  it("returns undefined when no JupyterLab is found", () => {
    assert.equal(findJupyterLab(fakeSystem({}).system), undefined);
  });
});

describe("labArguments", () => {
  it("passes the user's arguments through and adds --allow-root for root and the notebooks folder", () => {
    assert.deepEqual(labArguments(["--no-browser", "--port", "8899"], { uid: 0, notebooksDir: "/p/notebooks" }), [
      "lab",
      "--no-browser",
      "--port",
      "8899",
      "--allow-root",
      "--ServerApp.root_dir=/p/notebooks",
    ]);
    assert.deepEqual(labArguments([], { uid: 1000, notebooksDir: "/p/notebooks" }), ["lab", "--ServerApp.root_dir=/p/notebooks"]);
  });

  it("adds nothing the user already said", () => {
    assert.deepEqual(labArguments(["--allow-root", "--ServerApp.root_dir=/elsewhere"], { uid: 0, notebooksDir: "/p/notebooks" }), ["lab", "--allow-root", "--ServerApp.root_dir=/elsewhere"]);
    assert.deepEqual(labArguments(["--notebook-dir=/x"], { uid: 0, notebooksDir: "/p/notebooks" }), ["lab", "--notebook-dir=/x", "--allow-root"]);
  });
});

describe("hasPlotlyRenderer and plotlyAdvice", () => {
  it("answers undefined for a jupyter command that cannot list its folders", () => {
    assert.equal(hasPlotlyRenderer("/nonexistent/bin/jupyter"), undefined);
  });

  it("names the pip of JupyterLab's own environment", () => {
    assert.match(plotlyAdvice("/p/.venv/bin/jupyter").join("\n"), /\/p\/\.venv\/bin\/pip install plotly/);
    assert.match(plotlyAdvice("jupyter").join("\n"), /^ {2}pip install plotly/m);
  });
});

describe("installAdvice", () => {
  it("says how to install JupyterLab with pip in .venv or with conda, and what JUPYTER_PATH other front ends need", () => {
    const text = installAdvice("/p/output/jupyter/share/jupyter").join("\n");
    assert.match(text, /python3 -m venv \.venv && \.venv\/bin\/pip install jupyterlab plotly/);
    assert.match(text, /conda install -c conda-forge jupyterlab plotly/);
    assert.match(text, /JUPYTER_PATH=\/p\/output\/jupyter\/share\/jupyter/);
    assert.match(text, /npm run kernel/);
  });
});
