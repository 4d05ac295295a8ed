"""What the exact leaves of a class prove, however they are solved (cells or directions, in
the class's own process or as units of work on any worker): the class's ``LeafAccount``, one
leaf's ``LeafReport``, cutoffs lowered to better incumbents, and a neuron's pattern fixed in a
leaf's model."""

from __future__ import annotations

import heapq
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

import numpy as np
import pyomo.environ as pyo

from ..results import Result, Termination
from .cell_groups import FREE

LEAF_SECONDS = 30.0  # a leaf's own limit (it also stops at the part's time)
TOO_LATE = 0.05  # seconds: a leaf that would start with less time left is not started


@dataclass
class CellOutcome:
    termination: Termination
    bound: float
    record: dict[str, Any] = field(default_factory=dict)
    best_weights: Any = None  # the best network a leaf found (original form), if any
    best_objective: float = math.inf
    deferred: Any = None  # leaves handed to the caller as units of work (DeferredLeaves, DeferredCells)


@dataclass
class LeafAccount:
    """What the exact leaves of one class found and proved (cells and directions alike): the
    class's least objective is the least over its leaves, so its bound is min(cutoff, what each
    finished leaf proved, the floors of the others)."""

    outcome: CellOutcome
    cutoff: float
    start: float  # the incumbent the class started from
    board: Any = None  # the parts solved beside this one (``parts.Board``): their best objective
    best: float = math.inf
    proven: list[float] = field(default_factory=list)  # what each finished leaf proved
    floors: list[float] = field(default_factory=list)  # bounds of the leaves not finished
    leaves: int = 0

    def __post_init__(self) -> None:
        self.best = self.start

    def leaf_cutoff(self) -> float:
        """The class's cutoff, lowered by as much as a leaf (or a part beside it) improved the
        incumbent."""
        best = self.best if self.board is None else min(self.best, self.board.best())
        return min(self.cutoff, lowered_cutoff(best, self.cutoff, self.start))

    def take(self, result, leaf_cutoff: float) -> bool:
        """Count one solved leaf: keep its network if better; True when it is proven (cut off:
        nothing below its cutoff; optimal: the solver's bound, not the optimum it found)."""
        self.leaves += 1
        self.keep(result)
        if result.termination == Termination.CUTOFF:
            self.proven.append(leaf_cutoff)
        elif result.termination == Termination.OPTIMAL:
            self.proven.append(float(result.bound))
        else:
            return False
        return True

    def closed(self, floor: float) -> None:
        """Count leaves closed without a solve by a lowered cutoff: they are above ``floor``
        (a class bound of min(cutoff, ...) without it could lie above them, within the gap)."""
        self.proven.append(floor)

    def keep(self, result) -> None:
        """Keep ``result``'s network if it is valid and the best so far."""
        if (result.weights is not None and result.certificate.max_domain_violation == 0
                and result.certificate.verdict.value != "rejected"):
            value = result.certificate.recomputed_objective
            if value < min(self.outcome.best_objective, self.start):
                self.outcome.best_objective, self.outcome.best_weights = value, result
                self.best = min(self.best, value)

    def close(self) -> CellOutcome:
        self.outcome.termination = Termination.TIME_LIMIT if self.floors else Termination.OPTIMAL
        self.outcome.bound = max(0.0, min([self.cutoff, *self.proven, *self.floors]))
        self.outcome.record.update(leaves=self.leaves, leaves_unfinished=len(self.floors))
        return self.outcome


@dataclass
class LeafReport:
    """What solving one leaf gave: the solver's result (None: not solved), the cutoff it was
    solved against, whether it was closed without a solve (its floor reached the cutoff), and
    whether some of a group's cells were (``dropped``)."""

    result: Result | None
    leaf_cutoff: float
    closed: bool = False
    seconds: float = 0.0
    dropped: bool = False


class LeafUnit(Protocol):
    """One leaf as plain data (a direction tree's pattern tuple, a group of open cells): any
    process rebuilds its model from the Plan and solves it."""

    @property
    def floor(self) -> float: ...

    def run(self, plan, part, leaf_cutoff: float, cutoff: float, best_value: float, solve_leaf: Callable,
            remaining: Callable[[], float | None]) -> LeafReport: ...


