"""One process takes a class's leaves in the order its kind asks: rounds of limits for a
direction tree's tuples, lowest floor first for groups of cells."""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pytest

from relu_opt.results import Termination
from relu_opt.solving.cell_leaves import CellPlan, CellWork, DeferredCells
from relu_opt.solving.direction_leaves import LEAF_ROUNDS_FACTOR, DeferredLeaves, LeafWork, OpenTuple
from relu_opt.solving.leaf_account import LEAF_SECONDS, CellOutcome, LeafReport, solve_here

RUNS: list = []


def _result(termination: Termination, bound: float):
    return SimpleNamespace(termination=termination, bound=bound, weights=None)


@dataclass(frozen=True)
class ScriptedTuple(LeafWork):
    """A direction leaf whose solve is scripted: tuple (1,) runs past its first limit."""

    def run(self, plan, part, leaf_cutoff, cutoff, best_value, solve_leaf, remaining) -> LeafReport:
        RUNS.append((self.cells, self.limit))
        if self.cells == (1,) and self.limit == LEAF_SECONDS:
            return LeafReport(_result(Termination.TIME_LIMIT, 0.15), leaf_cutoff)  # below C's floor: rounds, not floors
        return LeafReport(_result(Termination.OPTIMAL, 0.4 + self.floor), leaf_cutoff)


@dataclass(frozen=True)
class ScriptedGroup(CellWork):
    """A group of cells whose solve is scripted: a group of several cells runs past its limit."""

    def run(self, plan, part, leaf_cutoff, cutoff, best_value, solve_leaf, remaining) -> LeafReport:
        RUNS.append(round(self.floor, 3))
        if len(self.floors) > 1:
            return LeafReport(_result(Termination.TIME_LIMIT, 0.35), leaf_cutoff)
        return LeafReport(_result(Termination.OPTIMAL, 0.5), leaf_cutoff)


def test_direction_leaves_run_in_rounds_a_retry_after_every_leaf_of_the_first_limit():
    RUNS.clear()
    leaves = [ScriptedTuple((k,), np.zeros((1, 2), dtype=int), OpenTuple(0.1 * k, ((0.0, 0.1),))) for k in range(3)]
    deferred = DeferredLeaves(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01, leaves=leaves,
                              tree_network=None)
    closed = solve_here(None, None, deferred, lambda: None, None, None, 0.0)
    assert RUNS == [((0,), LEAF_SECONDS), ((1,), LEAF_SECONDS), ((2,), LEAF_SECONDS),
                    ((1,), LEAF_SECONDS * LEAF_ROUNDS_FACTOR)]
    assert closed.termination == Termination.OPTIMAL
    assert closed.bound == pytest.approx(0.4)  # the least the solved leaves proved


def test_groups_of_cells_run_lowest_floor_first_and_their_halves_by_floor_too():
    RUNS.clear()
    layout = CellPlan(0, 1, -1, 1)
    patterns = np.array([[1, 0, 1, 0], [1, 1, 1, 0], [0, 1, 1, 0]])
    group = ScriptedGroup.of(layout, patterns, np.array([0.2, 0.3, 0.1]))
    single = ScriptedGroup.of(layout, patterns[:1], np.array([0.3]))
    deferred = DeferredCells(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01, leaves=[single, group])
    closed = solve_here(None, None, deferred, lambda: None, None, None, 0.0)
    assert RUNS[:2] == [0.1, 0.3]  # the group (least floor 0.1) before the single cell (0.3)
    # the group's halves, each floored by the 0.35 its unfinished leaf proved, after the 0.3 cell
    assert all(floor >= 0.35 for floor in RUNS[2:]) and RUNS[2:] == sorted(RUNS[2:])
    assert deferred.splits >= 1 and closed.termination == Termination.OPTIMAL
    assert closed.bound == pytest.approx(0.5) and not math.isinf(closed.bound)
