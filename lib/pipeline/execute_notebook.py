"""Execute one Jupyter notebook headless with nbclient, the Jupyter client.

Usage:
    python3 execute_notebook.py INPUT.ipynb OUTPUT.ipynb --kernel tslab
        [--timeout SECONDS] [--error-report FILE]

The kernel is started by jupyter_client from its kernelspec (found through
JUPYTER_PATH), so this is the same machinery as JupyterLab and
`jupyter nbconvert --execute`; the script only adds progress per cell and a
machine-readable error report. The executed notebook is written to OUTPUT
atomically (temporary file, then rename) and only when every cell succeeded,
so a failed run leaves no half-written notebook behind.

Exit status: 0 success; 1 a cell failed (details in --error-report as JSON);
2 the notebook could not be run (bad file, kernel did not start).
"""
import argparse
import json
import os
import re
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--kernel", default="tslab")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--error-report")
    args = parser.parse_args()

    notebook = nbformat.read(args.input, as_version=4)
    code_cells = [i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
    started = {}
    current = {"index": None}

    def on_cell_start(cell, cell_index):
        if cell.cell_type != "code":
            return
        current["index"] = cell_index
        started[cell_index] = time.monotonic()
        position = code_cells.index(cell_index) + 1
        first_line = (cell.source.strip().splitlines() or [""])[0][:60]
        print(f"    cell {position}/{len(code_cells)} (#{cell_index + 1}) {first_line}", flush=True)

    def on_cell_executed(cell, cell_index, execute_reply):
        if cell_index in started and execute_reply.get("content", {}).get("status") == "ok":
            seconds = time.monotonic() - started[cell_index]
            if seconds >= 2:
                print(f"      done in {seconds:.1f} s", flush=True)

    client = NotebookClient(
        notebook,
        kernel_name=args.kernel,
        timeout=args.timeout,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(args.input))}},
        on_cell_start=on_cell_start,
        on_cell_executed=on_cell_executed,
    )
    try:
        client.execute()
    except CellExecutionError as error:
        failed = current["index"]
        messages = [] if failed is None else [
            output.get("text", "") for output in notebook.cells[failed].get("outputs", [])
            if output.get("output_type") == "stream" and output.get("name") == "stderr"
        ]
        stderr = "".join(messages).strip()
        report = {
            "notebook": args.input,
            "cell_index": failed,
            "cell_number": None if failed is None else failed + 1,
            "source": None if failed is None else notebook.cells[failed].source,
            "ename": getattr(error, "ename", "CellExecutionError"),
            "evalue": headline(stderr) or getattr(error, "evalue", "") or str(error),
            "traceback": stderr or str(error),
        }
        write_report(args.error_report, report)
        return 1
    except Exception as error:  # kernel failed to start, timeout, bad notebook
        write_report(args.error_report, {"notebook": args.input, "cell_index": None, "cell_number": None,
                                         "source": None, "ename": type(error).__name__, "evalue": str(error),
                                         "traceback": str(error)})
        return 2

    directory = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".executing-", suffix=".ipynb")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            nbformat.write(notebook, stream)
        os.replace(temporary, args.output)
    except BaseException:
        os.unlink(temporary)
        raise
    return 0


ERROR_LINE = re.compile(r"^\s*((?:[A-Za-z_][\w.]*)?(?:Error|Exception))(?::\s*(.*))?$")


def headline(text):
    """The line of a kernel's stderr that states the error (e.g. 'Error: boom' or a
    TypeScript diagnostic), else its first non-empty line."""
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        if ERROR_LINE.match(line):
            return line.strip()
    return lines[0].strip() if lines else ""


def write_report(path, report):
    if path:
        with open(path, "w", encoding="utf-8") as stream:
            json.dump(report, stream, indent=2)
    else:
        print(json.dumps(report, indent=2), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
