"""Execute Jupyter notebooks headless with nbclient, the Jupyter client.

Usage:
    python3 execute_notebook.py --plan PLAN.json [--commands-on-stdin]
    python3 execute_notebook.py --plan-json '{"jobs": [...]}' [--commands-on-stdin]
    python3 execute_notebook.py INPUT.ipynb OUTPUT.ipynb [--kernel tslab] [--timeout SECONDS]

PLAN.json lists the notebooks and how to run them:
    {"kernel": "tslab", "timeout": 600, "concurrency": 2, "lookahead": 1,
     "jobs": [{"name": "01-a.ipynb", "input": "/abs/01-a.ipynb", "output": "/abs/out/01-a.ipynb",
               "hold": false}, ...]}

Kernels are started by jupyter_client from their kernelspec (found through
JUPYTER_PATH): the same machinery as JupyterLab and `jupyter nbconvert
--execute`. This script adds what a main job needs around it:

- up to `concurrency` notebooks run at once, in plan order; once the first
  one runs, up to `lookahead` further kernels are started ahead of time, so a
  notebook finds its kernel ready when a slot frees;
- a job with "hold": true gets its kernel but waits for the line
  `release NAME` (or `cancel NAME`) on stdin (--commands-on-stdin), so that
  the caller can finish a step the notebook depends on (the claims ledger).
  Kernels are handed out in plan order, so a held job must come after the
  jobs it waits for;
- progress and results are JSON lines on stdout, one event per line
  ({"event": "cell" | "cell-done" | "kernel-ready" | "started" | "finished" |
  "aborted" | "usage", "notebook": NAME, ...}); a failure names the cell, its source and
  the error, also when the kernel died or a cell timed out;
- an executed notebook is written to its output atomically (temporary file
  in the same folder, then rename), with the mode of an ordinary new file
  (0666 minus the umask), and only when every cell succeeded;
- the kernels never outlive this process's job: on SIGINT, SIGTERM, end of
  stdin (with --commands-on-stdin) or the death of the parent process (its
  pid changes; checked twice a second), every kernel is killed and the
  script exits without writing anything more.

The first event is {"event": "ready", "python": ..., "nbclient": VERSION} once
Jupyter's client libraries are imported, or {"event": "missing", ...} when
they cannot be (the caller then installs them and starts again).

Exit status: 0 every notebook ran; 1 a notebook failed (see its event);
2 bad arguments or plan; 3 aborted (signal, parent gone, stdin closed);
4 nbclient, nbformat or jupyter_client cannot be imported.
"""
import argparse
import asyncio
import json
import os
import re
import resource
import signal
import sys
import tempfile
import time

ABORTED = 3
MISSING_MODULES = 4
PARENT_POLL_SECONDS = 0.5


def import_jupyter():
    """Imports Jupyter's client libraries into this module; False (after a "missing" event) when one is absent."""
    global nbformat, AsyncKernelManager, NotebookClient, CellExecutionError, CellTimeoutError, DeadKernelError
    try:
        import nbclient
        import nbformat
        from jupyter_client.manager import AsyncKernelManager
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    except ImportError as error:
        emit("missing", module=getattr(error, "name", None), detail=str(error), python=sys.executable)
        return False
    emit("ready", python=sys.executable, nbclient=nbclient.__version__)
    return True


def emit(event, **fields):
    """Writes one event as a JSON line on stdout (the caller's progress and result channel)."""
    try:
        sys.stdout.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass  # the caller is gone; the parent watch ends the run


class Job:
    """One notebook of the plan, with its kernel while it has one."""

    def __init__(self, spec):
        self.name = spec["name"]
        self.input = spec["input"]
        self.output = spec["output"]
        self.hold = bool(spec.get("hold", False))
        self.released = asyncio.get_running_loop().create_future()
        if not self.hold:
            self.released.set_result(True)
        self.km = None
        self.kc = None


