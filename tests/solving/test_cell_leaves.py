"""The cells' leaves as units of work: split, counted and closed alike in one process and
through the scheduler that hands them to other workers."""

from __future__ import annotations

import math
from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.api import define_problem
from relu_opt.backends import get_backend
from relu_opt.generators import teacher_dataset
from relu_opt.results import Termination
from relu_opt.solving import cell_parts
from relu_opt.solving.cell_leaves import CellPlan, CellWork, DeferredCells
from relu_opt.solving.leaf_account import CellOutcome, LeafReport
from relu_opt.solving.parallel import LeafSchedule
from relu_opt.solving.parts import leaf_solver, unit_run
from relu_opt.solving.plan import make_plan
from relu_opt.solving.strategy import STRONG, with_steps

from ..conftest import require_solver

LAYOUT = CellPlan(0, 1, -1, 1)


def _group(floors) -> CellWork:
    patterns = np.array([[1, 0, 1, 0], [1, 1, 1, 0], [0, 1, 1, 0]])[:len(floors)]
    return CellWork.of(LAYOUT, patterns, np.asarray(floors, dtype=float))


def _result(termination: Termination, bound: float):
    return SimpleNamespace(termination=termination, bound=bound, weights=None)


def test_an_unfinished_group_comes_back_as_two_halves_floored_by_what_it_proved():
    deferred = DeferredCells(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01, leaves=[])
    account = deferred.account(None)
    work = _group([0.2, 0.3, 0.4])
    halves = deferred.settle(account, work, LeafReport(_result(Termination.TIME_LIMIT, 0.35), 1.0), [], left=100.0)
    assert len(halves) == 2 and deferred.splits == 1
    assert sum(len(h.floors) for h in halves) == 3
    assert all(h.floor >= 0.35 for h in halves)
    # no time left for the halves: the group's proven bound floors the class
    assert deferred.settle(account, work, LeafReport(_result(Termination.TIME_LIMIT, 0.35), 1.0), [], left=1.0) == []
    assert account.close().bound == pytest.approx(0.35)


def test_cells_closed_by_a_lowered_cutoff_count_it_and_the_rest_are_solved():
    work = _group([0.2, 0.95])
    assert list(work.alive(0.9)) == [0]
    deferred = DeferredCells(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01, leaves=[])
    account = deferred.account(None)
    report = LeafReport(_result(Termination.OPTIMAL, 0.5), 0.9, dropped=True)
    assert deferred.settle(account, work, report, [], left=None) == []
    assert account.close().bound == pytest.approx(0.5)
    assert deferred.settle(account, _group([0.92]), LeafReport(None, 0.9, closed=True), [], left=None) == []
    assert account.close().bound == pytest.approx(0.5)


def test_cells_leaves_through_the_scheduler_prove_what_one_process_proves(monkeypatch):
    """The mixed class of small data by cells with every open cell in groups (forced): its
    leaves solved in the class's own loop and handed through the scheduler (as the workers
    get them, here run in turn) give the same class bound and network."""
    require_solver("scip")
    for name, value in (("MIN_POINTS", 0), ("MAX_LEAVES", 0), ("MAX_FREE_POINTS", 2), ("GROUPS_MAX_OPEN_SHARE", 1.0)):
        monkeypatch.setattr(cell_parts, name, value)
    data = teacher_dataset(10, 2, [2], 1, noise=0.2, seed=4)
    optimum = train(data, [2], bound=2.0, strategy=with_steps(STRONG, cells=False, pair_tree=False),
                    options=SolveOptions(time_limit=120, jobs=1))
    assert optimum.proven_optimal
    problem = define_problem(data, [2], bound=2.0)
    plan = make_plan(problem, with_steps(STRONG, cells=True, pair_tree=False))
    part = next(p for p in plan.parts if p.signs is not None and len(set(p.signs)) == 2)
    backend, options = get_backend("scip"), SolveOptions(time_limit=120, jobs=1)
    start = optimum.objective * 1.01
    cutoff = start * (1 - 1e-6)
    solve_leaf = leaf_solver(backend, options, None, start, None)

    def by_cells(defer: bool):
        return cell_parts.solve_by_cells(plan, part, backend, options, lambda: None, cutoff, start, solve_leaf,
                                         None, defer_leaves=defer)

    here = by_cells(False)
    deferred = by_cells(True)
    assert deferred.deferred is not None and deferred.deferred.leaves
    schedule = LeafSchedule(plan, None, None)
    queue: list = []

    def submit(index: int, work) -> None:
        queue.append((index, work, *schedule.submitted(index)))

    run = replace(unit_run(part, deferred, cutoff, None), deferred=deferred.deferred)
    assert schedule.part_done(0, run, submit) is None
    finished = None
    while queue:
        index, work, leaf_cutoff, class_cutoff, class_start = queue.pop(0)
        report = work.run(plan, part, leaf_cutoff, class_cutoff, class_start, solve_leaf, lambda: None)
        finished = schedule.leaf_done(index, work, report, submit)
    assert finished is not None and finished.outcome.termination == here.termination
    assert finished.outcome.bound == pytest.approx(here.bound, rel=1e-6)
    best_here = here.best_objective
    best_units = finished.outcome.record.get("objective", math.inf)
    assert best_units == pytest.approx(best_here, rel=1e-6) or (math.isinf(best_here) and math.isinf(best_units))
