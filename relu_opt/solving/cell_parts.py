"""A mixed sign class solved cell by cell: branching on one neuron's hyperplane, not on points.

In a class with one neuron E of one sign and the group R of the other sign (+-, ++-, +--, ...),
fixing E's activation pattern (a cell of its hyperplane arrangement: about N^2 cells for two
inputs, not 2^N) leaves E linear and R one-signed, so the convex-regression relaxation bounds
every network of the cell (``relaxations/convex_regression.py``). The class is then:

1. **the cell pass**: every cell's bound, one warm LP moving from cell to neighbouring cell
   (``relaxations/cell_bounds.py``); a cell whose bound reaches the cutoff is closed;
2. **the leaves**: each open cell, lowest bound first, solved exactly by the solver with E's
   pattern fixed (its binaries then cost nothing; R is one group of one sign); when more than
   MAX_LEAVES are open, groups of cells that agree on all but a few points, one leaf per group
   with only those points' sides fixed (``cell_groups.py``);
3. **the bound**: the class's least objective is the least over its cells, so when time runs
   out the class still has the bound min(cutoff, open cells' bounds, unfinished leaves'
   bounds), where branch-and-bound over points left 0.

Measured (teacher N = 64, two inputs, width 3, cutoff 0.4963): class +-- has 4,034 cells, all
closed, 8 ms each; class ++- leaves 945 open. Where no single neuron is alone in its sign
(++--), the cells are too many, or the pass did not bound them all, the class goes to
branch-and-bound as before.
"""

from __future__ import annotations

import heapq
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pyomo.environ as pyo

from ..backends import Backend, SolveOptions
from ..methods.arrangements import EnumerationTimeout, all_patterns, similar_order
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds
from ..relaxations.cell_bounds import CellBounder
from .cell_groups import FREE, common_sides, group_cells, split_group
from ..results import Termination

MAX_CELLS = 20_000  # cells of one neuron: about N^2 with two inputs (N = 128: 16,258)
MIN_POINTS = 32  # below, branch-and-bound over points closes mixed classes faster (measured: N = 24,
# width 2: 74 s by cells and leaves, 6-20 s by branch-and-bound)
CELL_PASS_SHARE = 0.5  # at most this share of the part's time goes to the cell pass
MAX_LEAVES = 8  # up to this many open cells: a leaf each; more: leaves over groups of cells
MAX_FREE_POINTS = 16  # a group's cells agree on all but this many points (N = 48: 559 cells -> 28 groups)
MAX_GROUPS = 400  # more groups: branch-and-bound over the class instead, floored by the cells
GROUPS_MAX_OPEN_SHARE = 0.3
"""More open cells than this share of all: branch-and-bound over the class instead of groups.
Where the cells' bounds leave that many open, the relaxation is weak for this class and each
group's leaf branches long; one search over the class shares its tree across cells. Measured
(default command, 2 cores; calibrated on these few): teacher N = 48, width 2, 25 % open: groups
97 s, branch-and-bound not done in 180 s; teacher N = 32, 35 %: groups 78 s, branch-and-bound
53 s; diabetes N = 32 (label offset ~150), 46 %: groups 99 s unrounded and not done in 120 s
rounded, branch-and-bound 77 s and 83 s."""
LEAF_SECONDS = 30.0  # a leaf's own limit (it also stops at the part's time)
GROUP_LEAF_SECONDS = 10.0  # a group's leaf: past this, the group is split in two and each half retried


@dataclass
class CellPlan:
    """The enumerated neuron E of a class and the group R of the other sign."""

    fixed: int  # E's slot in the class
    fixed_sign: int
    group_sign: int
    group_size: int


@dataclass
class CellOutcome:
    termination: Termination
    bound: float
    record: dict[str, Any] = field(default_factory=dict)
    best_weights: Any = None  # the best network a leaf found (original form), if any
    best_objective: float = math.inf


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