class DeferredUnits(Protocol):
    """A class whose leaves are ready as units (``DeferredLeaves``, ``DeferredCells``): how they
    are counted and in which order one process takes them."""

    outcome: CellOutcome
    cutoff: float
    start: float
    leaves: list

    def account(self, board) -> "LeafAccount": ...

    def order(self, work) -> float: ...

    def settle(self, account: "LeafAccount", work, report: LeafReport, leaf_seconds: list[float],
               left: float | None) -> list: ...

    def close(self, account: "LeafAccount", leaf_seconds: list[float], seconds: float) -> CellOutcome: ...


def solve_here(plan, part, deferred: DeferredUnits, remaining: Callable[[], float | None], solve_leaf: Callable,
               board, begin: float) -> CellOutcome:
    """A class's leaves in this process, least ``deferred.order`` first; what a leaf hands back
    (a retry, a group's halves) joins the queue in the same order (``parallel.LeafSchedule``
    hands the same units to any worker and counts them the same way)."""
    account = deferred.account(board)
    leaf_seconds: list[float] = []
    queue = [(deferred.order(work), position, work) for position, work in enumerate(deferred.leaves)]
    heapq.heapify(queue)
    counter = len(queue)
    while queue:
        work = heapq.heappop(queue)[2]
        report = work.run(plan, part, account.leaf_cutoff(), deferred.cutoff, deferred.start, solve_leaf, remaining)
        for follow in deferred.settle(account, work, report, leaf_seconds, remaining()):
            counter += 1
            heapq.heappush(queue, (deferred.order(follow), counter, follow))
    return deferred.close(account, leaf_seconds, time.perf_counter() - begin)


def lowered_cutoff(best: float, cutoff: float, start: float) -> float:
    """A cutoff lowered to a better incumbent ``best``, its gap below it the same share of it
    as the part's cutoff's was of ``start``. (The same absolute gap, as before, is a larger
    share of a smaller objective: teacher-N12 two outputs, start 0.15318, optimum 0.15134, a
    class cut off there proved a gap of 1.012e-6 of the optimum, above the 1e-6 a certificate
    needs.) A cutoff further below the start than a gap (the user's ``--cutoff``, or an absolute
    gap on a near-exact fit) says nothing about the gap: it drops to ``best`` itself. (Taken as a
    share, a user's cutoff at half the start had closed nodes at half the optimum found.)"""
    if not math.isfinite(best) or not math.isfinite(start) or best >= start or start <= 0:
        return cutoff
    share = (start - cutoff) / start
    if share > MAX_GAP_SHARE:
        return min(cutoff, best)
    return min(cutoff, best - share * max(best, 0.0))


MAX_GAP_SHARE = 0.05
"""A part's cutoff further below its start than this share was not set by a gap (--gap up to 5 %
keeps its share); one closer below it that was the user's proves that share only (an honest
WITHIN_GAP verdict, not a certificate)."""


def fix_pattern(m, neuron: int, pattern: np.ndarray) -> None:
    """Fix a first-layer neuron's side on the points ``pattern`` gives (0/1; FREE: left to the
    solver): pre >= 0 and post = pre where it is active, pre <= 0 and post = 0 where it is not
    (valid in every encoding)."""
    fixed = [i for i in range(len(pattern)) if pattern[i] != FREE]
    active = {i: bool(pattern[i]) for i in fixed}
    e = neuron
    sign = pyo.Constraint(fixed, rule=lambda _, i: m.pre[1, i, e] >= 0 if active[i] else m.pre[1, i, e] <= 0)
    post = pyo.Constraint(fixed, rule=lambda _, i: (m.post[1, i, e] == m.pre[1, i, e]) if active[i] else (m.post[1, i, e] == 0))
    m.add_component(f"cell_sign_{e}", sign)
    m.add_component(f"cell_post_{e}", post)
