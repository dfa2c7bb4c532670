import { strict as assert } from "node:assert";
import { parseExecutorEvent, ProgressFormatter, toFailure } from "../../lib/pipeline/notebook-events";

describe("executor events and progress lines", () => {
  it("parses the executor's JSON lines and leaves anything else alone", () => {
    assert.deepEqual(parseExecutorEvent('{"event": "started", "notebook": "01-a.ipynb"}'), { event: "started", notebook: "01-a.ipynb" });
    assert.equal(parseExecutorEvent("Traceback (most recent call last):"), undefined);
    assert.equal(parseExecutorEvent("{not json"), undefined);
    assert.equal(parseExecutorEvent('{"no": "event"}'), undefined);
  });

  it("prefixes every line with the notebook's name padded to a common width, numbering notebooks as they start", () => {
    const progress = new ProgressFormatter(["01-attitudes.ipynb", "00-ledger.ipynb", "02-x.ipynb"]);
    assert.deepEqual(progress.lines({ event: "started", notebook: "02-x.ipynb" }), ["[02-x        ] (1/3) started"]);
    assert.deepEqual(progress.lines({ event: "cell", notebook: "01-attitudes.ipynb", position: 2, total: 12, number: 4, first_line: "const t = 1;" }), [
      "[01-attitudes]   cell 2/12 (#4) const t = 1;",
    ]);
    assert.deepEqual(progress.lines({ event: "started", notebook: "01-attitudes.ipynb" }), ["[01-attitudes] (2/3) started"]);
    assert.deepEqual(progress.lines({ event: "cell-done", notebook: "02-x.ipynb", number: 4, seconds: 1.9 }), [], "short cells get no line");
    assert.deepEqual(progress.lines({ event: "cell-done", notebook: "02-x.ipynb", number: 4, seconds: 2.04 }), ["[02-x        ]     done in 2.0 s"]);
    assert.deepEqual(progress.lines({ event: "finished", notebook: "02-x.ipynb", ok: true, seconds: 7.25, output: "/o" }), ["[02-x        ] ok in 7.3 s"]);
    assert.deepEqual(progress.lines({ event: "finished", notebook: "00-ledger.ipynb", ok: false, seconds: 0, cancelled: true }), ["[00-ledger   ] not run"]);
  });

  it("states a failure with its cell and the first line of the error", () => {
    const progress = new ProgressFormatter(["02-x.ipynb"]);
    const failure = { notebook: "/p/02-x.ipynb", cell_index: 5, cell_number: 6, source: "load()", ename: "DeadKernelError", evalue: "the kernel died while running this cell\nmore", traceback: "" };
    assert.deepEqual(progress.lines({ event: "finished", notebook: "02-x.ipynb", ok: false, seconds: 3.04, failure }), [
      "[02-x] FAILED in 3.0 s at cell 6: DeadKernelError: the kernel died while running this cell",
    ]);
    assert.deepEqual(toFailure(failure), { notebook: "/p/02-x.ipynb", cellNumber: 6, source: "load()", ename: "DeadKernelError", evalue: failure.evalue, traceback: "" });
    assert.deepEqual(progress.lines({ event: "aborted", reason: "SIGINT" }), ["[executor] stopped: SIGINT"]);
    assert.deepEqual(progress.lines({ event: "usage", executor_cpu: 1, kernels_cpu: 2 }), []);
  });
});