def cell_plan(signs: tuple[int, ...] | None) -> CellPlan | None:
    """E and R for a mixed class with a neuron alone in its sign (None otherwise)."""
    if signs is None or len(set(signs)) != 2:
        return None
    positive = [j for j, s in enumerate(signs) if s > 0]
    negative = [j for j, s in enumerate(signs) if s < 0]
    alone, others = (positive, negative) if len(positive) <= len(negative) else (negative, positive)
    if len(alone) != 1:
        return None
    return CellPlan(alone[0], int(signs[alone[0]]), int(signs[others[0]]), len(others))


def cells_apply(problem, signs: tuple[int, ...] | None) -> bool:
    """Squared loss, a box, a mixed class with a lone neuron, few inputs, enough points."""
    return (problem.loss == "squared" and problem.domain.decay is None and problem.domain.box is not None
            and problem.architecture.n_hidden_layers == 1 and problem.architecture.n_outputs == 1
            and problem.dataset.n_inputs <= 3 and problem.dataset.n_points >= MIN_POINTS
            and cell_plan(signs) is not None)


def solve_by_cells(plan, part, backend: Backend, options: SolveOptions, remaining: Callable[[], float | None],
                   cutoff: float, best_value: float, solve_leaf: Callable,
                   board=None) -> CellOutcome | None:
    """The class ``part`` by its cells (module docstring). ``solve_leaf(training, time_limit,
    cutoff)`` solves one built model and returns its Result; ``board``: the best objective of
    the parts solved beside this one (``parts.Board``: it lowers the leaves' cutoffs). None where cells do not apply or
    are too many (the caller solves the class as before)."""
    import highspy

    begin = time.perf_counter()
    problem = plan.problem
    layout = cell_plan(part.signs)
    if layout is None or not cells_apply(problem, part.signs):
        return None
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    left = remaining()
    # the cells must leave time to use them: enumeration past CELL_PASS_SHARE of the part's time
    # gives the class back to branch-and-bound
    deadline = None if left is None else begin + CELL_PASS_SHARE * left
    try:
        patterns = all_patterns(x_tilde, max_candidates=8 * MAX_CELLS, deadline=deadline)
    except EnumerationTimeout:
        return None
    if len(patterns) > MAX_CELLS:
        return None
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss,
                                                             plan.objective_limit)
    bounder = CellBounder(data.x, x_tilde, data.y[:, 0], layout.group_sign, layout.group_size, u_bound,
                          (float(bias_lower[0]), float(bias_upper[0])), layout.fixed_sign, highspy)
    order = similar_order(patterns)
    bounds = np.full(len(patterns), -np.inf)
    left = remaining()
    pass_budget = None if left is None else CELL_PASS_SHARE * left
    done = 0
    for index in order:
        if pass_budget is not None and time.perf_counter() - begin > pass_budget:
            break
        bounder.set_pattern(patterns[index])
        bounds[index] = bounder.bound(target=cutoff).bound
        done += 1
    record: dict[str, Any] = {"cells": int(len(patterns)), "cells_bounded": done,
                              "cells_closed": int(np.sum(bounds >= cutoff)),
                              "cell_pass_seconds": time.perf_counter() - begin,
                              "seconds": time.perf_counter() - begin}
    open_cells = [int(i) for i in np.argsort(bounds) if bounds[i] < cutoff]
    floor_of = np.maximum(bounds, 0.0)  # a cell not bounded yet: every loss is >= 0
    outcome = CellOutcome(Termination.CUTOFF, cutoff, record)
    if not open_cells:
        outcome.bound = float(np.min(bounds))
        return outcome
    units = _leaf_units(patterns, open_cells, every_cell_bounded=done == len(patterns))
    if units is None:
        # too many leaves: the class goes to branch-and-bound, and whatever it proves, the
        # class's least objective is at least the least over its cells
        outcome.termination = Termination.TIME_LIMIT
        outcome.bound = max(0.0, min(cutoff, float(np.min(floor_of[open_cells]))))
        record["open_cells"] = len(open_cells)
        outcome.record["floor"] = outcome.bound
        return outcome
    if len(units) < len(open_cells):
        record.update(open_cells=len(open_cells), groups=len(units))
    # the leaves, lowest bound first (the optimum is likeliest there: a better incumbent found
    # early closes cells of the later groups); each proves its own group (cut off, or its
    # optimum); a group whose leaf does not finish in GROUP_LEAF_SECONDS is split in two, each
    # half keeping the bound the unfinished leaf proved for the whole
    queue = [(float(np.min(floor_of[unit])), position, unit) for position, unit in enumerate(units)]
    heapq.heapify(queue)
    account = LeafAccount(outcome, cutoff, best_value, board)
    splits, counter = 0, len(queue)
    while queue:
        group_floor, _, unit = heapq.heappop(queue)
        cell_cutoff = account.leaf_cutoff()
        alive = unit[floor_of[unit] < cell_cutoff]  # cells a better incumbent has not closed since
        if alive.size < unit.size:
            account.closed(cell_cutoff)
        if alive.size == 0 or group_floor >= cell_cutoff:
            continue
        left = remaining()
        if left is not None and left <= 0.05:
            account.floors += [group_floor] + [entry[0] for entry in queue]
            break
        limit = LEAF_SECONDS if alive.size == 1 else GROUP_LEAF_SECONDS
        training = plan_leaf(plan, part, layout, common_sides(patterns[alive]))
        result = solve_leaf(training, limit if left is None else min(limit, left), cell_cutoff)
        if account.take(result, cell_cutoff):
            continue
        if alive.size > 1 and (left is None or left > limit):
            leaf_bound = max(float(result.bound), group_floor)
            for half in split_group(patterns, alive):
                counter += 1
                heapq.heappush(queue, (max(leaf_bound, float(np.min(floor_of[half]))), counter, half))
            splits += 1
        else:
            account.floors.append(max(float(result.bound), group_floor))
    record.update(splits=splits, seconds=time.perf_counter() - begin)
    # the class's least objective is the least over its cells: closed ones are above the cutoff,
    # solved leaves above what their solves proved, the others above their floors
    return account.close()