class Executor:
    def __init__(self, plan):
        self.kernel = plan.get("kernel", "tslab")
        self.timeout = int(plan.get("timeout", 600))
        self.jobs = [Job(spec) for spec in plan["jobs"]]
        concurrency = max(1, int(plan.get("concurrency", 1)))
        lookahead = max(0, int(plan.get("lookahead", 1)))
        self.slots = asyncio.Semaphore(concurrency)
        # Kernels ahead of a free slot start only once the first notebook runs: at the start they would slow
        # the first kernels down (a kernel's start is CPU-bound) instead of using time the first notebooks leave.
        self.kernel_permits = asyncio.Semaphore(concurrency)
        self.lookahead = lookahead
        self.failed = False
        self.aborted = False

    def job(self, name):
        return next((job for job in self.jobs if job.name == name), None)

    async def run(self):
        await asyncio.gather(*(self.run_job(job) for job in self.jobs))
        return 1 if self.failed else 0

    async def run_job(self, job):
        started = time.monotonic()
        async with self.kernel_permits:
            if job.released.done() and not job.released.result():
                emit("finished", notebook=job.name, ok=False, cancelled=True, seconds=0.0)
                return  # cancelled before its kernel was started
            try:
                notebook = nbformat.read(job.input, as_version=4)
                await self.start_kernel(job)
            except Exception as error:  # unreadable notebook, kernel did not start
                await self.stop_kernel(job)
                self.fail(job, started, failure(job, None, None, type(error).__name__, str(error), str(error)))
                return
            try:
                if not await job.released:
                    emit("finished", notebook=job.name, ok=False, cancelled=True, seconds=0.0)
                    return
                async with self.slots:
                    started = time.monotonic()
                    emit("started", notebook=job.name)
                    for _ in range(self.lookahead):
                        self.kernel_permits.release()
                    self.lookahead = 0
                    await self.execute(job, notebook, started)
            finally:
                await self.stop_kernel(job)

    async def start_kernel(self, job):
        began = time.monotonic()
        job.km = AsyncKernelManager(kernel_name=self.kernel)
        # JPY_SESSION_NAME names the notebook to its kernel, as Jupyter Server does (capped tables' CSV folder).
        env = {**os.environ, "JPY_SESSION_NAME": os.path.abspath(job.input)}
        await ensure(job.km.start_kernel(cwd=os.path.dirname(os.path.abspath(job.input)), env=env))
        job.kc = job.km.client()
        await ensure(job.kc.start_channels())
        await ensure(job.kc.wait_for_ready(timeout=60))
        emit("kernel-ready", notebook=job.name, seconds=round(time.monotonic() - began, 2))

    async def stop_kernel(self, job, now=False):
        km, kc = job.km, job.kc
        job.km = job.kc = None
        if kc is not None:
            kc.stop_channels()
        if km is not None:
            try:
                if await ensure(km.is_alive()):
                    await ensure(km.shutdown_kernel(now=now))
            except Exception:
                pass
            try:
                await ensure(km.cleanup_resources())
            except Exception:
                pass

    def kill_kernels(self):
        """Kills every kernel's process group at once (abort path: no graceful shutdown)."""
        for job in self.jobs:
            km = job.km
            pid = getattr(getattr(getattr(km, "provisioner", None), "process", None), "pid", None)
            if pid is None:
                pid = getattr(getattr(km, "kernel", None), "pid", None)
            if pid is None:
                continue
            for kill in (lambda: os.killpg(os.getpgid(pid), signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
                try:
                    kill()
                    break
                except (ProcessLookupError, PermissionError, OSError):
                    continue

    async def execute(self, job, notebook, started):
        client = NotebookClient(
            notebook,
            km=job.km,
            kernel_name=self.kernel,
            timeout=self.timeout,
            allow_errors=False,
            record_timing=False,
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(job.input))}},
        )
        client.kc = job.kc
        client.kc.allow_stdin = False
        client.reset_execution_trackers()
        code_cells = [i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
        current = None
        try:
            info = await client.async_wait_for_reply(await ensure(client.kc.kernel_info()))
            if info is not None and "language_info" in info["content"]:
                notebook.metadata["language_info"] = info["content"]["language_info"]
            for index, cell in enumerate(notebook.cells):
                if cell.cell_type == "code":
                    current = index
                    first_line = (cell.source.strip().splitlines() or [""])[0][:60]
                    emit("cell", notebook=job.name, position=code_cells.index(index) + 1, total=len(code_cells),
                         number=index + 1, first_line=first_line)
                cell_started = time.monotonic()
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                if cell.cell_type == "code":
                    emit("cell-done", notebook=job.name, number=index + 1,
                         seconds=round(time.monotonic() - cell_started, 2))
            client.set_widgets_metadata()
        except CellExecutionError as error:
            stderr = "".join(
                output.get("text", "") for output in notebook.cells[current].get("outputs", [])
                if output.get("output_type") == "stream" and output.get("name") == "stderr"
            ).strip() if current is not None else ""
            self.fail(job, started, failure(job, current, notebook, getattr(error, "ename", "CellExecutionError"),
                                            headline(stderr) or getattr(error, "evalue", "") or str(error),
                                            stderr or str(error)))
            return
        except DeadKernelError as error:
            self.fail(job, started, failure(job, current, notebook, "DeadKernelError",
                                            f"the kernel died while running this cell ({error})", str(error)))
            return
        except CellTimeoutError as error:
            self.fail(job, started, failure(job, current, notebook, "CellTimeoutError",
                                            f"the cell ran longer than {self.timeout} s", str(error)))
            return
        except Exception as error:
            self.fail(job, started, failure(job, current, notebook, type(error).__name__, str(error), str(error)))
            return
        write_atomically(notebook, job.output)
        emit("finished", notebook=job.name, ok=True, seconds=round(time.monotonic() - started, 2), output=job.output)

    def fail(self, job, started, report):
        self.failed = True
        if self.aborted:
            return  # stopped by the abort (its kernel was killed), not failed: the caller learns it from "aborted"
        emit("finished", notebook=job.name, ok=False, seconds=round(time.monotonic() - started, 2), failure=report)


async def ensure(value):
    """nbclient 0.7 (jupyter_client 7) returns plain values where 0.10 returns awaitables."""
    return await value if asyncio.iscoroutine(value) or isinstance(value, asyncio.Future) else value


def failure(job, index, notebook, ename, evalue, traceback):
    return {
        "notebook": job.input,
        "cell_index": index,
        "cell_number": None if index is None else index + 1,
        "source": None if index is None or notebook is None else notebook.cells[index].source,
        "ename": ename,
        "evalue": evalue,
        "traceback": traceback,
    }


def file_mode():
    """The mode an ordinary new file gets: 0666 minus the process's umask (0644 under umask 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(notebook, output):
    directory = os.path.dirname(os.path.abspath(output))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".executing-", suffix=".ipynb")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            nbformat.write(notebook, stream)
        os.chmod(temporary, file_mode())
        os.replace(temporary, output)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


ERROR_LINE = re.compile(r"^\s*((?:[A-Za-z_][\w.]*)?(?:Error|Exception))(?::\s*(.*))?$")


def headline(text):
    """The line of a kernel's stderr that states the error (e.g. 'Error: boom' or a
    TypeScript diagnostic), else its first non-empty line."""
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        if ERROR_LINE.match(line):
            return line.strip()
    return lines[0].strip() if lines else ""


async def read_commands(executor, abort):
    """Applies `release NAME` / `cancel NAME` lines from stdin; end of stdin means the caller is gone."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = await reader.readline()
        if not line:
            abort("stdin closed")
            return
        verb, _, name = line.decode("utf-8").strip().partition(" ")
        job = executor.job(name)
        if verb in ("release", "cancel") and job is not None and not job.released.done():
            job.released.set_result(verb == "release")


