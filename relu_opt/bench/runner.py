"""Run a sweep: every run in its own process with a hard time limit; rows stored as runs end.

Locally a thread pool waits on worker processes (``parallel`` at a time); with a scheduler
address the same function runs on a Dask distributed cluster. Either way only this process
writes the SQLite store, one transaction per finished run.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .spec import RunSpec
from .store import ResultStore

_RUNNING: set[int] = set()  # process groups of the runs under way (each run's own session)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


GRACE_SECONDS = 60.0
"""A run may exceed its solver time limit by this much (model building, warm start, bound
tightening, certificate) before its process is killed and the run recorded as a timeout."""


def run_isolated(spec_json: str, grace: float = GRACE_SECONDS) -> dict[str, Any]:
    """Run one spec in a fresh Python process; a record even if it crashes or hangs."""
    spec = RunSpec.from_json(spec_json)
    with tempfile.TemporaryDirectory(prefix="relu_opt_run_") as folder:
        output = Path(folder) / "record.json"
        command = [sys.executable, "-m", "relu_opt.bench.worker", spec_json, str(output)]
        environment = None
        if spec.release:
            # Another release runs it through its own command line, with its own package first
            # on the path: the same interpreter and solvers, only relu-opt's code differs.
            if not (Path(spec.release) / "relu_opt" / "__init__.py").is_file():
                return {"status": "error", "error": f"--release {spec.release}: no relu_opt package there"}
            output = Path(folder) / "result.json"
            command = [sys.executable, "-c", _release_entry(str(Path(spec.release).resolve())),
                       *spec.solve_command(str(output))]
            # PYTHONPATH too: the release's own worker processes (its parts side by side, from a
            # fork server that preloads relu_opt) are new interpreters, which would otherwise
            # import the installed relu_opt
            environment = {**os.environ, "PYTHONSAFEPATH": "1", "PYTHONPATH": str(Path(spec.release).resolve())}
        started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: a timeout kills solver children too
            preexec_fn=_die_with_parent,
            env=environment,
        )
        _RUNNING.add(process.pid)
        try:
            _, stderr = process.communicate(timeout=spec.time_limit + grace)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)  # the run's fork server and part workers too
            process.communicate()
            return {
                "status": "timeout",
                "started": started,
                "error": f"killed after {spec.time_limit + grace:g} s (time limit {spec.time_limit:g} s + {grace:g} s grace)",
            }
        finally:
            _RUNNING.discard(process.pid)
        if output.exists() and spec.release:
            from .worker import machine

            return {"status": "completed", "started": started, "result": json.loads(output.read_text()),
                    "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine()}
        if output.exists():
            return json.loads(output.read_text())
        tail = stderr.decode(errors="replace")[-2000:]
        return {
            "status": "crashed",
            "started": started,
            "error": f"worker exited with code {process.returncode} and no result: {tail}",
        }


def _release_entry(release: str) -> str:
    """Python code that runs ``relu-opt`` from the release folder's own package. The folder goes
    first on the path (before the working directory, which ``-m`` would put first and which held
    this checkout when a sweep ran from it: the "previous release" silently ran this one), and
    the import is checked."""
    return (
        f"import sys; sys.path.insert(0, {release!r}); import relu_opt; "
        f"assert relu_opt.__file__.startswith({release!r}), 'not the release: ' + relu_opt.__file__; "
        "from relu_opt.cli import main; sys.exit(main(sys.argv[1:]))"
    )


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the sweep process dies (e.g. kill -9)."""
    try:
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


