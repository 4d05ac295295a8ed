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

import time
from typing import Any, Callable

import numpy as np

from ..backends import Backend, SolveOptions
from ..methods.arrangements import EnumerationTimeout, all_patterns, similar_order
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds
from ..relaxations.cell_bounds import CellBounder
from ..results import Termination
from .cell_groups import group_cells
from .cell_leaves import CellPlan, CellWork, DeferredCells
from .leaf_account import CellOutcome, solve_here

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
                   board=None, defer_leaves: bool = False) -> CellOutcome | None:
    """The class ``part`` by its cells (module docstring). ``solve_leaf(training, time_limit,
    cutoff)`` solves one built model and returns its Result; ``board``: the best objective of
    the parts solved beside this one (``parts.Board``: it lowers the leaves' cutoffs). None where cells do not apply or
    are too many (the caller solves the class as before). ``defer_leaves``: return the open
    cells' leaves as units of work (``outcome.deferred``) instead of solving them here
    (``cell_leaves.py``)."""
    import highspy

    begin = time.perf_counter()
    problem = plan.problem
    layout = cell_plan(part.signs)
    if layout is None or not cells_apply(problem, part.signs):
        return None
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    patterns = class_cells(x_tilde, remaining, begin)
    if patterns is None:
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
    # lowest floor first (the optimum is likeliest there: a better incumbent found early closes
    # cells of the later groups); handed out in this order when deferred
    works = sorted((CellWork.of(layout, patterns[unit], floor_of[unit]) for unit in units), key=lambda w: w.floor)
    deferred = DeferredCells(outcome, cutoff, best_value, works)
    if defer_leaves:
        outcome.deferred = deferred
        return outcome
    return solve_here(plan, part, deferred, remaining, solve_leaf, board, begin)


def class_cells(x_tilde: np.ndarray, remaining: Callable[[], float | None], begin: float) -> np.ndarray | None:
    """One neuron's cells (``all_patterns``), or None when they are more than MAX_CELLS or their
    enumeration would pass CELL_PASS_SHARE of the part's time (the cells must leave time to use
    them: the class goes back to branch-and-bound)."""
    left = remaining()
    deadline = None if left is None else begin + CELL_PASS_SHARE * left
    try:
        patterns = all_patterns(x_tilde, max_candidates=8 * MAX_CELLS, deadline=deadline)
    except EnumerationTimeout:
        return None
    return patterns if len(patterns) <= MAX_CELLS else None


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