async def watch_parent(abort):
    parent = os.getppid()
    while True:
        await asyncio.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            abort(f"parent process {parent} is gone")
            return


async def run_plan(plan, commands_on_stdin):
    loop = asyncio.get_running_loop()
    executor = Executor(plan)
    done = loop.create_future()

    def abort(reason):
        if not done.done():
            executor.aborted = True
            executor.kill_kernels()
            emit("aborted", reason=reason)
            done.set_result(ABORTED)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(signum, abort, signal.Signals(signum).name)
    helpers = [asyncio.ensure_future(watch_parent(abort))]
    if commands_on_stdin:
        helpers.append(asyncio.ensure_future(read_commands(executor, abort)))
    work = asyncio.ensure_future(executor.run())
    work.add_done_callback(lambda task: done.done() or done.set_result(task.result() if not task.exception() else 2))
    status = await done
    for task in [work, *helpers]:
        task.cancel()
    own, kernels = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    emit("usage", executor_cpu=round(own.ru_utime + own.ru_stime, 2), kernels_cpu=round(kernels.ru_utime + kernels.ru_stime, 2))
    if status == ABORTED:
        executor.kill_kernels()
    elif work.done() and work.exception() is not None:
        emit("aborted", reason=f"{type(work.exception()).__name__}: {work.exception()}")
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?")
    parser.add_argument("output", nargs="?")
    parser.add_argument("--plan")
    parser.add_argument("--plan-json")
    parser.add_argument("--kernel", default="tslab")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--commands-on-stdin", action="store_true")
    args = parser.parse_args()
    if args.plan_json:
        plan = json.loads(args.plan_json)
    elif args.plan:
        with open(args.plan, encoding="utf-8") as stream:
            plan = json.load(stream)
    elif args.input and args.output:
        name = os.path.basename(args.input)
        plan = {"kernel": args.kernel, "timeout": args.timeout, "concurrency": 1, "lookahead": 0,
                "jobs": [{"name": name, "input": args.input, "output": args.output}]}
    else:
        parser.error("give --plan PLAN.json, --plan-json JSON, or INPUT and OUTPUT")
    if not import_jupyter():
        return MISSING_MODULES
    return asyncio.run(run_plan(plan, args.commands_on_stdin))


if __name__ == "__main__":
    sys.exit(main())
