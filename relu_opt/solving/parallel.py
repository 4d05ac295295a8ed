"""Solve a plan's parts side by side: local processes (``jobs``) or a Dask cluster (``scheduler``).

Every part is plain data (``plan.py``), so a worker rebuilds its model from the Plan. The parts
share one incumbent board: a worker's solver reports each new incumbent objective to it (SCIP:
as found; others: when the part ends) and every part takes the board's best, minus the gap, as
its cutoff when it starts. (Lowering a running SCIP's objective limit from the board, which
SCIP allows, made solves erratic: 8 to 145 s for one that takes 9.1-9.5 s without; parts.py.)
Each part reports what it proved: optimal, cut off (its cutoff is its bound), or, when the time ran
out, its solver's dual bound; a part never started keeps 0, the trivial bound of a nonnegative
objective. The plan's bound is the smallest part bound, as in the sequential loop.

Local workers are forked from a fork server, never from the caller: HiGHS 1.16 and Gurobi hold
thread pools whose locks a child forked from a process that used them inherits
(bench/isolated.py). A worker that dies (a solver abort) fails its own part (NUMERICAL_ERROR,
bound 0) and nothing else; the others' results are kept.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import replace
from typing import Any, Callable

from ..backends import Backend, Progress, SolveOptions, get_backend
from ..errors import InputError
from ..results import Termination
from .class_screen import ScreenBound
from .leaf_account import LeafReport, LeafUnit, lowered_cutoff
from .parts import (
    Clock, PartOutcome, PartRun, PartsOutcome, best_result, leaf_solver, outcome_of, pruned_by_screen, screen_parts,
    certified_check, solve_part, unit_run, until_certified,
)
from .plan import Plan
from .warm_start import LocalSearchResult

POLL_SECONDS = 0.25  # how often the parent collects finished parts and shows progress
GRACE_SECONDS = 60.0  # past the time limit, a worker that has not returned is killed
CONNECT_SECONDS = 30.0  # waiting for a Dask scheduler (at most the time left)


def default_jobs() -> int:
    """The cores this process may use (the CLI's default number of parts at a time)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


class SharedBoard:
    """The best objective so far in a shared double (multiprocessing.Value)."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def best(self) -> float:
        return self._value.value

    def offer(self, value: float) -> None:
        with self._value.get_lock():
            if value < self._value.value:
                self._value.value = value


class DaskBoard:
    """The best objective so far in a Dask ``Variable``, updated under a Dask ``Lock``. Offers no
    better than what this worker already saw skip the round trip to the scheduler (SCIP offers
    every new incumbent)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._seen = math.inf

    def _variable(self):
        from distributed import Variable

        return Variable(self.name)

    def best(self) -> float:
        self._seen = min(self._seen, float(self._variable().get()))
        return self._seen

    def offer(self, value: float) -> None:
        from distributed import Lock

        if value >= self._seen:
            return
        with Lock(self.name):
            variable = self._variable()
            if value < float(variable.get()):
                variable.set(value)
        self._seen = value


# Set in each local worker process by _start_worker: the board and the progress slots.
_BOARD: SharedBoard | None = None
_SLOTS: Any = None
SLOT = 3  # per part: nodes, dual bound, started (1.0)


def _start_worker(value: Any, slots: Any) -> None:
    global _BOARD, _SLOTS
    _BOARD, _SLOTS = SharedBoard(value), slots


def _solve_in_worker(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
                     estimate: float | None, screen: ScreenBound | None) -> PartRun:
    _SLOTS[SLOT * index + 2] = 1.0

    def to_slots(progress: Progress) -> None:
        _SLOTS[SLOT * index] = progress.nodes
        _SLOTS[SLOT * index + 1] = progress.bound

    options = replace(options, progress=to_slots)
    return _solve(plan, index, solver, options, deadline, estimate, _BOARD, screen, defer_leaves=True)


def _leaf_in_worker(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
                    estimate: float | None, work: LeafUnit, leaf_cutoff: float, cutoff: float,
                    start: float) -> LeafReport:
    return _leaf(plan, index, solver, options, deadline, estimate, work, leaf_cutoff, cutoff, start, _BOARD)


def _leaf_on_dask(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
                  estimate: float | None, work: LeafUnit, leaf_cutoff: float, cutoff: float, start: float,
                  board_name: str) -> LeafReport:
    return _leaf(plan, index, solver, options, deadline, estimate, work, leaf_cutoff, cutoff, start,
                 DaskBoard(board_name))


def _leaf(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
          estimate: float | None, work: LeafUnit, leaf_cutoff: float, cutoff: float, start: float,
          board: SharedBoard | DaskBoard) -> LeafReport:
    """One leaf of part ``index`` (a ``LeafUnit``: direction tuple or group of cells), against
    the class's cutoff lowered by the board's best when it starts."""
    def remaining() -> float | None:
        return None if deadline is None else deadline - time.time()

    leaf_cutoff = min(leaf_cutoff, lowered_cutoff(board.best(), cutoff, start))
    solve_leaf = leaf_solver(get_backend(solver), options, board, start, estimate)
    with one_blas_thread():
        return work.run(plan, plan.parts[index], leaf_cutoff, cutoff, start, solve_leaf,
                        until_certified(remaining, options, board))


def _solve_on_dask(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
                   estimate: float | None, board_name: str, screen: ScreenBound | None) -> PartRun:
    return _solve(plan, index, solver, options, deadline, estimate, DaskBoard(board_name), screen, defer_leaves=True)


def _solve(plan: Plan, index: int, solver: str, options: SolveOptions, deadline: float | None,
           estimate: float | None, board: SharedBoard | DaskBoard, screen: ScreenBound | None,
           defer_leaves: bool = False) -> PartRun:
    def remaining() -> float | None:
        return None if deadline is None else deadline - time.time()

    with one_blas_thread():
        return solve_part(plan, plan.parts[index], get_backend(solver), options, remaining, board.best(), estimate,
                          None, board=board, screen=screen, defer_leaves=defer_leaves)


def one_blas_thread():
    """A part or leaf in a worker runs its BLAS (numpy's dense node QPs) on one thread: each
    worker has a core, and OpenBLAS's own thread per core made two workers' tree nodes 3x slower
    (teacher-N128-n2-m2's class ++ by pairs of cells, two processes side by side: 28 s with
    OpenBLAS's default threads, 8.3 s with one each, as one process alone)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # an install without it: the default threads (slower, not wrong)
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def solve_parts_in_parallel(
    plan: Plan, backend: Backend, options: SolveOptions, clock: Clock, warm: LocalSearchResult | None,
    estimate: float | None = None,
) -> PartsOutcome:
    """Every part of ``plan`` on ``options.jobs`` local processes (or the Dask cluster at
    ``options.scheduler``), the warm start's objective as the first shared incumbent."""
    start = warm.objective if warm is not None else math.inf
    left = clock.remaining()
    deadline = None if left is None else time.time() + left
    # Workers write no log file of their own (they would overwrite each other's): each part's
    # log comes back in its result, as in the sequential loop.
    worker_options = replace(options, progress=None, jobs=1, scheduler=None, log_file=None, incumbent_sink=None)
    # One-sign classes are screened here first: those pruned never take a worker.
    screens = screen_parts(plan, options, clock.remaining, start)
    pruned: dict[int, PartRun] = {}
    for index, part in enumerate(plan.parts):
        run = pruned_by_screen(plan, part, options, start, screens.get(part))
        if run is not None:
            pruned[index] = run
    todo = [i for i in range(len(plan.parts)) if i not in pruned]
    if options.scheduler is not None:
        solved = _run_on_dask(plan, todo, screens, backend, worker_options, deadline, estimate, start, options, clock)
    else:
        solved = _run_locally(plan, todo, screens, backend, worker_options, deadline, estimate, start, options, clock)
    runs = [pruned[i] if i in pruned else solved[i] for i in range(len(plan.parts))]
    return outcome_of(runs, best_result(runs, warm))


def _run_locally(plan: Plan, todo: list[int], screens: dict, backend: Backend, worker_options: SolveOptions,
                 deadline: float | None, estimate: float | None, start: float, options: SolveOptions,
                 clock: Clock) -> dict[int, PartRun]:
    """The parts on a pool of local processes; leaves handed back join the pool's queue behind
    the parts not started (``LeafSchedule``)."""
    if not todo:
        return {}
    count = len(plan.parts)
    context = _worker_context()
    value = context.Value("d", start)
    slots = context.Array("d", [0.0, -math.inf, 0.0] * count, lock=False)
    runs: list[PartRun | None] = [None] * count
    board = SharedBoard(value)
    schedule = LeafSchedule(plan, board, deadline, certified_check(options, board))
    # every worker even with fewer parts: the parts' leaves can keep them busy (a fork costs ms)
    pool = ProcessPoolExecutor(max_workers=options.jobs, mp_context=context, initializer=_start_worker,
                               initargs=(value, slots))
    futures: dict[Any, tuple[int, LeafUnit | None]] = {}

    def submit_leaf(index: int, work: LeafUnit) -> None:
        future = pool.submit(_leaf_in_worker, plan, index, backend.name, worker_options, deadline, estimate, work,
                             *schedule.submitted(index))
        futures[future] = (index, work)

    try:
        for i in todo:
            future = pool.submit(_solve_in_worker, plan, i, backend.name, worker_options, deadline, estimate,
                                 screens.get(plan.parts[i]))
            futures[future] = (i, None)
        while futures:
            done, _ = wait(set(futures), timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                index, work = futures.pop(future)
                if work is None:
                    runs[index] = schedule.part_done(index, _collected(plan, index, future), submit_leaf)
                else:
                    runs[index] = schedule.leaf_done(index, work, _collected_leaf(future), submit_leaf)
            _report(options.progress, clock, [runs[i] for i in todo],
                    lambda k: (slots[SLOT * todo[k]], slots[SLOT * todo[k] + 1], slots[SLOT * todo[k] + 2]), value.value)
            if futures and deadline is not None and time.time() > deadline + GRACE_SECONDS:
                _kill(pool)  # a hung solver: its part proves nothing, the others are kept
                for index, work in futures.values():
                    if work is None:
                        runs[index] = _failed(plan, index, "the worker did not return after the time limit and was killed")
                    else:
                        schedule.abandon(index, work)
                schedule.finish_all(runs)
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return {i: runs[i] if runs[i] is not None else PartRun(PartOutcome(plan.parts[i])) for i in todo}


class LeafSchedule:
    """Classes whose leaves are out as units of work (``direction_leaves.py``, ``cell_leaves.py``),
    in whichever pool runs them: a part that comes back with ``run.deferred`` is not finished;
    its leaves are submitted, each counted in the class's account as it ends (what it hands back
    is submitted in turn: a direction leaf past its limit with a longer one, a group of cells as
    its two halves), and the class's run is made when the last ends.
    (teacher-N12 two outputs: the optimum's class ran its 6 leaves, 15.7 s, in one worker while
    the other had nothing left.)"""

    def __init__(self, plan: Plan, board: SharedBoard | DaskBoard, deadline: float | None,
                 certified: Callable[[], bool] | None = None) -> None:
        self.plan, self.board, self.deadline, self.certified = plan, board, deadline, certified
        self.classes: dict[int, _LeafClass] = {}

    def part_done(self, index: int, run: PartRun, submit: Callable[[int, LeafUnit], None]) -> PartRun | None:
        """``run`` if the part is finished, else None (its leaves are submitted)."""
        if run.deferred is None:
            return run
        self.classes[index] = _LeafClass(run.deferred, run.deferred.account(self.board))
        for work in run.deferred.leaves:
            submit(index, work)
        return None

    def submitted(self, index: int) -> tuple[float, float, float]:
        """Count one leaf out; the (leaf cutoff, class cutoff, class start) it is solved with."""
        leaf_class = self.classes[index]
        leaf_class.outstanding += 1
        return leaf_class.account.leaf_cutoff(), leaf_class.deferred.cutoff, leaf_class.deferred.start

    def leaf_done(self, index: int, work: LeafUnit, report: LeafReport | None,
                  submit: Callable[[int, LeafUnit], None]) -> PartRun | None:
        """The class's run once its last leaf has ended, else None."""
        leaf_class = self.classes[index]
        leaf_class.outstanding -= 1
        left = None if self.deadline is None else self.deadline - time.time()
        if self.certified is not None and self.certified():
            left = 0.0  # an incumbent certifies the solve against its floor: no leaf again
        for follow in leaf_class.settle(work, report, left):
            submit(index, follow)
        if leaf_class.outstanding > 0:
            return None
        return leaf_class.finish(self.plan.parts[index], self.board)

    def abandon(self, index: int, work: LeafUnit) -> None:
        """A leaf whose worker was lost: it proves its floor only."""
        self.classes[index].settle(work, None, None)

    def finish_all(self, runs: list[PartRun | None]) -> None:
        for index, leaf_class in self.classes.items():
            if runs[index] is None:
                runs[index] = leaf_class.finish(self.plan.parts[index], self.board)


class _LeafClass:
    """A class whose leaves are out as units: its account, and how many are still out."""

    def __init__(self, deferred, account) -> None:  # deferred: DeferredLeaves or DeferredCells
        self.deferred, self.account = deferred, account
        self.outstanding = 0
        self.leaf_seconds: list[float] = []
        self.began = time.perf_counter()

    def settle(self, work: LeafUnit, report: LeafReport | None, left: float | None) -> list[LeafUnit]:
        """Count one leaf; the units to submit next (a retry, or a group's halves)."""
        if report is None:  # its worker failed: the leaf proves its floor only
            self.account.floors.append(work.floor)
            return []
        return self.deferred.settle(self.account, work, report, self.leaf_seconds, left)

    def finish(self, part, board) -> PartRun:
        record = self.deferred.outcome.record
        seconds = record.get("tree_seconds", 0.0) + time.perf_counter() - self.began
        found = self.deferred.close(self.account, self.leaf_seconds, seconds)
        found.record["leaves_as_units"] = True
        return unit_run(part, found, self.deferred.cutoff, board)


def _collected_leaf(future) -> LeafReport | None:
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a solver abort in the leaf's worker: that leaf only
        return None


def _worker_context():
    """Workers forked from a fork server that has imported this package: a clean single-threaded
    parent (never ran HiGHS or Gurobi: nothing inherited), and a fork costs milliseconds where
    a spawn re-imports Pyomo and SCIP (about 1 s per worker, measured on the 2-core machine)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _run_on_dask(plan: Plan, todo: list[int], screens: dict, backend: Backend, worker_options: SolveOptions,
                 deadline: float | None, estimate: float | None, start: float, options: SolveOptions,
                 clock: Clock) -> dict[int, PartRun]:
    try:
        from distributed import Client, Variable
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'relu-opt[dist]'") from None
    name = f"relu-opt-incumbent-{uuid.uuid4().hex}"
    runs: list[PartRun | None] = [None] * len(plan.parts)
    left = clock.remaining()
    wait_for = CONNECT_SECONDS if left is None else max(min(CONNECT_SECONDS, left), 1.0)
    try:
        client = Client(options.scheduler, timeout=wait_for)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {options.scheduler}: {exc}") from None
    with client:
        Variable(name, client=client).set(start)
        board = DaskBoard(name)
        schedule = LeafSchedule(plan, board, deadline, certified_check(options, board))
        futures: dict[Any, tuple[int, LeafUnit | None]] = {}
        from distributed import as_completed

        pending = as_completed()

        def submit_leaf(index: int, work: LeafUnit) -> None:
            future = client.submit(_leaf_on_dask, plan, index, backend.name, worker_options, deadline, estimate, work,
                                   *schedule.submitted(index), name, pure=False)
            futures[future] = (index, work)
            pending.add(future)

        for i in todo:
            future = client.submit(_solve_on_dask, plan, i, backend.name, worker_options, deadline, estimate, name,
                                   screens.get(plan.parts[i]), pure=False, key=f"relu-opt-part-{i}-{name}")
            futures[future] = (i, None)
            pending.add(future)
        for future in pending:
            index, work = futures.pop(future)
            if work is None:  # a worker lost or a solver abort fails this part only
                runs[index] = schedule.part_done(index, _collected(plan, index, future), submit_leaf)
            else:
                runs[index] = schedule.leaf_done(index, work, _collected_leaf(future), submit_leaf)
            _report(options.progress, clock, [runs[i] for i in todo], lambda k: (0.0, -math.inf, 0.0),
                    float(Variable(name).get()))
        Variable(name, client=client).delete()
    return {i: runs[i] if runs[i] is not None else PartRun(PartOutcome(plan.parts[i])) for i in todo}


def _collected(plan: Plan, index: int, future) -> PartRun:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a solver abort or error, a lost Dask worker
        return _failed(plan, index, f"{type(exc).__name__}: {exc}")


def _failed(plan: Plan, index: int, reason: str) -> PartRun:
    outcome = PartOutcome(plan.parts[index], Termination.NUMERICAL_ERROR, 0.0, {"error": reason})
    return PartRun(outcome)


def _kill(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor has no public way to stop a running task; its processes are killed.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def _report(report: Callable[[Progress], None] | None, clock: Clock, runs: list[PartRun | None],
            slot: Callable[[int], tuple[float, float, float]], incumbent: float) -> None:
    """One progress line for all parts: nodes summed, the shared incumbent, and the plan's bound
    so far (finished parts: their bound; running: their solver's dual bound; not started: 0)."""
    if report is None:
        return
    nodes, bounds = 0, []
    for i, run in enumerate(runs):
        if run is not None:
            nodes += run.outcome.record.get("nodes", 0)
            bounds.append(run.outcome.bound)
            continue
        part_nodes, part_bound, started = slot(i)
        nodes += int(part_nodes)
        bounds.append(max(part_bound, 0.0) if started else 0.0)
    report(Progress(elapsed=clock.elapsed(), nodes=nodes, incumbent=incumbent, bound=min(bounds)))


__all__ = ["DaskBoard", "LeafSchedule", "SharedBoard", "default_jobs", "solve_parts_in_parallel"]