@dataclass
class SweepSummary:
    total: int
    skipped: int
    done: int = 0
    failed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def run_sweep(
    specs: list[RunSpec],
    store: ResultStore,
    parallel: int = 1,
    sweep: str = "",
    retry_failed: bool = False,
    scheduler: str | None = None,
    stream: TextIO | None = sys.stderr,
    grace: float = GRACE_SECONDS,
) -> SweepSummary:
    """Run every spec not already in ``store`` (nor claimed by another sweep on it); print a
    line per finished run with an ETA."""
    existing = store.finished_keys(completed_only=retry_failed)
    todo = [s for s in specs if s.key not in existing]
    summary = SweepSummary(total=len(specs), skipped=len(specs) - len(todo))
    if stream and summary.skipped:
        print(f"bench: {summary.skipped} of {len(specs)} runs already in {store.path}, skipped", file=stream)
    board = _Board(len(todo), parallel, stream)

    def claim(spec: RunSpec) -> bool:
        if store.claim(spec.key, stale_after=spec.time_limit + 2 * grace, retry_failed=retry_failed):
            return True
        summary.skipped += 1
        board.total -= 1
        if stream:
            print(f"bench: {Path(spec.instance).stem} {spec.configuration} is taken by another sweep on {store.path}, skipped", file=stream)
        return False

    runs = _dask_runs if scheduler else _local_runs
    for spec, record in runs(todo, parallel, scheduler, grace, claim):
        store.add(spec, record, sweep)
        store.release(spec.key)
        status = record.get("status", "crashed")
        summary.done += 1
        summary.statuses[status] = summary.statuses.get(status, 0) + 1
        if status != "completed":
            summary.failed += 1
        board.finished(spec, record)
    return summary


def _local_runs(todo, parallel, scheduler, grace, claim) -> Iterator[tuple[RunSpec, dict[str, Any]]]:
    """At most ``parallel`` runs at a time; each claimed just before it starts."""
    waiting = iter(todo)
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        running: dict = {}
        try:
            while True:
                while len(running) < max(1, parallel):
                    spec = next(waiting, None)
                    if spec is None:
                        break
                    if claim(spec):
                        running[pool.submit(run_isolated, spec.to_json(), grace)] = spec
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield running.pop(future), future.result()
        except BaseException:
            # the sweep stopped (Ctrl-C): the runs under way go with their whole process groups
            # (PR_SET_PDEATHSIG reaches a run's own process only: a stopped sweep left a run's
            # fork server and part workers alive), and the pool's threads then end at once
            for pid in list(_RUNNING):
                _kill_group(pid)
            raise


def _dask_runs(todo, parallel, scheduler, grace, claim) -> Iterator[tuple[RunSpec, dict[str, Any]]]:
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError:
        from ..errors import SolverUnavailableError

        raise SolverUnavailableError(
            "--scheduler needs dask.distributed (pip install 'relu-opt[dist]')"
        ) from None
    client = scheduler if not isinstance(scheduler, str) else Client(scheduler)
    try:
        futures = {
            client.submit(run_isolated, spec.to_json(), grace, pure=False): spec for spec in todo if claim(spec)
        }
        for future in dask_completed(list(futures)):
            yield futures[future], future.result()
    finally:
        if isinstance(scheduler, str):
            client.close()


class _Board:
    """One line per finished run: counts, the run's outcome, and an ETA from the mean pace."""

    def __init__(self, total: int, parallel: int, stream: TextIO | None) -> None:
        self.total, self.parallel, self.stream = total, max(1, parallel), stream
        self.start = time.monotonic()
        self.done = self.failed = 0

    def finished(self, spec: RunSpec, record: dict[str, Any]) -> None:
        self.done += 1
        status = record.get("status")
        self.failed += status != "completed"
        if self.stream is None:
            return
        elapsed = time.monotonic() - self.start
        remaining = self.total - self.done
        eta = elapsed / self.done * remaining
        result = record.get("result") or {}
        outcome = (
            f"{result.get('verdict')}, {result.get('wall_time', 0):.1f} s"
            if status == "completed"
            else f"{status}: {str(record.get('error', ''))[:80]}"
        )
        running = min(self.parallel, remaining)
        print(
            f"[{self.done}/{self.total}] {Path(spec.instance).stem} {spec.configuration}: {outcome}"
            f"  | running {running}, failed {self.failed}, ETA {_duration(eta)}",
            file=self.stream,
            flush=True,
        )


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"