def _leaf_units(patterns: np.ndarray, open_cells: list[int], every_cell_bounded: bool) -> list[np.ndarray] | None:
    """The open cells as leaves: one each when few, else groups that agree on all but
    MAX_FREE_POINTS points (``cell_groups.py``); None when branch-and-bound over the class
    should take them (cells left unbounded by the pass: their floor is 0, and a leaf over
    them is the class itself)."""
    cells = np.asarray(open_cells, dtype=int)
    if cells.size <= MAX_LEAVES:
        return [cells[k:k + 1] for k in range(cells.size)]
    if not every_cell_bounded or cells.size > GROUPS_MAX_OPEN_SHARE * len(patterns):
        return None
    groups = [cells[g] for g in group_cells(patterns[cells], MAX_FREE_POINTS)]
    return groups if len(groups) <= MAX_GROUPS else None


def lowered_cutoff(best: float, cutoff: float, start: float) -> float:
    """A cutoff lowered to a better incumbent ``best``, its gap below it the same share of it
    as the part's cutoff's was of ``start``. (The same absolute gap, as before, is a larger
    share of a smaller objective: teacher-N12 two outputs, start 0.15318, optimum 0.15134, a
    class cut off there proved a gap of 1.012e-6 of the optimum, above the 1e-6 a certificate
    needs.)"""
    if not math.isfinite(best) or not math.isfinite(start) or best >= start or start <= 0:
        return cutoff
    return min(cutoff, best - (start - cutoff) * max(best, 0.0) / start)


def plan_leaf(plan, part, layout: CellPlan, pattern: np.ndarray):
    """The class's model with E's side fixed on the points ``pattern`` gives (0/1; FREE: left to
    the solver): pre >= 0 and post = pre where E is active, pre <= 0 and post = 0 where it is
    not (valid in every encoding)."""
    from .plan import build_part

    training = build_part(plan, part)
    fix_pattern(training.model, layout.fixed, pattern)
    return training


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
