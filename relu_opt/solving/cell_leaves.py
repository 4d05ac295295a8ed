"""The leaves of a mixed class solved by cells (``cell_parts.py``): each open cell, or group of
open cells, solved exactly by the solver with E's common sides fixed, as a unit of work.

One process solves its class's leaves lowest floor first (``leaf_account.solve_here``); beside
other parts (``parallel.py``) they are handed back to the scheduler as :class:`CellWork` units,
so an idle worker takes them. Both ways count every leaf through :meth:`DeferredCells.settle`:
a group whose leaf does not finish in GROUP_LEAF_SECONDS is split in two, each half keeping the
bound the unfinished leaf proved for the whole; a single cell past its limit keeps that bound as
its floor.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .cell_groups import common_sides, split_group
from .leaf_account import LEAF_SECONDS, TOO_LATE, CellOutcome, LeafAccount, LeafReport, fix_pattern

GROUP_LEAF_SECONDS = 10.0  # a group's leaf: past this, the group is split in two and each half retried


@dataclass
class CellPlan:
    """The enumerated neuron E of a class and the group R of the other sign."""

    fixed: int  # E's slot in the class
    fixed_sign: int
    group_sign: int
    group_size: int


@dataclass(frozen=True)
class CellWork:
    """Open cells solved by one leaf, as plain data: their patterns and convex-regression floors."""

    layout: CellPlan
    patterns: np.ndarray  # one row per cell (E's activation pattern)
    floors: np.ndarray  # each cell's bound from the cell pass (0 where it was not bounded)
    floor: float  # the group's: its cells' least floor, or what an unfinished leaf proved for it

    @classmethod
    def of(cls, layout: CellPlan, patterns: np.ndarray, floors: np.ndarray, floor: float | None = None) -> "CellWork":
        least = float(np.min(floors))
        return cls(layout, patterns, floors, least if floor is None else max(floor, least))

    def alive(self, leaf_cutoff: float) -> np.ndarray:
        """The cells a better incumbent has not closed since the cell pass."""
        return np.flatnonzero(self.floors < leaf_cutoff)

    def run(self, plan, part, leaf_cutoff: float, cutoff: float, best_value: float, solve_leaf: Callable,
            remaining: Callable[[], float | None]) -> LeafReport:
        """Solve the leaf over the cells still open against ``leaf_cutoff``; closed without a
        solve when none is (``report.closed``; some closed: ``report.dropped``). (``cutoff``,
        ``best_value``: the class's, as a direction leaf takes them; not used here.)"""
        alive = self.alive(leaf_cutoff)
        if alive.size == 0 or self.floor >= leaf_cutoff:
            return LeafReport(None, leaf_cutoff, closed=True)
        left = remaining()
        if left is not None and left <= TOO_LATE:
            return LeafReport(None, leaf_cutoff)
        limit = LEAF_SECONDS if alive.size == 1 else GROUP_LEAF_SECONDS
        training = plan_leaf(plan, part, self.layout, common_sides(self.patterns[alive]))
        started = time.perf_counter()
        result = solve_leaf(training, limit if left is None else min(limit, left), leaf_cutoff)
        return LeafReport(result, leaf_cutoff, seconds=round(time.perf_counter() - started, 2),
                          dropped=alive.size < len(self.floors))

    def halves(self, leaf_cutoff: float, proven: float) -> list["CellWork"]:
        """The open cells in two groups (``cell_groups.split_group``), each floored by what the
        unfinished leaf proved for all of them."""
        alive = self.alive(leaf_cutoff)
        return [type(self).of(self.layout, self.patterns[half], self.floors[half], proven)
                for half in split_group(self.patterns, alive)]


@dataclass
class DeferredCells:
    """A class whose cell pass is done, its leaves handed to the caller as units (``parallel.py``)."""

    outcome: CellOutcome
    cutoff: float
    start: float  # the incumbent the class started from
    leaves: list[CellWork]
    splits: int = 0

    def account(self, board) -> LeafAccount:
        return LeafAccount(self.outcome, self.cutoff, self.start, board)

    def order(self, work: CellWork) -> float:
        """Lowest floor first (the optimum is likeliest there: a better incumbent found early
        closes cells of the later groups)."""
        return work.floor

    def settle(self, account: LeafAccount, work: CellWork, report: LeafReport, leaf_seconds: list[float],
               left: float | None) -> list[CellWork]:
        """Count one leaf's report; the units to solve next (the halves of an unfinished group
        while there is time for them)."""
        if report.closed or report.dropped:
            # cells closed by a cutoff lowered since the cell pass are above it
            account.closed(report.leaf_cutoff)
        if report.closed:
            return []
        if report.result is None:  # not started: the time is out
            account.floors.append(work.floor)
            return []
        leaf_seconds.append(report.seconds)
        if account.take(report.result, report.leaf_cutoff):
            return []
        proven = max(float(report.result.bound), work.floor)
        if work.alive(report.leaf_cutoff).size > 1 and (left is None or left > GROUP_LEAF_SECONDS):
            self.splits += 1
            return work.halves(report.leaf_cutoff, proven)
        account.floors.append(proven)
        return []

    def close(self, account: LeafAccount, leaf_seconds: list[float], seconds: float) -> CellOutcome:
        self.outcome.record.update(splits=self.splits, leaf_seconds=leaf_seconds, seconds=seconds)
        return account.close()


def plan_leaf(plan, part, layout: CellPlan, pattern: np.ndarray):
    """The class's model with E's side fixed on the points ``pattern`` gives (0/1; FREE: left to
    the solver): pre >= 0 and post = pre where E is active, pre <= 0 and post = 0 where it is
    not (valid in every encoding)."""
    from .plan import build_part

    training = build_part(plan, part)
    fix_pattern(training.model, layout.fixed, pattern)
    return training


__all__ = ["CellPlan", "CellWork", "DeferredCells", "plan_leaf"]
