"""The leaves of a direction tree (``direction_parts.py``): each pattern tuple it left open,
solved exactly by the solver, as a unit of work.

A leaf is the class's model with every neuron's pattern fixed and its output direction bounded
to the hull of the tuple's open sectors (a small bilinear problem). One process solves its
class's leaves in rounds (``leaf_account.solve_here``); beside other parts (``parallel.py``) a
class's leaves are handed back to the scheduler as :class:`LeafWork` units, so a worker whose own class
is done takes leaves of another (teacher-N12 two outputs: the optimum's class ran 6 leaves,
15.7 s, in one worker while the other had nothing left to do). Both ways count every leaf in the
class's :class:`~.leaf_account.LeafAccount` through :meth:`DeferredLeaves.settle`, so they prove
the same.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np
import pyomo.environ as pyo

from ..network import augmented
from ..relaxations.direction_cells import Slot, direction_ratio
from ..results import Result
from .leaf_account import LEAF_SECONDS, TOO_LATE, CellOutcome, LeafAccount, LeafReport, fix_pattern
from .direction_fits import TupleNetwork

LEAF_ROUNDS_FACTOR = 4.0  # a leaf past its limit is retried, after the others, with this many times the limit
DIRECTION_SLACK = 1e-9  # widening of a leaf's direction bounds (rounding of the angles' tangents)
LEAF_PARAMETERS = {"scip": (("propagating/obbt/freq", 1), ("propagating/obbt/creategenvbounds", False))}
"""Bound tightening by LPs (OBBT) at every node of a leaf's search, not only at the root: a
leaf is bilinear only through a[other, j] u_j, whose McCormick rows are tight only where u's
ranges are narrow, and spatial branching alone narrows them slowly. Leaves with the same cutoff,
SCIP 10 (root only / every node / every node without generalized variable bounds):
teacher-N12-n2-m2-p2-s0's optimum 20.2 / 1.7 / 1.6 s (19,791 / 45 / 45 nodes) and 23.7 / 7.2 /
6.6 s, a neighbour 7.5 / 4.5 / 4.3 s; teacher-N16's optimum 30.4 / 1.7 / 1.7 s; but teacher-N8's
second leaf 1.5 / 7.0 / 1.8 s: the generalized bounds OBBT records cost more than they give there.
Every 2nd node: one N8 leaf ran past 85 s."""


@dataclass(frozen=True)
class OpenTuple:
    """A pattern tuple the tree left open: its least node bound, and per neuron the hull of
    the sectors of its open nodes (every open network of the tuple has its directions there)."""

    floor: float
    sectors: tuple[tuple[float, float], ...]

    @classmethod
    def of(cls, floor: float, slots: tuple[Slot, ...]) -> "OpenTuple":
        return cls(floor, tuple((s.lo, s.hi) for s in slots))

    def widened(self, floor: float, slots: tuple[Slot, ...]) -> "OpenTuple":
        return OpenTuple(min(self.floor, floor),
                         tuple((min(lo, s.lo), max(hi, s.hi)) for (lo, hi), s in zip(self.sectors, slots)))


@dataclass(frozen=True)
class LeafWork:
    """One open pattern tuple as plain data: what any process needs to solve it."""

    cells: tuple[int, ...]
    patterns: np.ndarray  # the tuple's activation patterns, one row per neuron (model order)
    open_tuple: OpenTuple
    start: TupleNetwork | None = None  # the tree's network, where it has these patterns
    limit: float = LEAF_SECONDS

    @property
    def floor(self) -> float:
        return self.open_tuple.floor

    def run(self, plan, part, leaf_cutoff: float, cutoff: float, best_value: float, solve_leaf: Callable,
            remaining: Callable[[], float | None]) -> LeafReport:
        """Solve this leaf against ``leaf_cutoff`` (the class's, lowered by what was found since),
        unless its floor reaches it or the time is out."""
        if self.floor >= leaf_cutoff:
            return LeafReport(None, leaf_cutoff, closed=True)
        left = remaining()
        if left is not None and left <= TOO_LATE:
            return LeafReport(None, leaf_cutoff)
        training = leaf_model(plan, part, self)
        started = time.perf_counter()
        # the solver's limit sits above the incumbent, not below it: the leaf holding the optimum
        # then keeps its own copy of it and stops at its gap (with the limit below, proving the
        # last 1e-7 took SCIP past 30 s on teacher-N8-n2-m2-p2-s0); a leaf stopped by the limit
        # still proves the cutoff. (Cells' leaves keep the cutoff: not measured there.)
        objective_limit = leaf_cutoff + (best_value - cutoff) * 2 if math.isfinite(best_value) else leaf_cutoff
        result = solve_leaf(training, self.limit if left is None else min(self.limit, left), objective_limit,
                            LEAF_PARAMETERS)
        return LeafReport(result, leaf_cutoff, seconds=round(time.perf_counter() - started, 2))

    def retried(self, floor: float) -> "LeafWork":
        """This leaf again after it ran past its limit: the bound it proved, a longer limit."""
        return replace(self, open_tuple=replace(self.open_tuple, floor=max(floor, self.floor)),
                       limit=self.limit * LEAF_ROUNDS_FACTOR)


@dataclass
class DeferredLeaves:
    """A class whose tree is done, its leaves handed to the caller as units (``parallel.py``):
    the tree's outcome so far and what the class's account needs."""

    outcome: CellOutcome
    cutoff: float
    start: float  # the incumbent the class started from
    leaves: list[LeafWork]
    tree_network: Result | None

    def account(self, board) -> LeafAccount:
        """The class's account before any leaf: the tree's closed nodes and its network."""
        account = LeafAccount(self.outcome, self.cutoff, self.start, board)
        account.closed(self.outcome.bound)  # the tree's closed nodes: above its last cutoff
        if self.tree_network is not None:
            account.keep(self.tree_network)
        return account

    def order(self, work: LeafWork) -> float:
        """In rounds: every leaf at one limit before any retried with a longer one (the initial
        leaves, lowest floor first, all have the first limit)."""
        return work.limit

    def settle(self, account: LeafAccount, work: LeafWork, report: LeafReport, leaf_seconds: list[float],
               left: float | None) -> list[LeafWork]:
        """Count one leaf's report; the units to solve next: a leaf past its limit again with a
        longer one (or one not started) while time is left."""
        if report.closed:
            account.closed(work.floor)
            return []
        if report.result is not None:
            leaf_seconds.append(report.seconds)
            if account.take(report.result, report.leaf_cutoff):
                return []
            work = work.retried(float(report.result.bound))
        if left is not None and left <= TOO_LATE:
            give_up(account, [work])
            return []
        return [work]

    def close(self, account: LeafAccount, leaf_seconds: list[float], seconds: float) -> CellOutcome:
        self.outcome.record.update(open_cells=len(self.leaves), leaf_seconds=leaf_seconds, seconds=seconds)
        return account.close()


def leaf_works(patterns: np.ndarray, leaves: dict[tuple[int, ...], OpenTuple],
               tree_best: TupleNetwork | None) -> list[LeafWork]:
    """The tree's open tuples as units, lowest floor first (the optimum is likeliest there)."""
    works = []
    for cells, open_tuple in sorted(leaves.items(), key=lambda item: item[1].floor):
        start = tree_best if tree_best is not None and tree_best.cells == tuple(cells) else None
        works.append(LeafWork(tuple(cells), patterns[list(cells)], open_tuple, start))
    return works


def give_up(account: LeafAccount, works: list[LeafWork]) -> None:
    """Leaves left when the time is out: a better incumbent may have closed some since; the
    others floor the class's bound."""
    for work in works:
        if work.floor >= account.leaf_cutoff():
            account.closed(work.floor)
        else:
            account.floors.append(work.floor)


def leaf_model(plan, part, work: LeafWork):
    """The class's model with every pattern of the tuple fixed, the product rows, each
    neuron's directions narrowed to the tuple's open sectors, and the tree's network as a
    start where it has these patterns."""
    from .plan import build_part

    x_tilde = augmented(plan.problem.dataset.x, plan.problem.architecture.hidden_bias)
    training = build_part(plan, part)
    for neuron, pattern in enumerate(work.patterns):
        fix_pattern(training.model, neuron, pattern)
    add_product_rows(training.model, x_tilde, work.patterns, plan.problem.architecture.output_bias)
    narrow_directions(training.model, model_anchors(part), work.open_tuple.sectors)
    if work.start is not None:
        try:
            training.load_network(work.start.weights)
        except ValueError:
            pass  # not this class's form: no start
    return training


def model_anchors(part) -> tuple:
    """The anchor of each neuron of the class's model, in the model's neuron order (the model
    sorts them; a class listed as y1+ y1- has neuron 0 anchored at y1-: taken in the listed
    order, the tree fixed each neuron's pattern on the other one's sector and certified 0.00462
    where a network of 0.00313 exists)."""
    return tuple(sorted(part.anchors))


def narrow_directions(m, anchors, sectors) -> None:
    """Bound each neuron's free output coordinate a[other, j] to the directions of its sector
    (angle lo..hi inside the anchor's quarter, where that coordinate is monotone in the angle).
    The tree halved the sectors SPLIT_DEPTH times and closed most halves; a leaf over the whole
    anchor sector re-searched them: teacher-N12 two outputs, several leaves ran past 30 s."""
    for j, ((k, _), (lo, hi)) in enumerate(zip(anchors, sectors)):
        other = 1 - k
        ends = sorted(direction_ratio(k, angle) for angle in (lo, hi))
        slack = DIRECTION_SLACK * (1.0 + max(abs(e) for e in ends))
        variable = m.a[other, j]
        variable.setlb(max(-1.0, ends[0] - slack))
        variable.setub(min(1.0, ends[1] + slack))


def add_product_rows(m, x_tilde: np.ndarray, patterns: np.ndarray, output_bias: bool) -> None:
    """With every pattern fixed, out_ik = sum_j [i active for j] w_kj . x~_i + b_k where
    w_kj = a_kj u_j: d + 1 products per neuron and output instead of one per point. Redundant
    for the model, but SCIP's relaxation and branching then work on (a, u), whose few
    coordinates tighten all the points' products at once. Measured on the leaf holding the
    optimum of teacher-N8-n2-m2-p2-s0: 1.5 s and 309 nodes with these rows, 53 s and 37,821
    nodes without."""
    neurons, outputs, coords = range(patterns.shape[0]), sorted({k for k, _ in m.a.keys()}), range(x_tilde.shape[1])
    reach = {(j, q): max(abs(float(m.u[j, q].lb)), abs(float(m.u[j, q].ub))) for j in neurons for q in coords}
    m.product = pyo.Var(outputs, neurons, coords, bounds=lambda _, k, j, q: (-reach[j, q], reach[j, q]))
    m.product_definition = pyo.Constraint(outputs, neurons, coords,
                                          rule=lambda _, k, j, q: m.product[k, j, q] == m.a[k, j] * m.u[j, q])
    m.product_outputs = pyo.Constraint(
        range(x_tilde.shape[0]), outputs,
        rule=lambda _, i, k: m.out[i, k] == sum(
            float(x_tilde[i, q]) * m.product[k, j, q] for j in neurons if patterns[j, i] for q in coords
        ) + (m.b[2, k] if output_bias else 0.0),
    )


__all__ = ["DeferredLeaves", "LeafWork", "OpenTuple", "give_up", "leaf_works"]
